import { getCurrentUser } from "@/lib/auth/current-user";
import { toFailure } from "@/lib/auth/action";
import { importDocx } from "@/lib/drafts/import-docx";
import { UPLOAD_LIMITS } from "@/lib/drafts/import/docx-guard";

/**
 * 导入 Word (multipart, field "file"). Outside the proxy's matcher so the upload is not
 * buffered twice; the user is checked here like in every action. Answers an ActionResult.
 */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ ok: false, error: "登录已失效，请重新登录" }, { status: 401 });
  const tooBig = { ok: false, error: `文件超过${UPLOAD_LIMITS.maxBytes / 1024 / 1024}MB，不能导入`, fieldErrors: { file: `文件超过${UPLOAD_LIMITS.maxBytes / 1024 / 1024}MB，不能导入` } };
  // Refuse an oversized upload before reading it (the multipart envelope adds a little).
  if (Number(request.headers.get("content-length") ?? 0) > UPLOAD_LIMITS.maxBytes + 64 * 1024) return Response.json(tooBig, { status: 413 });
  try {
    const form = await request.formData();
    const file = form.get("file");
    if (!(file instanceof File)) return Response.json({ ok: false, error: "请选择要导入的 Word 文件", fieldErrors: { file: "请选择要导入的 Word 文件" } }, { status: 400 });
    if (file.size > UPLOAD_LIMITS.maxBytes) return Response.json(tooBig, { status: 413 });
    const result = await importDocx(user, { fileName: file.name, bytes: Buffer.from(await file.arrayBuffer()) });
    return Response.json({ ok: true, data: { id: result.draft.id, images: result.images, eventDateFound: result.eventDateFound } });
  } catch (error) {
    const failure = toFailure(error);
    return Response.json(failure, { status: failure.fieldErrors ? 400 : 500 });
  }
}
