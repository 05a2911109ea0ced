import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { listParamsSchema } from "@/lib/validation/list";
import { listRecords, responsiblePeopleChoices } from "@/lib/scores/records";
import { RECORD_KIND_LABELS, RECORD_LEVELS, recordableKinds } from "@/lib/scores/record-kinds";
import { listSubmittingUnits } from "@/lib/admin/units";
import { formatDateTime, formatIsoDate } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { FilterBar, FilterSearch } from "@/components/ui/filter-bar";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { RecordForm } from "@/components/scores/record-form";
import { ReverseButton } from "@/components/scores/reverse-button";

export const metadata: Metadata = { title: "积分登记" };

export default async function RecordsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!can(user, "scores.read")) notFound();
  const params = await searchParams;
  const { q, page } = listParamsSchema.parse(params);
  const [result, units] = await Promise.all([listRecords(user, { q, page }), listSubmittingUnits(user)]);
  const kinds = recordableKinds(user);
  const mayReverse = can(user, "scores.reverse");
  return (
    <div className="space-y-4">
      <PageHeader title="积分登记" />
      {kinds.length > 0 && (
        <RecordForm units={units.filter((u) => u.active)} kinds={kinds} people={can(user, "scores.record") ? await responsiblePeopleChoices(user) : []} />
      )}
      <FilterBar label="查找登记" resetHref="/scores/records" className="">
        <FilterSearch value={q} placeholder="标题、刊物、领导或单位" label="搜索登记" />
      </FilterBar>
      <DataTable
        rows={result.rows}
        rowKey={(r) => r.id}
        rowClassName={(r) => (r.reversedAt ? "text-stone-500" : "")}
        empty={q ? "没有符合条件的登记" : "还没有登记"}
        columns={[
          {
            header: "类别",
            className: "whitespace-nowrap",
            cell: (r) => (
              <>
                {RECORD_KIND_LABELS[r.kind]}
                <div className="text-xs text-stone-500">{RECORD_LEVELS[r.kind][r.level]?.label}</div>
              </>
            ),
          },
          { header: "单位", cell: (r) => r.unit.name, className: "whitespace-nowrap" },
          {
            header: "标题",
            title: true,
            cell: (r) => (
              <>
                {r.title}
                {r.kind === "INSTRUCTION" && (
                  <div className="text-xs font-normal text-stone-500">
                    批示：{r.content}
                    <span className={r.followUp?.closedAt ? "ml-1 text-emerald-700" : "ml-1 text-amber-700"}>
                      {r.followUp?.closedAt ? `（已反馈：${r.followUp.feedback}）` : "（待单位反馈落实情况）"}
                    </span>
                  </div>
                )}
                {r.kind === "DEDUCTION" && <div className="text-xs font-normal text-stone-500">原因：{r.content}</div>}
              </>
            ),
          },
          { header: "出处", cell: (r) => (r.kind === "INSTRUCTION" ? r.leader : `${r.outlet}${r.issueNo ? ` ${r.issueNo}` : ""}`) },
          { header: "日期", cell: (r) => formatIsoDate(r.occurredOn), className: "whitespace-nowrap" },
          {
            header: "登记",
            cell: (r) => (
              <span className="text-xs">
                {r.recordedBy.name} {formatDateTime(r.createdAt)}
                {r.reversedAt && (
                  <span className="block text-red-600">
                    已冲销（{r.reversedBy?.name}：{r.reverseReason}）
                  </span>
                )}
              </span>
            ),
          },
          { header: "", cell: (r) => mayReverse && !r.reversedAt && <ReverseButton id={r.id} title={r.title} /> },
        ]}
      />
      <Pagination page={result.page} pages={result.pages} total={result.total} params={params} basePath="/scores/records" />
    </div>
  );
}
