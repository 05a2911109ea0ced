/** 约稿 to-dos: the unit's open shares for officers and reviewers, overdue ones for the office and leaders. */
import type { Actor } from "@/lib/authz/permissions";
import type { TodoItem } from "@/lib/todo/types";

export async function commissionTodos(_actor: Actor): Promise<TodoItem[]> {
  return [];
}
