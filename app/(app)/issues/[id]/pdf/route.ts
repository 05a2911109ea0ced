import { issueDownload } from "@/lib/bulletins/export/respond";
import { renderBulletinPdf } from "@/lib/bulletins/print/pdf";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return issueDownload(id, "pdf", "application/pdf", renderBulletinPdf);
}
