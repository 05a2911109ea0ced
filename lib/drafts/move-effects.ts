/**
 * What a move of the lifecycle tells people and records beside the draft, in the move's own
 * transaction: the bell for the author or the unit's reviewers, and the first written report
 * of an urgent event reaching the county (its clock stops there; a submission the reviewer
 * has not forwarded yet, or that is withdrawn, has not reached anyone).
 */
import "server-only";
import type { Tx } from "@/lib/db";
import type { Draft, NotificationKind } from "@/lib/generated/prisma/client";
import { deskUserIds, notify, unitUserIds } from "@/lib/notifications/notify";
import { isDeskKind, UNIT_KIND_LABELS } from "@/lib/units/labels";
import type { DraftAction } from "./workflow";

/** Where the draft is reported: its desk's name (县委组织部, 市委组织部), and whether the draft is a 组织部's own, sent up. */
type Desk = { label: string; sentUp: boolean };

type Told = { kind: NotificationKind; to: "author" | "reviewers" | "desk"; title: (t: string, desk: Desk & { unitName: string }) => string; withComment?: boolean };

const TOLD: Partial<Record<DraftAction, Told>> = {
  SUBMIT: { kind: "DRAFT_SUBMIT", to: "reviewers", title: (t) => `有一篇稿件等您审核：《${t}》` },
  REVIEWER_RETURN: { kind: "DRAFT_REVIEWER_RETURN", to: "author", title: (t) => `组织委员退回了《${t}》，请修改`, withComment: true },
  APPROVE: { kind: "DRAFT_APPROVE", to: "author", title: (t, desk) => `《${t}》已报送${desk.label}` },
  // The office's own piece: the office of the desk above hears of it, as of anything sent up.
  OFFICE_SEND_UP: { kind: "DRAFT_APPROVE", to: "desk", title: (t, desk) => `${desk.unitName}报送：《${t}》` },
  // The author of a draft sent up works in a 研究室 too: the department above returned it.
  EDITOR_RETURN: { kind: "DRAFT_EDITOR_RETURN", to: "author", title: (t, desk) => `${desk.sentUp ? desk.label : "研究室"}退回了《${t}》，请修改`, withComment: true },
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
  const to =
    told.to === "author" ? [draft.authorId] : told.to === "desk" ? await deskUserIds(tx, draft.unitId, ["EDITOR"]) : await unitUserIds(tx, draft.unitId, ["REVIEWER"]);
  const seen = await seenBy(tx, draft, told.to);
  const message = {
    kind: told.kind,
    title: told.title(draft.title, await deskOf(tx, draft.unitId)),
    body: told.withComment && opts.comment ? `意见：${opts.comment}` : "",
  };
  await notify(tx, to, { ...message, href: `/drafts/${seen}`, key: `draft:${draft.id}:${action}:${opts.version}` });
  // An item sent up 越级报送 is counted as the 组织部 in between's: its office hears the outcome too, at the draft itself.
  if (seen !== draft.id) {
    await notify(tx, await unitUserIds(tx, draft.unitId, ["EDITOR"]), { ...message, href: `/drafts/${draft.id}`, key: `draft:${draft.id}:${action}:${opts.version}:unit` });
  }
}

/**
 * The draft the told person opens: this one, but for the author of an item sent up 越级报送,
 * whose draft is the 组织部's in between (they cannot open it): its copy there, which names how
 * the item stands above.
 */
async function seenBy(tx: Tx, draft: Draft, to: Told["to"]): Promise<string> {
  if (to !== "author" || !draft.sentUpFromId) return draft.id;
  const author = await tx.user.findUniqueOrThrow({ where: { id: draft.authorId }, select: { unitId: true } });
  return author.unitId === draft.unitId ? draft.id : draft.sentUpFromId;
}

async function deskOf(tx: Tx, unitId: string): Promise<Desk & { unitName: string }> {
  const unit = await tx.unit.findUniqueOrThrow({ where: { id: unitId }, select: { name: true, kind: true, desk: { select: { kind: true } } } });
  return { label: UNIT_KIND_LABELS[unit.desk?.kind ?? "COUNTY"], sentUp: isDeskKind(unit.kind), unitName: unit.name };
}
