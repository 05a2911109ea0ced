"use client";

/**
 * 上一页 / 下一页 for a list held in the browser (an import preview), where the server's
 * link-based <Pagination> has no pages to link to. Shown only when there is more than one page.
 */
export function ListPager({ page, pages, onPage, note = "" }: { page: number; pages: number; onPage: (page: number) => void; note?: string }) {
  if (pages <= 1) return null;
  const button = "min-h-11 px-2 text-party disabled:text-stone-400 md:min-h-0";
  return (
    <nav aria-label="预览分页" className="flex items-center gap-3 text-sm">
      <button className={button} disabled={page === 1} onClick={() => onPage(page - 1)}>
        上一页
      </button>
      <span>
        第 {page} / {pages} 页{note}
      </span>
      <button className={button} disabled={page === pages} onClick={() => onPage(page + 1)}>
        下一页
      </button>
    </nav>
  );
}
