import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { loadOr404 } from "@/lib/load-or-404";
import { listSessions } from "@/lib/training/sessions";
import { FORM_LABELS } from "@/lib/training/labels";
import { latestSessionDay } from "@/lib/validation/training";
import { listParamsSchema } from "@/lib/validation/list";
import { formatIsoDate, shanghaiDate } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { FilterBar, FilterSearch } from "@/components/ui/filter-bar";
import { DataTable } from "@/components/ui/data-table";
import { EMPTY_SESSION, SessionForm } from "@/components/training/session-form";

export const metadata: Metadata = { title: "培训" };


/** The office's training sessions (以会代训 and 跟班学习 included), newest first; the office records new ones here. */
export default async function TrainingPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const { q, page } = listParamsSchema.parse(params);
  const result = await loadOr404(() => listSessions(user, { q, page }));
  const today = shanghaiDate(new Date());
  return (
    <div className="space-y-4">
      <PageHeader title="培训">
        <Link href="/training/pairs" className="text-sm text-party underline">
          传帮带
        </Link>
        <Link href="/training/people" className="text-sm text-party underline">
          人员培训情况
        </Link>
      </PageHeader>
      <p className="text-sm text-stone-600">研究室组织的专题培训、以会代训、跟班学习和线上培训。点主题登记参训人员、上传课件。</p>
      {can(user, "training.manage") && <SessionForm initial={EMPTY_SESSION} maxDay={latestSessionDay()} />}
      <FilterBar label="查找培训" resetHref="/training" className="">
        <FilterSearch value={q} placeholder="培训主题或主讲人" label="搜索培训" />
      </FilterBar>
      <DataTable
        rows={result.rows}
        rowKey={(s) => s.id}
        empty={q ? "没有符合条件的培训" : "还没有登记培训"}
        columns={[
          {
            header: "日期",
            className: "whitespace-nowrap",
            cell: (s) => (
              <>
                {formatIsoDate(s.heldOn)}
                {formatIsoDate(s.heldOn) > today && <span className="ml-2 rounded bg-sky-100 px-1.5 py-0.5 text-xs text-sky-800">已安排</span>}
              </>
            ),
          },
          {
            header: "主题",
            title: true,
            cell: (s) => (
              <Link href={`/training/${s.id}`} className="font-medium text-stone-900 hover:text-party">
                {s.topic}
              </Link>
            ),
          },
          { header: "形式", cell: (s) => FORM_LABELS[s.form], className: "whitespace-nowrap" },
          { header: "主讲人", cell: (s) => s.trainer || "—" },
          { header: "参训", cell: (s) => `${s._count.attendance}人`, align: "right" },
          { header: "材料", cell: (s) => `${s._count.materials}个`, align: "right" },
        ]}
      />
      <Pagination page={result.page} pages={result.pages} total={result.total} params={params} basePath="/training" />
    </div>
  );
}
