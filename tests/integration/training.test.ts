import { beforeEach, describe, expect, it } from "vitest";
import type { z } from "zod";
import { fieldErrorsOf } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { fileRosterChange } from "@/lib/planning/roster";
import { updateDraft } from "@/lib/drafts/update-draft";
import { createSession, updateSession } from "@/lib/training/sessions";
import { setAttendance } from "@/lib/training/attendance";
import { addMaterial, getMaterialFile, removeMaterial } from "@/lib/training/materials";
import { addPair, endPair, listPairs } from "@/lib/training/pairs";
import { sendTeachingNote } from "@/lib/training/teaching-notes";
import { listTrainees, personRecord } from "@/lib/training/people";
import { trainingTodos } from "@/lib/training/todo";
import { MATERIAL_MAX_BYTES, MATERIAL_MESSAGES } from "@/lib/training/material-limits";
import { rosterChangeSchema } from "@/lib/validation/planning";
import { pairSchema, sessionSchema } from "@/lib/validation/training";
import { formatDateTime, shanghaiDate } from "@/lib/time";
import { draftAt, makeCounty, person, sampleFields, version, type County } from "./fixtures";
import { makeChain } from "./chain-fixtures";

let c: County;
beforeEach(async () => {
  c = await makeCounty();
});

const NOW = new Date("2026-11-20T04:00:00Z");
const session = (heldOn: string, topic = "信息写作基础") => createSession(c.editor, sessionSchema.parse({ heldOn, topic, form: "LECTURE", trainer: "王编辑" }));
const attend = async (id: string, people: Array<{ id: string }>) =>
  setAttendance(c.editor, { sessionId: id, userIds: people.map((p) => p.id), version: (await db.trainingSession.findUniqueOrThrow({ where: { id } })).version }, NOW);
const names = (rows: Array<{ name: string }>) => rows.map((r) => r.name).sort();
/** The message each field shows: the first one, as the forms show it (fieldErrorsOf). */
const errorsOf = (schema: z.ZodType, v: unknown) => {
  const r = schema.safeParse(v);
  return r.success ? {} : fieldErrorsOf(r.error);
};

describe("attendance and the people with no training this year", () => {
  it("records who attended, lists the rest by scope, and ignores last year's and planned sessions", async () => {
    const s = await session("2026-03-15");
    expect(await attend(s.id, [c.officerA, c.officerC])).toMatchObject({ added: 2, removed: 0, total: 2 });
    const lastYear = await session("2025-12-20", "去年的培训");
    await attend(lastYear.id, [c.officerB]);
    await session("2026-12-10", "下一次培训");

    const county = await listTrainees(c.editor, { page: 1, untrainedOnly: true }, NOW);
    expect(names(county.rows)).toEqual(["officer_b", "reviewer_a", "reviewer_b", "reviewer_c"]);
    expect(county.year).toBe(2026);
    const all = await listTrainees(c.leader, { page: 1 }, NOW);
    const a = all.rows.find((r) => r.name === "officer_a")!;
    expect(a.thisYear).toBe(1);
    expect(shanghaiDate(a.lastOn!)).toBe("2026-03-15");
    expect(shanghaiDate(all.rows.find((r) => r.name === "officer_b")!.lastOn!)).toBe("2025-12-20");
    // A reviewer sees the own unit's people only; an officer has no such list.
    expect(names((await listTrainees(c.reviewerA, { page: 1, untrainedOnly: true }, NOW)).rows)).toEqual(["reviewer_a"]);
    await expect(listTrainees(c.officerA, { page: 1, untrainedOnly: true }, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    // Today's session, once attended, is no longer the officer's “next” one.
    await attend((await session("2026-11-20", "今天的培训")).id, [c.officerA]);
    expect((await personRecord(c.officerA, c.officerA.id, {}, NOW)).next?.topic).toBe("下一次培训");
    expect((await personRecord(c.officerB, c.officerB.id, {}, NOW)).next?.topic).toBe("今天的培训");
    expect(names((await listTrainees(c.editor, { page: 1, untrainedOnly: true, q: "乙街道" }, NOW)).rows)).toEqual(["officer_b", "reviewer_b"]);
  });

  it("changes the list as ticked, refuses a stale page, a planned session and people not on the list", async () => {
    const s = await session("2026-03-15");
    await attend(s.id, [c.officerA, c.officerB]);
    expect(await attend(s.id, [c.officerB, c.reviewerB])).toMatchObject({ added: 1, removed: 1, total: 2 });
    const rows = await db.trainingAttendance.findMany({ where: { sessionId: s.id }, select: { userId: true } });
    expect(rows.map((r) => r.userId).sort()).toEqual([c.officerB.id, c.reviewerB.id].sort());
    await expect(setAttendance(c.editor, { sessionId: s.id, userIds: [c.officerA.id], version: 1 }, NOW)).rejects.toBeInstanceOf(ConflictError);
    await expect(attend(s.id, [c.admin])).rejects.toMatchObject({ fieldErrors: { userIds: expect.stringContaining("不在名单里") } });
    const planned = await session("2026-12-10");
    await expect(attend(planned.id, [c.officerA])).rejects.toMatchObject({ fieldErrors: { userIds: "这次培训安排在2026-12-10，举办以后再登记参训人员" } });
    const audit = await db.auditLog.findMany({ where: { entityId: s.id, action: "training.attendance" } });
    expect(audit).toHaveLength(2);
  });

  it("edits a session with the page's version", async () => {
    const s = await session("2026-03-15");
    const edited = await updateSession(c.editor, { ...sessionSchema.parse({ heldOn: "2026-03-16", topic: "改了主题", form: "MEETING" }), id: s.id, version: 1 });
    expect(edited).toMatchObject({ topic: "改了主题", form: "MEETING", version: 2 });
    await expect(updateSession(c.editor, { ...sessionSchema.parse({ heldOn: "2026-03-16", topic: "又改", form: "MEETING" }), id: s.id, version: 1 })).rejects.toBeInstanceOf(ConflictError);
  });

  it("says what is wrong with a date at the field", () => {
    const base = { topic: "信息写作", form: "LECTURE" };
    expect(errorsOf(sessionSchema, { ...base, heldOn: "2026-02-30" })).toEqual({ heldOn: "这个日期不存在" });
    expect(errorsOf(sessionSchema, { ...base, heldOn: "2099-01-01" })).toEqual({ heldOn: "培训日期最晚只能安排到一年以内" });
    expect(errorsOf(sessionSchema, { ...base, heldOn: "" })).toEqual({ heldOn: "请填写培训日期" });
    expect(errorsOf(sessionSchema, { heldOn: "2026-03-01", topic: "", form: "X" })).toMatchObject({ topic: expect.stringContaining("请填写培训主题"), form: "请选择培训形式" });
    const pair = { mentorId: c.officerA.id, menteeId: c.officerB.id };
    expect(errorsOf(pairSchema, { ...pair, startedOn: "2099-01-01" })).toEqual({ startedOn: "日期不能晚于今天" });
    expect(errorsOf(pairSchema, { ...pair, menteeId: c.officerA.id, startedOn: "2026-01-01" })).toEqual({ menteeId: "带教人和新手不能是同一个人" });
  });
});

describe("the new 专职信息员's to-do", () => {
  const name = (officerId: string, effectiveOn: string, expectedLatestId: string | null) =>
    rosterChangeSchema.parse({ unitId: c.unitB.id, officerId, phone: "13900000001", reason: "新任专职信息员", effectiveOn, expectedLatestId });

  it("asks the newly named officer to attend the next session until they have attended one since", async () => {
    const old = await session("2026-03-15");
    await attend(old.id, [c.officerB]);
    const filed = await fileRosterChange(c.reviewerB, name(c.officerB.id, "2026-11-01", null), NOW);
    const [todo] = await trainingTodos(c.officerB, NOW);
    expect(todo).toMatchObject({ group: "培训", title: "新任专职信息员：参加下一次培训", href: "/training/mine", due: null });
    expect(todo.detail).toContain("还没有安排下一次培训");
    expect(await trainingTodos(c.officerA, NOW)).toEqual([]);
    expect(await trainingTodos(c.editor, NOW)).toMatchObject([{ title: "有1名新任专职信息员还没有参加过培训", href: "/training" }]);

    const next = await session("2026-12-10", "怎样写好经验类信息");
    const [planned] = await trainingTodos(c.officerB, NOW);
    expect(planned.detail).toBe("2026年12月10日，专题培训“怎样写好经验类信息”，主讲：王编辑");
    expect(formatDateTime(planned.due!)).toBe("2026-12-10 23:59");

    const later = new Date("2026-12-11T04:00:00Z");
    await setAttendance(c.editor, { sessionId: next.id, userIds: [c.officerB.id], version: 1 }, later);
    expect(await trainingTodos(c.officerB, later)).toEqual([]);
    expect(await trainingTodos(c.editor, later)).toEqual([]);
    expect(filed.officerId).toBe(c.officerB.id);
  });
});

describe("改稿说明", () => {
  it("sends what the county changed to the author, who finds it in their training record", async () => {
    const d = await draftAt(c, "FORWARDED");
    await expect(sendTeachingNote(c.editor, { draftId: d.id, note: "标题要点出做法和成效" })).rejects.toMatchObject({ fieldErrors: { note: expect.stringContaining("还没有改动") } });
    await updateDraft(c.editor, { ...sampleFields("甲镇积分制管理让党员动起来"), id: d.id, version: await version(d.id) });
    const note = await sendTeachingNote(c.editor, { draftId: d.id, note: "标题要点出做法和成效" });
    expect(note).toMatchObject({ officerId: c.officerA.id, beforeTitle: "甲镇推行党员积分制管理", afterTitle: "甲镇积分制管理让党员动起来" });

    const bell = await db.notification.findFirstOrThrow({ where: { userId: c.officerA.id, kind: "TRAINING_NOTE" } });
    expect(bell).toMatchObject({ href: `/training/mine#note-${note.id}`, title: "研究室就“甲镇积分制管理让党员动起来”给您发来改稿说明" });
    const record = await personRecord(c.officerA, c.officerA.id);
    expect(record.notes.rows.map((n) => n.note)).toEqual(["标题要点出做法和成效"]);
    expect(await db.auditLog.count({ where: { action: "training.note", entityId: d.id } })).toBe(1);
    // The reviewer of the unit reads it; another unit's people and the author's peers do not.
    expect((await personRecord(c.reviewerA, c.officerA.id)).notes.total).toBe(1);
    await expect(personRecord(c.officerB, c.officerA.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(personRecord(c.reviewerB, c.officerA.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(sendTeachingNote(c.leader, { draftId: d.id, note: "领导不发改稿说明" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("training materials", () => {
  const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from("....[Content_Types].xml....word/document.xml....")]);
  const pdf = Buffer.from("%PDF-1.7\n1 0 obj\n");

  it("keeps a PDF or a Word file, shows it to the county and to those who attended, and removes it", async () => {
    const s = await session("2026-03-15");
    await attend(s.id, [c.officerA]);
    const m = await addMaterial(c.editor, s.id, { fileName: "课件.docx", bytes: docx });
    await addMaterial(c.editor, s.id, { fileName: "讲稿.pdf", bytes: pdf });
    expect(m.fileName).toBe("课件.docx");
    expect((await getMaterialFile(c.officerA, m.id)).contentType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect((await getMaterialFile(c.reviewerA, m.id)).fileName).toBe("课件.docx");
    expect((await getMaterialFile(c.leader, m.id)).size).toBe(docx.length);
    await expect(getMaterialFile(c.officerB, m.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getMaterialFile(c.reviewerB, m.id)).rejects.toBeInstanceOf(NotFoundError);
    await removeMaterial(c.editor, { id: m.id });
    await expect(getMaterialFile(c.editor, m.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.auditLog.count({ where: { entityId: s.id, action: { in: ["training.material_add", "training.material_remove"] } } })).toBe(3);
  });

  it("refuses a file that is not a PDF, Word or picture, an old .doc, an empty or oversized one, and stores nothing", async () => {
    const s = await session("2026-03-15");
    const refuse = (bytes: Buffer, message: string) => expect(addMaterial(c.editor, s.id, { fileName: "x", bytes })).rejects.toMatchObject({ fieldErrors: { material: message } });
    await refuse(Buffer.from("MZ\x90\x00 this is a program"), MATERIAL_MESSAGES.wrongType);
    await refuse(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from("xl/workbook.xml")]), MATERIAL_MESSAGES.wrongType);
    await refuse(Buffer.concat([docx, Buffer.from("word/vbaProject.bin")]), MATERIAL_MESSAGES.wrongType);
    await refuse(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), MATERIAL_MESSAGES.oldWord);
    await refuse(Buffer.alloc(0), MATERIAL_MESSAGES.empty);
    await refuse(Buffer.concat([pdf, Buffer.alloc(MATERIAL_MAX_BYTES)]), MATERIAL_MESSAGES.tooBig);
    expect(await db.trainingMaterial.count()).toBe(0);
    await expect(addMaterial(c.officerA, s.id, { fileName: "x.pdf", bytes: pdf })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addMaterial(c.editor, "00000000-0000-4000-8000-000000000000", { fileName: "x.pdf", bytes: pdf })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("传帮带", () => {
  it("pairs two people once at a time, tells them, and ends the pair no earlier than it began", async () => {
    const input = pairSchema.parse({ mentorId: c.officerC.id, menteeId: c.officerB.id, startedOn: "2026-09-01", note: "每周一起改一篇稿" });
    const pair = await addPair(c.editor, input);
    await expect(addPair(c.editor, input)).rejects.toMatchObject({ fieldErrors: { menteeId: "officer_c正在带officer_b，不用再结对" } });
    expect(await db.notification.count({ where: { kind: "TRAINING_PAIR" } })).toBe(2);
    await expect(addPair(c.editor, { ...input, mentorId: c.admin.id })).rejects.toMatchObject({ fieldErrors: { mentorId: "请从名单中选择带教人" } });
    await expect(endPair(c.editor, { id: pair.id, endedOn: "2026-08-01" })).rejects.toMatchObject({ fieldErrors: { endedOn: "结束日期不能早于开始日期（2026-09-01）" } });
    await endPair(c.editor, { id: pair.id, endedOn: "2026-11-01" });
    await expect(endPair(c.editor, { id: pair.id, endedOn: "2026-11-02" })).rejects.toBeInstanceOf(ConflictError);
    // Ended, the same two may be paired again; both see the pair in their record.
    await addPair(c.editor, input);
    expect((await personRecord(c.officerB, c.officerB.id)).pairs).toHaveLength(2);
    await expect(db.mentorPair.create({ data: { mentorId: c.officerA.id, menteeId: c.officerA.id, startedOn: new Date("2026-01-01"), createdById: c.editor.id } })).rejects.toThrow();
  });
});

describe("传帮带 in a chain", () => {
  it("keeps a county editor's pair with the county: the city neither lists nor ends it", async () => {
    const chain = await makeChain();
    const newcomer = await person("x_editor_new", chain.x.root.id, ["EDITOR"]);
    const pair = await addPair(chain.x.editor, pairSchema.parse({ mentorId: chain.x.editor.id, menteeId: newcomer.id, startedOn: "2026-09-01", note: "" }));
    expect((await listPairs(chain.city.editor, { page: 1 })).total).toBe(0);
    await expect(endPair(chain.city.editor, { id: pair.id, endedOn: "2026-10-01" })).rejects.toThrow(NotFoundError);
    expect((await listPairs(chain.x.editor, { page: 1 })).total).toBe(1);
    await endPair(chain.x.editor, { id: pair.id, endedOn: "2026-10-01" });
    // The county editor's training record is the county's too.
    await expect(personRecord(chain.city.editor, newcomer.id)).rejects.toThrow(NotFoundError);
    expect((await personRecord(chain.x.editor, newcomer.id)).person.id).toBe(newcomer.id);
  });
});
