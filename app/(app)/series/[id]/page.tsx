import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { defaultIssuingBody, getSeries } from "@/lib/bulletins/series";
import { loadOr404 } from "@/lib/load-or-404";
import { PageHeader } from "@/components/ui/page-header";
import { SeriesForm, type SeriesValues } from "@/components/series/series-form";

export const metadata: Metadata = { title: "刊物设置" };

function blankSeries(issuingBody: string): SeriesValues {
  return {
    name: "",
    mastheadTitle: "",
    issuingBody,
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
    const issuingBody = await loadOr404(() => defaultIssuingBody(user));
    return (
      <div>
        <PageHeader title="新增刊物" />
        <SeriesForm id={null} initial={blankSeries(issuingBody)} canSetSignOff={can(user, "admin.manage")} />
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
