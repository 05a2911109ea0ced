import { getCurrentUser } from "@/lib/auth/current-user";
import { getPlacementEvidence } from "@/lib/placements/queries";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

/**
 * A report's evidence, for whoever may see the report: a picture shown inline, a PDF as a
 * download (a browser's PDF viewer does not run under the sandbox every file is served with).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("请先登录", { status: 401 });
  const { id } = await params;
  try {
    const file = await getPlacementEvidence(user, id);
    // The type was sniffed from the bytes at upload: only PDF and pictures are ever stored.
    const inline = file.contentType.startsWith("image/");
    return new Response(new Uint8Array(file.data), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `${inline ? "inline" : "attachment"}; filename="evidence"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, max-age=3600",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return new Response("没有找到这份证明材料", { status: 404 });
    throw error;
  }
}
