/**
 * People and their training: the list of 信息员 and 组织委员 with this year's sessions (or only
 * those with none, the roster's “今年未参加培训”), and one person's record.
 */
import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { ForbiddenError } from "@/lib/errors";
import { paginate } from "@/lib/paging";
import { shanghaiDate } from "@/lib/time";
import { getPersonOrThrow, visiblePeopleWhere } from "./access";

/** This year so far, in the county's calendar: sessions planned later this year do not count yet. */
export function thisYear(now: Date) {
  const today = shanghaiDate(now);
  return { from: new Date(`${today.slice(0, 4)}-01-01`), to: new Date(today), year: Number(today.slice(0, 4)) };
}

/** The units' people who report information: 信息员 and 组织委员 of active submitting units. */
const unitPeople = { active: true, roles: { hasSome: ["OFFICER" as const, "REVIEWER" as const] }, unit: { rankGroup: { not: null }, active: true } };

/**
 * One page of the people the actor may see (the county, or the reviewer's unit), unit by unit,
 * each with this year's session count and their last session ever.
 */
export async function listTrainees(actor: Actor, opts: { page: number; q?: string; untrainedOnly?: boolean; unitId?: string }, now = new Date()) {
  requirePermission(actor, "training.read");
  const visible = visiblePeopleWhere(actor);
  if (!visible || visible.id) throw new ForbiddenError();
  const year = thisYear(now);
  const inYear = { session: { heldOn: { gte: year.from, lte: year.to } } };
  const where = {
    AND: [
      unitPeople,
      visible,
      opts.unitId ? { unitId: opts.unitId } : {},
      opts.q ? { OR: [{ name: { contains: opts.q } }, { unit: { name: { contains: opts.q } } }] } : {},
      opts.untrainedOnly ? { trainingsAttended: { none: inYear } } : {},
    ],
  };
  const page = await paginate(
    opts.page,
    () => db.user.count({ where }),
    (skip, take) =>
      db.user.findMany({
        where,
        orderBy: [{ unit: { rankGroup: "asc" } }, { unit: { sortOrder: "asc" } }, { unit: { name: "asc" } }, { name: "asc" }, { id: "asc" }],
        skip,
        take,
        select: { id: true, name: true, roles: true, unit: { select: { name: true } }, _count: { select: { trainingsAttended: { where: inYear } } } },
      }),
  );
  const last = await lastSessions(page.rows.map((p) => p.id), year.to);
  return { ...page, year: year.year, rows: page.rows.map((p) => ({ id: p.id, name: p.name, roles: p.roles, unitName: p.unit.name, thisYear: p._count.trainingsAttended, lastOn: last.get(p.id) ?? null })) };
}

/** Each person's latest session held by `until`. */
export async function lastSessions(userIds: string[], until: Date): Promise<Map<string, Date>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.$queryRaw<Array<{ userId: string; heldOn: Date }>>`
    SELECT a."userId", max(s."heldOn") AS "heldOn" FROM "TrainingAttendance" a JOIN "TrainingSession" s ON s.id = a."sessionId"
    WHERE a."userId" = ANY(${userIds}::uuid[]) AND s."heldOn" <= ${until}::date GROUP BY a."userId"`;
  return new Map(rows.map((r) => [r.userId, r.heldOn]));
}

/** The node's next session from today on that the person has not already been marked at, if the office has set one. */
export function nextSession(nodeId: string, personId: string, now = new Date()) {
  return db.trainingSession.findFirst({
    where: { nodeId, heldOn: { gte: new Date(shanghaiDate(now)) }, attendance: { none: { userId: personId } } },
    orderBy: [{ heldOn: "asc" }, { createdAt: "asc" }],
  });
}

/** A person's training record: sessions attended, 传帮带, and the 改稿说明 they received, each list paged. */
export async function personRecord(actor: Actor, personId: string, opts: { sessionsPage?: number; notesPage?: number } = {}, now = new Date()) {
  const person = await getPersonOrThrow(actor, personId);
  const attended = { attendance: { some: { userId: person.id } } };
  const notesWhere = { officerId: person.id };
  const [sessions, notes, pairs, next] = await Promise.all([
    paginate(
      opts.sessionsPage ?? 1,
      () => db.trainingSession.count({ where: attended }),
      (skip, take) =>
        db.trainingSession.findMany({
          where: attended,
          orderBy: [{ heldOn: "desc" }, { id: "desc" }],
          skip,
          take,
          select: { id: true, heldOn: true, topic: true, form: true, trainer: true, materials: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, fileName: true, size: true } } },
        }),
    ),
    paginate(
      opts.notesPage ?? 1,
      () => db.teachingNote.count({ where: notesWhere }),
      (skip, take) => db.teachingNote.findMany({ where: notesWhere, orderBy: [{ sentAt: "desc" }, { id: "desc" }], skip, take, include: { editor: { select: { name: true } } } }),
      5,
    ),
    db.mentorPair.findMany({
      where: { OR: [{ mentorId: person.id }, { menteeId: person.id }] },
      orderBy: [{ endedOn: { sort: "desc", nulls: "first" } }, { startedOn: "desc" }, { id: "desc" }],
      take: 50,
      include: { mentor: { select: { id: true, name: true, unit: { select: { name: true } } } }, mentee: { select: { id: true, name: true, unit: { select: { name: true } } } } },
    }),
    nextSession(actor.nodeId, person.id, now),
  ]);
  const year = thisYear(now);
  const thisYearCount = await db.trainingAttendance.count({ where: { userId: person.id, session: { heldOn: { gte: year.from, lte: year.to } } } });
  return { person, sessions, notes, pairs, next, year: year.year, thisYearCount };
}

/** 我的培训: the signed-in person's own record (the office and leaders read records from the people list instead). */
export async function myTrainingRecord(actor: Actor, opts: { sessionsPage?: number; notesPage?: number } = {}, now = new Date()) {
  requirePermission(actor, "training.own");
  return personRecord(actor, actor.id, opts, now);
}
