import type { Metadata } from "next";
import Link from "next/link";
import { listParamsSchema } from "@/lib/validation/list";
import { requireUser } from "@/lib/auth/current-user";
import { listPublishedIssues } from "@/lib/bulletins/queries";
import { formatChineseDate } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "已发期刊" };


export default async function IssuesPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const { q, page } = listParamsSchema.parse(params);
  const result = await listPublishedIssues(user, { q, page });
  return (
    <div>
      <PageHeader title="已发期刊" />
      <form className="mb-4 flex gap-2">
        <input name="q" defaultValue={q} placeholder="搜索文章标题" className="w-72 rounded border border-stone-300 px-3 py-1.5 text-sm" />
        <button className={buttonClass("secondary")}>搜索</button>
      </form>
      <div className="grid gap-3">
        {result.rows.map((i) => (
          <Link key={i.id} href={`/issues/${i.id}`} className="block rounded border border-stone-200 bg-white p-4 hover:border-party">
            <div className="flex items-center justify-between">
              <span className="font-semibold">
                《{i.series.name}》{i.year}年第{i.number}期（总第{i.totalNumber}期）
                {i.status === "VOIDED" && <span className="ml-2 text-red-600">已作废</span>}
              </span>
              <span className="text-sm text-stone-500">{i.publishedAt && formatChineseDate(i.publishedAt)}</span>
            </div>
            <ul className="mt-2 list-inside list-disc text-sm text-stone-700">
              {i.items.map((it) => (
                <li key={it.id}>{it.title}</li>
              ))}
            </ul>
          </Link>
        ))}
        {result.rows.length === 0 && <p className="rounded border border-dashed border-stone-300 p-8 text-center text-stone-500">还没有发布的期刊</p>}
      </div>
      <Pagination page={result.page} pages={result.pages} total={result.total} params={params} basePath="/issues" />
    </div>
  );
}
