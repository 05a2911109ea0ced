/** 点题 to-dos: the officer's open topics. */
import type { Actor } from "@/lib/authz/permissions";
import type { TodoItem } from "@/lib/todo/types";

export async function topicTodos(_actor: Actor): Promise<TodoItem[]> {
  return [];
}
