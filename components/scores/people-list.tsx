import Link from "@/components/ui/link";
import type { PersonRow } from "@/lib/scores/personal-figures";
import { RANK_GROUP_LABELS } from "@/lib/units/labels";

const FIGURES = [
  ["adopted", "县级采用"],
  ["upper", "上级采用"],
  ["media", "媒体发稿"],
  ["commentary", "网评文章"],
] as const;

// One markup for both screens: a row of columns from md up, a card of label–value pairs on a phone.
const COLUMNS = "md:grid md:grid-cols-[6.5rem_minmax(6rem,1fr)_minmax(8rem,1.4fr)_repeat(4,4.5rem)_5rem] md:items-center md:gap-2";

/** 个人积分 rows: rank in the group, name (to the person's record), unit, the four counts and points. */
export function PeopleList({ rows, groupSize, p }: { rows: PersonRow[]; groupSize: Partial<Record<PersonRow["group"], number>>; p: string }) {
  if (rows.length === 0) return null;
  return (
    <div className="rounded border border-stone-200 bg-white text-sm">
      <div className={`hidden border-b border-stone-200 bg-stone-50 px-3 py-2 text-stone-600 ${COLUMNS}`} aria-hidden>
        <span className="text-center">排名</span>
        <span>姓名</span>
        <span>单位</span>
        {FIGURES.map(([, label]) => (
          <span key={label} className="text-right">
            {label}
          </span>
        ))}
        <span className="text-right">得分</span>
      </div>
      <ol>
        {rows.map((r) => (
          <li key={r.userId} data-testid={`person-${r.name}`} className={`border-t border-stone-100 px-3 py-3 first:border-t-0 md:py-2 ${COLUMNS}`}>
            <span className="float-right text-right md:float-none md:text-center" title={`${RANK_GROUP_LABELS[r.group]}共${groupSize[r.group] ?? 0}人`}>
              <span className="font-semibold" data-testid="rank">
                第{r.rank}名
              </span>
              <span className="block whitespace-nowrap text-xs text-stone-500">{RANK_GROUP_LABELS[r.group]}</span>
            </span>
            <Link className="text-base font-medium text-party underline md:text-sm" href={`/scores/people/${r.userId}?p=${p}`}>
              {r.name}
            </Link>
            <span className="block text-stone-600 md:inline">
              {r.unitName}
              {r.currentUnitId !== r.unitId && <span className="block text-xs text-amber-700">现在：{r.currentUnitName}</span>}
            </span>
            <dl className="mt-2 grid grid-cols-5 gap-1 text-center md:contents">
              {FIGURES.map(([key, label]) => (
                <div key={key} className="rounded bg-stone-50 py-1 md:bg-transparent md:py-0 md:text-right">
                  <dt className="text-xs text-stone-500 md:sr-only">{label}</dt>
                  <dd data-testid={key}>{r[key]}</dd>
                </div>
              ))}
              <div className="rounded bg-stone-50 py-1 md:bg-transparent md:py-0 md:text-right">
                <dt className="text-xs text-stone-500 md:sr-only">得分</dt>
                <dd className="font-semibold" data-testid="points">
                  {r.points}
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ol>
    </div>
  );
}
