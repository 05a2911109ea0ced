import { issueDownload } from "@/lib/bulletins/export/respond";
import { renderBulletinDocx } from "@/lib/bulletins/export/docx";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return issueDownload(id, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", renderBulletinDocx);
}
