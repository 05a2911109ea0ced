import { getCurrentUser } from "@/lib/auth/current-user";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { getNoticeFile } from "@/lib/scores/notices";

const text = (message: string, status: number) => new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** A notice's Word or Excel file, byte for byte as it was issued. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; file: string }> }) {
  const user = await getCurrentUser();
  if (!user) return text("请先登录", 401);
  const { id, file } = await params;
  if (file !== "docx" && file !== "xlsx") return text("没有找到这份通报", 404);
  try {
    const { fileName, contentType, body } = await getNoticeFile(user, id, file);
    return new Response(body, {
      headers: {
        "Content-Type": contentType,
        "Content-Length": String(body.byteLength),
        "Content-Disposition": `attachment; filename="notice.${file}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return text("没有找到这份通报", 404);
    throw error;
  }
}
