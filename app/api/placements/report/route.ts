import { getCurrentUser } from "@/lib/auth/current-user";
import { runAction } from "@/lib/auth/action";
import { can } from "@/lib/authz/permissions";
import { contentLength, sameOrigin } from "@/lib/drafts/import/http";
import { reportPlacement } from "@/lib/placements/report-placement";
import { EVIDENCE_MESSAGES, EVIDENCE_MAX_BYTES } from "@/lib/placements/evidence-limits";
import { placementSchema } from "@/lib/validation/placement";
import { cleanText } from "@/lib/validation/sanitize";

const fail = (status: number, error: string, field?: string) => Response.json({ ok: false, error, ...(field ? { fieldErrors: { [field]: error } } : {}) }, { status });

/**
 * 报送 a placement (multipart: the form's fields and an optional file "evidence"). Outside the
 * proxy's matcher so the upload is not buffered twice; the same checks as the Word import come
 * first (user, page of origin, permission, declared length), then the one action runner:
 * validation, repeated-submission control and error sorting. Answers an ActionResult.
 */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return fail(401, "登录已失效，请重新登录（您填写的内容还在）");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!sameOrigin(request.headers.get("origin"), host)) return fail(403, "请从系统页面报送");
  if (!can(user, "placement.report")) return fail(403, "您没有报送的权限");
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
