import Link from "next/link";
import type { AuditRow } from "@/lib/audit/list-audit";
import { isUuid } from "@/lib/ids";
import { formatDateTime } from "@/lib/time";

// One markup for both widths: a table from md up, stacked cards with a label before each
// cell on a phone.
const cell = "block px-3 py-1 md:table-cell md:py-2 md:align-top before:mr-2 before:text-xs before:text-stone-500 before:content-[attr(data-label)] md:before:content-none";

/** The rows of the 操作日志: who, what, which record, when, from where, details. */
export function AuditTable({ rows }: { rows: AuditRow[] }) {
  return (
    <table className="block w-full border-collapse text-sm md:table md:bg-white" data-testid="audit-table">
      <thead className="hidden md:table-header-group">
        <tr className="border-b border-stone-200 text-left text-stone-500">
          <th className="p-2 pl-3">时间</th>
          <th className="p-2">人员</th>
          <th className="p-2">操作</th>
          <th className="p-2">记录</th>
          <th className="p-2">来源地址</th>
          <th className="p-2">详情</th>
        </tr>
      </thead>
      <tbody className="block space-y-2 md:table-row-group md:space-y-0">
        {rows.map((r) => (
          <tr key={r.id} className="block rounded border border-stone-200 bg-white py-1 md:table-row md:rounded-none md:border-0 md:border-b md:border-stone-100" data-testid="audit-row">
            <td className={`${cell} whitespace-nowrap tabular-nums`} data-label="时间">
              {formatDateTime(r.createdAt, { seconds: true })}
            </td>
            <td className={cell} data-label="人员">
              {r.actorUsername ? (
                <Link className="text-party hover:underline" href={`/admin/audit?who=${encodeURIComponent(r.actorUsername)}`} title={`只看${r.actorName}的操作`}>
                  {r.actorName}
                </Link>
              ) : (
                <span className="text-stone-500">{r.actorName}</span>
              )}
              {r.unitName && <span className="ml-1 text-xs text-stone-500 md:ml-0 md:block">{r.unitName}</span>}
            </td>
            <td className={`${cell} font-medium`} data-label="操作">
              <span className={r.action === "auth.login_failed" || r.action === "auth.locked" ? "text-red-700" : ""}>{r.actionLabel}</span>
            </td>
            <td className={cell} data-label="记录">
              <RecordCell row={r} />
            </td>
            <td className={`${cell} tabular-nums`} data-label="来源地址">
              {r.ip ?? <span className="text-stone-500">—</span>}
              {r.userAgent && (
                <span className="ml-1 block max-w-48 truncate text-xs text-stone-500 md:ml-0" title={r.userAgent}>
                  {r.userAgent}
                </span>
              )}
            </td>
            <td className={`${cell} md:max-w-md`} data-label="详情">
              {r.details.length === 0 ? (
                <span className="text-stone-500">—</span>
              ) : (
                <dl className="inline text-xs text-stone-700 md:block">
                  {r.details.map((d, i) => (
                    <div key={i} className="break-all">
                      <dt className="inline text-stone-500">{d.label}：</dt>
                      <dd className="inline">{d.value}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
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
