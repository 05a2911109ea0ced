/** To-dos from drafts, issues and leaders' instructions. */
import "server-only";
import { db } from "@/lib/db";
import { sql } from "@/lib/sql";
import { isNodeWide, scopeOf, unitWhere, type Actor } from "@/lib/authz/permissions";
import { ownSeries } from "@/lib/bulletins/series-scope";
import { TODO_LIMIT, type TodoItem } from "./types";
import { poolLabel } from "@/lib/units/labels";

export async function draftTodos(actor: Actor): Promise<TodoItem[]> {
  const items: TodoItem[] = [];
  if (scopeOf(actor, "draft.write")) {
    const returned = await sql<{ id: string; title: string; total: number }>`
      SELECT id, title, count(*) OVER () AS total FROM "Draft" WHERE "authorId" = ${actor.id}::uuid AND status = 'RETURNED' ORDER BY "updatedAt" DESC LIMIT ${TODO_LIMIT}`;
    for (const d of returned) items.push({ key: `draft:${d.id}:returned`, group: "稿件", title: `《${d.title}》被退回，请修改后再提交`, href: `/drafts/${d.id}` });
    const more = (returned[0]?.total ?? 0) - returned.length;
    if (more > 0) items.push({ key: "draft:returned:more", group: "稿件", title: `另有${more}篇被退回的稿件，见本单位稿件“退回修改”`, href: "/drafts?status=RETURNED" });
  }
  if (scopeOf(actor, "draft.review")) {
    const waiting = await sql<{ id: string; title: string; authorName: string; total: number }>`
      SELECT d.id, d.title, u.name AS "authorName", count(*) OVER () AS total FROM "Draft" d JOIN "User" u ON u.id = d."authorId"
      WHERE d."unitId" = ${actor.unitId}::uuid AND d.status = 'SUBMITTED' ORDER BY d."submittedAt" LIMIT ${TODO_LIMIT}`;
    for (const d of waiting) items.push({ key: `draft:${d.id}:review`, group: "稿件", title: `审核《${d.title}》`, detail: `${d.authorName}提交`, href: `/drafts/${d.id}` });
    const more = (waiting[0]?.total ?? 0) - waiting.length;
    if (more > 0) items.push({ key: "draft:review:more", group: "稿件", title: `另有${more}篇稿件等您审核，见本单位稿件`, href: "/drafts?status=SUBMITTED" });
  }
  if (isNodeWide(actor, "draft.decide")) {
    // What waits for this desk (a desk's decisions leave out the node's own drafts sent up, which wait at the desk above).
    const n = await db.draft.count({ where: { status: "FORWARDED", ...unitWhere(actor, "draft.decide") } });
    if (n > 0) items.push({ key: "county:forwarded", group: "稿件", title: `${poolLabel(actor.nodeKind)}有${n}篇报送稿件待处理`, href: "/county" });
  }
  if (scopeOf(actor, "issue.signoff")) {
    const issues = await db.bulletinIssue.findMany({ where: { status: "PENDING_SIGNOFF", series: ownSeries(actor) }, select: { id: true, series: { select: { name: true } } }, take: 20 });
    for (const i of issues) items.push({ key: `issue:${i.id}:signoff`, group: "签发", title: `《${i.series.name}》待签发`, href: `/issues/${i.id}` });
  }
  if (scopeOf(actor, "scores.own") === "unit") {
    const open = await sql<{ id: string; title: string; leader: string }>`
      SELECT f.id, r.title, r.leader FROM "InstructionFollowUp" f JOIN "ScoreRecord" r ON r.id = f."recordId"
      WHERE f."unitId" = ${actor.unitId}::uuid AND f."closedAt" IS NULL ORDER BY f."createdAt" LIMIT ${TODO_LIMIT}`;
    for (const f of open) {
      items.push({ key: `followup:${f.id}`, group: "批示落实", title: `落实领导批示：${f.title}`, detail: `${f.leader}批示，请反馈落实情况`, href: "/scores/mine" });
    }
  }
  return items;
}
