import Link from "@/components/ui/link";
import type { LateCountRow } from "@/lib/urgent/queries";

/** 迟报统计 of a year per unit (the county sees every unit with a case, a unit itself only). */
export function LateCountTable({ rows, year, county }: { rows: LateCountRow[]; year: number; county: boolean }) {
  return (
    <section aria-label="迟报统计" className="rounded border border-stone-200 bg-white p-4">
      <h2 className="mb-2 flex items-center gap-3 font-semibold">
        {year}年紧急信息迟报统计
        <span className="flex gap-2 text-xs font-normal">
          <Link href={`/urgent?year=${year - 1}`} className="text-party hover:underline">
            上一年
          </Link>
          <Link href={`/urgent?year=${year + 1}`} className="text-party hover:underline">
            下一年
          </Link>
        </span>
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm text-stone-500">{year}年{county ? "各单位" : "本单位"}没有紧急信息。</p>
      ) : (
        <table className="w-full max-w-2xl border-collapse text-sm">
          <thead>
            <tr className="border-b border-stone-200 text-left text-stone-500">
              <th className="p-2">单位</th>
              <th className="p-2 text-right">紧急信息</th>
              <th className="p-2 text-right">迟报</th>
              <th className="p-2 text-right">至今未报</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.unitId} className="border-b border-stone-100">
                <td className="p-2">{r.unitName}</td>
                <td className="p-2 text-right">{r.total}</td>
                <td className={`p-2 text-right ${r.late ? "font-semibold text-red-700" : ""}`}>{r.late}</td>
                <td className="p-2 text-right">{r.missing}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="mt-2 text-xs text-stone-500">按事发时间所在年度统计。首份书面报告晚于时限，或超过时限仍未报送，都记为迟报。</p>
    </section>
  );
}
