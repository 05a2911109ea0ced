import Link from "@/components/ui/link";

/** Page links that keep the current filters in the query string. */
export function Pagination({
  page,
  pages,
  total,
  params,
  basePath,
  pageKey = "page",
  totalLabel = String(total),
}: {
  page: number;
  pages: number;
  total: number;
  params: Record<string, string | undefined>;
  basePath: string;
  /** The query key of the page number, when a page has two lists. */
  pageKey?: string;
  /** The count as shown, when the list stops counting ("1 万多"). */
  totalLabel?: string;
}) {
  const href = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v && k !== pageKey) q.set(k, v);
    q.set(pageKey, String(p));
    return `${basePath}?${q.toString()}`;
  };
  return (
    <div className="mt-4 flex flex-wrap items-center justify-between gap-2 text-sm text-stone-600">
      <span>
        共 {totalLabel} 条，第 {page} / {pages} 页
      </span>
      <div className="flex gap-2">
        {page > 1 && (
          <Link className="inline-flex min-h-11 items-center whitespace-nowrap rounded border border-stone-300 bg-white px-3 py-1 hover:bg-stone-50 md:min-h-0" href={href(page - 1)}>
            上一页
          </Link>
        )}
        {page < pages && (
          <Link className="inline-flex min-h-11 items-center whitespace-nowrap rounded border border-stone-300 bg-white px-3 py-1 hover:bg-stone-50 md:min-h-0" href={href(page + 1)}>
            下一页
          </Link>
        )}
      </div>
    </div>
  );
}
