import type { ActionResult } from "@/lib/action-result";

/**
 * What the page says after a server action answered: the pure half of useAction, so the
 * wording is tested without a browser.
 *  - success: the success message, if the caller gave one;
 *  - conflict: someone else got there first; the page offers 刷新;
 *  - offline: the call never reached the server; nothing typed is lost;
 *  - error: the server's message, with the fields at fault.
 */
export type ActionOutcome =
  | { kind: "success"; message?: string }
  | { kind: "conflict" | "offline" | "error"; message: string; fieldErrors: Record<string, string> };

export const OFFLINE_MESSAGE = "连接服务器失败（可能是网络中断或系统正在更新）。您填写的内容还在，请稍后再试";
export const CONFLICT_PREFIX = "刚被别人处理过";

/** A rejected call (network drop, server restart) as an ordinary answer. */
export const offlineResult = { ok: false, offline: true, error: OFFLINE_MESSAGE } as const;

/**
 * Calls a server action and turns a rejected call into an ordinary failure, so the page (and
 * the text typed into it) stays instead of falling through to the error page. useAction calls
 * through it; a background save with its own status line (the draft's autosave) may too.
 */
export async function settle<T>(call: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await call();
  } catch {
    return offlineResult;
  }
}

/** The success sentence: fixed, or made from the data (and whether the server saw this submission before). */
export type SuccessMessage<T> = string | ((data: T, repeated: boolean) => string | undefined);

export function outcomeOf<T>(result: ActionResult<T>, success?: SuccessMessage<T>): ActionOutcome {
  if (result.ok) return { kind: "success", message: typeof success === "function" ? success(result.data, !!result.repeated) : success };
  const fieldErrors = result.fieldErrors ?? {};
  if (result.offline) return { kind: "offline", message: result.error || OFFLINE_MESSAGE, fieldErrors };
  if (result.conflict) {
    // The server's sentence says what changed; lead with the plain fact unless it already
    // says "just now" (刚…) or that the same submission is still on its way (正在…).
    const message = /刚|正在/.test(result.error) ? result.error : `${CONFLICT_PREFIX}：${result.error}`;
    return { kind: "conflict", message, fieldErrors };
  }
  // A form error without its own sentence still says where to look.
  const message = result.error || (Object.keys(fieldErrors).length > 0 ? "请按提示修改标红的内容" : "操作没有完成，请稍后再试");
  return { kind: "error", message, fieldErrors };
}

/** The field errors of an outcome, empty when it went through. */
export function fieldErrorsOf(outcome: ActionOutcome | null): Record<string, string> {
  return outcome && outcome.kind !== "success" ? outcome.fieldErrors : {};
}
