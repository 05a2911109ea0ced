import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { DomainError } from "@/lib/errors";
import { logError } from "@/lib/log";
import { parseInput } from "@/lib/validation/parse";
import { requestKey as requestKeySchema } from "@/lib/validation/common";
import { getCurrentUser, type CurrentUser } from "./current-user";
import { claimRequest, finishRequest, releaseRequest } from "./submitted";
import type { ActionResult } from "@/lib/action-result";

/** The first message per field, keyed by the field's path ("title", "items.0.text"). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    out[key] ??= issue.message;
  }
  return out;
}

export interface ActionOptions {
  /**
   * Names a create: the form sends a `requestKey` (a UUID made when the form opened), and a
   * repeated submission with the same key answers the first result instead of creating twice.
   */
  once?: string;
  /** The one action a user whose password must change may still call. */
  beforePasswordChange?: boolean;
}

const MUST_CHANGE = "请先修改密码（右上角“修改密码”），再继续操作";

/**
 * The one wrapper every server action goes through: the session user from the database,
 * input cleaning and zod validation, repeated-submission control, and error sorting. Known
 * errors keep their message; anything else is logged with an id and the user sees only that id.
 */
export function action<S extends z.ZodType, R>(
  schema: S,
  run: (input: z.output<S>, user: CurrentUser) => Promise<R>,
  options: ActionOptions = {},
) {
  return async (raw: z.input<S> & { requestKey?: string }): Promise<ActionResult<R>> => {
    try {
      const user = await getCurrentUser();
      if (!user) return { ok: false, error: "登录已失效，请重新登录（您填写的内容还在，可先复制留存）" };
      return await runAction(schema, run, options, raw, user);
    } catch (error) {
      return toFailure(error);
    }
  };
}

/** Everything an action does once the user is known; tests call it with their own actors. */
export async function runAction<S extends z.ZodType, R>(
  schema: S,
  run: (input: z.output<S>, user: CurrentUser) => Promise<R>,
  options: ActionOptions,
  raw: unknown,
  user: CurrentUser,
): Promise<ActionResult<R>> {
  try {
    if (user.mustChangePassword && !options.beforePasswordChange) return { ok: false, error: MUST_CHANGE };
    const parsed = parseInput(schema, raw);
    if (!parsed.success) {
      return { ok: false, error: "填写的内容有误，请按提示修改", fieldErrors: fieldErrorsOf(parsed.error) };
    }
    if (!options.once) return { ok: true, data: await run(parsed.data, user) };
    return await runOnce(options.once, raw, () => run(parsed.data, user), user);
  } catch (error) {
    return toFailure(error);
  }
}

async function runOnce<R>(name: string, raw: unknown, run: () => Promise<R>, user: CurrentUser): Promise<ActionResult<R>> {
  const key = requestKeySchema.safeParse((raw as { requestKey?: unknown } | null)?.requestKey);
  if (!key.success) return { ok: false, error: "页面已过期，请刷新后再提交（您填写的内容可先复制留存）" };
  const claim = await claimRequest(user.id, name, key.data);
  if (claim.kind === "done") return { ok: true, data: claim.result as R, repeated: true };
  if (claim.kind === "busy") return { ok: false, conflict: true, error: "这份内容正在提交中，请稍候刷新页面查看，不必再点提交" };
  if (claim.kind === "foreign") return { ok: false, error: "页面已过期，请刷新后再提交（您填写的内容可先复制留存）" };
  try {
    const data = await run();
    await finishRequest(key.data, data);
    return { ok: true, data };
  } catch (error) {
    await releaseRequest(key.data).catch(() => undefined);
    throw error;
  }
}

export function toFailure(error: unknown): { ok: false; error: string; fieldErrors?: Record<string, string>; conflict?: boolean } {
  if (error instanceof DomainError) {
    return { ok: false, error: error.message, fieldErrors: error.fieldErrors, conflict: error.name === "ConflictError" };
  }
  // A unique key clash no use case turned into its own message: two submissions of the same thing.
  if ((error as { code?: string }).code === "P2002") {
    return { ok: false, conflict: true, error: "相同的内容刚刚已经提交过了，请刷新页面查看，不必重复提交" };
  }
  const id = randomUUID().slice(0, 8);
  logError("action-error", error, { errorId: id });
  return { ok: false, error: `系统出错了（错误编号 ${id}），请稍后再试或联系管理员` };
}
