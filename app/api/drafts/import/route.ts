import { getCurrentUser } from "@/lib/auth/current-user";
import { toFailure } from "@/lib/auth/action";
import { can } from "@/lib/authz/permissions";
import { ValidationError } from "@/lib/errors";
import { importDocx } from "@/lib/drafts/import-docx";
import { cleanText } from "@/lib/validation/sanitize";
import { UPLOAD_LIMITS } from "@/lib/drafts/import/docx-guard";
import { contentLength, errorStatus, sameOrigin } from "@/lib/drafts/import/http";

const fail = (status: number, error: string, field = false) =>
  Response.json({ ok: false, error, ...(field ? { fieldErrors: { file: error } } : {}) }, { status });

/**
 * 导入 Word (multipart, field "file"). Outside the proxy's matcher so the upload is not
 * buffered twice; the user is checked here like in every action. Answers an ActionResult.
 * Everything is checked before the body is read: the user, the page it comes from, the
 * permission, and the declared length.
 */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return fail(401, "登录已失效，请重新登录");
  // A form posted from another site: browsers send its Origin (the forwarded host is what a reverse proxy was asked for).
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!sameOrigin(request.headers.get("origin"), host)) return fail(403, "请从系统页面上传");
  if (!can(user, "draft.write")) return fail(403, "您没有导入稿件的权限");
  const length = contentLength(request.headers.get("content-length"));
  if (length === null) return fail(411, "请重新选择文件上传", true);
  const tooBig = `文件超过${UPLOAD_LIMITS.maxBytes / 1024 / 1024}MB，不能导入`;
  // Refuse an oversized upload before reading it (the multipart envelope adds a little).
  if (length > UPLOAD_LIMITS.maxBytes + 64 * 1024) return fail(413, tooBig, true);
  try {
    const form = await request.formData().catch(() => {
      throw new ValidationError({ file: "没能收到上传的文件，请重新选择文件上传" }, "没能收到上传的文件，请重新选择文件上传");
    });
    const file = form.get("file");
    if (!(file instanceof File)) return fail(400, "请选择要导入的 Word 文件", true);
    if (file.size > UPLOAD_LIMITS.maxBytes) return fail(413, tooBig, true);
    const result = await importDocx(user, { fileName: cleanText(file.name).slice(0, 200), bytes: Buffer.from(await file.arrayBuffer()) });
    return Response.json({ ok: true, data: { id: result.draft.id, images: result.images, eventDateFound: result.eventDateFound, tables: result.tables } });
  } catch (error) {
    return Response.json(toFailure(error), { status: errorStatus(error) });
  }
}
