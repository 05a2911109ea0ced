import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { loadOr404 } from "@/lib/load-or-404";
import { listPairs } from "@/lib/training/pairs";
import { traineeChoices } from "@/lib/training/attendance";
import { listParamsSchema } from "@/lib/validation/list";
import { formatIsoDate, shanghaiDate } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { FilterBar, FilterSearch } from "@/components/ui/filter-bar";
import { PairForm } from "@/components/training/pair-form";
import { EndPair } from "@/components/training/end-pair";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "传帮带" };


/** 传帮带: who mentors whom and since when; pairs still going come first. */
export default async function PairsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const { q, page } = listParamsSchema.parse(params);
  const result = await loadOr404(() => listPairs(user, { q, page }));
  const manage = can(user, "training.manage");
  const people = manage ? await traineeChoices(user) : [];
  const today = shanghaiDate(new Date());
  return (
    <div className="space-y-4">
      <PageHeader title="传帮带">
        <Link href="/training" className="text-sm text-party underline">
          培训
        </Link>
      </PageHeader>
      <p className="text-sm text-stone-600">有经验的信息员或研究室编辑带新任信息员，一对一改稿、跟班学习。</p>
      {manage && <PairForm people={people} today={today} />}
      <FilterBar label="查找传帮带" resetHref="/training/pairs" className="">
        <FilterSearch value={q} placeholder="姓名或单位" label="搜索传帮带" />
      </FilterBar>
      <DataTable
        rows={result.rows}
        rowKey={(p) => p.id}
        empty={q ? "没有符合条件的结对" : "还没有传帮带结对"}
        columns={[
          {
            header: "带教人",
            title: true,
            cell: (p) => (
              <>
                <Link href={`/training/people/${p.mentor.id}`} className="text-party hover:underline">
                  {p.mentor.name}
                </Link>
                <span className="ml-1 text-xs text-stone-500">{p.mentor.unit.name}</span>
              </>
            ),
          },
          {
            header: "新手",
            cell: (p) => (
              <>
                <Link href={`/training/people/${p.mentee.id}`} className="text-party hover:underline">
                  {p.mentee.name}
                </Link>
                <span className="ml-1 text-xs text-stone-500">{p.mentee.unit.name}</span>
              </>
            ),
          },
          {
            header: "期间",
            cell: (p) => (
              <>
                {formatIsoDate(p.startedOn)} 起
                {p.endedOn ? `，${formatIsoDate(p.endedOn)} 结束` : <span className="ml-1 whitespace-nowrap rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-800">在带</span>}
              </>
            ),
          },
          { header: "备注", cell: (p) => p.note || "—" },
          { header: "", cell: (p) => manage && !p.endedOn && <EndPair id={p.id} today={today} startedOn={formatIsoDate(p.startedOn)} /> },
        ]}
      />
      <Pagination page={result.page} pages={result.pages} total={result.total} params={params} basePath="/training/pairs" />
    </div>
  );
}
