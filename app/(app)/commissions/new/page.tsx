import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { commissionUnitChoices } from "@/lib/planning/commissions";
import { shanghaiDate } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { CommissionForm } from "@/components/commissions/commission-form";

export const metadata: Metadata = { title: "发布约稿" };

export default async function NewCommissionPage() {
  const user = await requireUser();
  if (!can(user, "commission.manage")) notFound();
  const units = await commissionUnitChoices(user);
  return (
    <div>
      <PageHeader title="发布约稿" />
      <CommissionForm units={units} today={shanghaiDate(new Date())} nodeKind={user.nodeKind} />
    </div>
  );
}
