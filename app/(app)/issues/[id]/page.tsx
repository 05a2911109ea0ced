import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { getIssueDetail } from "@/lib/bulletins/queries";
import { loadOr404 } from "@/lib/load-or-404";
import { IssueComposer } from "@/components/issue-composer/issue-composer";
import { BulletinView } from "@/components/bulletin/bulletin-view";

export const metadata: Metadata = { title: "期刊" };

export default async function IssuePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const issue = await loadOr404(() => getIssueDetail(user, id));
  if (issue.status === "COMPOSING") {
    return (
      <IssueComposer
        issue={{ id: issue.id, version: issue.version, seriesName: issue.series.name }}
        items={issue.items.map((i) => ({ id: i.id, draftId: i.draftId, title: i.draft.title, unit: i.draft.unit.name }))}
      />
    );
  }
  return (
    <BulletinView
      seriesName={issue.series.name}
      issuingBody={issue.series.issuingBody}
      year={issue.year!}
      number={issue.number!}
      totalNumber={issue.totalNumber!}
      publishedAt={issue.publishedAt!}
      voided={issue.status === "VOIDED"}
      items={issue.items.map((i) => ({ id: i.id, title: i.title ?? i.draft.title, body: i.body ?? i.draft.body, unit: i.draft.unit.name }))}
    />
  );
}
