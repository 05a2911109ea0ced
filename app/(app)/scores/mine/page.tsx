import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { RANK_GROUP_LABELS } from "@/lib/units/labels";
import { can } from "@/lib/authz/permissions";
import { getUnitScoreView } from "@/lib/scores/unit-view";
import { adoptionColumns } from "@/lib/scores/adoption-columns";
import { listUnitFollowUps } from "@/lib/scores/follow-ups";
import { FollowUpForm } from "@/components/scores/follow-up-form";
import { parsePeriod, periodKey, periodLabel, type Period } from "@/lib/scores/period";
import { MOVES } from "@/lib/drafts/workflow";
import { formatDateTime, shanghaiDate } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "本单位积分" };


export default async function MyScoresPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!can(user, "scores.own")) notFound();
  const today = shanghaiDate(new Date());
  const thisMonth: Period = { kind: "MONTH", year: Number(today.slice(0, 4)), index: Number(today.slice(5, 7)) };
  const { p } = await searchParams;
  const period = (p && parsePeriod(p)) || thisMonth;
  const [view, followUps] = await Promise.all([getUnitScoreView(user, period), listUnitFollowUps(user)]);
  const choices: Period[] = [thisMonth, { kind: "QUARTER", year: thisMonth.year, index: Math.ceil(thisMonth.index / 3) }, { kind: "YEAR", year: thisMonth.year, index: 1 }];
  return (
    <div className="space-y-5">
      <PageHeader title={`${user.unitName} · ${periodLabel(period)}积分`}>
        {choices.map((c) => (
          <Link key={periodKey(c)} className={`text-sm underline ${periodKey(c) === periodKey(period) ? "font-semibold text-party" : "text-stone-600"}`} href={`/scores/mine?p=${periodKey(c)}`}>
            {c.kind === "MONTH" ? "本月" : c.kind === "QUARTER" ? "本季度" : "本年"}
          </Link>
        ))}
      </PageHeader>
      {view.own ? (
        <dl className="grid grid-cols-2 md:grid-cols-4 xl:grid-cols-8 gap-3 text-center" data-testid="my-score">
          {[
            ["得分", view.own.points],
            ["排名", `${view.own.rank} / ${view.groupSize}（${RANK_GROUP_LABELS[view.own.group]}）`],
            ["报送数", view.own.submitted],
            // 县级采用, 市级采用, 省级及以上采用 at a county; named by the level the unit reports to.
            ...adoptionColumns(user.nodeKind).map((c) => [c.header, c.of(view.own!)] as const),
            ["网评文章得分", view.byCategory.COMMENTARY ?? 0],
            ["上级媒体得分", view.byCategory.MEDIA ?? 0],
          ].map(([label, value]) => (
            <div key={label} className="rounded border border-stone-200 bg-white p-3">
              <dt className="text-sm text-stone-500">{label}</dt>
              <dd className="mt-1 text-xl font-semibold">{value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="rounded border border-dashed border-stone-300 p-6 text-center text-stone-500">本单位不参加排名</p>
      )}
      {followUps.length > 0 && (
        <section aria-label="领导批示落实">
          <h2 className="mb-2 font-semibold">领导批示落实</h2>
          <ul className="space-y-2 text-sm">
            {followUps.map((f) => (
              <li key={f.id} className={`rounded border p-3 ${f.closedAt ? "border-stone-200 bg-white" : "border-amber-300 bg-amber-50"}`}>
                <p>
                  <span className="font-medium">{f.record.leader}</span> 对《{f.record.title}》批示：{f.record.content}
                </p>
                {f.closedAt ? (
                  <p className="mt-1 text-stone-600">
                    已反馈（{formatDateTime(f.closedAt)}）：{f.feedback}
                  </p>
                ) : (
                  <FollowUpForm id={f.id} />
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h2 className="mb-2 font-semibold">得分明细</h2>
        <DataTable
          rows={view.entries}
          rowKey={(e) => e.id}
          empty="本期还没有得分"
          columns={[
            { header: "日期", cell: (e) => formatDateTime(e.occurredAt), className: "whitespace-nowrap" },
            {
              header: "规则",
              title: true,
              cell: (e) => (
                <>
                  {e.rule.label}（第{e.rule.version}版）{e.reversalOfId && <span className="ml-1 text-red-600">冲销</span>}
                </>
              ),
            },
            { header: "作者", cell: (e) => e.user?.name ?? "—" },
            {
              header: "分值",
              align: "right",
              cell: (e) => <span className={`font-semibold ${e.points < 0 ? "text-red-600" : ""}`}>{e.points > 0 ? `+${e.points}` : e.points}</span>,
            },
          ]}
        />
      </section>
      <section>
        <h2 className="mb-2 font-semibold">本期被退回或未采用的稿件</h2>
        <ul className="space-y-2 text-sm">
          {view.setbacks.map((s) => (
            <li key={s.id} className="rounded border border-stone-200 bg-white p-3">
              <Link className="font-medium text-party underline" href={`/drafts/${s.draft.id}`}>
                {s.draft.title}
              </Link>
              <span className="ml-2 text-stone-500">
                {s.actor.name} {MOVES[s.action].label} · {formatDateTime(s.createdAt)}
              </span>
              {s.comment && <p className="mt-1 text-stone-700">意见：{s.comment}</p>}
            </li>
          ))}
        </ul>
        {view.setbacks.length === 0 && <p className="text-sm text-stone-500">本期没有被退回或未采用的稿件</p>}
      </section>
    </div>
  );
}
