/** 点题 to-dos: the officer's open topics; for the reviewer, the topics they gave that are overdue. */
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scopeOf, type Actor } from "@/lib/authz/permissions";
import { TODO_LIMIT, type TodoItem } from "@/lib/todo/types";
import { formatIsoDate, shanghaiDate, formatMonthDay } from "@/lib/time";
import { ANSWERED, answerStatus, isOpen } from "./answer-status";
import { lastMinuteOf } from "./deadlines";
import { quote } from "@/lib/quote";

const GROUP = "点题";

export async function topicTodos(actor: Actor, now = new Date()): Promise<TodoItem[]> {
  const today = shanghaiDate(now);
  const items: TodoItem[] = [];
  const include = { drafts: { select: { status: true, submittedAt: true, forwardedAt: true } }, assignee: { select: { name: true } } } as const;
  const open = { cancelledAt: null, drafts: { none: { status: { in: ANSWERED.unit } } } } satisfies Prisma.TopicAssignmentWhereInput;
  const orderBy = [{ dueOn: "asc" as const }, { id: "asc" as const }];

  if (scopeOf(actor, "draft.write") === "unit") {
    const mine = await db.topicAssignment.findMany({ where: { assigneeId: actor.id, ...open }, include, orderBy, take: TODO_LIMIT });
    for (const t of mine) {
      const dueOn = formatIsoDate(t.dueOn);
      const status = answerStatus(t.drafts, dueOn, today, "unit");
      if (!isOpen(status)) continue;
      const overdue = status === "OVERDUE";
      items.push({
        key: `topic:${t.id}:write`,
        group: GROUP,
        title: `点题：${t.title}`,
        detail: overdue ? `已过完成日期（${formatMonthDay(dueOn)}），请尽快成稿报送` : `${formatMonthDay(dueOn)}前成稿`,
        // Nothing written yet: straight to a draft linked to the topic; otherwise the topic and its draft.
        href: t.drafts.length === 0 ? `/drafts/new?from=topic:${t.id}` : `/topics/${t.id}`,
        due: lastMinuteOf(dueOn),
        overdue,
      });
    }
  }

  if (scopeOf(actor, "commission.assign") === "unit") {
    const given = await db.topicAssignment.findMany({
      where: { assignedById: actor.id, unitId: actor.unitId, dueOn: { lt: new Date(today) }, ...open },
      include,
      orderBy,
      take: TODO_LIMIT,
    });
    for (const t of given) {
      const dueOn = formatIsoDate(t.dueOn);
      if (answerStatus(t.drafts, dueOn, today, "unit") !== "OVERDUE") continue;
      items.push({
        key: `topic:${t.id}:overdue`,
        group: GROUP,
        title: `点题${quote(t.title)}逾期未成稿`,
        detail: `${t.assignee.name}，完成日期${formatMonthDay(dueOn)}`,
        href: `/topics/${t.id}`,
        due: lastMinuteOf(dueOn),
        overdue: true,
      });
    }
  }
  return items;
}
