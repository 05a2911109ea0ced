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
import { shanghaiYear } from "@/lib/time";

const MOVE = MOVES.SEND_UP;

/**
 * `commissionTargetId`: the desk above's 约稿 to this 组织部 that the item answers (its share
 * then counts as 已报送), checked like any answer to a 约稿 (origin.ts).
 * `leap` (越级报送): the item goes on from the desk above to the one above that, where that
 * node's rules for the year allow it. The desk in between gets it as by 报送上级 (抄报: it may
 * still adopt it for its own bulletin) and the draft two levels up is sent up from that copy,
 * owned by the 组织部 in between as its own draft sent up would be. So the node two levels up
 * ranks and scores it as it does everything that comes up through that 组织部, and credit flows
 * down the same chain as ever: no level is skipped in the ledgers.
 */
export async function sendUp(actor: Actor, input: { id: string; version: number; commissionTargetId?: string | null; leap?: boolean }, now = new Date()) {
  const action = input.leap ? "SEND_UP_LEAP" : "SEND_UP";
  const move = MOVES[action];
  return db.$transaction(async (tx) => {
    const draft = await getDraftOrThrow(actor, input.id, tx);
    requirePermission(actor, move.permission, draft);
    if (!canMove(action, draft.status)) throw new ConflictError(`该稿件现为“${STATUS_LABELS[draft.status]}”，采用或刊发后才能${move.label}`);
    if (draft.version !== input.version) throw new ConflictError();
    const node = await tx.unit.findUniqueOrThrow({ where: { id: actor.nodeId }, select: { id: true, name: true, desk: { select: { id: true, name: true, deskId: true, desk: { select: { name: true } } } } } });
    if (!node.desk) throw new DomainError("本级已是最高一级，没有可以报送的上级");
    if (input.leap && !(await leapAllowed(tx, node.desk.deskId, now))) throw new DomainError("上级组织部今年没有开放越级报送，请逐级报送");
    const earlier = await tx.draft.findUnique({ where: { sentUpFromId: draft.id } });
    // An item already at the desk above and not returned: only 越级报送 takes it further from there,
    // unless that desk declined it.
    if (earlier && earlier.status !== "RETURNED" && !input.leap) throw new ConflictError("这篇稿件已经报送上级");
    if (input.leap && earlier?.status === "NOT_ADOPTED") throw new ConflictError(`${node.desk.name}已不予采用这篇稿件，不能越级报送`);
    const answers = input.commissionTargetId ? await originLink(tx, actor, { type: "commission", id: input.commissionTargetId }) : {};
    const upper = earlier && earlier.status !== "RETURNED" ? earlier : await arrive(tx, actor, { from: draft, earlier, unitId: node.id, answers, action: "SEND_UP", now });
    // 越级报送 tells the desk in between once, that the item reached it as a copy (leapOn).
    if (!input.leap) {
      await notify(tx, await deskUserIds(tx, node.id, ["EDITOR"]), {
        kind: "DRAFT_APPROVE",
        title: `${node.name}报送：《${upper.title}》`,
        href: `/drafts/${upper.id}`,
        key: `draft:${upper.id}:SEND_UP:${upper.version}`,
      });
    }
    const leapt = input.leap ? await leapOn(tx, actor, { from: draft, via: upper, node: { name: node.name, desk: node.desk }, now }) : null;
    await tx.draftEvent.create({ data: { draftId: draft.id, actorId: actor.id, action, fromStatus: draft.status, toStatus: draft.status, createdAt: now } });
    await audit(tx, {
      actorId: actor.id,
      action: input.leap ? "draft.send_up_leap" : "draft.send_up",
      entityType: "Draft",
      entityId: draft.id,
      data: { upperDraftId: upper.id, deskId: node.desk.id, ...(leapt ? { leapDraftId: leapt.id, leapDeskId: node.desk.deskId } : {}) },
    });
    return upper;
  });
}

/** The move that brought a draft to its desk: 越级报送 or not. */
const FIRST_EVENT = { events: { orderBy: { createdAt: "asc" }, take: 1, select: { action: true } } } as const;
export const cameByLeap = (d: { events: ReadonlyArray<{ action: string }> }) => d.events[0]?.action === "SEND_UP_LEAP";

/** Whether the node's rules for the year let the 组织部 two levels down send straight to it. */
async function leapAllowed(tx: Tx | typeof db, deskId: string | null, now: Date): Promise<boolean> {
  if (!deskId) return false;
  const year = await tx.scoringYear.findUnique({ where: { nodeId_year: { nodeId: deskId, year: shanghaiYear(now) } }, select: { acceptsLeapReports: true } });
  return !!year?.acceptsLeapReports;
}

/**
 * The item arrives at a desk as a draft in its pool: new, or the one that desk returned, sent
 * again with the text as it stands below. Indexed for the checks there, with its history.
 */
async function arrive(
  tx: Tx,
  actor: Actor,
  a: { from: Draft; earlier: Draft | null; unitId: string; sentUpFromId?: string; answers?: OriginLink; action: "SEND_UP" | "SEND_UP_LEAP"; now: Date },
) {
  const upper = a.earlier ? await resend(tx, a.earlier, a.from, a.now) : await createUpper(tx, actor, a.unitId, a.from, a.now, a.answers ?? {}, a.sentUpFromId);
  await indexDraft(tx, upper);
  await tx.draftEvent.create({
    data: { draftId: upper.id, actorId: actor.id, action: a.action, fromStatus: a.earlier ? "RETURNED" : MOVE.to, toStatus: MOVE.to, createdAt: a.now },
  });
  await recordVersion(tx, upper.id, "SUBMITTED", actor.id);
  return upper;
}

/**
 * 越级报送's second step: from the copy at the desk above (`via`) on to the desk above that, as
 * that 组织部's draft sent up; sent again if that desk returned it. Its office is told, and so is
 * the desk in between (whose copy now reads 已报送上级).
 */
async function leapOn(tx: Tx, actor: Actor, a: { from: Draft; via: Draft; node: { name: string; desk: { id: string; name: string; desk: { name: string } | null } }; now: Date }) {
  const earlier = await tx.draft.findUnique({ where: { sentUpFromId: a.via.id }, include: FIRST_EVENT });
  // What the desk in between sent up itself is its own to send again, not this office's.
  if (earlier && !cameByLeap(earlier)) throw new ConflictError(`${a.node.desk.name}已把这篇稿件报送上级，不能再越级报送`);
  if (earlier && earlier.status !== "RETURNED") throw new ConflictError("这篇稿件已经报送到再上一级组织部");
  const leapt = await arrive(tx, actor, { from: a.from, earlier, unitId: a.node.desk.id, sentUpFromId: a.via.id, action: "SEND_UP_LEAP", now: a.now });
  const told = { href: `/drafts/${leapt.id}`, key: `draft:${leapt.id}:SEND_UP_LEAP:${leapt.version}` };
  await notify(tx, await deskUserIds(tx, a.node.desk.id, ["EDITOR"]), { kind: "DRAFT_APPROVE", title: `${a.node.name}越级报送：《${leapt.title}》`, ...told });
  await notify(tx, await deskUserIds(tx, a.via.unitId, ["EDITOR"]), {
    kind: "DRAFT_APPROVE",
    title: `${a.node.name}已将《${leapt.title}》越级报送${a.node.desk.desk?.name ?? "上一级"}，本级收到抄报`,
    href: `/drafts/${a.via.id}`,
    key: `draft:${leapt.id}:SEND_UP_LEAP:${leapt.version}:copy`,
  });
  return leapt;
}

/** The new draft at the desk above: the text as adopted here, in the upper pool. */
function createUpper(tx: Tx, actor: Actor, nodeUnitId: string, from: Draft, now: Date, answers: OriginLink, sentUpFromId = from.id) {
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
      sentUpFromId,
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
 * 报送上级 on the draft page: whether the office may send this draft up now (or 越级报送 it two
 * levels up), the draft it went up as and, further up, the one that went on from there (to follow
 * its outcome at each level), and the chain it came up by (who wrote it, who sent it).
 */
export async function sendUpState(actor: Actor, draft: Draft, now = new Date()) {
  const stand = { id: true, status: true, unitId: true, forwardedAt: true, unit: { select: { desk: { select: { name: true } } } } } as const;
  // The desks above are read only for those who could send the draft up.
  const allowed = can(actor, MOVE.permission, draft) && canMove("SEND_UP", draft.status);
  const [upper, node] = await Promise.all([
    // Only a draft that reached its desk can have been sent further up (forwardedAt is never cleared).
    draft.forwardedAt ? db.draft.findUnique({ where: { sentUpFromId: draft.id }, select: { ...stand, sentUpAs: { select: { ...stand, ...FIRST_EVENT } } } }) : null,
    allowed ? db.unit.findUnique({ where: { id: actor.nodeId }, select: { desk: { select: { name: true, deskId: true, desk: { select: { name: true } } } } } }) : null,
  ]);
  const sends = allowed && !!node?.desk;
  const may = sends && (!upper || upper.status === "RETURNED");
  const above = upper?.sentUpAs ?? null;
  const top = node?.desk?.desk ?? null;
  // 越级报送 again only what this office sent that way and the desk two levels up returned; never what the desk above declined.
  const leapable = above ? above.status === "RETURNED" && cameByLeap(above) : upper?.status !== "NOT_ADOPTED";
  const mayLeap = sends && !!top && leapable && (await leapAllowed(db, node?.desk?.deskId ?? null, now));
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
  const standing = (d: { id: string; status: Draft["status"]; unitId: string; forwardedAt: Date | null; unit: { desk: { name: string } | null } }) => ({
    id: d.id,
    status: d.status,
    visible: canSeeDraft(actor, d),
    deskName: d.unit.desk?.name ?? "上级",
  });
  return {
    may,
    /** 越级报送: to the desk two levels up, named. */
    leap: { may: mayLeap, middle: node?.desk?.name ?? "", top: top?.name ?? "" },
    upper: upper && standing(upper),
    above: above && standing(above),
    chain: chain.reverse(),
    commissions: commissions.map((t) => ({ targetId: t.id, title: t.commission.title, dueOn: t.commission.dueOn })),
  };
}
