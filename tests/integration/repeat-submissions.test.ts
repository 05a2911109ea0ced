import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction, type ActionOptions } from "@/lib/auth/action";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Actor } from "@/lib/authz/permissions";
import { recordScore } from "@/lib/scores/records";
import { scoreRecordSchema } from "@/lib/validation/score";
import { createCommission } from "@/lib/planning/commissions";
import { commissionSchema, topicSchema } from "@/lib/validation/commission";
import { createTopic } from "@/lib/planning/topics";
import { openUrgentCase } from "@/lib/urgent/cases";
import { openCaseSchema } from "@/lib/urgent/schemas";
import { createDraft } from "@/lib/drafts/create-draft";
import { createDraftSchema } from "@/lib/validation/draft";
import { shanghaiDate } from "@/lib/time";
import { z } from "zod";
import { makeCounty, sampleFields, type County } from "./fixtures";
import { asUser } from "./through-action";

let c: County;
beforeEach(async () => {
  c = await makeCounty();
});

const inTenDays = () => shanghaiDate(new Date(Date.now() + 10 * 86_400_000));

/** Five identical submissions at once, as a double click and three retries would send them. */
async function fiveAtOnce<S extends z.ZodType, R>(
  schema: S,
  run: (input: z.output<S>, user: CurrentUser) => Promise<R>,
  options: ActionOptions,
  raw: Record<string, unknown>,
  actor: Actor,
) {
  const requestKey = randomUUID();
  return Promise.all(Array.from({ length: 5 }, () => runAction(schema, run, options, { ...raw, requestKey }, asUser(actor))));
}

function expectOneOutcome(results: Array<{ ok: boolean; data?: unknown; repeated?: boolean }>) {
  expect(results.filter((r) => !r.ok)).toEqual([]);
  expect(results.filter((r) => !r.repeated)).toHaveLength(1);
  const first = results.find((r) => !r.repeated)!;
  for (const r of results) expect(r.data).toEqual(first.data);
}

describe("a create submitted five times at once happens once", () => {
  it("积分登记: one record, one ledger entry, and every repeat gets the first result", async () => {
    const raw = { kind: "UPPER_ADOPTION", level: "CITY", unitId: c.unitA.id, title: "甲镇经验", outlet: "《示例市组工信息》", issueNo: "第8期", occurredOn: "2026-11-10" };
    const results = await fiveAtOnce(scoreRecordSchema, async (input, u) => ({ id: (await recordScore(u, input)).id }), { once: "score.record" }, raw, c.editor);
    expectOneOutcome(results);
    expect(await db.scoreRecord.count()).toBe(1);
    expect(await db.scoreEntry.count()).toBe(1);
    // A new submission of the same form (a new key) is a new record, as the user meant.
    await runAction(scoreRecordSchema, (input, u) => recordScore(u, input), { once: "score.record" }, { ...raw, requestKey: randomUUID() }, asUser(c.editor));
    expect(await db.scoreRecord.count()).toBe(2);
  });

  it("约稿, 点题 and 紧急信息 likewise", async () => {
    const commission = { title: "抓党建促振兴", guidance: "写做法和成效。", wordLimit: "1500", kind: "EXPERIENCE", dueOn: inTenDays(), unitIds: [c.unitA.id] };
    expectOneOutcome(await fiveAtOnce(commissionSchema, async (i, u) => ({ id: (await createCommission(u, i)).id }), { once: "commission.create" }, commission, c.editor));
    expect(await db.commission.count()).toBe(1);

    const topic = { title: "写写党员中心户", guidance: "突出做法", assigneeId: c.officerA.id, dueOn: inTenDays() };
    expectOneOutcome(await fiveAtOnce(topicSchema, async (i, u) => ({ id: (await createTopic(u, i)).id }), { once: "topic.create" }, topic, c.reviewerA));
    expect(await db.topicAssignment.count()).toBe(1);

    const anHourAgo = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 16); // Shanghai wall time
    const urgent = { title: "暴雨转移群众", eventAt: anHourAgo };
    expectOneOutcome(await fiveAtOnce(openCaseSchema, async (i, u) => ({ id: (await openUrgentCase(u, i)).id }), { once: "urgent.open" }, urgent, c.officerA));
    expect(await db.urgentCase.count()).toBe(1);
  });

  it("a refused submission lets go of its key: the corrected form goes through with the same key", async () => {
    const requestKey = randomUUID();
    const raw = { kind: "UPPER_ADOPTION", level: "CITY", unitId: c.unitA.id, title: "甲镇经验", outlet: "市刊", issueNo: "1", occurredOn: "2026-11-10", requestKey };
    const run = (i: z.output<typeof scoreRecordSchema>, u: CurrentUser) => recordScore(u, i);
    expect(await runAction(scoreRecordSchema, run, { once: "score.record" }, raw, asUser(c.officerA))).toMatchObject({ ok: false });
    expect(await runAction(scoreRecordSchema, run, { once: "score.record" }, raw, asUser(c.editor))).toMatchObject({ ok: true });
    expect(await db.scoreRecord.count()).toBe(1);
  });

  it("a missing or foreign key is refused with a message", async () => {
    const raw = { kind: "UPPER_ADOPTION", level: "CITY", unitId: c.unitA.id, title: "甲镇经验", outlet: "市刊", issueNo: "1", occurredOn: "2026-11-10" };
    const run = (i: z.output<typeof scoreRecordSchema>, u: CurrentUser) => recordScore(u, i);
    expect(await runAction(scoreRecordSchema, run, { once: "score.record" }, raw, asUser(c.editor))).toMatchObject({ ok: false, error: expect.stringContaining("页面已过期") });
    const requestKey = randomUUID();
    await runAction(scoreRecordSchema, run, { once: "score.record" }, { ...raw, requestKey }, asUser(c.editor));
    // Another person cannot read the first result through the same key.
    expect(await runAction(scoreRecordSchema, run, { once: "score.record" }, { ...raw, requestKey }, asUser(c.leader))).toMatchObject({ ok: false });
  });

  it("the same new draft id sent ten times at once makes one draft and no error", async () => {
    const id = randomUUID();
    const raw = { ...sampleFields(), id };
    const results = await Promise.all(
      Array.from({ length: 10 }, () => runAction(createDraftSchema, async (i, u) => ({ id: (await createDraft(u, i)).id }), {}, raw, asUser(c.officerA))),
    );
    for (const r of results) if (!r.ok) expect(r.error).not.toMatch(/系统出错/);
    expect(results.filter((r) => r.ok).length).toBeGreaterThan(0);
    expect(await db.draft.count()).toBe(1);
  });
});

describe("bad input gets a message, never a system error", () => {
  const run = (i: z.output<typeof scoreRecordSchema>, u: CurrentUser) => recordScore(u, i);
  const base = { kind: "UPPER_ADOPTION", level: "CITY", unitId: "", title: "甲镇经验", outlet: "市刊", issueNo: "1", occurredOn: "2026-11-10" };

  it("strips NUL and half characters from text before it is stored", async () => {
    const r = await runAction(scoreRecordSchema, run, {}, { ...base, unitId: c.unitA.id, title: "甲镇\u0000经验\uD800好" }, asUser(c.editor));
    expect(r.ok).toBe(true);
    expect((await db.scoreRecord.findFirstOrThrow()).title).toBe("甲镇经验好");
  });

  it("a version beyond the database's integer is a message at the field", async () => {
    const { draftRefSchema } = await import("@/lib/validation/draft");
    const r = await runAction(draftRefSchema, async () => "never", {}, { id: randomUUID(), version: 2147483648 }, asUser(c.officerA));
    expect(r).toMatchObject({ ok: false, fieldErrors: { version: "请刷新页面后再试" } });
  });
});

/** The server action modules: actions/<domain>.ts, imported by pages and components alike. */
const ACTIONS = path.resolve(__dirname, "../../actions");
const actionFiles = () => fs.readdirSync(ACTIONS).filter((f) => f.endsWith(".ts"));

describe("server action files", () => {
  it("export only async functions and actions (anything else breaks every action in the file)", () => {
    const files = actionFiles();
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const source = fs.readFileSync(path.join(ACTIONS, f), "utf8");
      expect(source.startsWith('"use server"'), f).toBe(true);
      for (const m of source.matchAll(/^export (const|function|async function|class|type|interface|let) (\w+)(.*)$/gm)) {
        if (m[1] === "type" || m[1] === "interface" || m[1] === "async function") continue;
        expect(m[1] === "const" && m[3].includes("= action("), `${f}: ${m[2]}`).toBe(true);
      }
    }
  });
});

describe("every create action runs once per submission", () => {
  it("declares `once` on each action that creates a record", () => {
    const creates = [
      "createPlanAction", "createCommissionAction", "createUserAction", "createUnitAction", "openUrgentCaseAction",
      "logPhoneReportAction", "addPhoneReportAction", "createIssueAction", "recordScoreAction", "reverseRecordAction",
      "issueNoticeAction", "createTopicAction", "fileRosterChangeAction",
    ];
    const source = actionFiles().map((f) => fs.readFileSync(path.join(ACTIONS, f), "utf8")).join("\n");
    for (const name of creates) {
      const start = source.indexOf(`export const ${name} = action(`);
      expect(start, name).toBeGreaterThan(-1);
      const end = source.indexOf("\nexport const", start + 1);
      expect(source.slice(start, end === -1 ? undefined : end), name).toMatch(/\{ once: "[a-z.A-Z]+" \}/);
    }
  });
});
