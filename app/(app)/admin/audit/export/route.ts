import { getCurrentUser } from "@/lib/auth/current-user";
import { ForbiddenError } from "@/lib/errors";
import { exportAudit } from "@/lib/audit/list-audit";
import { renderAuditXlsx } from "@/lib/audit/audit-xlsx";
import { auditParamsSchema } from "@/lib/validation/audit";
import { formatDateTime, shanghaiDate } from "@/lib/time";
import { downloadResponse, textResponse } from "@/lib/http/download";


/** The filtered 操作日志 as an Excel file; anyone without audit.read finds nothing here. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return textResponse("请先登录", 401);
  const { page: _page, ...filter } = auditParamsSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  try {
    const now = new Date();
    const { total, filterText, rows } = await exportAudit(user, filter);
    const heading = `操作日志（${filterText || "全部"}。${formatDateTime(now)} 导出，共 ${total} 条${total > rows.length ? `，本文件含最新的 ${rows.length} 条` : ""}）`;
    const body = await renderAuditXlsx(rows, heading, now);
    const fileName = `操作日志-${shanghaiDate(now)}.xlsx`;
    return downloadResponse(new Uint8Array(body), {
      fileName,
      asciiName: "audit.xlsx",
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
  } catch (error) {
    if (error instanceof ForbiddenError) return textResponse("没有找到这个页面", 404);
    throw error;
  }
}
