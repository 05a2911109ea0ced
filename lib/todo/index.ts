/**
 * The to-do list (待办事项): everything a person must act on, gathered from each area at the
 * moment it is shown (nothing to keep in step). Overdue first, then by due date.
 */
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { commissionTodos } from "@/lib/planning/commission-todo";
import { quotaTodos } from "@/lib/planning/quota-todo";
import { topicTodos } from "@/lib/planning/topic-todo";
import { trainingTodos } from "@/lib/training/todo";
import { urgentTodos } from "@/lib/urgent/todo";
import { draftTodos } from "./drafts";
import type { TodoItem, TodoProvider } from "./types";

const PROVIDERS: TodoProvider[] = [urgentTodos, commissionTodos, topicTodos, draftTodos, quotaTodos, trainingTodos];

/** Everyone who works with drafts has a to-do list; the administrator, who does not, has none. */
export async function todosFor(actor: Actor): Promise<TodoItem[]> {
  requirePermission(actor, "draft.read");
  const lists = await Promise.all(PROVIDERS.map((p) => p(actor)));
  const time = (i: TodoItem) => i.due?.getTime() ?? Number.POSITIVE_INFINITY;
  return lists.flat().sort((a, b) => Number(!!b.overdue) - Number(!!a.overdue) || time(a) - time(b));
}
