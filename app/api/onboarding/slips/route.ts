import { z } from "zod";
import { toFailure } from "@/lib/auth/action";
import { currentSecurityRules } from "@/lib/auth/security-settings";
import { errorStatus } from "@/lib/drafts/import/http";
import { downloadResponse } from "@/lib/http/download";
import { regenerateSlips } from "@/lib/onboarding/slips";
import { renderSlipsPdf } from "@/lib/onboarding/slips-pdf";
import { fail, loginUrl } from "@/lib/onboarding/upload-request";
import { routeUser } from "@/lib/http/upload-route";
import { shanghaiDate } from "@/lib/time";

const bodySchema = z.object({ unitId: z.string().uuid() });

/** 重新生成账号通知单 for a unit: resets its accounts' passwords and answers the slips as a PDF, once. */
export async function POST(request: Request) {
  const user = await routeUser(request, "people.import");
  if (user instanceof Response) return user;
  const body = bodySchema.safeParse(await request.json().catch(() => null));
  if (!body.success) return fail(400, "请选择单位");
  try {
    const slips = await regenerateSlips(user, body.data);
    const now = new Date();
    const pdf = await renderSlipsPdf(slips, { loginUrl: loginUrl(request), minLength: (await currentSecurityRules()).passwordMinLength, now });
    return downloadResponse(new Uint8Array(pdf), { fileName: `账号通知单-${slips[0].unit}-${shanghaiDate(now)}.pdf`, asciiName: "slips.pdf", contentType: "application/pdf" });
  } catch (error) {
    return Response.json(toFailure(error), { status: errorStatus(error) });
  }
}
