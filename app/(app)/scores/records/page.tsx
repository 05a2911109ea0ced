import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { listParamsSchema } from "@/lib/validation/list";
import { listRecords, responsiblePeopleChoices } from "@/lib/scores/records";
import { RECORD_KIND_LABELS, RECORD_KINDS, RECORD_LEVELS } from "@/lib/scores/record-kinds";
import { listSubmittingUnits } from "@/lib/admin/units";
import { formatDateTime, formatIsoDate } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { SearchForm } from "@/components/ui/search-form";
import { Pagination } from "@/components/ui/pagination";
import { RecordForm } from "@/components/scores/record-form";
import { ReverseButton } from "@/components/scores/reverse-button";

export const metadata: Metadata = { title: "积分登记" };

export default async function RecordsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!can(user, "scores.read")) notFound();
  const params = await searchParams;
  const { q, page } = listParamsSchema.parse(params);
  const [result, units] = await Promise.all([listRecords(user, { q, page }), listSubmittingUnits()]);
  const editor = user.roles.includes("EDITOR");
  const kinds = editor ? RECORD_KINDS : (["INSTRUCTION"] as const);
  return (
    <div className="space-y-4">
      <PageHeader title="积分登记" />
      {can(user, "scores.record") && <RecordForm units={units.filter((u) => u.active)} kinds={kinds} people={editor ? await responsiblePeopleChoices(user) : []} />}
      <SearchForm q={q} placeholder="标题、刊物、领导或单位" label="搜索登记" className="" />
      <table className="w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-stone-200 text-left text-stone-500">
            <th className="p-2">类别</th>
            <th className="p-2">单位</th>
            <th className="p-2">标题</th>
            <th className="p-2">出处</th>
            <th className="p-2">日期</th>
            <th className="p-2">登记</th>
            <th className="p-2" />
          </tr>
        </thead>
        <tbody>
          {result.rows.map((r) => (
            <tr key={r.id} className={`border-b border-stone-100 ${r.reversedAt ? "text-stone-500" : ""}`}>
              <td className="p-2">
                {RECORD_KIND_LABELS[r.kind]}
                <div className="text-xs text-stone-500">{RECORD_LEVELS[r.kind][r.level]?.label}</div>
              </td>
              <td className="p-2">{r.unit.name}</td>
              <td className="p-2">
                {r.title}
                {r.kind === "INSTRUCTION" && (
                  <div className="text-xs text-stone-500">
                    批示：{r.content}
                    <span className={r.followUp?.closedAt ? "ml-1 text-emerald-700" : "ml-1 text-amber-700"}>
                      {r.followUp?.closedAt ? `（已反馈：${r.followUp.feedback}）` : "（待单位反馈落实情况）"}
                    </span>
                  </div>
                )}
                {r.kind === "DEDUCTION" && <div className="text-xs text-stone-500">原因：{r.content}</div>}
              </td>
              <td className="p-2">{r.kind === "INSTRUCTION" ? r.leader : `${r.outlet}${r.issueNo ? ` ${r.issueNo}` : ""}`}</td>
              <td className="p-2">{formatIsoDate(r.occurredOn)}</td>
              <td className="p-2 text-xs">
                {r.recordedBy.name} {formatDateTime(r.createdAt)}
                {r.reversedAt && (
                  <div className="text-red-600">
                    已冲销（{r.reversedBy?.name}：{r.reverseReason}）
                  </div>
                )}
              </td>
              <td className="p-2">{editor && !r.reversedAt && <ReverseButton id={r.id} title={r.title} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.rows.length === 0 && <p className="rounded border border-dashed border-stone-300 p-8 text-center text-stone-500">{q ? "没有符合条件的登记" : "还没有登记"}</p>}
      <Pagination page={result.page} pages={result.pages} total={result.total} params={params} basePath="/scores/records" />
    </div>
  );
}
