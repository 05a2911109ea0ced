import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { requireUser } from "@/lib/auth/current-user";
import { loadPrintable } from "@/lib/bulletins/printable";
import { bulletinPages } from "@/lib/bulletins/print/pages";
import { loadOr404 } from "@/lib/load-or-404";
import { buttonClass } from "@/components/ui/button";
import { PrintSheets } from "@/components/bulletin/print-sheets";
import { PrintButton } from "@/components/bulletin/print-button";

export const metadata: Metadata = { title: "打印期刊" };

/** The issue alone, page by page as it prints: the browser's print gives the same pages as the PDF. */
export default async function PrintIssuePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const { doc, fileName } = await loadOr404(() => loadPrintable(user, id));
  const pages = await bulletinPages(doc);
  return (
    <div className="min-h-screen bg-stone-200 py-4">
      <div className="mx-auto mb-4 flex max-w-[210mm] items-center justify-between print:hidden">
        <span className="text-sm text-stone-700">
          {fileName}（共{pages.length}页）。打印时纸张选 A4、边距选“无”、缩放选 100%。
        </span>
        <span className="flex gap-2">
          <Link className={buttonClass("secondary")} href={`/issues/${id}`}>
            返回
          </Link>
          <PrintButton />
        </span>
      </div>
      <PrintSheets pages={pages} />
    </div>
  );
}
