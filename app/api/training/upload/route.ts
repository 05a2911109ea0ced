import { routeFailure as fail, routeUser } from "@/lib/http/upload-route";
import { toFailure } from "@/lib/auth/action";
import { contentLength } from "@/lib/drafts/import/http";
import { addMaterial } from "@/lib/training/materials";
import { MATERIAL_MAX_BYTES, MATERIAL_MESSAGES } from "@/lib/training/material-limits";
import { cleanText } from "@/lib/validation/sanitize";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

/**
 * Uploads one 培训材料 to a session (multipart: "sessionId" and the file "material"). A route
 * outside the proxy's matcher, not an action, so the size is refused from the declared length
 * before the body is read; the use case then checks the permission, the session and the
 * file's real type.
 */
export async function POST(request: Request) {
  const user = await routeUser(request, "training.manage");
  if (user instanceof Response) return user;
  const length = contentLength(request.headers.get("content-length"));
  if (length === null) return fail(411, "请重新上传", "material");
  if (length > MATERIAL_MAX_BYTES + 64 * 1024) return fail(413, MATERIAL_MESSAGES.tooBig, "material");
  const form = await request.formData().catch(() => null);
  const file = form?.get("material");
  if (!(file instanceof File) || file.size === 0) return fail(400, MATERIAL_MESSAGES.missing, "material");
  const sessionId = form?.get("sessionId");
  try {
    const material = await addMaterial(user, typeof sessionId === "string" ? sessionId : "", { fileName: cleanText(file.name).slice(0, 200), bytes: Buffer.from(await file.arrayBuffer()) });
    return Response.json({ ok: true, data: { id: material.id, fileName: material.fileName } });
  } catch (error) {
    return Response.json(toFailure(error), { status: error instanceof NotFoundError || error instanceof ForbiddenError ? 404 : 400 });
  }
}
