import Link from "@/components/ui/link";
import type { AuditRow } from "@/lib/audit/list-audit";
import { isUuid } from "@/lib/ids";
import { formatDateTime } from "@/lib/time";
import { DataTable } from "@/components/ui/data-table";

/** The rows of the 操作日志: who, what, which record, when, from where, details. */
export function AuditTable({ rows }: { rows: AuditRow[] }) {
  return (
    <DataTable
      rows={rows}
      rowKey={(r) => r.id}
      rowTestId={() => "audit-row"}
      empty="没有符合条件的操作记录"
      columns={[
        { header: "时间", cell: (r) => formatDateTime(r.createdAt, { seconds: true }), className: "whitespace-nowrap tabular-nums" },
        {
          header: "人员",
          cell: (r) => (
            <>
              {r.actorUsername ? (
                <Link className="text-party hover:underline" href={`/admin/audit?who=${encodeURIComponent(r.actorUsername)}`} title={`只看${r.actorName}的操作`}>
                  {r.actorName}
                </Link>
              ) : (
                <span className="text-stone-500">{r.actorName}</span>
              )}
              {r.unitName && <span className="ml-1 text-xs text-stone-500 md:ml-0 md:block">{r.unitName}</span>}
            </>
          ),
        },
        {
          header: "操作",
          title: true,
          cell: (r) => <span className={r.action === "auth.login_failed" || r.action === "auth.locked" ? "text-red-700" : ""}>{r.actionLabel}</span>,
          className: "font-medium",
        },
        { header: "记录", cell: (r) => <RecordCell row={r} /> },
        {
          header: "来源地址",
          className: "tabular-nums",
          cell: (r) => (
            <>
              {r.ip ?? <span className="text-stone-500">—</span>}
              {r.userAgent && (
                <span className="block max-w-48 truncate text-xs text-stone-500" title={r.userAgent}>
                  {r.userAgent}
                </span>
              )}
            </>
          ),
        },
        {
          header: "详情",
          className: "md:max-w-md",
          cell: (r) =>
            r.details.length === 0 ? (
              <span className="text-stone-500">—</span>
            ) : (
              <dl className="text-xs text-stone-700">
                {r.details.map((d, i) => (
                  <div key={i} className="break-all">
                    <dt className="inline text-stone-500">{d.label}：</dt>
                    <dd className="inline">{d.value}</dd>
                  </div>
                ))}
              </dl>
            ),
        },
      ]}
    />
  );
}

function RecordCell({ row: r }: { row: AuditRow }) {
  const shown = r.entityName ?? (isUuid(r.entityId) ? r.entityId.slice(0, 8) : r.entityId);
  return (
    <span>
      {r.entityLabel}
      <span className="mx-1 break-all text-stone-600" title={r.entityId}>
        {shown}
      </span>
      {r.href && (
        <Link className="mr-2 text-party underline" href={r.href}>
          查看
        </Link>
      )}
      <Link
        className="text-xs text-stone-500 underline"
        href={`/admin/audit?type=${encodeURIComponent(r.entityType)}&id=${encodeURIComponent(r.entityId)}`}
        title="这条记录的全部操作"
      >
        全部操作
      </Link>
    </span>
  );
}
