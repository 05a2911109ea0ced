import type { Actor } from "@/lib/authz/permissions";

/** One thing a person must act on, in the to-do list (待办事项). */
export type TodoItem = {
  /** Unique within the list, e.g. "draft:<id>:returned". */
  key: string;
  /** The heading it is listed under: 稿件, 约稿, 点题, 紧急信息, 批示落实, 签发 ... */
  group: string;
  title: string;
  detail?: string;
  href: string;
  /** When it is due; overdue items come first. */
  due?: Date | null;
  overdue?: boolean;
};

/** At most this many items of one kind from one area: counted after the database has left out what is done. */
export const TODO_LIMIT = 50;

/** Each area of the system lists its own to-dos for the person. */
export type TodoProvider = (actor: Actor) => Promise<TodoItem[]>;
