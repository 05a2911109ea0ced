import { getCurrentUser } from "@/lib/auth/current-user";
import { getMaterialFile } from "@/lib/training/materials";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { textResponse } from "@/lib/http/download";

/**
 * A training material, for whoever may see it (lib/training/materials.ts): a picture shown
 * inline, a PDF or Word file as a download, sandboxed and never sniffed.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return textResponse("请先登录", 401);
  const { id } = await params;
  try {
    const file = await getMaterialFile(user, id);
    // The type was read from the bytes at upload: only PDF, .docx and pictures are ever stored.
    const inline = file.contentType.startsWith("image/");
    return new Response(new Uint8Array(file.data), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `${inline ? "inline" : "attachment"}; filename="material"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, max-age=3600",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return textResponse("没有找到这份材料", 404);
    throw error;
  }
}
