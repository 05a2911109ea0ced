import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { listUnits } from "@/lib/admin/units";
import { PageHeader } from "@/components/ui/page-header";
import { UnitsAdmin } from "@/components/admin/units-admin";

export const metadata: Metadata = { title: "单位管理" };

export default async function UnitsPage() {
  const user = await requireUser();
  if (!can(user, "admin.manage")) notFound();
  const units = await listUnits(user);
  return (
    <div>
      <PageHeader title="单位管理" />
      <UnitsAdmin units={units.map((u) => ({ id: u.id, name: u.name, kind: u.kind, active: u.active, users: u._count.users }))} />
    </div>
  );
}
