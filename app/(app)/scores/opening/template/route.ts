import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { downloadResponse, textResponse } from "@/lib/http/download";
import { renderFiguresTemplate } from "@/lib/onboarding/figures-sheet";

/** The empty 往年数字 template. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return textResponse("请先登录", 401);
  if (!can(user, "figures.import")) return textResponse("没有找到这个页面", 404);
  return downloadResponse(new Uint8Array(await renderFiguresTemplate()), {
    fileName: "往年数字导入模板.xlsx",
    asciiName: "opening-figures-template.xlsx",
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}
