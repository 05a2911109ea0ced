/** 报送任务 to-dos: a unit behind its monthly minimum; the office's list of units behind. */
import type { Actor } from "@/lib/authz/permissions";
import type { TodoItem } from "@/lib/todo/types";

export async function quotaTodos(_actor: Actor): Promise<TodoItem[]> {
  return [];
}
