import { getCurrentUser } from "@/lib/auth/current-user";
import { DomainError } from "@/lib/errors";
import { previewNoticeFile } from "@/lib/scores/notices";
import { parsePeriod } from "@/lib/scores/period";

const text = (message: string, status: number) => new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** The Word or Excel file a notice would be issued with (?period=2026-11), for checking before 发布. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const user = await getCurrentUser();
  if (!user) return text("请先登录", 401);
  const { file } = await params;
  const period = parsePeriod(new URL(request.url).searchParams.get("period") ?? "");
  if ((file !== "docx" && file !== "xlsx") || !period) return text("没有找到这份通报", 404);
  try {
    const { fileName, contentType, body } = await previewNoticeFile(user, { period, kind: file });
    return new Response(body, {
      headers: {
        "Content-Type": contentType,
        "Content-Length": String(body.byteLength),
        "Content-Disposition": `attachment; filename="notice-preview.${file}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof DomainError) return text("没有找到这份通报", 404);
    throw error;
  }
}
