import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { requireUser } from "@/lib/auth/current-user";
import { isNodeWide } from "@/lib/authz/permissions";
import { loadOr404 } from "@/lib/load-or-404";
import { listTrainees } from "@/lib/training/people";
import { listParamsSchema } from "@/lib/validation/list";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { FilterBar, FilterSearch } from "@/components/ui/filter-bar";
import { TraineeTable } from "@/components/training/trainee-table";

export const metadata: Metadata = { title: "人员培训情况" };

/** 信息员 and 组织委员 with this year's training: the county's, or a reviewer's own unit's. */
export default async function TraineesPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const { q, page } = listParamsSchema.parse(params);
  const untrainedOnly = params.untrained === "1";
  const result = await loadOr404(() => listTrainees(user, { q, page, untrainedOnly }));
  const county = isNodeWide(user, "training.read");
  const toggle = new URLSearchParams({ ...(q ? { q } : {}), ...(untrainedOnly ? {} : { untrained: "1" }) });
  return (
    <div className="space-y-4">
      <PageHeader title={county ? "人员培训情况" : `${user.unitName} · 人员培训情况`} />
      <div className="flex flex-wrap items-center gap-3">
        <FilterBar label="查找人员" keep={{ untrained: untrainedOnly ? "1" : undefined }} resetHref="/training/people" className="">
          <FilterSearch value={q} placeholder={county ? "姓名或单位" : "姓名"} label="搜索人员" />
        </FilterBar>
        <Link className="text-sm text-party underline" href={`/training/people?${toggle}`}>
          {untrainedOnly ? "看全部人员" : `只看${result.year}年未参加培训的`}
        </Link>
      </div>
      <TraineeTable rows={result.rows} empty={untrainedOnly ? `${result.year}年大家都参加过培训了` : "没有符合条件的人员"} />
      <Pagination page={result.page} pages={result.pages} total={result.total} params={params} basePath="/training/people" />
    </div>
  );
}
