/**
 * The checks every onboarding upload route makes before the body is read, as the Word import
 * does (app/api/drafts/import/route.ts): the user, a password that need not be changed first,
 * the page it comes from, the permission, and the declared length. Answers a Response to send
 * back, or the uploaded file and the form's other fields.
 */
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { can, type Permission } from "@/lib/authz/permissions";
import { contentLength, sameOrigin } from "@/lib/drafts/import/http";
import { cleanText } from "@/lib/validation/sanitize";
import { XLSX_MAX_BYTES } from "./xlsx-guard";

export const fail = (status: number, error: string, field = false) =>
  Response.json({ ok: false, error, ...(field ? { fieldErrors: { file: error } } : {}) }, { status });

/** The request came from a page of this site (browsers send Origin on a cross-site post). */
export function fromThisSite(request: Request): boolean {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  return sameOrigin(request.headers.get("origin"), host);
}

export async function routeUser(request: Request, permission: Permission): Promise<CurrentUser | Response> {
  const user = await getCurrentUser();
  if (!user) return fail(401, "登录已失效，请重新登录");
  if (user.mustChangePassword) return fail(403, "请先修改密码（右上角“修改密码”），再继续操作");
  if (!fromThisSite(request)) return fail(403, "请从系统页面上传");
  if (!can(user, permission)) return fail(403, "您没有这项操作的权限");
  return user;
}

export async function readUpload(request: Request): Promise<{ fileName: string; bytes: Buffer; form: FormData } | Response> {
  const length = contentLength(request.headers.get("content-length"));
  if (length === null) return fail(411, "请重新选择文件上传", true);
  const tooBig = `文件超过${XLSX_MAX_BYTES / 1024 / 1024}MB，不能导入`;
  if (length > XLSX_MAX_BYTES + 64 * 1024) return fail(413, tooBig, true);
  const form = await request.formData().catch(() => null);
  if (!form) return fail(400, "没能收到上传的文件，请重新选择文件上传", true);
  const file = form.get("file");
  if (!(file instanceof File)) return fail(400, "请选择要导入的 Excel 文件", true);
  if (file.size > XLSX_MAX_BYTES) return fail(413, tooBig, true);
  return { fileName: cleanText(file.name).slice(0, 200), bytes: Buffer.from(await file.arrayBuffer()), form };
}

/** Where people log in, for 账号通知单: the configured address, else the one this request came to. */
export function loginUrl(request: Request): string {
  const configured = process.env.NEXTAUTH_URL?.trim();
  if (configured) return new URL("/login", configured).toString();
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? "localhost";
  const proto = process.env.TRUST_PROXY === "1" ? (request.headers.get("x-forwarded-proto") ?? "http") : new URL(request.url).protocol.replace(":", "");
  return `${proto}://${host}/login`;
}
