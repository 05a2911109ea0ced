import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can, scopeOf } from "@/lib/authz/permissions";
import { getPeopleTable } from "@/lib/scores/personal";
import { parsePeriod, periodKey, periodLabel } from "@/lib/scores/period";
import { listParamsSchema } from "@/lib/validation/list";
import { shanghaiMonth } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";
import { PeriodPicker } from "@/components/scores/period-picker";
import { PeopleList } from "@/components/scores/people-list";

export const metadata: Metadata = { title: "个人积分" };

export default async function PeoplePage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!can(user, "credit.read")) notFound();
  // An officer's own record is the whole of what they may see here.
  if (scopeOf(user, "credit.read") === "self") redirect(`/scores/people/${user.id}`);
  const params = await searchParams;
  const { q, page } = listParamsSchema.parse(params);
  const now = shanghaiMonth(new Date());
  const period = (params.p && parsePeriod(params.p)) || { kind: "YEAR" as const, year: now.year, index: 1 };
  const p = periodKey(period);
  const table = await getPeopleTable(user, period, { q, page });
  const unitOnly = scopeOf(user, "credit.read") === "unit";
  return (
    <div className="space-y-4">
      <PageHeader title={`个人积分 · ${periodLabel(period)}`}>
        {can(user, "credit.shortlist") && (
          <Link className="text-sm text-party underline" href={`/scores/shortlist?year=${period.year}`}>
            先进个人推荐
          </Link>
        )}
      </PageHeader>
      <p className="text-sm text-stone-600">
        {unitOnly ? `本单位人员在全县的排名。` : ""}
        县级采用、上级采用、媒体发稿、网评文章为本期记了分的篇数（冲销的不算），得分来自积分台账；乡镇（街道）和县直单位分组排名，同分名次相同。
        人员调动后积分跟人走，按本期最后一次得分所在单位分组。
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <PeriodPicker period={period} now={now} keep={{ q }} />
        <form className="flex gap-2" role="search">
          <input type="hidden" name="p" value={p} />
          <input name="q" defaultValue={q} placeholder="姓名或单位" aria-label="搜索人员" className="min-h-11 w-44 rounded border border-stone-300 px-3 text-sm" />
          <button className={buttonClass("secondary")}>搜索</button>
        </form>
      </div>
      <PeopleList rows={table.rows} groupSize={table.groupSize} p={p} />
      {table.total === 0 && <p className="rounded border border-dashed border-stone-300 p-6 text-center text-stone-500">{q ? "没有找到这个人" : "本期还没有人员得分"}</p>}
      <Pagination page={table.page} pages={table.pages} total={table.total} params={{ p, q }} basePath="/scores/people" />
    </div>
  );
}
