/** 紧急信息 to-dos: open cases and their clocks for the unit, overdue ones for the office and leaders. */
import type { Actor } from "@/lib/authz/permissions";
import type { TodoItem } from "@/lib/todo/types";

export async function urgentTodos(_actor: Actor): Promise<TodoItem[]> {
  return [];
}
