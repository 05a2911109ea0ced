import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { can, requirePermission } from "@/lib/authz/permissions";
import { getSeries } from "@/lib/bulletins/series";
import { db } from "@/lib/db";
import { loadOr404 } from "@/lib/load-or-404";
import { PageHeader } from "@/components/ui/page-header";
import { SeriesForm, type SeriesValues } from "@/components/series/series-form";

export const metadata: Metadata = { title: "刊物设置" };

async function blankSeries(): Promise<SeriesValues> {
  const root = await db.unit.findFirst({ where: { kind: "COUNTY", parentId: null }, select: { name: true } });
  return {
    name: "",
    mastheadTitle: "",
    issuingBody: root?.name ?? "",
    showTotalNumber: true,
    requiresSignOff: true,
    distributionReport: "",
    distributionSend: "",
    distributionIssue: "",
    printCount: null,
    active: true,
  };
}

export default async function SeriesPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  if (id === "new") {
    await loadOr404(async () => requirePermission(user, "series.manage"));
    return (
      <div>
        <PageHeader title="新增刊物" />
        <SeriesForm id={null} initial={await blankSeries()} canSetSignOff={can(user, "admin.manage")} />
      </div>
    );
  }
  const series = await loadOr404(() => getSeries(user, id));
  return (
    <div>
      <PageHeader title={`刊物设置：${series.name}`} />
      <SeriesForm id={series.id} initial={series} seenAt={series.updatedAt.toISOString()} canSetSignOff={can(user, "admin.manage")} />
    </div>
  );
}
