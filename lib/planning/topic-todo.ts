/** 点题 to-dos: the officer's open topics; for the reviewer, the topics they gave that are overdue. */
import "server-only";
import { sql } from "@/lib/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DraftStatus } from "@/lib/drafts/workflow";
import { scopeOf, type Actor } from "@/lib/authz/permissions";
import { TODO_LIMIT, type TodoItem } from "@/lib/todo/types";
import { formatIsoDate, shanghaiDate, formatMonthDay } from "@/lib/time";
import { ANSWERED, answerStatus, answeringFromJson, isOpen } from "./answer-status";
import { lastMinuteOf } from "./deadlines";
import { quote } from "@/lib/quote";

const GROUP = "点题";

/**
 * Topics not yet answered (no draft submitted to the reviewer or further) that the person was
 * given (`assignee`), or gave in their unit (`assigner`), due before `before` when given.
 */
async function openTopics(as: "assignee" | "assigner", personId: string, unitId: string, before: string | null) {
  const rows = await sql<{ id: string; title: string; dueOn: Date; assigneeName: string; drafts: Array<{ status: DraftStatus; forwardedAt: string | null }> }>`
    SELECT t.id, t.title, t."dueOn", a.name AS "assigneeName",
      (SELECT COALESCE(json_agg(json_build_object('status', d.status, 'forwardedAt', d."forwardedAt")), '[]') FROM "Draft" d WHERE d."topicAssignmentId" = t.id) AS drafts
    FROM "TopicAssignment" t JOIN "User" a ON a.id = t."assigneeId"
    WHERE t."cancelledAt" IS NULL ${before ? Prisma.sql`AND t."dueOn" < ${before}::date` : Prisma.empty}
      AND ${as === "assignee" ? Prisma.sql`t."assigneeId" = ${personId}::uuid` : Prisma.sql`t."assignedById" = ${personId}::uuid AND t."unitId" = ${unitId}::uuid`}
      AND NOT EXISTS (SELECT 1 FROM "Draft" d WHERE d."topicAssignmentId" = t.id AND d.status::text = ANY(${ANSWERED.unit}::text[]))
    ORDER BY t."dueOn", t.id LIMIT ${TODO_LIMIT}`;
  return rows.map((t) => ({ ...t, drafts: answeringFromJson(t.drafts) }));
}

export async function topicTodos(actor: Actor, now = new Date()): Promise<TodoItem[]> {
  const today = shanghaiDate(now);
  const items: TodoItem[] = [];
  if (scopeOf(actor, "draft.write") === "unit") {
    const mine = await openTopics("assignee", actor.id, actor.unitId, null);
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
    const given = await openTopics("assigner", actor.id, actor.unitId, today);
    for (const t of given) {
      const dueOn = formatIsoDate(t.dueOn);
      if (answerStatus(t.drafts, dueOn, today, "unit") !== "OVERDUE") continue;
      items.push({
        key: `topic:${t.id}:overdue`,
        group: GROUP,
        title: `点题${quote(t.title)}逾期未成稿`,
        detail: `${t.assigneeName}，完成日期${formatMonthDay(dueOn)}`,
        href: `/topics/${t.id}`,
        due: lastMinuteOf(dueOn),
        overdue: true,
      });
    }
  }
  return items;
}
