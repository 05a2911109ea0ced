/** 传帮带: the office pairs an experienced officer or editor with a new one, and ends the pair. */
import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { ConflictError, NotFoundError, ValidationError, uniqueOr } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { notify } from "@/lib/notifications/notify";
import { paginate } from "@/lib/paging";
import { formatIsoDate } from "@/lib/time";
import type { EndPairInput, PairInput } from "@/lib/validation/training";
import { nodePairWhere, requireCountyTraining, traineeWhere } from "./access";

const person = { select: { id: true, name: true, unit: { select: { name: true } } } } as const;

export async function addPair(actor: Actor, input: PairInput) {
  requirePermission(actor, "training.manage");
  const people = await db.user.findMany({ where: { id: { in: [input.mentorId, input.menteeId] }, ...traineeWhere(actor.nodeId) }, select: { id: true, name: true } });
  const mentor = people.find((p) => p.id === input.mentorId);
  const mentee = people.find((p) => p.id === input.menteeId);
  if (!mentor) throw new ValidationError({ mentorId: "请从名单中选择带教人" });
  if (!mentee) throw new ValidationError({ menteeId: "请从名单中选择新手" });
  return db.$transaction(async (tx) => {
    const pair = await uniqueOr(
      tx.mentorPair.create({ data: { mentorId: mentor.id, menteeId: mentee.id, startedOn: new Date(input.startedOn), note: input.note, createdById: actor.id } }),
      { menteeId: `${mentor.name}正在带${mentee.name}，不用再结对` },
    );
    await audit(tx, { actorId: actor.id, action: "training.pair_add", entityType: "MentorPair", entityId: pair.id, data: { mentor: mentor.name, mentee: mentee.name, startedOn: input.startedOn } });
    await notify(tx, [mentor.id, mentee.id], {
      kind: "TRAINING_PAIR",
      title: `传帮带结对：${mentor.name}带${mentee.name}`,
      body: `${input.startedOn}起${input.note ? `；${input.note}` : ""}`,
      href: "/training/mine",
      key: `pair:${pair.id}`,
    });
    return pair;
  });
}

export async function endPair(actor: Actor, input: EndPairInput) {
  requirePermission(actor, "training.manage");
  const pair = isUuid(input.id) ? await db.mentorPair.findFirst({ where: { id: input.id, ...nodePairWhere(actor) }, include: { mentor: person, mentee: person } }) : null;
  if (!pair) throw new NotFoundError("没有找到这条结对");
  if (input.endedOn < formatIsoDate(pair.startedOn)) throw new ValidationError({ endedOn: `结束日期不能早于开始日期（${formatIsoDate(pair.startedOn)}）` });
  return db.$transaction(async (tx) => {
    const { count } = await tx.mentorPair.updateMany({ where: { id: pair.id, endedOn: null }, data: { endedOn: new Date(input.endedOn) } });
    if (count === 0) throw new ConflictError("这条结对已经结束了，请刷新后再看");
    await audit(tx, { actorId: actor.id, action: "training.pair_end", entityType: "MentorPair", entityId: pair.id, data: { mentor: pair.mentor.name, mentee: pair.mentee.name, endedOn: input.endedOn } });
    return { id: pair.id };
  });
}

/** The node's pairs, still going first, then ended ones, newest first; a search looks at either name or unit. */
export async function listPairs(actor: Actor, opts: { page: number; q?: string }) {
  requireCountyTraining(actor);
  const match = (q: string) => ({ OR: [{ name: { contains: q } }, { unit: { name: { contains: q } } }] });
  const where = { AND: [nodePairWhere(actor), opts.q ? { OR: [{ mentor: match(opts.q) }, { mentee: match(opts.q) }] } : {}] };
  return paginate(
    opts.page,
    () => db.mentorPair.count({ where }),
    (skip, take) =>
      db.mentorPair.findMany({
        where,
        orderBy: [{ endedOn: { sort: "desc", nulls: "first" } }, { startedOn: "desc" }, { id: "desc" }],
        skip,
        take,
        include: { mentor: person, mentee: person },
      }),
  );
}
