import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { listParamsSchema } from "@/lib/validation/list";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { listUnits } from "@/lib/admin/units";
import { isDeskKind } from "@/lib/units/labels";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { FilterBar, FilterSearch } from "@/components/ui/filter-bar";
import { UnitsAdmin } from "@/components/admin/units-admin";

export const metadata: Metadata = { title: "单位管理" };


export default async function UnitsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!can(user, "admin.manage")) notFound();
  const params = await searchParams;
  const { q, page } = listParamsSchema.parse(params);
  const result = await listUnits(user, { q, page });
  return (
    <div className="space-y-4">
      <PageHeader title="单位管理" />
      <FilterBar label="查找单位" resetHref="/admin/units" className="">
        <FilterSearch value={q} placeholder="搜索单位名称" label="搜索单位" />
      </FilterBar>
      <UnitsAdmin units={result.rows.map((u) => ({ id: u.id, name: u.name, kind: u.kind, deskKind: u.desk && isDeskKind(u.desk.kind) ? u.desk.kind : null, active: u.active, users: u._count.users }))} nodeKind={user.nodeKind} />
      <Pagination page={result.page} pages={result.pages} total={result.total} params={params} basePath="/admin/units" />
    </div>
  );
}
