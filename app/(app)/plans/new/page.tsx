import { LEVEL_WORDS } from "@/lib/units/labels";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { listSubmittingUnits } from "@/lib/admin/units";
import { shanghaiDate } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { PlanForm } from "@/components/plans/plan-form";

export const metadata: Metadata = { title: "新建信息计划" };

export default async function NewPlanPage() {
  const user = await requireUser();
  if (!can(user, "plan.manage")) notFound();
  const units = (await listSubmittingUnits(user)).filter((u) => u.active);
  return (
    <div>
      <PageHeader title="新建信息计划" />
      <PlanForm
        level={LEVEL_WORDS[user.nodeKind]}
        units={units}
        today={shanghaiDate(new Date())}
        backupScope={`plan:new:${user.id}`}
        initial={{ title: "", period: "", intro: "", topics: [{ title: "", guidance: "", kind: null, unitIds: [] }] }}
      />
    </div>
  );
}
