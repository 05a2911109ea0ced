/**
 * 培训 to-dos. A unit's 专职信息员 named (备案) after the last session they attended, or who
 * never attended one, is new to the work: “参加下一次培训”, with the next planned session when
 * the office has set one. Attending a session held on or after the 备案 date clears it. The
 * office sees how many such new officers are still waiting, to plan the next session (the to-do opens the sessions list).
 */
import "server-only";
import { scopeOf, type Actor } from "@/lib/authz/permissions";
import { lastMinuteOf } from "@/lib/planning/deadlines";
import { currentRoster } from "@/lib/planning/roster";
import { formatChineseDate, formatIsoDate, shanghaiDate } from "@/lib/time";
import type { TodoItem } from "@/lib/todo/types";
import { FORM_LABELS } from "./labels";
import { lastSessions, nextSession } from "./people";

const GROUP = "培训";

/** The roster entries (by officer) whose officer has attended nothing since being named. */
async function untrainedNewOfficers(now: Date, unitIds?: string[]) {
  const today = shanghaiDate(now);
  const entries = [...(await currentRoster(unitIds, today)).values()].filter((e) => e.officerId !== null);
  const last = await lastSessions(entries.map((e) => e.officerId!), new Date(today));
  return entries.filter((e) => {
    const attended = last.get(e.officerId!);
    return !attended || formatIsoDate(attended) < formatIsoDate(e.effectiveOn);
  });
}

async function officerTodo(actor: Actor, now: Date): Promise<TodoItem[]> {
  const mine = (await untrainedNewOfficers(now, [actor.unitId])).find((e) => e.officerId === actor.id);
  if (!mine) return [];
  const next = await nextSession(actor.nodeId, actor.id, now);
  return [
    {
      key: `training:new:${mine.id}`,
      group: GROUP,
      title: "新任专职信息员：参加下一次培训",
      detail: next
        ? `${formatChineseDate(next.heldOn)}，${FORM_LABELS[next.form]}“${next.topic}”${next.trainer ? `，主讲：${next.trainer}` : ""}`
        : "研究室还没有安排下一次培训，安排后会显示在这里",
      href: "/training/mine",
      due: next ? lastMinuteOf(formatIsoDate(next.heldOn)) : null,
    },
  ];
}

async function officeTodo(actor: Actor, now: Date): Promise<TodoItem[]> {
  const waiting = await untrainedNewOfficers(now, [...actor.nodeUnitIds]);
  if (waiting.length === 0) return [];
  return [{ key: `training:waiting:${shanghaiDate(now)}`, group: GROUP, title: `有${waiting.length}名新任专职信息员还没有参加过培训`, href: "/training" }];
}

export async function trainingTodos(actor: Actor, now = new Date()): Promise<TodoItem[]> {
  if (scopeOf(actor, "training.manage")) return officeTodo(actor, now);
  if (scopeOf(actor, "training.own")) return officerTodo(actor, now);
  return [];
}
