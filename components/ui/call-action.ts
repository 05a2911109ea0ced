import type { ActionResult } from "@/lib/action-result";

/**
 * Calls a server action from the browser. A network drop or a server restart rejects the
 * call; that becomes an ordinary failure shown beside the form, so the page (and the text
 * typed into it) stays instead of falling through to the error page.
 */
export async function callAction<T>(call: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await call();
  } catch {
    return { ok: false, offline: true, error: "连接服务器失败（可能是网络中断或系统正在更新）。您填写的内容还在，请稍后再试" };
  }
}
