import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { downloadResponse, textResponse } from "@/lib/http/download";
import { renderOnboardingWorkbook } from "@/lib/onboarding/template";

/** The empty 单位与人员 template. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return textResponse("请先登录", 401);
  if (!can(user, "people.import")) return textResponse("没有找到这个页面", 404);
  const body = await renderOnboardingWorkbook({ units: [], people: [] });
  return downloadResponse(new Uint8Array(body), {
    fileName: "单位与人员导入模板.xlsx",
    asciiName: "onboarding-template.xlsx",
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}
