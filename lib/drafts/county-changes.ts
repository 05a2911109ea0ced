/**
 * 研究室改了什么: the text the unit last submitted against the county's final text (once in
 * an issue, the printed text with its print edits). Pure: the draft page shows it, and a
 * 改稿说明 keeps a copy of both sides.
 */
import { diffDraft, hasChanges, type DraftDiff, type DraftText } from "./diff";

type Versioned = DraftText & {
  versions: Array<DraftText & { reason: string; createdAt: Date }>;
  issueItem: { title: string | null; body: string | null } | null;
};

export type CountyChanges = { before: DraftText; after: DraftText; submittedAt: Date; diff: DraftDiff };

/** Null when the draft was never submitted or nothing differs. */
export function countyChanges(draft: Versioned): CountyChanges | null {
  const submitted = draft.versions.filter((v) => v.reason === "SUBMITTED").at(-1);
  if (!submitted) return null;
  const item = draft.issueItem;
  const after = item?.title != null && item.body != null ? { title: item.title, body: item.body } : { title: draft.title, body: draft.body };
  const before = { title: submitted.title, body: submitted.body };
  const diff = diffDraft(before, after);
  return hasChanges(diff) ? { before, after, submittedAt: submitted.createdAt, diff } : null;
}
