import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { getShortlist } from "@/lib/scores/shortlist";
import { conditionsText, shortlistTitle } from "@/lib/scores/shortlist-docx";
import type { ShortlistLine } from "@/lib/scores/personal-figures";
import { RANK_GROUPS } from "@/lib/units/labels";
import { formatDateTime, shanghaiYear } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button";
import { ShortlistRuleForm } from "@/components/scores/shortlist-rule-form";

export const metadata: Metadata = { title: "先进个人推荐" };

function Line({ line, year }: { line: ShortlistLine; year: number }) {
  return (
    <li className={`rounded border p-3 text-sm ${line.chosen ? "border-emerald-300 bg-white" : "border-stone-200 bg-stone-50 text-stone-600"}`} data-testid={`shortlist-${line.name}`}>
      <div className="flex items-start justify-between gap-3">
        <span>
          <Link className="font-medium text-party underline" href={`/scores/people/${line.userId}?p=${year}`}>
            {line.name}
          </Link>
          <span className="ml-2">{line.unitName}</span>
        </span>
        <span className="shrink-0 font-semibold">{line.chosen ? "列入" : "不列入"}</span>
      </div>
      <p className="mt-1">
        第{line.rank}名 · 得分{line.points} · 县级采用{line.adopted}篇 · 上级采用{line.upper} · 媒体发稿{line.media} · 网评{line.commentary}
        {line.reasons.length > 0 && <span className="ml-1 text-red-700">（{line.reasons.join("，")}）</span>}
      </p>
    </li>
  );
}

export default async function ShortlistPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!can(user, "credit.shortlist")) notFound();
  const current = shanghaiYear(new Date());
  const { year } = z.object({ year: z.coerce.number().int().min(2000).max(current).catch(current).default(current) }).parse(await searchParams);
  const { conditions, lines } = await getShortlist(user, year);
  return (
    <div className="space-y-4">
      <PageHeader title={shortlistTitle(year)} />
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <a className={buttonClass()} href={`/api/scores/shortlist/${year}`} download>
          下载 Word
        </a>
        <Link className="text-party underline" href={`/scores/shortlist?year=${year - 1}`}>
          上一年
        </Link>
        {year < current && (
          <Link className="text-party underline" href={`/scores/shortlist?year=${year + 1}`}>
            下一年
          </Link>
        )}
        <Link className="text-party underline" href={`/scores/people?p=${year}`}>
          个人积分排名
        </Link>
      </div>
      <p className="text-sm text-stone-700">{conditionsText(year, conditions)}</p>
      <p className="text-xs text-stone-500">{conditions.setBy ? `条件由${conditions.setBy}于${formatDateTime(conditions.setAt!)}设置。` : "研究室还没有设置本年度的条件，以上为默认条件。"}</p>
      {RANK_GROUPS.map(({ group, label }) => {
        const members = lines.filter((l) => l.group === group);
        return (
          <section key={group} aria-label={label}>
            <h2 className="mb-2 font-semibold">
              {label}（列入{members.filter((l) => l.chosen).length}人）
            </h2>
            <ul className="space-y-2">
              {members.map((l) => (
                <Line key={l.userId} line={l} year={year} />
              ))}
            </ul>
            {members.length === 0 && <p className="text-sm text-stone-500">本组没有符合条件的人员</p>}
          </section>
        );
      })}
      {can(user, "credit.rules") && <ShortlistRuleForm key={year} year={year} initial={conditions} />}
    </div>
  );
}
