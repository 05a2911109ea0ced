/**
 * 登记 and 冲销 of what earns points besides county adoption: upper-level adoption, media
 * placement, online commentary, leader instructions. A record writes its ledger entry under
 * the year's newest rule version at once; a mistake is corrected by reversing the record,
 * which writes the opposite entry. Records and entries are never edited or deleted.
 */
import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, unitWhere, type Actor } from "@/lib/authz/permissions";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { paginate } from "@/lib/paging";
import { rankedUnitsOf } from "@/lib/units/where";
import { shanghaiDayStart, shanghaiYear } from "@/lib/time";
import type { ReverseRecordInput, ScoreRecordInput } from "@/lib/validation/score";
import { activeRules, deskOf, reverseSourceEntries } from "./ledger";
import { recordPermission, ruleFor } from "./record-kinds";
import { notify, unitUserIds } from "@/lib/notifications/notify";
import { quote } from "@/lib/quote";

/** The ledger source of a record's entries (also of a verified placement report's). */
export const SOURCE = "SCORE_RECORD";

export async function recordScore(actor: Actor, input: ScoreRecordInput) {
  requirePermission(actor, recordPermission(input.kind));
  const code = ruleFor(input.kind, input.level);
  if (!code) throw new ValidationError({ level: "请选择级别" });
  // A unit reporting to the office's own 组织部: another node's unit is as unknown as a missing one.
  const unit = await db.unit.findFirst({ where: { id: input.unitId, deskId: actor.nodeId } });
  if (!unit || !unit.rankGroup) throw new ValidationError({ unitId: "没有这个报送单位，请从列表中选择" });
  if (!unit.active) throw new ValidationError({ unitId: "这个单位已停用，不能再登记" });
  const draft = input.draftId ? await db.draft.findUnique({ where: { id: input.draftId } }) : null;
  if (input.draftId && (!draft || draft.unitId !== unit.id || !draft.forwardedAt)) {
    throw new ValidationError({ draftId: "所选稿件不是该单位报送的稿件" });
  }
  // The person credited (or, for a 保密 incident, held responsible): the one named, else the draft's author.
  const person = input.userId ? await db.user.findFirst({ where: { id: input.userId, unitId: unit.id }, select: { id: true } }) : null;
  if (input.userId && !person) throw new ValidationError({ userId: "请从所选单位的人员中选择" });
  const occurredAt = shanghaiDayStart(input.occurredOn);
  const year = shanghaiYear(occurredAt);

  return db.$transaction(async (tx) => {
    const rule = (await activeRules(tx, await deskOf(tx, unit.id), year)).find((r) => r.code === code);
    if (!rule) throw new ValidationError({ level: "本年度积分规则里没有这一项，请先请管理员设置" });
    const record = await tx.scoreRecord.create({
      data: {
        kind: input.kind,
        level: input.level,
        unitId: unit.id,
        draftId: draft?.id ?? null,
        title: input.title,
        outlet: input.outlet,
        issueNo: input.issueNo,
        leader: input.leader,
        content: input.content,
        occurredOn: new Date(input.occurredOn),
        recordedById: actor.id,
      },
    });
    await tx.scoreEntry.create({
      data: {
        unitId: unit.id,
        userId: person?.id ?? draft?.authorId ?? null,
        ruleId: rule.id,
        points: rule.points,
        year,
        sourceType: SOURCE,
        sourceId: record.id,
        dedupeKey: `${SOURCE}:${record.id}:${code}`,
        draftId: draft?.id ?? null,
        occurredAt,
        recordedById: actor.id,
      },
    });
    // A leader's instruction is a task for the unit: its feedback on what was done closes it.
    if (input.kind === "INSTRUCTION") {
      await tx.instructionFollowUp.create({ data: { recordId: record.id, unitId: unit.id } });
      await notify(tx, await unitUserIds(tx, unit.id, ["OFFICER", "REVIEWER"]), {
        kind: "INSTRUCTION",
        title: `${input.leader || "领导"}对${quote(input.title)}作出批示，请抓好落实并反馈`,
        body: input.content ?? "",
        href: "/todo",
        key: `instruction:${record.id}`,
      });
    }
    await audit(tx, { actorId: actor.id, action: "score.record", entityType: "ScoreRecord", entityId: record.id, data: { kind: input.kind, level: input.level, unitId: unit.id, userId: person?.id ?? null, points: rule.points } });
    return record;
  });
}

/** 冲销: the record stays, marked reversed with a reason; its points are taken back by opposite entries. */
export async function reverseRecord(actor: Actor, input: ReverseRecordInput & { now?: Date }) {
  requirePermission(actor, "scores.reverse");
  const { reason } = input;
  if (!isUuid(input.id)) throw new NotFoundError("没有找到这条登记");
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const { count } = await tx.scoreRecord.updateMany({
      where: { id: input.id, reversedAt: null, ...unitWhere(actor, "scores.reverse") },
      data: { reversedAt: now, reversedById: actor.id, reverseReason: reason },
    });
    if (count === 0) {
      const exists = await tx.scoreRecord.findFirst({ where: { id: input.id, ...unitWhere(actor, "scores.reverse") }, select: { id: true } });
      throw exists ? new ConflictError("这条登记已经冲销过了") : new NotFoundError("没有找到这条登记");
    }
    const entries = await reverseSourceEntries(tx, SOURCE, [input.id], actor.id);
    // A reversed instruction needs no follow-up any more.
    await tx.instructionFollowUp.updateMany({ where: { recordId: input.id, closedAt: null }, data: { closedAt: now, closedById: actor.id, feedback: "（登记已冲销，无需落实）" } });
    await audit(tx, { actorId: actor.id, action: "score.reverse", entityType: "ScoreRecord", entityId: input.id, data: { reason, entries } });
  });
}

/** Who a 保密 incident can be recorded against: the active people of the submitting units. */
export async function responsiblePeopleChoices(actor: Actor) {
  requirePermission(actor, "scores.record");
  return db.user.findMany({
    where: { active: true, unit: rankedUnitsOf(actor.nodeId) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, unitId: true },
  });
}

export async function listRecords(actor: Actor, opts: { page: number; q?: string }) {
  requirePermission(actor, "scores.read");
  const where = {
    ...unitWhere(actor, "scores.read"),
    ...(opts.q ? { OR: [{ title: { contains: opts.q } }, { outlet: { contains: opts.q } }, { leader: { contains: opts.q } }, { unit: { name: { contains: opts.q } } }] } : {}),
  };
  return paginate(
    opts.page,
    () => db.scoreRecord.count({ where }),
    (skip, take) =>
      db.scoreRecord.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        include: { unit: { select: { name: true } }, recordedBy: { select: { name: true } }, reversedBy: { select: { name: true } }, followUp: true },
        skip,
        take,
      }),
  );
}
