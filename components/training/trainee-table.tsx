import Link from "@/components/ui/link";
import { ROLE_LABELS, type Role } from "@/lib/authz/permissions";
import { formatIsoDate } from "@/lib/time";
import { DataTable } from "@/components/ui/data-table";

export type TraineeRow = { id: string; name: string; roles: Role[]; unitName: string; thisYear: number; lastOn: Date | null };

/** People with this year's sessions and their last one; each name opens the person's record. */
export function TraineeTable({ rows, empty }: { rows: TraineeRow[]; empty: string }) {
  return (
    <DataTable
      rows={rows}
      rowKey={(r) => r.id}
      rowTestId={(r) => `trainee-${r.name}`}
      empty={empty}
      columns={[
        {
          header: "姓名",
          title: true,
          cell: (r) => (
            <Link href={`/training/people/${r.id}`} className="text-party hover:underline">
              {r.name}
            </Link>
          ),
        },
        { header: "单位", cell: (r) => r.unitName },
        { header: "角色", cell: (r) => r.roles.map((role) => ROLE_LABELS[role]).join("、") },
        {
          header: "今年参加",
          cell: (r) => (r.thisYear === 0 ? <span className="whitespace-nowrap rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-800">未参加</span> : `${r.thisYear}次`),
        },
        { header: "上次参加", cell: (r) => (r.lastOn ? formatIsoDate(r.lastOn) : "从未参加"), className: "whitespace-nowrap" },
      ]}
    />
  );
}
