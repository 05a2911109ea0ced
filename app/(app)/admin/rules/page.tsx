import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { getNodeScoreSetting, listYearRules, previewRecalculation } from "@/lib/scores/rules-admin";
import { NodeScoreMethodForm } from "@/components/admin/node-score-method";
import { LeapReportsForm } from "@/components/admin/leap-reports";
import { shanghaiYear, formatIsoDate } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { RuleRow } from "@/components/admin/rule-row";
import { RecalcPanel } from "@/components/admin/recalc-panel";
import { CategoryRow } from "@/components/admin/category-row";
import { listYearCategories } from "@/lib/scores/categories";
import { ScrollTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "积分规则" };

export default async function RulesPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!can(user, "admin.manage")) notFound();
  const current = shanghaiYear(new Date());
  const { year } = z.object({ year: z.coerce.number().int().min(2000).max(current + 1).catch(current).default(current) }).parse(await searchParams);
  const [rules, preview, categories, nodeScore] = await Promise.all([
    listYearRules(user, year),
    previewRecalculation(user, year),
    listYearCategories(user, year),
    getNodeScoreSetting(user, year),
  ]);
  const byUnit = new Map<string, { name: string; delta: number; count: number }>();
  for (const c of preview.changes) {
    const row = byUnit.get(c.unitId) ?? { name: c.unitName, delta: 0, count: 0 };
    byUnit.set(c.unitId, { ...row, delta: row.delta + c.toPoints - c.fromPoints, count: row.count + 1 });
  }
  return (
    <div className="space-y-6">
      <PageHeader title={`${year}年度积分规则`}>
        <Link className="text-sm text-party underline" href={`/admin/rules?year=${year - 1}`}>
          上一年
        </Link>
        {year <= current && (
          <Link className="text-sm text-party underline" href={`/admin/rules?year=${year + 1}`}>
            下一年
          </Link>
        )}
      </PageHeader>
      <p className="text-sm text-stone-600">改分值会生成新版本；已记的积分仍按记分时的版本，除非下面“按新规则重算”。</p>
      <ScrollTable label="积分规则">
      <table className="w-full min-w-[44rem] border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-stone-200 text-left text-stone-500">
            <th className="p-2">规则</th>
            <th className="p-2">分值</th>
            <th className="p-2">版本</th>
            <th className="p-2">历史</th>
            <th className="p-2" />
          </tr>
        </thead>
        <tbody>
          {rules.map((r) => (
            <RuleRow
              key={r.code}
              year={year}
              code={r.code}
              label={r.label}
              points={r.points}
              version={r.version}
              history={r.history.map((h) => `第${h.version}版 ${h.points}分（${formatIsoDate(h.createdAt)}）`).join("；")}
            />
          ))}
        </tbody>
      </table>
      </ScrollTable>
      <section className="space-y-2 rounded border border-stone-200 bg-white p-4">
        <h2 className="font-semibold">分类上限与千分制考核分值</h2>
        <p className="text-sm text-stone-600">
          各分类一年最多计入的积分（上限）和在千分制考核中的分值；折算 = 分值 × 计入积分 ÷ 上限，“时效”为满分减去迟报、未报约稿等扣分。
          合计 {categories.reduce((s, c) => s + c.weight, 0)} 分。
        </p>
        <ScrollTable label="分类上限与考核分值" className="border-0">
        <table className="w-full min-w-[36rem] border-collapse text-sm">
          <thead>
            <tr className="border-b border-stone-200 text-left text-stone-500">
              <th className="p-2">分类</th>
              <th className="p-2">折算方式</th>
              <th className="p-2">上限（积分）</th>
              <th className="p-2">考核分值</th>
              <th className="p-2" />
            </tr>
          </thead>
          <tbody>
            {categories.map((c) => (
              <CategoryRow key={c.code} year={year} {...c} />
            ))}
          </tbody>
        </table>
        </ScrollTable>
      </section>
      {nodeScore.ranksDepartments && (
        <section className="space-y-2 rounded border border-stone-200 bg-white p-4">
          <h2 className="font-semibold">下级组织部的总分</h2>
          <p className="text-sm text-stone-600">
            排名里各组织部的总分由两部分组成：本级得分（它自己和所属单位、科室的稿件），和经它所辖的下一级组织部报上来的稿件得分。
            经哪个下级组织部报上来，就算作那个组织部的得分。
          </p>
          <NodeScoreMethodForm key={`${year}-${nodeScore.method}`} year={year} method={nodeScore.method} />
        </section>
      )}
      {nodeScore.hasGrandDepartments && (
        <section className="space-y-2 rounded border border-stone-200 bg-white p-4">
          <h2 className="font-semibold">越级报送</h2>
          <p className="text-sm text-stone-600">
            越级报送的稿件进入本级的稿件池，记在中间一级组织部名下（经哪个下级组织部报上来，就算那个组织部的得分），积分照常逐级记到写稿单位。
          </p>
          <LeapReportsForm key={`${year}-${nodeScore.acceptsLeapReports}`} year={year} accepts={nodeScore.acceptsLeapReports} />
        </section>
      )}
      <section className="space-y-3 rounded border border-stone-200 bg-white p-4">
        <h2 className="font-semibold">按新规则重算（预览）</h2>
        {preview.changes.length === 0 ? (
          <p className="text-sm text-stone-600">{year}年的积分都已按各规则的最新版本记分，无需重算。</p>
        ) : (
          <>
            <p className="text-sm">共 {preview.changes.length} 条积分按旧版本记分，重算后各单位变化如下：</p>
            <table className="text-sm" data-testid="recalc-preview">
              <tbody>
                {[...byUnit.values()].map((u) => (
                  <tr key={u.name}>
                    <td className="pr-6">{u.name}</td>
                    <td className="pr-6 text-stone-500">{u.count} 条</td>
                    <td className={u.delta < 0 ? "text-red-600" : "text-emerald-700"}>{u.delta > 0 ? `+${u.delta}` : u.delta} 分</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        <RecalcPanel year={year} digest={preview.digest} count={preview.changes.length} />
      </section>
    </div>
  );
}
