/** 约稿 to-dos: the unit's open shares for officers and reviewers, overdue ones for the office and leaders. */
import "server-only";
import { db } from "@/lib/db";
import { sql } from "@/lib/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DraftStatus } from "@/lib/drafts/workflow";
import { isNodeWide, scopeOf, type Actor } from "@/lib/authz/permissions";
import { TODO_LIMIT, type TodoItem } from "@/lib/todo/types";
import { formatIsoDate, shanghaiDate, formatMonthDay } from "@/lib/time";
import { ANSWERED, answerStatus, answeringFromJson, isOpen } from "./answer-status";
import { lastMinuteOf } from "./deadlines";
import { quote } from "@/lib/quote";

const GROUP = "约稿";
const unanswered = { drafts: { none: { status: { in: ANSWERED.county } } } } satisfies Prisma.CommissionTargetWhereInput;
const drafts = { select: { status: true, submittedAt: true, forwardedAt: true } } as const;

/** The unit's shares of the node's live 约稿 not yet answered at the desk: the person's own, unassigned ones and, for an assigner, overdue ones. */
async function openShares(actor: Actor, writer: boolean, assigner: boolean, today: string) {
  const rows = await sql<{ id: string; commissionId: string; assigneeId: string | null; assigneeName: string | null; title: string; dueOn: Date; drafts: Array<{ status: DraftStatus; forwardedAt: string | null }> }>`
    SELECT t.id, t."commissionId", t."assigneeId", a.name AS "assigneeName", c.title, c."dueOn",
      (SELECT COALESCE(json_agg(json_build_object('status', d.status, 'forwardedAt', d."forwardedAt")), '[]') FROM "Draft" d WHERE d."commissionTargetId" = t.id) AS drafts
    FROM "CommissionTarget" t JOIN "Commission" c ON c.id = t."commissionId" LEFT JOIN "User" a ON a.id = t."assigneeId"
    WHERE t."unitId" = ${actor.unitId}::uuid AND c."nodeId" = ${actor.nodeId}::uuid AND c."cancelledAt" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "Draft" d WHERE d."commissionTargetId" = t.id AND d.status::text = ANY(${ANSWERED.county}::text[]))
      AND (t."assigneeId" IS NULL ${writer ? Prisma.sql`OR t."assigneeId" = ${actor.id}::uuid` : Prisma.empty} ${assigner ? Prisma.sql`OR c."dueOn" < ${today}::date` : Prisma.empty})
    ORDER BY c."dueOn", t.id LIMIT ${TODO_LIMIT}`;
  return rows.map((t) => ({ ...t, drafts: answeringFromJson(t.drafts) }));
}

export async function commissionTodos(actor: Actor, now = new Date()): Promise<TodoItem[]> {
  const today = shanghaiDate(now);
  const items: TodoItem[] = [];

  const writer = scopeOf(actor, "draft.write") === "unit";
  const assigner = scopeOf(actor, "commission.assign") === "unit";
  if (writer || assigner) {
    // Only shares that give this person something to do: an officer's own or unassigned ones;
    // for the reviewer, unassigned ones and (whoever has them) overdue ones.
    const shares = await openShares(actor, writer, assigner, today);
    for (const t of shares) {
      const dueOn = formatIsoDate(t.dueOn);
      const status = answerStatus(t.drafts, dueOn, today);
      if (!isOpen(status)) continue;
      const overdue = status === "OVERDUE";
      const base = { group: GROUP, href: `/commissions/${t.commissionId}`, due: lastMinuteOf(dueOn), overdue };
      const when = overdue ? `已过截止日期（${formatMonthDay(dueOn)}），请尽快报送` : `${formatMonthDay(dueOn)}前报送`;
      if (writer && (t.assigneeId === actor.id || t.assigneeId === null)) {
        items.push({ ...base, key: `commission-target:${t.id}:write`, title: `撰写约稿${quote(t.title)}`, detail: when });
      }
      if (assigner && t.assigneeId === null) {
        items.push({ ...base, key: `commission-target:${t.id}:assign`, title: `请分派约稿${quote(t.title)}`, detail: `还没有交给信息员，${when}` });
      } else if (assigner && overdue) {
        items.push({ ...base, key: `commission-target:${t.id}:overdue`, title: `约稿${quote(t.title)}逾期未报`, detail: `已交给${t.assigneeName ?? ""}，${when}` });
      }
    }
  }

  if (isNodeWide(actor, "commission.read")) {
    // Past the deadline day and still no answer at the county: live, so the list does not wait for the worker.
    const commissions = await db.commission.findMany({
      where: { nodeId: actor.nodeId, cancelledAt: null, dueOn: { lt: new Date(today) }, targets: { some: unanswered } },
      include: {
        targets: { where: unanswered, include: { unit: { select: { name: true } }, drafts }, orderBy: [{ unit: { sortOrder: "asc" } }, { unit: { name: "asc" } }] },
      },
      orderBy: [{ dueOn: "desc" }, { id: "asc" }],
      take: TODO_LIMIT,
    });
    for (const c of commissions) {
      const dueOn = formatIsoDate(c.dueOn);
      const units = c.targets.filter((t) => answerStatus(t.drafts, dueOn, today) === "OVERDUE").map((t) => t.unit.name);
      if (units.length === 0) continue;
      items.push({
        key: `commission:${c.id}:overdue`,
        group: GROUP,
        title: `约稿${quote(c.title)}有${units.length}个单位逾期未报`,
        detail: `${units.join("、")}（截止${formatMonthDay(dueOn)}）`,
        href: `/commissions/${c.id}`,
        due: lastMinuteOf(dueOn),
        overdue: true,
      });
    }
  }
  return items;
}
