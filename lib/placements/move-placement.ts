/**
 * The reviewer confirms or returns a report; the research office verifies it (which scores it
 * under the year's rules) or rejects it with a reason the unit sees. Each move: the move table,
 * an update that succeeds only from the status and version read, an event and an audit row,
 * in one transaction.
 */
import "server-only";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { ConflictError, ValidationError } from "@/lib/errors";
import { notify, deskUserIds } from "@/lib/notifications/notify";
import { quote } from "@/lib/quote";
import { activeRules, deskOf } from "@/lib/scores/ledger";
import { SOURCE } from "@/lib/scores/records";
import { shanghaiYear } from "@/lib/time";
import type { Placement } from "@/lib/generated/prisma/client";
import { getPlacementOrThrow } from "./access";
import { assertNotReported } from "./duplicates";
import { placementRuleCodes } from "./scoring";
import { PLACEMENT_MOVES, type PlacementMove } from "./workflow";

const COMMENT_MISSING: Partial<Record<PlacementMove, string>> = { RETURN: "请写明退回的原因", REJECT: "请写明不予记分的原因，单位会看到" };

export async function movePlacement(actor: Actor, input: { id: string; version: number; move: PlacementMove; comment?: string }, now = new Date()) {
  const move = PLACEMENT_MOVES[input.move];
  const before = await getPlacementOrThrow(actor, input.id);
  requirePermission(actor, move.permission, before);
  const comment = input.comment?.trim() || null;
  if (move.commentRequired && !comment) throw new ValidationError({ comment: COMMENT_MISSING[input.move]! });
  const stale = new ConflictError("这份报送刚被别人处理过，页面已刷新，请看最新状态");
  if (before.status !== move.from) throw stale;

  return db.$transaction(async (tx) => {
    const { count } = await tx.placement.updateMany({
      where: { id: before.id, status: move.from, version: input.version },
      data: {
        status: move.to,
        version: { increment: 1 },
        ...(move.commentRequired ? { comment } : {}),
        ...(input.move === "CONFIRM" ? { confirmedAt: now } : {}),
      },
    });
    if (count === 0) throw stale;
    if (input.move === "VERIFY") await scorePlacement(tx, actor, before, now);
    await tx.placementEvent.create({ data: { placementId: before.id, actorId: actor.id, action: input.move, fromStatus: move.from, toStatus: move.to, comment } });
    await notifyMove(tx, before, input.move, comment);
    await audit(tx, { actorId: actor.id, action: `placement.${input.move.toLowerCase()}`, entityType: "Placement", entityId: before.id, data: { from: move.from, to: move.to, comment } });
    return tx.placement.findUniqueOrThrow({ where: { id: before.id } });
  });
}

/** 核实记分: a score record for the placement and one ledger entry per rule it earns (rules at 0 write none). */
async function scorePlacement(tx: Tx, actor: Actor, p: Placement, now: Date) {
  // Someone may have entered the same article by hand since it was reported.
  await assertNotReported(tx, actor, { kind: p.kind, articleKey: p.articleKey, publishedOn: p.publishedOn, excludeId: p.id });
  const occurredAt = new Date(`${p.publishedOn.toISOString().slice(0, 10)}T00:00:00+08:00`);
  const year = shanghaiYear(occurredAt);
  const rules = await activeRules(tx, await deskOf(tx, p.unitId), year);
  const record = await tx.scoreRecord.create({
    data: { kind: p.kind, level: p.level, unitId: p.unitId, title: p.title, outlet: p.medium, issueNo: p.section, content: p.link, occurredOn: p.publishedOn, recordedById: actor.id, createdAt: now },
  });
  const earned = placementRuleCodes(p).flatMap((code) => rules.filter((r) => r.code === code && r.points !== 0));
  await tx.scoreEntry.createMany({
    data: earned.map((rule) => ({
      unitId: p.unitId,
      userId: p.reportedById,
      ruleId: rule.id,
      points: rule.points,
      year,
      sourceType: SOURCE,
      sourceId: record.id,
      dedupeKey: `${SOURCE}:${record.id}:${rule.code}`,
      occurredAt,
      recordedById: actor.id,
    })),
  });
  await tx.placement.update({ where: { id: p.id }, data: { scoreRecordId: record.id } });
}

async function notifyMove(tx: Tx, p: Placement, move: PlacementMove, comment: string | null) {
  const title = quote(p.title);
  if (move === "CONFIRM") {
    await notify(tx, await deskUserIds(tx, p.unitId, ["EDITOR"]), { kind: "PLACEMENT", title: `${title}（${p.medium}）待核实记分`, href: `/placements/${p.id}`, key: `placement:${p.id}:confirmed` });
    return;
  }
  const what = { RETURN: "被退回", VERIFY: "已核实记分", REJECT: "不予记分" }[move];
  await notify(tx, [p.reportedById], { kind: "PLACEMENT", title: `报送的${title}${what}`, body: comment ?? "", href: `/placements/${p.id}`, key: `placement:${p.id}:${move}` });
}
