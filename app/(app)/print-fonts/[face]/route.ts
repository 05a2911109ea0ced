import { readFile } from "node:fs/promises";
import { getCurrentUser } from "@/lib/auth/current-user";
import { FACES, resolveFontFiles, type Face } from "@/lib/bulletins/print/fonts";
import { DomainError } from "@/lib/errors";

/**
 * The font file a bulletin face is measured with, so the screen preview and the browser's print
 * use the very 仿宋 the PDF embeds even where the desktop has none. Collections (.ttc) are not
 * served: browsers take them badly and the desktop's own Noto CJK stands in for those faces.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ face: string }> }) {
  if (!(await getCurrentUser())) return new Response("请先登录", { status: 401 });
  const { face } = await params;
  if (!FACES.includes(face as Face)) return new Response("没有这种字体", { status: 404 });
  let path: string;
  try {
    path = resolveFontFiles()[face as Face].path;
  } catch (error) {
    if (error instanceof DomainError) return new Response("服务器没有安装这种字体", { status: 404 });
    throw error;
  }
  const type = path.toLowerCase().endsWith(".otf") ? "font/otf" : path.toLowerCase().endsWith(".ttf") ? "font/ttf" : null;
  if (!type) return new Response("这种字体文件不在网页上使用", { status: 404 });
  return new Response(new Uint8Array(await readFile(path)), {
    headers: { "Content-Type": type, "Cache-Control": "private, max-age=86400" },
  });
}
