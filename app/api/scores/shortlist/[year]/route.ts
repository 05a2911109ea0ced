import { getCurrentUser } from "@/lib/auth/current-user";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { downloadResponse, textResponse } from "@/lib/http/download";
import { shortlistDocx } from "@/lib/scores/shortlist";

const WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** 年度先进个人建议名单 as Word, for the office and the leaders (the use case checks the permission). */
export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  const user = await getCurrentUser();
  if (!user) return textResponse("请先登录", 401);
  const { year } = await params;
  if (!/^\d{4}$/.test(year)) return textResponse("没有找到这份名单", 404);
  try {
    const file = await shortlistDocx(user, Number(year));
    return downloadResponse(file.body, { fileName: file.fileName, asciiName: `shortlist-${year}.docx`, contentType: WORD });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return textResponse("没有找到这份名单", 404);
    throw error;
  }
}
