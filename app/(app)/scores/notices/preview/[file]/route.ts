import { getCurrentUser } from "@/lib/auth/current-user";
import { DomainError } from "@/lib/errors";
import { previewNoticeFile } from "@/lib/scores/notices";
import { parsePeriod } from "@/lib/scores/period";
import { downloadResponse, textResponse } from "@/lib/http/download";


/** The Word or Excel file a notice would be issued with (?period=2026-11), for checking before 发布. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const user = await getCurrentUser();
  if (!user) return textResponse("请先登录", 401);
  const { file } = await params;
  const period = parsePeriod(new URL(request.url).searchParams.get("period") ?? "");
  if ((file !== "docx" && file !== "xlsx") || !period) return textResponse("没有找到这份通报", 404);
  try {
    const { fileName, contentType, body } = await previewNoticeFile(user, { period, kind: file });
    return downloadResponse(body, { fileName, asciiName: `notice-preview.${file}`, contentType });
  } catch (error) {
    if (error instanceof DomainError) return textResponse("没有找到这份通报", 404);
    throw error;
  }
}
