import Link from "next/link";
import { ROLE_LABELS, type Role } from "@/lib/authz/permissions";
import { formatIsoDate } from "@/lib/time";

export type TraineeRow = { id: string; name: string; roles: Role[]; unitName: string; thisYear: number; lastOn: Date | null };

/** People with this year's sessions and their last one; each name opens the person's record. */
export function TraineeTable({ rows, empty }: { rows: TraineeRow[]; empty: string }) {
  const headings = ["姓名", "单位", "角色", "今年参加", "上次参加"];
  return (
    <table className="cards w-full rounded border border-stone-200 bg-white text-sm">
      <thead className="bg-stone-50 text-left text-stone-600">
        <tr>
          {headings.map((h) => (
            <th key={h} className="px-3 py-2 font-medium">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className="border-t border-stone-100" data-testid={`trainee-${r.name}`}>
            <td className="px-3 py-2">
              <Link href={`/training/people/${r.id}`} className="text-party hover:underline">
                {r.name}
              </Link>
            </td>
            <td data-label={headings[1]} className="px-3 py-2">
              {r.unitName}
            </td>
            <td data-label={headings[2]} className="px-3 py-2">
              {r.roles.map((role) => ROLE_LABELS[role]).join("、")}
            </td>
            <td data-label={headings[3]} className="px-3 py-2">
              {r.thisYear === 0 ? <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-800">未参加</span> : `${r.thisYear}次`}
            </td>
            <td data-label={headings[4]} className="px-3 py-2">
              {r.lastOn ? formatIsoDate(r.lastOn) : "从未参加"}
            </td>
          </tr>
        ))}
        {rows.length === 0 && (
          <tr>
            <td colSpan={headings.length} className="px-3 py-8 text-center text-stone-500">
              {empty}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
