import { getCurrentUser } from "@/lib/auth/current-user";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/errors";
import type { BulletinDocument } from "@/lib/bulletins/document";
import { loadPrintable } from "@/lib/bulletins/printable";

/**
 * A download of one issue: the user and the issue are checked here like any page; another
 * unit's or a hidden issue answers 404.
 */
export async function issueDownload(id: string, ext: "docx" | "pdf", contentType: string, render: (doc: BulletinDocument) => Promise<Buffer>) {
  const user = await getCurrentUser();
  if (!user) return new Response("请先登录", { status: 401 });
  try {
    const { doc, fileName } = await loadPrintable(user, id);
    const body = await render(doc);
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": contentType,
        "Content-Disposition": `attachment; filename="issue.${ext}"; filename*=UTF-8''${encodeURIComponent(`${fileName}.${ext}`)}`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    const text = (message: string, status: number) => new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return text("没有找到这一期", 404);
    // e.g. the server lacks the fonts the PDF needs: say so instead of a bare error.
    if (error instanceof DomainError) return text(error.message, 503);
    throw error;
  }
}
