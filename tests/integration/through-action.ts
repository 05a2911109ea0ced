/**
 * Calls a use case the way its server action does: the form's raw values go through the action
 * wrapper, which parses them once with the use case's schema (use cases take typed input).
 */
import type { z } from "zod";
import { runAction, type ActionOptions } from "@/lib/auth/action";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Actor } from "@/lib/authz/permissions";

export const asUser = (a: Actor): CurrentUser => ({
  ...a,
  name: "测试",
  username: "test",
  unitName: "测试单位",
  unitKind: "TOWNSHIP",
  inNodeBelowDesk: false,
  sessionId: "test",
  mustChangePassword: null,
  unreadNotifications: 0,
});

export function viaAction<S extends z.ZodType, R>(
  schema: S,
  run: (actor: Actor, input: z.output<S>) => Promise<R>,
  raw: Record<string, unknown>,
  actor: Actor,
  options: ActionOptions = {},
) {
  return runAction(schema, (input, user) => run(user, input), options, raw, asUser(actor));
}

/** The field messages a form gets back; fails the test when the action went through. */
export async function actionFieldErrors(result: Promise<{ ok: boolean; fieldErrors?: Record<string, string> }>) {
  const r = await result;
  if (r.ok) throw new Error("the action went through, but a field error was expected");
  return r.fieldErrors ?? {};
}
