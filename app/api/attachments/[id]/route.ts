import { getCurrentUser } from "@/lib/auth/current-user";
import { getAttachment } from "@/lib/drafts/attachments";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

/** A draft's attachment, for whoever may read the draft; pictures inline, anything else as a download. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("请先登录", { status: 401 });
  const { id } = await params;
  try {
    const file = await getAttachment(user, id);
    const inline = /^image\/(png|jpeg|gif|bmp|webp)$/.test(file.contentType);
    return new Response(new Uint8Array(file.data), {
      headers: {
        "Content-Type": inline ? file.contentType : "application/octet-stream",
        "Content-Disposition": `${inline ? "inline" : "attachment"}; filename="file"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, max-age=3600",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return new Response("没有找到这个附件", { status: 404 });
    throw error;
  }
}
