import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { ledgerParamsSchema } from "@/lib/validation/score";
import { listLedger } from "@/lib/scores/ledger-rows";
import { DEFAULT_RULES } from "@/lib/scores/rules";
import { parsePeriod, periodLabel } from "@/lib/scores/period";
import { listSubmittingUnits } from "@/lib/admin/units";
import { formatDateTime, shanghaiYear } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "积分台账" };

const control = "rounded border border-stone-300 bg-white px-2 py-1.5 text-sm";

export default async function LedgerPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!can(user, "scores.read")) notFound();
  const params = await searchParams;
  const f = ledgerParamsSchema.parse(params);
  const year = f.year ?? shanghaiYear(new Date());
  const period = f.p ? parsePeriod(f.p) : null;
  const ruleCodes = f.rule?.split(",");
  const [ledger, units] = await Promise.all([listLedger(user, { year, period: period ?? undefined, unitId: f.unit, ruleCodes, page: f.page }), listSubmittingUnits()]);
  return (
    <div>
      <PageHeader title={period ? `积分台账 · ${periodLabel(period)}` : "积分台账"} />
      <form className="mb-4 flex flex-wrap gap-2">
        <input name="year" defaultValue={year} aria-label="年度" inputMode="numeric" className={`${control} w-24`} />
        <select name="unit" defaultValue={f.unit ?? ""} aria-label="单位" className={control}>
          <option value="">全部单位</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
        <select name="rule" defaultValue={f.rule ?? ""} aria-label="规则" className={control}>
          <option value="">全部规则</option>
          {DEFAULT_RULES.map((r) => (
            <option key={r.code} value={r.code}>
              {r.label}
            </option>
          ))}
        </select>
        <button className={buttonClass("secondary")}>查看</button>
      </form>
      {(period || (ruleCodes && ruleCodes.length > 1)) && (
        <p className="mb-2 text-sm text-stone-600">
          {period && `只看${periodLabel(period)}发生的记录`}
          {ruleCodes && ruleCodes.length > 1 && `　规则：${ruleCodes.map((c) => DEFAULT_RULES.find((r) => r.code === c)?.label ?? c).join("、")}`}
          <Link className="ml-2 text-party underline" href={`/scores/ledger?year=${year}`}>
            看全年全部
          </Link>
        </p>
      )}
      <p className="mb-2 text-sm" data-testid="ledger-sum">
        共 {ledger.total} 条，合计 <span className="font-semibold">{ledger.sum}</span> 分
      </p>
      <table className="w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-stone-200 text-left text-stone-500">
            <th className="p-2">日期</th>
            <th className="p-2">单位</th>
            <th className="p-2">作者</th>
            <th className="p-2">规则（版本）</th>
            <th className="p-2 text-right">分值</th>
            <th className="p-2">来源</th>
            <th className="p-2">记录人</th>
          </tr>
        </thead>
        <tbody>
          {ledger.rows.map((r) => (
            <tr key={r.id} className="border-b border-stone-100">
              <td className="p-2">{formatDateTime(r.occurredAt)}</td>
              <td className="p-2">{r.unit.name}</td>
              <td className="p-2">{r.user?.name ?? "—"}</td>
              <td className="p-2">
                {r.rule.label}（第{r.rule.version}版）
              </td>
              <td className={`p-2 text-right font-semibold ${r.points < 0 ? "text-red-600" : ""}`}>
                {r.points > 0 ? `+${r.points}` : r.points}
                {r.reversalOfId && <div className="text-xs font-normal">冲销</div>}
              </td>
              <td className="p-2">
                {r.source.href ? (
                  <Link className="text-party underline" href={r.source.href}>
                    {r.source.label}
                  </Link>
                ) : (
                  r.source.label
                )}
              </td>
              <td className="p-2 text-xs">
                {r.recordedBy?.name ?? "系统（提醒任务）"}
                <div className="text-stone-500">{formatDateTime(r.createdAt)}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {ledger.rows.length === 0 && <p className="mt-3 rounded border border-dashed border-stone-300 p-8 text-center text-stone-500">没有台账记录</p>}
      <Pagination page={ledger.page} pages={ledger.pages} total={ledger.total} params={params} basePath="/scores/ledger" />
    </div>
  );
}
