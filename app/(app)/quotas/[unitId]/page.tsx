import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { getUnitQuotaProgress } from "@/lib/planning/quotas";
import { loadOr404 } from "@/lib/load-or-404";
import { quotaListParamsSchema } from "@/lib/validation/planning";
import { shanghaiYear } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { QuotaProgressCard } from "@/components/quotas/progress-card";
import { LEVEL_WORDS } from "@/lib/units/labels";
import { QuotaForm } from "@/components/quotas/quota-form";
import { YearSwitch } from "../year-switch";

export const metadata: Metadata = { title: "单位报送任务" };

/** One unit's progress; the research office also sets its quota here. Another unit's page is 404 for a unit's people. */
export default async function UnitQuotaPage({ params, searchParams }: { params: Promise<{ unitId: string }>; searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!can(user, "quota.read")) notFound();
  const [{ unitId }, query] = await Promise.all([params, searchParams]);
  const current = shanghaiYear(new Date());
  const asked = quotaListParamsSchema.parse(query).year;
  const year = asked && Math.abs(asked - current) <= 1 ? asked : current;
  const { date, row } = await loadOr404(() => getUnitQuotaProgress(user, unitId, year));
  return (
    <div className="space-y-4">
      <PageHeader title={`${row.name} · ${year}年报送任务`}>
        <YearSwitch year={year} current={current} href={(y) => `/quotas/${unitId}?year=${y}`} />
      </PageHeader>
      <Link href={`/quotas?year=${year}`} className="text-sm text-party underline">
        ← 返回各单位报送任务
      </Link>
      <QuotaProgressCard row={row} date={date} level={LEVEL_WORDS[user.nodeKind]} />
      {can(user, "quota.manage") && <QuotaForm unitId={row.unitId} unitName={row.name} year={year} quota={row.quota} />}
    </div>
  );
}
