import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { loadOr404 } from "@/lib/load-or-404";
import { getPlacementDetail } from "@/lib/placements/queries";
import { formatIsoDate } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { EMPTY_PLACEMENT, PlacementForm, type PlacementFields } from "@/components/placements/placement-form";

export const metadata: Metadata = { title: "报送媒体发稿或网评" };

/** A new report; `?from=<id>` starts from a returned or rejected report of the unit, to correct it. */
export default async function NewPlacementPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!can(user, "placement.report")) notFound();
  const { from } = await searchParams;
  const earlier = from ? await loadOr404(() => getPlacementDetail(user, from)) : null;
  const initial: PlacementFields =
    earlier && earlier.unitId === user.unitId
      ? {
          kind: earlier.kind,
          title: earlier.title,
          medium: earlier.medium,
          level: earlier.kind === "MEDIA" ? earlier.level : "",
          publishedOn: formatIsoDate(earlier.publishedOn),
          section: earlier.section,
          frontPage: earlier.frontPage,
          keyPage: earlier.keyPage,
          wordCount: earlier.wordCount?.toString() ?? "",
          link: earlier.link,
        }
      : EMPTY_PLACEMENT;
  return (
    <div className="max-w-4xl">
      <PageHeader title="报送媒体发稿或网评" />
      <PlacementForm
        initial={initial}
        returnedNote={earlier?.comment ? `上次的意见：${earlier.comment}。改好后重新报送${earlier.kind === "MEDIA" ? "，证明材料请重新上传" : ""}。` : undefined}
      />
    </div>
  );
}
