import { toFailure } from "@/lib/auth/action";
import { errorStatus } from "@/lib/drafts/import/http";
import { applyFiguresImport, previewFiguresImport } from "@/lib/onboarding/figures";
import { readUpload } from "@/lib/onboarding/upload-request";
import { routeUser } from "@/lib/http/upload-route";

/** 往年数字导入 (multipart: file, mode = preview | apply, digest): answers an ActionResult. */
export async function POST(request: Request) {
  const user = await routeUser(request, "figures.import");
  if (user instanceof Response) return user;
  const upload = await readUpload(request);
  if (upload instanceof Response) return upload;
  const file = { fileName: upload.fileName, bytes: upload.bytes };
  try {
    if (upload.form.get("mode") !== "apply") return Response.json({ ok: true, data: await previewFiguresImport(user, file) });
    return Response.json({ ok: true, data: await applyFiguresImport(user, { ...file, digest: String(upload.form.get("digest") ?? "") }) });
  } catch (error) {
    return Response.json(toFailure(error), { status: errorStatus(error) });
  }
}
