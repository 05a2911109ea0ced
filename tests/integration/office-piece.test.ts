/**
 * A piece written at the county (报送上级 of the office's own piece): 甲县's office writes in its
 * 组织部's own unit, which has no reviewer, and sends it straight to 测试市, which decides on it as on
 * anything sent up. The top of the tree writes none; nobody else sends a 组织部's piece.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { createDraft } from "@/lib/drafts/create-draft";
import { updateDraft } from "@/lib/drafts/update-draft";
import { moveDraft } from "@/lib/drafts/move-draft";
import { listCountyDrafts, ownPiecesReader } from "@/lib/drafts/queries";
import { getDraftDetail } from "@/lib/drafts/detail";
import { offeredMoves } from "@/lib/drafts/offered-moves";
import { draftTodos } from "@/lib/todo/drafts";
import { createSeries } from "@/lib/bulletins/series";
import { createIssue } from "@/lib/bulletins/create-issue";
import { adoptDraft } from "@/lib/bulletins/adopt-draft";
import { publishIssue } from "@/lib/bulletins/publish-issue";
import { makeChain, seriesSettings, type Chain } from "./chain-fixtures";
import { person, sampleFields, version } from "./fixtures";

let c: Chain;
let piece: string;

beforeAll(async () => {
  c = await makeChain();
});

describe("the office's own piece", () => {
  it("is written in the 组织部's own unit and waits there, listed as its own, until sent", async () => {
    expect(await ownPiecesReader(c.x.editor)).toBe("市");
    piece = (await createDraft(c.x.editor, sampleFields("甲县“擂台比武”激发基层党建活力"))).id;
    expect(await db.draft.findUniqueOrThrow({ where: { id: piece } })).toMatchObject({ unitId: c.x.root.id, status: "DRAFT", forwardedAt: null });
    expect((await listCountyDrafts(c.x.editor, { page: 1, status: "OWN" })).rows.map((r) => r.id)).toEqual([piece]);
    expect((await listCountyDrafts(c.x.editor, { page: 1, status: "ALL" })).rows.map((r) => r.id)).not.toContain(piece);
    // Not yet the city's: it has reached no desk.
    await expect(getDraftDetail(c.city.editor, piece)).rejects.toThrow(NotFoundError);
    expect(offeredMoves(c.x.editor, { status: "DRAFT", unitId: c.x.root.id }).map((m) => m.action)).toEqual(["OFFICE_SEND_UP"]);
  });

  it("is sent by the office alone, with the 保密审查 confirmation, and never from the top of the tree", async () => {
    for (const refused of [c.x.leader, c.x.officer, c.x.reviewer, c.y.editor, c.city.editor]) {
      await expect(moveDraft(refused, { id: piece, version: await version(piece), action: "OFFICE_SEND_UP", secrecyConfirmed: true })).rejects.toSatisfy(
        (e) => e instanceof ForbiddenError || e instanceof NotFoundError,
      );
    }
    await expect(moveDraft(c.x.editor, { id: piece, version: await version(piece), action: "OFFICE_SEND_UP" })).rejects.toThrow(ValidationError);
    // A reporting unit's draft goes to its reviewer, never straight up.
    const townDraft = await createDraft(c.x.officer, sampleFields("城关镇的稿件"));
    await expect(moveDraft(c.x.officer, { id: townDraft.id, version: await version(townDraft.id), action: "OFFICE_SEND_UP", secrecyConfirmed: true })).rejects.toThrow(ForbiddenError);
    // The city is the root: its office writes no piece of its own.
    expect(await ownPiecesReader(c.city.editor)).toBeNull();
    await expect(createDraft(c.city.editor, sampleFields("市里自己写的稿件"))).rejects.toThrow(ForbiddenError);
  });

  it("reaches the city's pool as 甲县's, is returned, revised and sent again, then adopted and scored", async () => {
    await moveDraft(c.x.editor, { id: piece, version: await version(piece), action: "OFFICE_SEND_UP", secrecyConfirmed: true });
    const sent = await db.draft.findUniqueOrThrow({ where: { id: piece }, include: { events: true, versions: true } });
    expect(sent).toMatchObject({ status: "FORWARDED", unitId: c.x.root.id });
    expect(sent.forwardedAt).not.toBeNull();
    expect(sent.events.map((e) => [e.action, e.secrecyConfirmed])).toEqual([["OFFICE_SEND_UP", true]]);
    expect(sent.versions.map((v) => v.reason)).toEqual(["SUBMITTED"]);
    expect((await listCountyDrafts(c.city.editor, { page: 1 })).rows.map((r) => r.id)).toEqual([piece]);
    // It waits for the city, not for 甲县's own desk.
    expect((await draftTodos(c.city.editor)).map((t) => t.title)).toContain("市级稿件池有1篇报送稿件待处理");
    expect((await draftTodos(c.x.editor)).filter((t) => t.key === "county:forwarded")).toEqual([]);
    expect(await db.notification.findMany({ where: { href: `/drafts/${piece}` }, select: { userId: true, title: true } })).toEqual([
      { userId: c.city.editor.id, title: "中共甲县委组织部报送：《甲县“擂台比武”激发基层党建活力》" },
    ]);
    // While the city has it, the county neither edits nor decides it.
    await expect(updateDraft(c.x.editor, { ...sampleFields("改不了"), id: piece, version: await version(piece) })).rejects.toThrow(ForbiddenError);
    await expect(moveDraft(c.x.editor, { id: piece, version: await version(piece), action: "DECLINE", comment: "自己不能决定" })).rejects.toThrow(ForbiddenError);

    await moveDraft(c.city.editor, { id: piece, version: await version(piece), action: "EDITOR_RETURN", comment: "请补充具体成效" });
    // The office finds the return on its to-do list.
    expect((await draftTodos(c.x.editor)).map((t) => t.href)).toContain(`/drafts/${piece}`);
    await updateDraft(c.x.editor, { ...sampleFields("甲县“擂台比武”激发基层党建活力"), body: "一、比出干劲\n全县开展擂台比武12场，整改问题86个。", id: piece, version: await version(piece) });
    await moveDraft(c.x.editor, { id: piece, version: await version(piece), action: "OFFICE_SEND_UP", secrecyConfirmed: true });
    const again = await db.draft.findUniqueOrThrow({ where: { id: piece } });
    expect(again.status).toBe("FORWARDED");
    expect(again.forwardedAt).toEqual(sent.forwardedAt);

    const series = (await createSeries(c.city.admin, seriesSettings("测试市组工信息"))).id;
    const issue = await createIssue(c.city.editor, { seriesId: series });
    await adoptDraft(c.city.editor, { id: piece, version: await version(piece), issueId: issue.id });
    await publishIssue(c.city.editor, { issueId: issue.id, version: (await db.bulletinIssue.findUniqueOrThrow({ where: { id: issue.id } })).version });
    const entries = await db.scoreEntry.findMany({ where: { draftId: piece }, select: { unitId: true, userId: true, rule: { select: { nodeId: true, code: true } } } });
    expect(entries).toEqual([{ unitId: c.x.root.id, userId: c.x.editor.id, rule: { nodeId: c.city.root.id, code: "ADOPTION_CITY" } }]);
  });

  it("refuses the move where there is no desk above, whatever the permission", async () => {
    const root = await db.unit.findUniqueOrThrow({ where: { id: c.city.root.id } });
    expect(root.deskId).toBeNull();
    // An officer placed in the city's own unit may write there; sending it up has nowhere to go.
    const officer = await person("city_own_officer", c.city.root.id, ["OFFICER", "EDITOR"]);
    const d = await createDraft(officer, sampleFields("市里的稿件"));
    await expect(moveDraft(officer, { id: d.id, version: await version(d.id), action: "OFFICE_SEND_UP", secrecyConfirmed: true })).rejects.toThrow(DomainError);
  });
});
