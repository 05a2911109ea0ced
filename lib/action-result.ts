/**
 * What every server action answers the browser (lib/auth/action.ts gives it): the data, or a
 * message with the fields at fault. A type only, so the UI kit may name it without the server.
 */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; repeated?: boolean }
  | { ok: false; error: string; fieldErrors?: Record<string, string>; conflict?: boolean; offline?: boolean };
