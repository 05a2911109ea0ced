/** 紧急信息 to-dos: open cases and their clocks for the unit, overdue ones for the office and leaders. */
import "server-only";
import { db } from "@/lib/db";
import { can, isNodeWide, unitWhere, type Actor } from "@/lib/authz/permissions";
import type { TodoItem } from "@/lib/todo/types";
import { deadlineClock, formatLocal } from "./clock";
import { openUnitCases } from "./queries";
import { quote } from "@/lib/quote";

const GROUP = "紧急信息";
const day = (d: Date) => formatLocal(d).replace(" ", "");

export async function urgentTodos(actor: Actor, now = new Date()): Promise<TodoItem[]> {
  if (!can(actor, "urgent.read")) return [];
  if (!isNodeWide(actor, "urgent.read")) {
    const cases = await openUnitCases(actor.unitId);
    return cases.map((c) => {
      const clock = deadlineClock(c.dueAt, now);
      return {
        key: `urgent:${c.id}:report`,
        group: GROUP,
        title: `紧急信息${quote(c.title)}须在${day(c.dueAt)}前书面报送`,
        detail: clock.overdue ? `${clock.label}，请立即报送` : clock.label,
        href: `/urgent/${c.id}`,
        due: c.dueAt,
        overdue: clock.overdue,
      };
    });
  }
  // The node: every case of its units still waiting for its written report; the overdue ones sort first.
  const cases = await db.urgentCase.findMany({
    where: { closedAt: null, firstReportAt: null, ...unitWhere(actor, "urgent.read") },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    include: { unit: { select: { name: true } } },
    take: 50,
  });
  return cases.map((c) => {
    const clock = deadlineClock(c.dueAt, now);
    return {
      key: `urgent:${c.id}:${clock.overdue ? "overdue" : "waiting"}`,
      group: GROUP,
      title: clock.overdue ? `${c.unit.name}紧急信息${quote(c.title)}超时未报` : `${c.unit.name}紧急信息${quote(c.title)}待书面报告`,
      detail: `事发${formatLocal(c.eventAt)}，时限${formatLocal(c.dueAt)}，${clock.label}`,
      href: `/urgent/${c.id}`,
      due: c.dueAt,
      overdue: clock.overdue,
    };
  });
}
