import { getCurrentUser } from "@/lib/auth/current-user";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { getNoticeFile } from "@/lib/scores/notices";
import { downloadResponse, textResponse } from "@/lib/http/download";


/** A notice's Word or Excel file, byte for byte as it was issued. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; file: string }> }) {
  const user = await getCurrentUser();
  if (!user) return textResponse("请先登录", 401);
  const { id, file } = await params;
  if (file !== "docx" && file !== "xlsx") return textResponse("没有找到这份通报", 404);
  try {
    const { fileName, contentType, body } = await getNoticeFile(user, id, file);
    return downloadResponse(body, { fileName, asciiName: `notice.${file}`, contentType });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return textResponse("没有找到这份通报", 404);
    throw error;
  }
}
