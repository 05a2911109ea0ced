/**
 * Reading an onboarding upload, after routeUser (lib/http/upload-route.ts) has checked who
 * sends it: the declared length first, then the file. Answers a Response to send back, or the
 * uploaded file and the form's other fields.
 */
import { contentLength } from "@/lib/drafts/import/http";
import { cleanText } from "@/lib/validation/sanitize";
import { XLSX_MAX_BYTES } from "./xlsx-guard";

export const fail = (status: number, error: string, field = false) =>
  Response.json({ ok: false, error, ...(field ? { fieldErrors: { file: error } } : {}) }, { status });

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
