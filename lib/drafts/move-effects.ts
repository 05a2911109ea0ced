/**
 * What a move of the lifecycle tells people and records beside the draft, in the move's own
 * transaction: the bell for the author or the unit's reviewers, and the first written report
 * of an urgent event reaching the county (its clock stops there; a submission the reviewer
 * has not forwarded yet, or that is withdrawn, has not reached anyone).
 */
import "server-only";
import type { Tx } from "@/lib/db";
import type { Draft, NotificationKind } from "@/lib/generated/prisma/client";
import { notify, unitUserIds } from "@/lib/notifications/notify";
import type { DraftAction } from "./workflow";

type Told = { kind: NotificationKind; to: "author" | "reviewers"; title: (t: string) => string; withComment?: boolean };

const TOLD: Partial<Record<DraftAction, Told>> = {
  SUBMIT: { kind: "DRAFT_SUBMIT", to: "reviewers", title: (t) => `有一篇稿件等您审核：《${t}》` },
  REVIEWER_RETURN: { kind: "DRAFT_REVIEWER_RETURN", to: "author", title: (t) => `组织委员退回了《${t}》，请修改`, withComment: true },
  APPROVE: { kind: "DRAFT_APPROVE", to: "author", title: (t) => `《${t}》已报送县委组织部` },
  EDITOR_RETURN: { kind: "DRAFT_EDITOR_RETURN", to: "author", title: (t) => `研究室退回了《${t}》，请修改`, withComment: true },
  ADOPT: { kind: "DRAFT_ADOPT", to: "author", title: (t) => `《${t}》已被采用` },
  DECLINE: { kind: "DRAFT_DECLINE", to: "author", title: (t) => `《${t}》未予采用`, withComment: true },
  PUBLISH: { kind: "DRAFT_PUBLISH", to: "author", title: (t) => `《${t}》已刊发` },
};

export async function afterMove(tx: Tx, draft: Draft, action: DraftAction, opts: { version: number; comment: string; now: Date }) {
  if (action === "APPROVE" && draft.urgentCaseId) {
    await tx.urgentCase.updateMany({ where: { id: draft.urgentCaseId, firstReportAt: null }, data: { firstReportAt: opts.now } });
  }
  const told = TOLD[action];
  if (!told) return;
  const to = told.to === "author" ? [draft.authorId] : await unitUserIds(tx, draft.unitId, ["REVIEWER"]);
  await notify(tx, to, {
    kind: told.kind,
    title: told.title(draft.title),
    body: told.withComment && opts.comment ? `意见：${opts.comment}` : "",
    href: `/drafts/${draft.id}`,
    key: `draft:${draft.id}:${action}:${opts.version}`,
  });
}
