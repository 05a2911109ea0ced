/**
 * The checks every upload route (Word import, placement evidence, onboarding sheets) makes
 * before it reads a body, which is why these are routes and not server actions: the signed-in
 * user, a password that need not be changed first, a post from this site's own pages, and the
 * permission. Failures answer an ActionResult, with the message at `field` when given.
 */
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { can, type Permission } from "@/lib/authz/permissions";
import { sameOrigin } from "@/lib/drafts/import/http";

export const routeFailure = (status: number, error: string, field?: string) =>
  Response.json({ ok: false, error, ...(field ? { fieldErrors: { [field]: error } } : {}) }, { status });

/** The request came from a page of this site (browsers send Origin on a cross-site post). */
export function fromThisSite(request: Request): boolean {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  return sameOrigin(request.headers.get("origin"), host);
}

/** The user who may make this upload, or the Response that says why not. */
export async function routeUser(request: Request, permission: Permission): Promise<CurrentUser | Response> {
  const user = await getCurrentUser();
  if (!user) return routeFailure(401, "登录已失效，请重新登录（您填写的内容还在）");
  if (user.mustChangePassword) return routeFailure(403, "请先修改密码（右上角“修改密码”），再继续操作");
  if (!fromThisSite(request)) return routeFailure(403, "请从系统页面提交");
  if (!can(user, permission)) return routeFailure(403, "您没有这项操作的权限");
  return user;
}
