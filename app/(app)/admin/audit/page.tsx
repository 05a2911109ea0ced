import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { auditParamsSchema } from "@/lib/validation/audit";
import { listAudit, listAuditUnits, AUDIT_COUNT_CAP, AUDIT_EXPORT_LIMIT } from "@/lib/audit/list-audit";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";

export const metadata: Metadata = { title: "操作日志" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!can(user, "audit.read")) notFound();
  const params = auditParamsSchema.parse(await searchParams);
  const [list, units] = await Promise.all([listAudit(user, params), listAuditUnits(user)]);
  // The filters as the page understood them: paging and the export keep exactly these.
  const filters = Object.fromEntries(Object.entries({ ...params, page: undefined }).filter(([, v]) => v)) as Record<string, string>;
  const query = new URLSearchParams(filters).toString();
  const totalLabel = list.capped ? `${AUDIT_COUNT_CAP / 10_000} 万多` : String(list.total);
  return (
    <div>
      <PageHeader title="操作日志">
        <a className={buttonClass("secondary")} href={`/admin/audit/export${query ? `?${query}` : ""}`} data-testid="audit-export">
          导出 Excel
        </a>
      </PageHeader>
      <AuditFilters params={params} units={units} />
      <p className="mb-2 text-sm text-stone-600">
        共 {totalLabel} 条{list.capped && "，请用筛选缩小范围"}。导出一次最多 {AUDIT_EXPORT_LIMIT} 条（最新的）。操作日志只增不改，至少保存 180 天。
        {query && (
          <Link className="ml-2 text-party underline" href="/admin/audit">
            清除筛选
          </Link>
        )}
      </p>
      {list.rows.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 bg-white p-8 text-center text-stone-500">没有符合条件的操作记录</p>
      ) : (
        <AuditTable rows={list.rows} />
      )}
      <Pagination page={list.page} pages={list.pages} total={list.total} totalLabel={totalLabel} params={filters} basePath="/admin/audit" />
    </div>
  );
}
