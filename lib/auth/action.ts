import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { DomainError } from "@/lib/errors";
import { getCurrentUser, type CurrentUser } from "./current-user";

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string>; conflict?: boolean; offline?: boolean };

/** The first message per field, keyed by the field's path ("title", "items.0.text"). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    out[key] ??= issue.message;
  }
  return out;
}

/**
 * The one wrapper every server action goes through: the session user from the database,
 * zod validation, and error sorting. Known errors keep their message; anything else is
 * logged with an id and the user sees only that id.
 */
export function action<S extends z.ZodType, R>(schema: S, run: (input: z.output<S>, user: CurrentUser) => Promise<R>) {
  return async (raw: z.input<S>): Promise<ActionResult<R>> => {
    try {
      const user = await getCurrentUser();
      if (!user) return { ok: false, error: "登录已失效，请重新登录（您填写的内容还在，可先复制留存）" };
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        return { ok: false, error: "填写的内容有误，请按提示修改", fieldErrors: fieldErrorsOf(parsed.error) };
      }
      return { ok: true, data: await run(parsed.data, user) };
    } catch (error) {
      return toFailure(error);
    }
  };
}

export function toFailure(error: unknown): { ok: false; error: string; fieldErrors?: Record<string, string>; conflict?: boolean } {
  if (error instanceof DomainError) {
    return { ok: false, error: error.message, fieldErrors: error.fieldErrors, conflict: error.name === "ConflictError" };
  }
  const id = randomUUID().slice(0, 8);
  console.error(`[error ${id}]`, error);
  return { ok: false, error: `系统出错了（错误编号 ${id}），请稍后再试或联系管理员` };
}
