import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDraft } from "@/lib/drafts/create-draft";
import { updateDraft } from "@/lib/drafts/update-draft";
import { moveDraft } from "@/lib/drafts/move-draft";
import { deleteDraft } from "@/lib/drafts/delete-draft";
import { listCountyDrafts, listUnitDrafts } from "@/lib/drafts/queries";
import { ConflictError, DomainError, NotFoundError, ValidationError } from "@/lib/errors";
import { draftAt, makeCounty, sampleFields, version, type County } from "./fixtures";

let c: County;
beforeEach(async () => {
  c = await makeCounty();
});

const filter = { page: 1 } as const;

describe("a draft's way from the officer to the county", () => {
  it("creates a draft in the officer's own unit, with an audit row", async () => {
    const d = await createDraft(c.officerA, sampleFields());
    expect(d).toMatchObject({ unitId: c.unitA.id, authorId: c.officerA.id, status: "DRAFT", version: 1 });
    expect(await db.auditLog.count({ where: { entityId: d.id, action: "draft.create" } })).toBe(1);
  });

  it("submits, withdraws before review and submits again", async () => {
    const d = await createDraft(c.officerA, sampleFields());
    expect(await moveDraft(c.officerA, { id: d.id, version: 1, action: "SUBMIT", secrecyConfirmed: true })).toBe("SUBMITTED");
    expect(await moveDraft(c.officerA, { id: d.id, version: 2, action: "WITHDRAW" })).toBe("DRAFT");
    expect(await moveDraft(c.officerA, { id: d.id, version: 3, action: "SUBMIT", secrecyConfirmed: true })).toBe("SUBMITTED");
    const events = await db.draftEvent.findMany({ where: { draftId: d.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => `${e.fromStatus}>${e.toStatus}`)).toEqual(["DRAFT>SUBMITTED", "SUBMITTED>DRAFT", "DRAFT>SUBMITTED"]);
    expect(await db.draftVersion.count({ where: { draftId: d.id, reason: "SUBMITTED" } })).toBe(2);
    expect(events.filter((e) => e.action === "SUBMIT").every((e) => e.secrecyConfirmed)).toBe(true);
  });

  it("asks the officer to confirm the draft holds no state secret (保密审查) at every submission", async () => {
    const d = await createDraft(c.officerA, sampleFields());
    await expect(moveDraft(c.officerA, { id: d.id, version: 1, action: "SUBMIT" })).rejects.toThrow(/不涉及国家秘密/);
    await expect(moveDraft(c.officerA, { id: d.id, version: 1, action: "SUBMIT", secrecyConfirmed: false })).rejects.toThrow(ValidationError);
    expect((await db.draft.findUniqueOrThrow({ where: { id: d.id } })).status).toBe("DRAFT");
    await moveDraft(c.officerA, { id: d.id, version: 1, action: "SUBMIT", secrecyConfirmed: true });
    const event = await db.draftEvent.findFirstOrThrow({ where: { draftId: d.id, action: "SUBMIT" } });
    expect(event).toMatchObject({ secrecyConfirmed: true, actorId: c.officerA.id });
  });

  it("is returned by the reviewer with a comment, revised and forwarded", async () => {
    const d = await draftAt(c, "SUBMITTED");
    await expect(moveDraft(c.reviewerA, { id: d.id, version: d.version, action: "REVIEWER_RETURN" })).rejects.toThrow(ValidationError);
    await moveDraft(c.reviewerA, { id: d.id, version: d.version, action: "REVIEWER_RETURN", comment: "请补充具体数据" });
    const returned = await db.draft.findUniqueOrThrow({ where: { id: d.id } });
    expect(returned.status).toBe("RETURNED");
    const revised = await updateDraft(c.officerA, { ...sampleFields(), body: "补充了数据：参与率达到95%。", id: d.id, version: returned.version });
    await moveDraft(c.officerA, { id: d.id, version: revised.version, action: "SUBMIT", secrecyConfirmed: true });
    await moveDraft(c.reviewerA, { id: d.id, version: await version(d.id), action: "APPROVE" });
    const forwarded = await db.draft.findUniqueOrThrow({ where: { id: d.id }, include: { events: true } });
    expect(forwarded.status).toBe("FORWARDED");
    expect(forwarded.forwardedAt).not.toBeNull();
    expect(forwarded.events.find((e) => e.action === "REVIEWER_RETURN")?.comment).toBe("请补充具体数据");
    const versions = await db.draftVersion.findMany({ where: { draftId: d.id }, orderBy: { number: "asc" } });
    expect(versions.map((v) => v.reason)).toEqual(["SUBMITTED", "RETURNED", "SUBMITTED"]);
    expect(versions[2].body).toBe("补充了数据：参与率达到95%。");
  });

  it("keeps the author's submitted version intact when the county edits", async () => {
    const d = await draftAt(c, "FORWARDED");
    const edited = await updateDraft(c.editor, { ...sampleFields("编辑改过的标题"), body: "研究室改写的正文。", id: d.id, version: d.version });
    expect(edited.status).toBe("EDITING");
    const submitted = await db.draftVersion.findFirstOrThrow({ where: { draftId: d.id, reason: "SUBMITTED" } });
    expect(submitted.title).toBe("甲镇推行党员积分制管理");
    expect(submitted.body).toContain("党员积分制");
    expect(await db.draftVersion.count({ where: { draftId: d.id, reason: "COUNTY_EDIT" } })).toBe(1);
    // Autosaves of the same editing session refine that version instead of piling up.
    await updateDraft(c.editor, { ...sampleFields("编辑再改的标题"), body: "研究室改写的正文。", id: d.id, version: edited.version });
    const county = await db.draftVersion.findMany({ where: { draftId: d.id, reason: "COUNTY_EDIT" } });
    expect(county.map((v) => v.title)).toEqual(["编辑再改的标题"]);
    // Another editor's edit is a version of its own.
    const editor2 = { ...c.editor, id: (await db.user.create({ data: { username: "editor2", name: "编辑二", unitId: c.root.id, roles: ["EDITOR"], passwordHash: "x" } })).id };
    await updateDraft(editor2, { ...sampleFields("另一位编辑改的标题"), id: d.id, version: await version(d.id) });
    expect(await db.draftVersion.count({ where: { draftId: d.id, reason: "COUNTY_EDIT" } })).toBe(2);
  });

  it("lets the reviewer correct a draft under review as a version of its own", async () => {
    const d = await draftAt(c, "SUBMITTED");
    const edited = await updateDraft(c.reviewerA, { ...sampleFields("委员改过的标题"), id: d.id, version: d.version });
    expect(edited.status).toBe("SUBMITTED");
    const versions = await db.draftVersion.findMany({ where: { draftId: d.id }, orderBy: { number: "asc" } });
    expect(versions.map((v) => [v.reason, v.title])).toEqual([
      ["SUBMITTED", "甲镇推行党员积分制管理"],
      ["REVIEWER_EDIT", "委员改过的标题"],
    ]);
  });

  it("counts 报送 once: a returned and re-forwarded draft keeps its first forwarding time", async () => {
    const d = await draftAt(c, "FORWARDED");
    await moveDraft(c.editor, { id: d.id, version: d.version, action: "EDITOR_RETURN", comment: "请补充" });
    await moveDraft(c.officerA, { id: d.id, version: await version(d.id), action: "SUBMIT", secrecyConfirmed: true });
    await moveDraft(c.reviewerA, { id: d.id, version: await version(d.id), action: "APPROVE" });
    expect((await db.draft.findUniqueOrThrow({ where: { id: d.id } })).forwardedAt).toEqual(d.forwardedAt);
  });

  it("declines with a reason and returns for revision from the county", async () => {
    const a = await draftAt(c, "FORWARDED");
    await expect(moveDraft(c.editor, { id: a.id, version: a.version, action: "DECLINE", comment: " " })).rejects.toThrow(ValidationError);
    expect(await moveDraft(c.editor, { id: a.id, version: a.version, action: "DECLINE", comment: "例行会议，价值不大" })).toBe("NOT_ADOPTED");
    const b = await draftAt(c, "FORWARDED");
    expect(await moveDraft(c.editor, { id: b.id, version: b.version, action: "EDITOR_RETURN", comment: "请补充成效" })).toBe("RETURNED");
  });

  it("refuses a move on a draft someone has just moved, and a stale save", async () => {
    const d = await draftAt(c, "SUBMITTED");
    await moveDraft(c.officerA, { id: d.id, version: d.version, action: "WITHDRAW" });
    await expect(moveDraft(c.reviewerA, { id: d.id, version: d.version, action: "APPROVE" })).rejects.toThrow(/该稿件状态已变化/);
    const fresh = await db.draft.findUniqueOrThrow({ where: { id: d.id } });
    await updateDraft(c.officerA, { ...sampleFields("第一次保存"), id: d.id, version: fresh.version });
    await expect(updateDraft(c.officerA, { ...sampleFields("旧页面上的保存"), id: d.id, version: fresh.version })).rejects.toThrow(ConflictError);
    expect((await db.draft.findUniqueOrThrow({ where: { id: d.id } })).title).toBe("第一次保存");
  });

  it("lists the unit's drafts by status with search, and the county only what reached it", async () => {
    await draftAt(c, "DRAFT", undefined, "甲镇草稿");
    await draftAt(c, "FORWARDED", undefined, "甲镇已报送");
    await draftAt(c, "SUBMITTED", { officer: c.officerB, reviewer: c.reviewerB }, "乙街道待审");
    const mine = await listUnitDrafts(c.officerA, { ...filter });
    expect(mine.rows.map((r) => r.title).sort()).toEqual(["甲镇已报送", "甲镇草稿"]);
    expect(mine.counts).toMatchObject({ DRAFT: 1, FORWARDED: 1 });
    expect((await listUnitDrafts(c.officerA, { ...filter, q: "草稿" })).rows).toHaveLength(1);
    // One status: its page and total; a search term is text, not a pattern (% and _ match themselves).
    expect(await listUnitDrafts(c.officerA, { ...filter, status: "FORWARDED" })).toMatchObject({ total: 1, rows: [{ title: "甲镇已报送", author: { name: expect.any(String) }, unit: { name: expect.any(String) } }] });
    expect((await listUnitDrafts(c.officerA, { ...filter, q: "%" })).total).toBe(0);
    expect((await listUnitDrafts(c.officerA, { ...filter, q: "甲_" })).total).toBe(0);
    const county = await listCountyDrafts(c.editor, { ...filter });
    expect(county.rows.map((r) => r.title)).toEqual(["甲镇已报送"]);
    expect((await listCountyDrafts(c.editor, { ...filter, unitId: c.unitB.id, status: "ALL" })).rows).toHaveLength(0);
  });
});

describe("deleting a draft", () => {
  it("deletes a draft never submitted, with its versions' and pictures' rows, and keeps its title in the audit log", async () => {
    const d = await createDraft(c.officerA, sampleFields("一次放弃的开头"));
    await db.attachment.create({ data: { draftId: d.id, kind: "IMAGE", fileName: "a.png", contentType: "image/png", size: 3, data: Buffer.from("png"), sha256: "x".repeat(64), createdById: c.officerA.id } });
    await deleteDraft(c.officerA, { id: d.id, version: d.version });
    expect(await db.draft.count({ where: { id: d.id } })).toBe(0);
    expect(await db.attachment.count({ where: { draftId: d.id } })).toBe(0);
    const row = await db.auditLog.findFirstOrThrow({ where: { entityId: d.id, action: "draft.delete" } });
    expect(row.data).toMatchObject({ title: "一次放弃的开头" });
  });

  it("keeps a draft that was ever submitted, even after it was withdrawn", async () => {
    const d = await createDraft(c.officerA, sampleFields());
    await moveDraft(c.officerA, { id: d.id, version: 1, action: "SUBMIT", secrecyConfirmed: true });
    await moveDraft(c.officerA, { id: d.id, version: 2, action: "WITHDRAW" });
    await expect(deleteDraft(c.officerA, { id: d.id, version: 3 })).rejects.toThrow(DomainError);
    expect(await db.draft.count({ where: { id: d.id } })).toBe(1);
  });

  it("refuses a stale page, and answers another unit's draft as missing", async () => {
    const d = await createDraft(c.officerA, sampleFields());
    await updateDraft(c.officerA, { ...sampleFields("又改了"), id: d.id, version: 1 });
    await expect(deleteDraft(c.officerA, { id: d.id, version: 1 })).rejects.toThrow(ConflictError);
    await expect(deleteDraft(c.officerB, { id: d.id, version: 2 })).rejects.toThrow(NotFoundError);
    expect(await db.draft.count({ where: { id: d.id } })).toBe(1);
  });
});
