import type { Metadata } from "next";
import Link from "next/link";
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
import { EMPTY_SESSION, SessionForm } from "@/components/training/session-form";

export const metadata: Metadata = { title: "培训" };

const headings = ["日期", "主题", "形式", "主讲人", "参训", "材料"];

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
      <table className="cards w-full rounded border border-stone-200 bg-white text-sm">
        <thead className="bg-stone-50 text-left text-stone-600">
          <tr>
            {headings.map((h) => (
              <th key={h} className="px-3 py-2 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.rows.map((s) => {
            const day = formatIsoDate(s.heldOn);
            return (
              <tr key={s.id} className="border-t border-stone-100 hover:bg-stone-50">
                <td data-label={headings[0]} className="px-3 py-2 whitespace-nowrap">
                  {day}
                  {day > today && <span className="ml-2 rounded bg-sky-100 px-1.5 py-0.5 text-xs text-sky-800">已安排</span>}
                </td>
                <td className="px-3 py-2">
                  <Link href={`/training/${s.id}`} className="font-medium text-stone-900 hover:text-party">
                    {s.topic}
                  </Link>
                </td>
                <td data-label={headings[2]} className="px-3 py-2">
                  {FORM_LABELS[s.form]}
                </td>
                <td data-label={headings[3]} className="px-3 py-2">
                  {s.trainer || "—"}
                </td>
                <td data-label={headings[4]} className="px-3 py-2">
                  {s._count.attendance}人
                </td>
                <td data-label={headings[5]} className="px-3 py-2">
                  {s._count.materials}个
                </td>
              </tr>
            );
          })}
          {result.rows.length === 0 && (
            <tr>
              <td colSpan={headings.length} className="px-3 py-8 text-center text-stone-500">
                {q ? "没有符合条件的培训" : "还没有登记培训"}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <Pagination page={result.page} pages={result.pages} total={result.total} params={params} basePath="/training" />
    </div>
  );
}
