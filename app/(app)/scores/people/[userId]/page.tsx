import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can, scopeOf } from "@/lib/authz/permissions";
import { loadOr404 } from "@/lib/load-or-404";
import { getPersonRecord } from "@/lib/scores/personal";
import { parsePeriod, periodKey, periodLabel } from "@/lib/scores/period";
import { RANK_GROUP_LABELS } from "@/lib/units/labels";
import { shanghaiDate, shanghaiMonth } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { PeriodPicker } from "@/components/scores/period-picker";

export const metadata: Metadata = { title: "个人积分" };

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export default async function PersonPage({ params, searchParams }: { params: Promise<{ userId: string }>; searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!can(user, "credit.read")) notFound();
  const [{ userId }, query] = await Promise.all([params, searchParams]);
  const now = shanghaiMonth(new Date());
  const period = (query.p && parsePeriod(query.p)) || { kind: "YEAR" as const, year: now.year, index: 1 };
  const record = await loadOr404(() => getPersonRecord(user, userId, period));
  const { person, row } = record;
  const own = person.id === user.id;
  const stats: Array<[string, string | number]> = row
    ? [
        ["得分", row.points],
        ["排名", `${row.rank} / ${record.groupSize}`],
        ["县级采用", row.adopted],
        ["上级采用", row.upper],
        ["媒体发稿", row.media],
        ["网评文章", row.commentary],
      ]
    : [];
  return (
    <div className="space-y-5">
      <PageHeader title={`${own ? "我的积分" : `${person.name}的个人积分`} · ${periodLabel(period)}`}>
        {scopeOf(user, "credit.read") !== "self" && (
          <Link className="text-sm text-party underline" href={`/scores/people?p=${periodKey(period)}`}>
            个人积分排名
          </Link>
        )}
      </PageHeader>
      <PeriodPicker period={period} now={now} />
      <p className="text-sm text-stone-600" data-testid="person-units">
        {person.name}，现在{person.unitName}
        {!person.active && "（账号已停用）"}
        {record.units.length > 0 && `；本期在${record.units.join("、")}得分`}
        {row && `；按${row.unitName}排在${RANK_GROUP_LABELS[row.group]}组`}。调动后积分跟人走，每一项注明在哪个单位得的分。
      </p>
      {row && (
        <dl className="grid grid-cols-3 gap-3 text-center md:grid-cols-6" data-testid="person-score">
          {stats.map(([label, value]) => (
            <div key={label} className="rounded border border-stone-200 bg-white p-3">
              <dt className="text-sm text-stone-500">{label}</dt>
              <dd className="mt-1 text-xl font-semibold" data-testid={`stat-${label}`}>
                {value}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <section aria-label="得分明细">
        <h2 className="mb-2 font-semibold">得分明细</h2>
        <ul className="space-y-2 text-sm">
          {record.items.map((i) => (
            <li key={i.key} className={`rounded border border-stone-200 bg-white p-3 ${i.reversed ? "text-stone-500" : ""}`} data-testid="credit-item">
              <div className="flex items-start justify-between gap-3">
                {i.href ? (
                  <Link className="font-medium text-party underline" href={i.href}>
                    {i.title}
                  </Link>
                ) : (
                  <span className="font-medium">{i.title}</span>
                )}
                <span className={`shrink-0 font-semibold ${i.points < 0 ? "text-red-600" : ""}`}>{signed(i.points)}</span>
              </div>
              <p className="mt-1 text-stone-600">
                {shanghaiDate(i.occurredAt)} · {i.unitName} · {i.rules.join("、")}
                {i.reversed && <span className="ml-1 text-red-600">已冲销</span>}
              </p>
            </li>
          ))}
        </ul>
        {record.items.length === 0 && <p className="text-sm text-stone-500">本期还没有得分</p>}
      </section>
    </div>
  );
}
