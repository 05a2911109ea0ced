import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/current-user";
import { listParamsSchema } from "@/lib/validation/list";
import { listSeries } from "@/lib/bulletins/series";
import { loadOr404 } from "@/lib/load-or-404";
import { PageHeader } from "@/components/ui/page-header";
import { SearchForm } from "@/components/ui/search-form";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "刊物设置" };

export default async function SeriesListPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const { q, page } = listParamsSchema.parse(params);
  const result = await loadOr404(() => listSeries(user, { q, page }));
  return (
    <div>
      <PageHeader title="刊物设置">
        <Link className={buttonClass()} href="/series/new">
          新增刊物
        </Link>
      </PageHeader>
      <SearchForm q={q} placeholder="刊物名称" label="搜索刊物" />
      <table className="w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-stone-200 text-left text-stone-500">
            <th className="p-2">刊物</th>
            <th className="p-2">编印单位</th>
            <th className="p-2">签发</th>
            <th className="p-2">总期数</th>
            <th className="p-2">状态</th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((s) => (
            <tr key={s.id} className="border-b border-stone-100">
              <td className="p-2">
                <Link className="font-medium text-party underline" href={`/series/${s.id}`}>
                  {s.name}
                </Link>
              </td>
              <td className="p-2">{s.issuingBody}</td>
              <td className="p-2">{s.requiresSignOff ? "须领导签发" : "不需签发"}</td>
              <td className="p-2">{s.totalCount}</td>
              <td className="p-2">{s.active ? "启用" : <span className="text-stone-500">停用</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.rows.length === 0 && <p className="mt-3 rounded border border-dashed border-stone-300 p-8 text-center text-stone-500">没有符合条件的刊物</p>}
      <Pagination page={result.page} pages={result.pages} total={result.total} params={params} basePath="/series" />
    </div>
  );
}
