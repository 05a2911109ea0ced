import { LEVEL_WORDS } from "@/lib/units/labels";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { listSubmittingUnits } from "@/lib/admin/units";
import { getPlan } from "@/lib/planning/plans";
import { loadOr404 } from "@/lib/load-or-404";
import { shanghaiDate } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { PlanForm } from "@/components/plans/plan-form";

export const metadata: Metadata = { title: "修改信息计划" };

/** Only an unpublished plan is edited; a published one sends the editor back to it. */
export default async function EditPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  if (!can(user, "plan.manage")) notFound();
  const { id } = await params;
  const plan = await loadOr404(() => getPlan(user, id));
  if (plan.publishedAt) redirect(`/plans/${plan.id}`);
  const units = (await listSubmittingUnits(user)).filter((u) => u.active);
  return (
    <div>
      <PageHeader title="修改信息计划" />
      <PlanForm
        level={LEVEL_WORDS[user.nodeKind]}
        units={units}
        today={shanghaiDate(new Date())}
        plan={{ id: plan.id, version: plan.version }}
        backupScope={`plan:${plan.id}`}
        initial={{
          title: plan.title,
          period: plan.period,
          intro: plan.intro,
          topics: plan.topics.map((t) => ({ title: t.title, guidance: t.guidance, kind: t.kind, unitIds: t.unitIds })),
        }}
      />
    </div>
  );
}
