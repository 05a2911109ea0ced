import { routeUser } from "@/lib/http/upload-route";
import { toFailure } from "@/lib/auth/action";
import { ValidationError } from "@/lib/errors";
import { importDocx } from "@/lib/drafts/import-docx";
import { cleanText } from "@/lib/validation/sanitize";
import { UPLOAD_LIMITS } from "@/lib/drafts/import/docx-guard";
import { contentLength, errorStatus } from "@/lib/drafts/import/http";

const fail = (status: number, error: string, field = false) =>
  Response.json({ ok: false, error, ...(field ? { fieldErrors: { file: error } } : {}) }, { status });

/**
 * 导入 Word (multipart, field "file"). Outside the proxy's matcher so the upload is not
 * buffered twice; the user is checked here like in every action. Answers an ActionResult.
 * Everything is checked before the body is read: the user, the page it comes from, the
 * permission, and the declared length.
 */
export async function POST(request: Request) {
  const user = await routeUser(request, "draft.write");
  if (user instanceof Response) return user;
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
