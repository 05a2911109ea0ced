import { toFailure } from "@/lib/auth/action";
import { currentSecurityRules } from "@/lib/auth/security-settings";
import { errorStatus } from "@/lib/drafts/import/http";
import { applyPeopleImport, previewPeopleImport } from "@/lib/onboarding/import-people";
import { renderSlipsPdf } from "@/lib/onboarding/slips-pdf";
import { loginUrl, readUpload } from "@/lib/onboarding/upload-request";
import { routeUser } from "@/lib/http/upload-route";

/**
 * 导入单位与人员 (multipart: file, mode = preview | apply, digest). A preview answers an
 * ActionResult with the plan. Applying streams lines of JSON: progress while the new
 * passwords are hashed, then the ActionResult with the counts and the 账号通知单 PDF, which
 * exists only in this answer.
 */
export async function POST(request: Request) {
  const user = await routeUser(request, "people.import");
  if (user instanceof Response) return user;
  const upload = await readUpload(request);
  if (upload instanceof Response) return upload;
  const file = { fileName: upload.fileName, bytes: upload.bytes };
  if (upload.form.get("mode") !== "apply") {
    try {
      return Response.json({ ok: true, data: await previewPeopleImport(user, file) });
    } catch (error) {
      return Response.json(toFailure(error), { status: errorStatus(error) });
    }
  }
  const digest = String(upload.form.get("digest") ?? "");
  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    async start(controller) {
      const send = (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        const result = await applyPeopleImport(user, { ...file, digest }, (done, total) => send({ progress: { done, total } }));
        // The first PDF a server process draws parses the CJK fonts: say what the wait is for.
        if (result.slips.length) {
          send({ progress: { done: result.slips.length, total: result.slips.length, label: "正在生成账号通知单（PDF）…" } });
          await new Promise((resolve) => setTimeout(resolve, 50)); // let that line reach the page before the font work
        }
        const { passwordMinLength } = await currentSecurityRules();
        const pdf = result.slips.length ? await renderSlipsPdf(result.slips, { loginUrl: loginUrl(request), minLength: passwordMinLength, now: new Date() }) : null;
        send({ ok: true, data: { counts: result.counts, slips: result.slips.length, pdf: pdf?.toString("base64") ?? null } });
      } catch (error) {
        send(toFailure(error));
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" } });
}
