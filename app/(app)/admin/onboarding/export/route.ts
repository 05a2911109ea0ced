import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { downloadResponse, textResponse } from "@/lib/http/download";
import { exportPeopleWorkbook } from "@/lib/onboarding/export";
import { shanghaiDate } from "@/lib/time";

/** 导出单位与人员: the same workbook as the template, filled, ready to correct and import again. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return textResponse("请先登录", 401);
  if (!can(user, "people.import")) return textResponse("没有找到这个页面", 404);
  const body = await exportPeopleWorkbook(user);
  return downloadResponse(new Uint8Array(body), {
    fileName: `单位与人员-${shanghaiDate(new Date())}.xlsx`,
    asciiName: "units-people.xlsx",
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}
