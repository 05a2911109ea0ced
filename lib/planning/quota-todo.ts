/** 报送任务 to-dos: a unit behind its monthly minimum; the office's count of units with nothing this month. */
import "server-only";
import { sql } from "@/lib/sql";
import { can, scopeOf, type Actor } from "@/lib/authz/permissions";
import { shanghaiDate } from "@/lib/time";
import type { TodoItem } from "@/lib/todo/types";
import { DEFAULT_QUOTA } from "./quota-math";
import { quotaRanges } from "./quotas";

const GROUP = "报送任务";

async function unitTodo(actor: Actor, now: Date): Promise<TodoItem[]> {
  const date = shanghaiDate(now);
  const { month } = quotaRanges(date);
  // One statement for the unit, its quota and this month's count: the to-do list runs on every visit.
  const [unit] = await sql<{ rankGroup: string | null; active: boolean; monthlyMin: number | null; sent: number }>`
    SELECT u."rankGroup"::text AS "rankGroup", u.active,
      (SELECT q."monthlyMin" FROM "UnitQuota" q WHERE q."unitId" = u.id AND q.year = ${Number(date.slice(0, 4))}::int) AS "monthlyMin",
      (SELECT count(*)::int FROM "Draft" d WHERE d."unitId" = u.id AND d."forwardedAt" >= ${month.from} AND d."forwardedAt" < ${month.to}) AS sent
    FROM "Unit" u WHERE u.id = ${actor.unitId}::uuid`;
  if (!unit?.rankGroup || !unit.active) return [];
  const { sent } = unit;
  const min = unit.monthlyMin ?? DEFAULT_QUOTA.monthlyMin;
  if (sent >= min) return [];
  return [
    {
      key: `quota:${actor.unitId}:${date.slice(0, 7)}`,
      group: GROUP,
      title: `本月已报送${sent}篇，还差${min - sent}篇（任务每月不少于${min}篇）`,
      href: "/quotas",
      due: month.to,
    },
  ];
}

async function officeTodo(nodeId: string, now: Date): Promise<TodoItem[]> {
  const date = shanghaiDate(now);
  const { month } = quotaRanges(date);
  const [row] = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM "Unit" u
    WHERE u."deskId" = ${nodeId}::uuid AND u."rankGroup" IS NOT NULL AND u.active
      AND NOT EXISTS (SELECT 1 FROM "Draft" d WHERE d."unitId" = u.id AND d."forwardedAt" >= ${month.from} AND d."forwardedAt" < ${month.to})`;
  if (!row || row.n === 0) return [];
  return [{ key: `quota:none:${date.slice(0, 7)}`, group: GROUP, title: `本月还有${row.n}个单位没有报送`, href: "/quotas" }];
}

export async function quotaTodos(actor: Actor, now = new Date()): Promise<TodoItem[]> {
  if (can(actor, "quota.manage")) return officeTodo(actor.nodeId, now);
  // The unit's own shortfall, for its people; leaders read every unit's figures but chase none.
  if (scopeOf(actor, "quota.read") === "unit") return unitTodo(actor, now);
  return [];
}
