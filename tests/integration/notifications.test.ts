/** The bell: draft moves tell the right person once, in the move's transaction; reading is per person. */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { moveDraft } from "@/lib/drafts/move-draft";
import { listNotifications, markRead } from "@/lib/notifications/queries";
import { loadSession } from "@/lib/auth/current-user";
import { draftTodos } from "@/lib/todo/drafts";
import { todosFor } from "@/lib/todo";
import { draftAt, makeCounty, version, type County } from "./fixtures";

let c: County;

/** The bell's figure as the header shows it: read with the person's session. */
async function unreadCount(userId: string): Promise<number> {
  const session = await db.userSession.create({ data: { id: crypto.randomUUID(), userId, expiresAt: new Date(Date.now() + 3_600_000) } });
  const { user } = await loadSession({ userId, sessionId: session.id, authAt: session.createdAt.getTime() });
  return user!.unreadNotifications;
}

beforeEach(async () => {
  c = await makeCounty();
});

describe("notifications from the draft lifecycle", () => {
  it("tells the reviewer of a submission and the author of a return with the comment, each once", async () => {
    const d = await draftAt(c, "SUBMITTED");
    const toReviewer = await db.notification.findMany({ where: { userId: c.reviewerA.id } });
    expect(toReviewer.map((n) => n.title)).toEqual([`有一篇稿件等您审核：《${d.title}》`]);
    expect(toReviewer[0].href).toBe(`/drafts/${d.id}`);
    // The other unit's reviewer hears nothing.
    expect(await db.notification.count({ where: { userId: c.reviewerB.id } })).toBe(0);

    await moveDraft(c.reviewerA, { id: d.id, version: await version(d.id), action: "REVIEWER_RETURN", comment: "请补充具体数据" });
    const toAuthor = await db.notification.findMany({ where: { userId: c.officerA.id } });
    expect(toAuthor).toHaveLength(1);
    expect(toAuthor[0]).toMatchObject({ title: `组织委员退回了《${d.title}》，请修改`, body: "意见：请补充具体数据" });
  });

  it("tells the author when the draft reaches the county and when it is adopted", async () => {
    const d = await draftAt(c, "ADOPTED");
    const titles = (await db.notification.findMany({ where: { userId: c.officerA.id }, orderBy: { createdAt: "asc" } })).map((n) => n.title);
    expect(titles).toEqual([`《${d.title}》已报送县委组织部`, `《${d.title}》已被采用`]);
  });

  it("counts unread per person; marking read touches only one's own", async () => {
    await draftAt(c, "FORWARDED");
    expect(await unreadCount(c.officerA.id)).toBe(1);
    const [mine] = (await listNotifications(c.officerA.id, { page: 1 })).rows;
    expect(await markRead(c.reviewerA, mine.id)).toBe(0); // not the reviewer's
    expect(await unreadCount(c.officerA.id)).toBe(1);
    expect(await markRead(c.officerA, mine.id)).toBe(1);
    expect(await unreadCount(c.officerA.id)).toBe(0);
    expect(await db.auditLog.count({ where: { action: "notification.read", actorId: c.officerA.id } })).toBe(1);
    expect(await markRead(c.reviewerA, "all")).toBe(1);
    expect((await listNotifications(c.reviewerA.id, { page: 1, unreadOnly: true })).total).toBe(0);
    expect((await listNotifications(c.officerA.id, { page: 1, q: "报送县委" })).total).toBe(1);
    expect((await listNotifications(c.officerA.id, { page: 1, q: "不存在的字" })).total).toBe(0);
  });
});

describe("the to-do list", () => {
  it("lists a returned draft for its author and a submitted one for the unit's reviewer, not for others", async () => {
    const returned = await draftAt(c, "SUBMITTED", undefined, "待修改的稿件");
    await moveDraft(c.reviewerA, { id: returned.id, version: await version(returned.id), action: "REVIEWER_RETURN", comment: "请修改" });
    const waiting = await draftAt(c, "SUBMITTED", undefined, "待审核的稿件");
    expect((await draftTodos(c.officerA)).map((i) => i.href)).toEqual([`/drafts/${returned.id}`]);
    expect((await draftTodos(c.reviewerA)).map((i) => i.href)).toEqual([`/drafts/${waiting.id}`]);
    expect(await draftTodos(c.reviewerB)).toEqual([]);
    expect(await draftTodos(c.officerB)).toEqual([]);
    await draftAt(c, "FORWARDED", undefined, "报到县里的稿件");
    expect((await todosFor(c.editor)).map((i) => i.title)).toContain("县级稿件池有1篇报送稿件待处理");
  });
});
