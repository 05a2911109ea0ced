import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { LEVEL_WORDS, rankGroupsAt } from "@/lib/units/labels";
import { can } from "@/lib/authz/permissions";
import { loadOr404 } from "@/lib/load-or-404";
import { departmentsBelow, rankingNode } from "@/lib/scores/ranking-node";
import { getPeriodTable, type PeriodRow } from "@/lib/scores/period-table";
import { getYearAssessment } from "@/lib/scores/categories";
import type { CategorySetting } from "@/lib/scores/assessment";
import { ledgerHref, submittedHref } from "@/lib/scores/links";
import { categoryOf, DEFAULT_RULES } from "@/lib/scores/rules";
import { NODE_SCORE_METHODS } from "@/lib/scores/node-score-rule";
import { ADOPTION_CODE } from "@/lib/scores/scoring";
import { shanghaiYear } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { ScrollTable, stickyCell, stickyHead } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "积分排名" };


/** The ledger rules behind the 网评 and 媒体 columns: a click shows the rows that make the figure. */
const RULES_OF = {
  COMMENTARY: DEFAULT_RULES.filter((r) => categoryOf(r.code) === "COMMENTARY").map((r) => r.code),
  MEDIA: DEFAULT_RULES.filter((r) => categoryOf(r.code) === "MEDIA").map((r) => r.code),
};

/** A figure linked to what explains it, or (a ranking below, read-only: not this node's ledger) plain. */
function Figure({ href, linked, title, children }: { href: string; linked: boolean; title?: string; children: React.ReactNode }) {
  if (!linked) return <>{children}</>;
  return (
    <Link className="underline decoration-dotted hover:text-party" href={href} title={title}>
      {children}
    </Link>
  );
}

function Table({
  rows,
  year,
  assessment,
  linked,
  adoptionCode,
}: {
  rows: PeriodRow[];
  year: number;
  assessment: Awaited<ReturnType<typeof getYearAssessment>>;
  linked: boolean;
  /** The rule of this node's own adoptions (县级 at a county, 市级 at a city): what 采用数 links to. */
  adoptionCode: string;
}) {
  return (
    <ScrollTable label="积分排名表">
    <table className="w-full whitespace-nowrap text-sm">
      <thead className="bg-stone-50 text-stone-600">
        <tr>
          <th className="px-3 py-2 text-center">排名</th>
          <th className={`px-3 py-2 text-left ${stickyHead}`}>单位</th>
          <th className="px-3 py-2 text-right">报送数</th>
          <th className="px-3 py-2 text-right">采用数</th>
          <th className="px-3 py-2 text-right">未采用</th>
          <th className="px-3 py-2 text-right">采用率</th>
          <th className="px-3 py-2 text-right">网评文章</th>
          <th className="px-3 py-2 text-right">上级媒体</th>
          <th className="px-3 py-2 text-right">得分</th>
          <th className="px-3 py-2 text-right" title="按各分类上限和分值折算">考核折算（满分{assessment.maxTotal}）</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.unitId} className="border-t border-stone-100" data-testid={`score-${r.name}`}>
            <td className="px-3 py-2 text-center font-semibold">{r.rank}</td>
            <td className={`px-3 py-2 ${stickyCell}`}>{r.name}</td>
            <td className="px-3 py-2 text-right">
              <Figure linked={linked} href={submittedHref({ kind: "YEAR", year, index: 1 }, r.unitId)}>
                {r.submitted}
              </Figure>
            </td>
            <td className="px-3 py-2 text-right">
              <Figure linked={linked} href={ledgerHref({ kind: "YEAR", year, index: 1 }, r.unitId, [adoptionCode])}>
                {r.adoptedCounty}
              </Figure>
            </td>
            <td className="px-3 py-2 text-right">{r.declined}</td>
            <td className="px-3 py-2 text-right">{r.rate === null ? "—" : `${(r.rate * 100).toFixed(1)}%`}</td>
            {(["COMMENTARY", "MEDIA"] as const).map((code) => (
              <td key={code} className="px-3 py-2 text-right" data-testid={`points-${code}`}>
                <Figure linked={linked} href={ledgerHref({ kind: "YEAR", year, index: 1 }, r.unitId, RULES_OF[code])}>
                  {assessment.scoreOf(r.unitId, r.submitted).categories.find((c) => c.code === code)?.points ?? 0}
                </Figure>
              </td>
            ))}
            <td className="px-3 py-2 text-right font-semibold" data-testid="points">
              <Figure linked={linked} href={`/scores/ledger?year=${year}&unit=${r.unitId}`} title="查看积分台账">
                {r.points}
              </Figure>
            </td>
            <td className="px-3 py-2 text-right" title={assessment.scoreOf(r.unitId, r.submitted).categories.map((c) => `${c.label}：${c.points}分→${c.score}`).join("；")}>
              <Figure linked={linked} href={ledgerHref({ kind: "YEAR", year, index: 1 }, r.unitId)}>
                {assessment.scoreOf(r.unitId, r.submitted).total}
              </Figure>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    </ScrollTable>
  );
}

/** How each ranked 组织部's total is made: its own points and what came up through each child department, each linked to its ledger rows. */
function NodeScoreBreakdown({ rows, year, linked }: { rows: PeriodRow[]; year: number; linked: boolean }) {
  const period = { kind: "YEAR", year, index: 1 } as const;
  const scored = rows.filter((r) => r.nodeScore && r.nodeScore.children.length > 0);
  if (scored.length === 0) return null;
  const method = NODE_SCORE_METHODS.find((m) => m.method === scored[0]!.nodeScore!.method)!;
  return (
    <section aria-label="总分构成" className="mt-3 rounded border border-stone-200 bg-white p-4 text-sm text-stone-700">
      <h3 className="font-semibold">总分构成（{year}年规则：{method.formula}）</h3>
      <ul className="mt-2 space-y-2">
        {scored.map((r) => {
          const n = r.nodeScore!;
          const sum = n.children.reduce((a, c) => a + c.points, 0);
          return (
            <li key={r.unitId} data-testid={`node-score-${r.name}`}>
              <span className="font-medium">{r.name}</span>：本级得分{" "}
              <span data-testid="own">
                <Figure linked={linked} href={ledgerHref(period, r.unitId, undefined, "own")}>
                  {n.own}
                </Figure>
              </span>
              ，所辖组织部得分{" "}
              {n.children.map((c, i) => (
                <span key={c.unitId}>
                  {i > 0 && "、"}
                  {c.name}{" "}
                  <span data-testid={`via-${c.name}`}>
                    <Figure linked={linked} href={ledgerHref(period, r.unitId, undefined, c.unitId)}>
                      {c.points}
                    </Figure>
                  </span>
                </span>
              ))}
              ，合计 {Math.round(sum * 100) / 100}
              {n.method === "OWN_PLUS_CHILD_AVERAGE" && `，÷ ${n.children.length} = ${n.childPart}`}；总分 <span className="font-semibold">{n.total}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** How 考核折算 is computed under this year's settings, in words (the cell's tooltip has each unit's parts). */
function AssessmentLegend({ year, categories, maxTotal }: { year: number; categories: CategorySetting[]; maxTotal: number }) {
  return (
    <section aria-label="考核折算怎么算" className="rounded border border-stone-200 bg-white p-4 text-sm text-stone-700">
      <h2 className="mb-2 font-semibold">考核折算怎么算（{year}年规则，满分{maxTotal}分）</h2>
      <ul className="list-disc space-y-1 pl-5">
        {categories.map((c) => (
          <li key={c.code}>
            {c.mode === "DEDUCT"
              ? `${c.label}：满分${c.weight}分，有扣分的减去扣分，扣完为止；本年没有报送稿件的单位不得此项分。`
              : c.cap == null
                ? `${c.label}：得多少分算多少分，最多${c.weight}分。`
                : `${c.label}：台账得分按${c.cap}分封顶，折算为最多${c.weight}分（得分 ÷ ${c.cap} × ${c.weight}）。`}
          </li>
        ))}
      </ul>
      <p className="mt-2 text-xs text-stone-500">分类上限和分值由系统管理员在“积分规则”中按年度设置。</p>
    </section>
  );
}

export default async function ScoresPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!can(user, "scores.read")) notFound();
  const current = shanghaiYear(new Date());
  const params = await searchParams;
  const { year } = z.object({ year: z.coerce.number().int().min(2000).max(current + 1).catch(current).default(current) }).parse(params);
  // ?node=: the ranking of a 组织部 below, read-only (a city's leader looks at a county's).
  const node = await loadOr404(() => rankingNode(user, params.node));
  const nodeParam = node.own ? "" : `&node=${node.id}`;
  const [rows, assessment, below] = await Promise.all([
    getPeriodTable(user, { kind: "YEAR", year, index: 1 }, node.id),
    getYearAssessment(user, year, node.id),
    node.own && can(user, "scores.readBelow") ? departmentsBelow(user) : [],
  ]);
  return (
    <div>
      <PageHeader title={node.own ? `${year}年度组工信息积分排名` : `${node.name} · ${year}年度积分排名`}>
        {node.own ? (
          <>
            <Link className="text-sm text-party underline" href={`/scores/ledger?year=${year}`}>
              积分台账
            </Link>
            <Link className="text-sm text-party underline" href="/scores/records">
              积分登记
            </Link>
            <Link className="text-sm text-party underline" href="/scores/notices">
              通报
            </Link>
            <Link className="text-sm text-party underline" href="/scores/dashboard">
              看板
            </Link>
          </>
        ) : (
          <Link className="text-sm text-party underline" href={`/scores?year=${year}`}>
            回到本级排名
          </Link>
        )}
        <Link className="text-sm text-party underline" href={`/scores?year=${year - 1}${nodeParam}`}>
          上一年
        </Link>
        {year < current && (
          <Link className="text-sm text-party underline" href={`/scores?year=${year + 1}${nodeParam}`}>
            下一年
          </Link>
        )}
      </PageHeader>
      {!node.own && <p className="mb-4 rounded border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-950">这是{node.name}按本级规则排出的名次，只能查看；明细请{node.name}研究室提供。</p>}
      {below.length > 0 && (
        <nav aria-label="下级组织部的排名" className="mb-4 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <span className="text-stone-600">看下级组织部的排名（只读）：</span>
          {below.map((d) => (
            <Link key={d.id} className="text-party underline" href={`/scores?year=${year}&node=${d.id}`}>
              {d.name}
            </Link>
          ))}
        </nav>
      )}
      <p className="mb-4 text-sm text-stone-600">报送数为报送到{LEVEL_WORDS[node.kind]}委组织部的稿件数；采用率 = 采用数 ÷（采用数 + 未采用数）；网评文章、上级媒体为这两类的得分（已含在得分内）；得分来自积分台账（点分数可看每一条），并列者名次相同。</p>
      {rankGroupsAt(node.kind).filter(({ group }) => rows.some((r) => r.group === group)).map(({ group, label }) => (
        <section key={group} className="mb-6">
          <h2 className="mb-2 font-semibold">{label}</h2>
          <Table rows={rows.filter((r) => r.group === group)} year={year} assessment={assessment} linked={node.own} adoptionCode={ADOPTION_CODE[node.kind]} />
          {group === "DEPARTMENT" && <NodeScoreBreakdown rows={rows.filter((r) => r.group === group)} year={year} linked={node.own} />}
        </section>
      ))}
      {rows.length === 0 && <p className="mb-6 rounded border border-dashed border-stone-300 p-6 text-center text-stone-500">还没有参加排名的单位</p>}
      <AssessmentLegend year={year} categories={assessment.categories} maxTotal={assessment.maxTotal} />
    </div>
  );
}
