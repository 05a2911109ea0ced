/**
 * 报送上级: the office sends what its node adopted or published up to the desk above (a county
 * to the city, a city to the province). It arrives there as a new draft in the upper pool,
 * owned by the sending 组织部's own unit and naming the draft it came from, so the upper desk
 * sees the chain of origin and decides on it with its usual moves (采用, 退回, 不予采用). A draft
 * the desk above returned goes up again, with the text as it stands here now.
 */
import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Draft } from "@/lib/generated/prisma/client";
import { can, requirePermission, type Actor } from "@/lib/authz/permissions";
import { audit } from "@/lib/audit";
import { ConflictError, DomainError } from "@/lib/errors";
import { deskUserIds, notify } from "@/lib/notifications/notify";
import { getDraftOrThrow } from "./access";
import { originChain } from "./origin-chain";
import { originLink, type OriginLink } from "./origin";
import { canSeeDraft } from "./capabilities";
import { indexDraft } from "@/lib/similarity";
import { recordVersion } from "./versions";
import { MOVES, canMove, STATUS_LABELS } from "./workflow";

const MOVE = MOVES.SEND_UP;

/**
 * `commissionTargetId`: the desk above's 约稿 to this 组织部 that the item answers (its share
 * then counts as 已报送), checked like any answer to a 约稿 (origin.ts).
 */
export async function sendUp(actor: Actor, input: { id: string; version: number; commissionTargetId?: string | null }, now = new Date()) {
  return db.$transaction(async (tx) => {
    const draft = await getDraftOrThrow(actor, input.id, tx);
    requirePermission(actor, MOVE.permission, draft);
    if (!canMove("SEND_UP", draft.status)) throw new ConflictError(`该稿件现为“${STATUS_LABELS[draft.status]}”，采用或刊发后才能报送上级`);
    if (draft.version !== input.version) throw new ConflictError();
    const node = await tx.unit.findUniqueOrThrow({ where: { id: actor.nodeId }, select: { id: true, name: true, deskId: true } });
    if (!node.deskId) throw new DomainError("本级已是最高一级，没有可以报送的上级");
    const earlier = await tx.draft.findUnique({ where: { sentUpFromId: draft.id } });
    if (earlier && earlier.status !== "RETURNED") throw new ConflictError("这篇稿件已经报送上级");
    const answers = input.commissionTargetId ? await originLink(tx, actor, { type: "commission", id: input.commissionTargetId }) : {};
    const upper = earlier ? await resend(tx, earlier, draft, now) : await createUpper(tx, actor, node.id, draft, now, answers);
    await indexDraft(tx, upper);
    await tx.draftEvent.create({ data: { draftId: draft.id, actorId: actor.id, action: "SEND_UP", fromStatus: draft.status, toStatus: draft.status, createdAt: now } });
    await tx.draftEvent.create({
      data: { draftId: upper.id, actorId: actor.id, action: "SEND_UP", fromStatus: earlier ? "RETURNED" : MOVE.to, toStatus: MOVE.to, createdAt: now },
    });
    await recordVersion(tx, upper.id, "SUBMITTED", actor.id);
    await audit(tx, { actorId: actor.id, action: "draft.send_up", entityType: "Draft", entityId: draft.id, data: { upperDraftId: upper.id, deskId: node.deskId } });
    await notify(tx, await deskUserIds(tx, node.id, ["EDITOR"]), {
      kind: "DRAFT_APPROVE",
      title: `${node.name}报送：《${upper.title}》`,
      href: `/drafts/${upper.id}`,
      key: `draft:${upper.id}:SEND_UP:${upper.version}`,
    });
    return upper;
  });
}

/** The new draft at the desk above: the text as adopted here, in the upper pool. */
function createUpper(tx: Tx, actor: Actor, nodeUnitId: string, from: Draft, now: Date, answers: OriginLink) {
  return tx.draft.create({
    data: {
      unitId: nodeUnitId,
      authorId: actor.id,
      title: from.title,
      kind: from.kind,
      eventDate: from.eventDate,
      body: from.body,
      isFlagship: from.isFlagship,
      contact: from.contact,
      status: MOVE.to,
      submittedAt: now,
      forwardedAt: now,
      sentUpFromId: from.id,
      ...answers,
    },
  });
}

/** A draft the desk above returned goes up again with the text as it stands here. */
async function resend(tx: Tx, upper: Draft, from: Draft, now: Date) {
  const { count } = await tx.draft.updateMany({
    where: { id: upper.id, status: "RETURNED", version: upper.version },
    data: { title: from.title, body: from.body, kind: from.kind, eventDate: from.eventDate, status: MOVE.to, submittedAt: now, version: { increment: 1 } },
  });
  if (count === 0) throw new ConflictError();
  return tx.draft.findUniqueOrThrow({ where: { id: upper.id } });
}

/**
 * 报送上级 on the draft page: whether the office may send this draft up now, the draft it went
 * up as (to follow its outcome there), and the chain it came up by (who wrote it, who sent it).
 */
export async function sendUpState(actor: Actor, draft: Draft) {
  // Whether the node has a desk above is read only for those who could send the draft up.
  const allowed = can(actor, MOVE.permission, draft) && canMove("SEND_UP", draft.status);
  const [upper, node] = await Promise.all([
    db.draft.findUnique({ where: { sentUpFromId: draft.id }, select: { id: true, status: true, unitId: true, forwardedAt: true } }),
    allowed ? db.unit.findUnique({ where: { id: actor.nodeId }, select: { deskId: true } }) : null,
  ]);
  const may = allowed && !!node?.deskId && (!upper || upper.status === "RETURNED");
  const chain = (await originChain(db, draft.sentUpFromId)).map((d) => ({ unitName: d.unit.name, draftId: d.id }));
  // The desk above's 约稿 to this 组织部 not yet answered: the item may go up as the answer.
  const commissions =
    may && !upper
      ? await db.commissionTarget.findMany({
          where: { unitId: actor.nodeId, commission: { cancelledAt: null }, drafts: { none: { forwardedAt: { not: null } } } },
          orderBy: { commission: { dueOn: "asc" } },
          select: { id: true, commission: { select: { title: true, dueOn: true } } },
        })
      : [];
  // The township sees how its piece fares above; only the office that sent it opens the upper draft.
  return {
    may,
    upper: upper && { id: upper.id, status: upper.status, visible: canSeeDraft(actor, upper) },
    chain: chain.reverse(),
    commissions: commissions.map((t) => ({ targetId: t.id, title: t.commission.title, dueOn: t.commission.dueOn })),
  };
}
