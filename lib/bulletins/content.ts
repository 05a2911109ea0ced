/**
 * An issue's printable content as stored: the item text the office set for print, or the
 * author's text while none is set. Also the digest that sign-off approves.
 */
import { createHash } from "node:crypto";
import type { IssueForPrint } from "./document";

export type StoredIssue = {
  editorNote: string | null;
  distributionReport: string;
  distributionSend: string;
  distributionIssue: string;
  printCount: number | null;
  number: number | null;
  totalNumber: number | null;
  publishedAt: Date | null;
  voidReason: string | null;
  series: { mastheadTitle: string; issuingBody: string; showTotalNumber: boolean };
  items: Array<{
    draftId: string;
    section: string | null;
    editorNote: string | null;
    title: string | null;
    body: string | null;
    draft: { title: string; body: string; unit: { name: string } };
  }>;
};

/** The include that loads what `StoredIssue` needs; items come in print order. */
export const storedIssueInclude = {
  series: true,
  items: {
    orderBy: { position: "asc" as const },
    include: { draft: { select: { title: true, body: true, unit: { select: { name: true } } } } },
  },
};

export function printedItems(issue: Pick<StoredIssue, "items">) {
  return issue.items.map((i) => ({
    draftId: i.draftId,
    title: i.title ?? i.draft.title,
    body: i.body ?? i.draft.body,
    source: i.draft.unit.name,
    section: i.section,
    editorNote: i.editorNote,
  }));
}

/** A digest of everything that prints; a signed issue publishes only if it still matches. */
export function contentDigest(issue: Omit<StoredIssue, "number" | "totalNumber" | "publishedAt" | "voidReason">): string {
  const { mastheadTitle, issuingBody, showTotalNumber } = issue.series;
  const content = {
    masthead: [mastheadTitle, issuingBody, showTotalNumber],
    editorNote: issue.editorNote ?? "",
    distribution: [issue.distributionReport, issue.distributionSend, issue.distributionIssue, issue.printCount],
    items: printedItems(issue),
  };
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}

export function issueForPrint(issue: StoredIssue, now = new Date()): IssueForPrint {
  return {
    series: issue.series,
    number: issue.number,
    totalNumber: issue.totalNumber,
    date: issue.publishedAt ?? now,
    editorNote: issue.editorNote,
    distribution: {
      report: issue.distributionReport,
      send: issue.distributionSend,
      issue: issue.distributionIssue,
      printCount: issue.printCount,
    },
    voidReason: issue.voidReason,
    items: printedItems(issue),
  };
}
