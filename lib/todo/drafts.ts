/** To-dos from drafts, issues and leaders' instructions. */
import "server-only";
import { db } from "@/lib/db";
import { isNodeWide, scopeOf, unitWhere, type Actor } from "@/lib/authz/permissions";
import { ownSeries } from "@/lib/bulletins/series-scope";
import type { TodoItem } from "./types";
import { poolLabel } from "@/lib/units/labels";

export async function draftTodos(actor: Actor): Promise<TodoItem[]> {
  const items: TodoItem[] = [];
  if (scopeOf(actor, "draft.write")) {
    const returned = await db.draft.findMany({ where: { authorId: actor.id, status: "RETURNED" }, orderBy: { updatedAt: "desc" }, take: 50, select: { id: true, title: true } });
    for (const d of returned) items.push({ key: `draft:${d.id}:returned`, group: "稿件", title: `《${d.title}》被退回，请修改后再提交`, href: `/drafts/${d.id}` });
  }
  if (scopeOf(actor, "draft.review")) {
    const waiting = await db.draft.findMany({
      where: { unitId: actor.unitId, status: "SUBMITTED" },
      orderBy: { submittedAt: "asc" },
      take: 50,
      select: { id: true, title: true, author: { select: { name: true } } },
    });
    for (const d of waiting) items.push({ key: `draft:${d.id}:review`, group: "稿件", title: `审核《${d.title}》`, detail: `${d.author.name}提交`, href: `/drafts/${d.id}` });
  }
  if (isNodeWide(actor, "draft.decide")) {
    // What waits for this desk: not the node's own drafts sent up, which wait at the desk above.
    const n = await db.draft.count({ where: { status: "FORWARDED", ...unitWhere(actor, "draft.decide"), NOT: { unitId: actor.nodeId } } });
    if (n > 0) items.push({ key: "county:forwarded", group: "稿件", title: `${poolLabel(actor.nodeKind)}有${n}篇报送稿件待处理`, href: "/county" });
  }
  if (scopeOf(actor, "issue.signoff")) {
    const issues = await db.bulletinIssue.findMany({ where: { status: "PENDING_SIGNOFF", series: ownSeries(actor) }, select: { id: true, series: { select: { name: true } } }, take: 20 });
    for (const i of issues) items.push({ key: `issue:${i.id}:signoff`, group: "签发", title: `《${i.series.name}》待签发`, href: `/issues/${i.id}` });
  }
  if (scopeOf(actor, "scores.own") === "unit") {
    const open = await db.instructionFollowUp.findMany({
      where: { unitId: actor.unitId, closedAt: null },
      select: { id: true, record: { select: { title: true, leader: true } } },
      take: 50,
    });
    for (const f of open) {
      items.push({ key: `followup:${f.id}`, group: "批示落实", title: `落实领导批示：${f.record.title}`, detail: `${f.record.leader}批示，请反馈落实情况`, href: "/scores/mine" });
    }
  }
  return items;
}
