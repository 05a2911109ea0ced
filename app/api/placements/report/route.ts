import { routeFailure as fail, routeUser } from "@/lib/http/upload-route";
import { runAction } from "@/lib/auth/action";
import { contentLength } from "@/lib/drafts/import/http";
import { reportPlacement } from "@/lib/placements/report-placement";
import { EVIDENCE_MESSAGES, EVIDENCE_MAX_BYTES } from "@/lib/placements/evidence-limits";
import { placementSchema } from "@/lib/validation/placement";
import { cleanText } from "@/lib/validation/sanitize";


/**
 * 报送 a placement (multipart: the form's fields and an optional file "evidence"). Outside the
 * proxy's matcher so the upload is not buffered twice; the same checks as the Word import come
 * first (user, page of origin, permission, declared length), then the one action runner:
 * validation, repeated-submission control and error sorting. Answers an ActionResult.
 */
export async function POST(request: Request) {
  const user = await routeUser(request, "placement.report");
  if (user instanceof Response) return user;
  const length = contentLength(request.headers.get("content-length"));
  if (length === null) return fail(411, "请重新提交", "evidence");
  // Refuse an oversized upload before reading it (the fields and the envelope add a little).
  if (length > EVIDENCE_MAX_BYTES + 64 * 1024) return fail(413, EVIDENCE_MESSAGES.tooBig, "evidence");
  const form = await request.formData().catch(() => null);
  if (!form) return fail(400, "没能收到报送的内容，请再提交一次", "evidence");
  const file = form.get("evidence");
  const evidence = file instanceof File && file.size > 0 ? file : null;
  const raw = { ...Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")), hasFile: evidence !== null };
  const result = await runAction(
    placementSchema,
    async (input, actor) => {
      const bytes = evidence ? { fileName: cleanText(evidence.name).slice(0, 200), bytes: Buffer.from(await evidence.arrayBuffer()) } : null;
      const placement = await reportPlacement(actor, input, bytes);
      return { id: placement.id };
    },
    { once: "placement.report" },
    raw,
    user,
  );
  return Response.json(result, { status: result.ok ? 200 : result.conflict ? 409 : 400 });
}
