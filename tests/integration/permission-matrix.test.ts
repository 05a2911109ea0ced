import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/permissions";
import type { DraftAction } from "@/lib/drafts/workflow";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { createDraft } from "@/lib/drafts/create-draft";
import { updateDraft } from "@/lib/drafts/update-draft";
import { moveDraft } from "@/lib/drafts/move-draft";
import { deleteDraft } from "@/lib/drafts/delete-draft";
import { listCountyDrafts, listUnitDrafts } from "@/lib/drafts/queries";
import { getDraftDetail } from "@/lib/drafts/detail";
import { createIssue } from "@/lib/bulletins/create-issue";
import { adoptDraft, unadoptDraft } from "@/lib/bulletins/adopt-draft";
import { reorderItems } from "@/lib/bulletins/compose";
import { db } from "@/lib/db";
import { publishIssue } from "@/lib/bulletins/publish-issue";
import { moveIssue } from "@/lib/bulletins/move-issue";
import { voidIssue } from "@/lib/bulletins/void-issue";
import { createSeries } from "@/lib/bulletins/series";
import { listArchive, listUnitPublishedItems } from "@/lib/bulletins/queries";
import { recordScore } from "@/lib/scores/records";
import { listLedger } from "@/lib/scores/ledger-rows";
import { getIssueDetail } from "@/lib/bulletins/queries";
import { getPeriodTable } from "@/lib/scores/period-table";
import { createUnit, setUnitActive } from "@/lib/admin/units";
import { createUser, resetPassword, setUserActive, setUserRoles } from "@/lib/admin/users";
import { exportAudit, listAudit } from "@/lib/audit/list-audit";
import { reportPlacement } from "@/lib/placements/report-placement";
import { movePlacement } from "@/lib/placements/move-placement";
import { getPlacementDetail } from "@/lib/placements/queries";
import { placementSchema } from "@/lib/validation/placement";
import { addWatchTerm, setWatchTermEnabled } from "@/lib/admin/watch-terms";
import { renderOnboardingWorkbook } from "@/lib/onboarding/template";
import { applyPeopleImport, previewPeopleImport } from "@/lib/onboarding/import-people";
import { exportPeopleWorkbook } from "@/lib/onboarding/export";
import { regenerateSlips } from "@/lib/onboarding/slips";
import { renderFiguresTemplate } from "@/lib/onboarding/figures-sheet";
import { applyFiguresImport, listFigureImports, previewFiguresImport } from "@/lib/onboarding/figures";
import { createSession, getSessionDetail, updateSession } from "@/lib/training/sessions";
import { setAttendance } from "@/lib/training/attendance";
import { addMaterial, getMaterialFile, removeMaterial } from "@/lib/training/materials";
import { addPair, endPair, listPairs } from "@/lib/training/pairs";
import { sendTeachingNote } from "@/lib/training/teaching-notes";
import { listTrainees, myTrainingRecord, personRecord } from "@/lib/training/people";
import { getPeopleTable, getPersonRecord } from "@/lib/scores/personal";
import { getShortlist, setShortlistRule } from "@/lib/scores/shortlist";
import { createPlan, getPlan, listPlans, planCoverage, publishPlan } from "@/lib/planning/plans";
import { cancelCommission, createCommission, getCommission, listCommissions, listUnitShares } from "@/lib/planning/commissions";
import { createTopic, getTopic, listTopics } from "@/lib/planning/topics";
import { getUnitQuotaProgress, listQuotaProgress, setQuota } from "@/lib/planning/quotas";
import { listRoster, rosterHistory } from "@/lib/planning/roster";
import { closeUrgentCase, logPhoneReport, openUrgentCase } from "@/lib/urgent/cases";
import { getCaseOrThrow, listCases } from "@/lib/urgent/queries";
import { reverseRecord } from "@/lib/scores/records";
import { previewNotice } from "@/lib/scores/notices";
import { commissionSchema } from "@/lib/validation/commission";
import { shanghaiDate } from "@/lib/time";
import { toLocalInput } from "@/lib/urgent/clock";
import { draftAt, makeCounty, sampleFields, version, type County } from "./fixtures";

/** ok: allowed; hidden: 404 as if missing; refused: 403 or 404, never done. */
type Outcome = "ok" | "hidden" | "refused";
type Who = "officerA" | "reviewerA" | "officerB" | "reviewerB" | "editor" | "leader" | "admin";
const WHO: Who[] = ["officerA", "reviewerA", "officerB", "reviewerB", "editor", "leader", "admin"];

type Stage = Parameters<typeof draftAt>[1];
type Case = { name: string; run: (c: County, actor: Actor) => Promise<unknown>; expect: Partial<Record<Who, Outcome>>; otherwise: Outcome };

/** A plain move on a fresh unit A draft at the given stage; anyone but the allowed sees it missing. */
function moveCase(name: string, stage: Stage, action: DraftAction, expect: Case["expect"], comment?: string): Case {
  return {
    name,
    run: async (c, a) => {
      const d = await draftAt(c, stage);
      return moveDraft(a, { id: d.id, version: d.version, action, comment, secrecyConfirmed: true });
    },
    expect,
    otherwise: "hidden",
  };
}

/** Saving new text on a fresh unit A draft at the given stage. */
function editCase(name: string, stage: Stage, title: string, expect: Case["expect"]): Case {
  return {
    name,
    run: async (c, a) => {
      const d = await draftAt(c, stage);
      return updateDraft(a, { ...sampleFields(title), id: d.id, version: d.version });
    },
    expect,
    otherwise: "hidden",
  };
}

let n = 0;
const uniq = () => `${++n}`;
const UNIT_ROLES_OK: Partial<Record<Who, Outcome>> = { officerA: "ok", reviewerA: "ok", officerB: "ok", reviewerB: "ok" };

/** A unit A 网评 report, reported (and confirmed when asked) by unit A's people. */
async function placementOfA(c: County, confirm: boolean) {
  const input = placementSchema.parse({ kind: "COMMENTARY", title: `甲镇网评${uniq()}`, medium: "学习强国", publishedOn: "2026-11-10", link: "https://www.xuexi.cn/a.html" });
  const p = await reportPlacement(c.officerA, input);
  return confirm ? movePlacement(c.reviewerA, { id: p.id, version: p.version, move: "CONFIRM" }) : p;
}

const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n");

/** A held session, recorded by the office (or by `actor`, to test who may record one). */
const trainingSession = (c: County, actor: Actor = c.editor) => createSession(actor, { heldOn: "2026-03-01", topic: `培训${uniq()}`, form: "LECTURE", trainer: "", notes: "" });

/** A material of a session unit A's officer attended. */
async function materialOfA(c: County) {
  const s = await trainingSession(c);
  await setAttendance(c.editor, { sessionId: s.id, userIds: [c.officerA.id], version: 1 });
  return addMaterial(c.editor, s.id, { fileName: "讲稿.pdf", bytes: PDF });
}

/** Unit B's reviewer mentors unit A's officer, any earlier pair of theirs ended first (one open pair at a time). */
async function freshPair(c: County) {
  await db.mentorPair.updateMany({ where: { mentorId: c.reviewerB.id, menteeId: c.officerA.id, endedOn: null }, data: { endedOn: new Date("2026-11-01") } });
  return { mentorId: c.reviewerB.id, menteeId: c.officerA.id, startedOn: "2026-10-01", note: "" };
}

const inDays = (n: number) => shanghaiDate(new Date(Date.now() + n * 86_400_000));
const COUNTY_READERS: Partial<Record<Who, Outcome>> = { editor: "ok", leader: "ok" };
/** Unit A's people and the county read unit A's record; unit B's people find it missing; the administrator may not read it at all. */
const A_AND_COUNTY: Partial<Record<Who, Outcome>> = { officerA: "ok", reviewerA: "ok", ...COUNTY_READERS, admin: "refused" };

/** A published plan with one topic for the whole county. */
async function publishedPlan(c: County) {
  const plan = await createPlan(c.editor, { title: `计划${uniq()}`, period: "2026-11", intro: "", topics: [{ title: "乡村振兴", guidance: "", kind: null, unitIds: [] }] });
  return publishPlan(c.editor, { id: plan.id, version: plan.version });
}

/** A 约稿 sent to unit A only. */
const commissionForA = (c: County, actor: Actor = c.editor) =>
  createCommission(actor, commissionSchema.parse({ title: `约稿${uniq()}`, guidance: "", wordLimit: "", kind: "", dueOn: inDays(10), unitIds: [c.unitA.id] }));

/** A 点题 from unit A's reviewer to unit A's officer. */
const topicForOfficerA = (c: County) => createTopic(c.reviewerA, { title: `点题${uniq()}`, guidance: "", assigneeId: c.officerA.id, dueOn: inDays(5) });

/** An urgent case unit A's officer opened. */
const urgentOfA = (c: County) => openUrgentCase(c.officerA, { title: `紧急${uniq()}`, eventAt: toLocalInput(new Date(Date.now() - 30 * 60_000)) });

/** An upper-level adoption the office recorded for unit A. */
const recordForA = (c: County) =>
  recordScore(c.editor, { kind: "UPPER_ADOPTION", level: "CITY", unitId: c.unitA.id, title: `甲镇经验${uniq()}`, outlet: "市刊", issueNo: "", leader: "", content: "", occurredOn: "2026-11-10" });

const CASES: Case[] = [
  { name: "create a draft", run: (_c, a) => createDraft(a, sampleFields()), expect: { officerA: "ok", officerB: "ok" }, otherwise: "refused" },
  editCase("edit unit A's draft", "DRAFT", "改", { officerA: "ok", reviewerA: "refused" }),
  {
    name: "delete unit A's draft never submitted",
    run: async (c, a) => {
      const d = await draftAt(c, "DRAFT");
      return deleteDraft(a, { id: d.id, version: d.version });
    },
    expect: { officerA: "ok", reviewerA: "refused" },
    otherwise: "hidden",
  },
  moveCase("submit unit A's draft", "DRAFT", "SUBMIT", { officerA: "ok", reviewerA: "refused" }),
  moveCase("forward unit A's draft", "SUBMITTED", "APPROVE", { reviewerA: "ok", officerA: "refused" }),
  moveCase("return unit A's draft as reviewer", "SUBMITTED", "REVIEWER_RETURN", { reviewerA: "ok", officerA: "refused" }, "请修改"),
  moveCase("decline a forwarded draft", "FORWARDED", "DECLINE", { editor: "ok", officerA: "refused", reviewerA: "refused", leader: "refused" }, "不用"),
  editCase("edit a forwarded draft as the county", "FORWARDED", "县里改", { editor: "ok", officerA: "refused", reviewerA: "refused", leader: "refused" }),
  {
    name: "adopt a forwarded draft",
    run: async (c, a) => {
      const d = await draftAt(c, "FORWARDED");
      const issue = await createIssue(c.editor, { seriesId: c.series.id });
      return adoptDraft(a, { id: d.id, version: d.version, issueId: issue.id });
    },
    expect: { editor: "ok" },
    otherwise: "refused",
  },
  moveCase("withdraw unit A's submitted draft", "SUBMITTED", "WITHDRAW", { officerA: "ok", reviewerA: "refused" }),
  editCase("edit unit A's draft under review", "SUBMITTED", "委员改", { reviewerA: "ok", officerA: "refused" }),
  moveCase("claim a forwarded draft", "FORWARDED", "CLAIM", { editor: "ok", officerA: "refused", reviewerA: "refused", leader: "refused" }),
  moveCase("return a forwarded draft from the county", "FORWARDED", "EDITOR_RETURN", { editor: "ok", officerA: "refused", reviewerA: "refused", leader: "refused" }, "请补充"),
  {
    name: "take a draft out of an issue",
    run: async (c, a) => {
      const issue = await createIssue(c.editor, { seriesId: c.series.id });
      const d = await draftAt(c, "ADOPTED", undefined, undefined, issue.id);
      return unadoptDraft(a, { id: d.id, version: d.version });
    },
    expect: { editor: "ok" },
    otherwise: "refused",
  },
  {
    name: "reorder an issue",
    run: async (c, a) => {
      const issue = await createIssue(c.editor, { seriesId: c.series.id });
      await draftAt(c, "ADOPTED", undefined, undefined, issue.id);
      await draftAt(c, "ADOPTED", undefined, undefined, issue.id);
      const items = await db.issueItem.findMany({ where: { issueId: issue.id }, orderBy: { position: "asc" } });
      const { version } = await db.bulletinIssue.findUniqueOrThrow({ where: { id: issue.id } });
      return reorderItems(a, { issueId: issue.id, version, itemIds: items.map((i) => i.id).reverse() });
    },
    expect: { editor: "ok" },
    otherwise: "refused",
  },
  { name: "open an issue", run: (c, a) => createIssue(a, { seriesId: c.series.id }), expect: { editor: "ok" }, otherwise: "refused" },
  {
    name: "publish an issue",
    run: async (c, a) => {
      const issue = await createIssue(c.editor, { seriesId: c.series.id });
      await draftAt(c, "ADOPTED", undefined, undefined, issue.id);
      return publishIssue(a, { issueId: issue.id });
    },
    expect: { editor: "ok" },
    otherwise: "refused",
  },
  {
    name: "read a unit A draft before it reached the county",
    run: async (c, a) => getDraftDetail(a, (await draftAt(c, "SUBMITTED")).id),
    expect: { officerA: "ok", reviewerA: "ok" },
    otherwise: "hidden",
  },
  {
    name: "read a unit A draft that reached the county",
    run: async (c, a) => getDraftDetail(a, (await draftAt(c, "FORWARDED")).id),
    expect: { officerA: "ok", reviewerA: "ok", editor: "ok", leader: "ok" },
    otherwise: "hidden",
  },
  {
    name: "read an issue being composed",
    run: async (c, a) => getIssueDetail(a, (await createIssue(c.editor, { seriesId: c.series.id })).id),
    expect: { editor: "ok" },
    otherwise: "hidden",
  },
  {
    name: "sign off an issue (签发)",
    run: async (c, a) => {
      const series = await db.series.create({ data: { name: `须签发${uniq()}`, mastheadTitle: "组工信息", issuingBody: "测试", requiresSignOff: true, nodeId: c.root.id } });
      const issue = await createIssue(c.editor, { seriesId: series.id });
      await draftAt(c, "ADOPTED", undefined, undefined, issue.id);
      await moveIssue(c.editor, { issueId: issue.id, version: issue.version + 1, move: "SEND_FOR_SIGNOFF" });
      return moveIssue(a, { issueId: issue.id, version: issue.version + 2, move: "SIGN" });
    },
    expect: { leader: "ok" },
    otherwise: "refused",
  },
  {
    name: "void a published issue (作废)",
    run: async (c, a) => {
      const issue = await createIssue(c.editor, { seriesId: c.series.id });
      await draftAt(c, "ADOPTED", undefined, undefined, issue.id);
      await publishIssue(c.editor, { issueId: issue.id });
      return voidIssue(a, { issueId: issue.id, reason: "印错了" });
    },
    expect: { editor: "ok" },
    otherwise: "refused",
  },
  {
    name: "set up a series (刊物设置)",
    run: (c, a) =>
      createSeries(a, {
        name: `新刊物${uniq()}`,
        mastheadTitle: "组工信息",
        issuingBody: c.root.name,
        showTotalNumber: true,
        requiresSignOff: true,
        distributionReport: "",
        distributionSend: "",
        distributionIssue: "",
        printCount: null,
        active: true,
      }),
    expect: { editor: "ok", admin: "ok" },
    otherwise: "refused",
  },
  {
    name: "record an upper-level adoption (登记)",
    run: (c, a) => recordScore(a, { kind: "UPPER_ADOPTION", level: "CITY", unitId: c.unitA.id, title: "甲镇经验", outlet: "市刊", issueNo: "", leader: "", content: "", occurredOn: "2026-11-10" }),
    expect: { editor: "ok" },
    otherwise: "refused",
  },
  {
    name: "record a leader instruction (批示)",
    run: (c, a) => recordScore(a, { kind: "INSTRUCTION", level: "COUNTY", unitId: c.unitA.id, title: "甲镇经验", outlet: "", issueNo: "", leader: "县委书记", content: "很好", occurredOn: "2026-11-10" }),
    expect: { editor: "ok", leader: "ok" },
    otherwise: "refused",
  },
  { name: "reverse a record (冲销)", run: async (c, a) => reverseRecord(a, { id: (await recordForA(c)).id, reason: "登错了" }), expect: { editor: "ok" }, otherwise: "refused" },
  { name: "preview a 通报", run: (_c, a) => previewNotice(a, { period: { kind: "MONTH", year: 2026, index: 10 } }), expect: { editor: "ok" }, otherwise: "refused" },
  // 信息计划: the office writes and publishes; everyone reads the plans meant for them.
  { name: "write a plan", run: (c, a) => createPlan(a, { title: `计划${uniq()}`, period: "2026-11", intro: "", topics: [{ title: "党建", guidance: "", kind: null, unitIds: [c.unitA.id] }] }), expect: { editor: "ok" }, otherwise: "refused" },
  { name: "list the plans", run: (_c, a) => listPlans(a, { page: 1 }), expect: { ...UNIT_ROLES_OK, ...COUNTY_READERS }, otherwise: "refused" },
  { name: "read a published plan", run: async (c, a) => getPlan(a, (await publishedPlan(c)).id), expect: { ...UNIT_ROLES_OK, ...COUNTY_READERS }, otherwise: "refused" },
  { name: "read a plan's coverage (who answered)", run: async (c, a) => planCoverage(a, (await publishedPlan(c)).id), expect: COUNTY_READERS, otherwise: "refused" },
  // 约稿: the office sends and cancels; a unit reads its own share.
  { name: "send a 约稿", run: (c, a) => commissionForA(c, a), expect: { editor: "ok" }, otherwise: "refused" },
  { name: "cancel a 约稿", run: async (c, a) => cancelCommission(a, { id: (await commissionForA(c)).id, reason: "题目调整" }), expect: { editor: "ok" }, otherwise: "refused" },
  { name: "list every unit's 约稿", run: (_c, a) => listCommissions(a, { page: 1 }), expect: COUNTY_READERS, otherwise: "refused" },
  // The county's own unit has no share: its list is empty, not refused.
  { name: "list the unit's 约稿", run: (_c, a) => listUnitShares(a, { page: 1 }), expect: { ...UNIT_ROLES_OK, ...COUNTY_READERS }, otherwise: "refused" },
  { name: "read a 约稿 sent to unit A", run: async (c, a) => getCommission(a, (await commissionForA(c)).id), expect: A_AND_COUNTY, otherwise: "hidden" },
  // 点题: the officer sees the topics given to them, the reviewer the unit's, the county all.
  {
    name: "give a 点题 to an officer of the own unit",
    run: (c, a) => createTopic(a, { title: `点题${uniq()}`, guidance: "", assigneeId: (a.unitId === c.unitB.id ? c.officerB : c.officerA).id, dueOn: inDays(5) }),
    expect: { reviewerA: "ok", reviewerB: "ok" },
    otherwise: "refused",
  },
  { name: "list 点题", run: (_c, a) => listTopics(a, { page: 1 }), expect: { ...UNIT_ROLES_OK, ...COUNTY_READERS }, otherwise: "refused" },
  { name: "read a 点题 given to unit A's officer", run: async (c, a) => getTopic(a, (await topicForOfficerA(c)).id), expect: A_AND_COUNTY, otherwise: "hidden" },
  {
    name: "read a 点题 given to a colleague of unit A's officer",
    run: async (c, a) => {
      const colleague = await db.user.create({ data: { username: `officer_a_${uniq()}`, name: "甲镇二号", unitId: c.unitA.id, roles: ["OFFICER"], passwordHash: "x" } });
      const t = await createTopic(c.reviewerA, { title: `点题${uniq()}`, guidance: "", assigneeId: colleague.id, dueOn: inDays(5) });
      return getTopic(a, t.id);
    },
    expect: { reviewerA: "ok", ...COUNTY_READERS, admin: "refused" },
    otherwise: "hidden",
  },
  // 报送任务
  { name: "set a unit's 报送任务", run: (c, a) => setQuota(a, { unitId: c.unitA.id, year: 2026, monthlyMin: 2, flagshipTarget: 3, adoptedTarget: 10 }), expect: { editor: "ok" }, otherwise: "refused" },
  { name: "list every unit's 报送任务", run: (_c, a) => listQuotaProgress(a, { year: 2026, page: 1 }), expect: COUNTY_READERS, otherwise: "refused" },
  { name: "read unit A's 报送任务", run: (c, a) => getUnitQuotaProgress(a, c.unitA.id, 2026), expect: A_AND_COUNTY, otherwise: "hidden" },
  // 信息员名册
  { name: "list the county's 信息员名册", run: (_c, a) => listRoster(a, { page: 1 }), expect: COUNTY_READERS, otherwise: "refused" },
  { name: "read unit A's 备案 history", run: (c, a) => rosterHistory(a, c.unitA.id), expect: A_AND_COUNTY, otherwise: "hidden" },
  // 紧急信息
  { name: "list 紧急信息", run: (_c, a) => listCases(a, { page: 1 }), expect: { ...UNIT_ROLES_OK, ...COUNTY_READERS }, otherwise: "refused" },
  { name: "read unit A's 紧急信息", run: async (c, a) => getCaseOrThrow(a, (await urgentOfA(c)).id), expect: A_AND_COUNTY, otherwise: "hidden" },
  {
    name: "log a phone report (电话报告)",
    run: (c, a) => {
      const at = toLocalInput(new Date(Date.now() - 30 * 60_000));
      return logPhoneReport(a, { unitId: c.unitA.id, title: `电话${uniq()}`, eventAt: at, reporter: "张三", reportedAt: at, summary: "情况" });
    },
    expect: { editor: "ok" },
    otherwise: "refused",
  },
  { name: "close a 紧急信息 (办结)", run: async (c, a) => closeUrgentCase(a, { id: (await urgentOfA(c)).id }), expect: { editor: "ok" }, otherwise: "refused" },
  {
    name: "report a placement or 网评 (报送)",
    run: (_c, a) => reportPlacement(a, placementSchema.parse({ kind: "COMMENTARY", title: `网评${uniq()}`, medium: "学习强国", publishedOn: "2026-11-10", link: "https://www.xuexi.cn/b.html" })),
    expect: { officerA: "ok", reviewerA: "ok", officerB: "ok", reviewerB: "ok" },
    otherwise: "refused",
  },
  {
    name: "confirm unit A's placement report",
    run: async (c, a) => {
      const p = await placementOfA(c, false);
      return movePlacement(a, { id: p.id, version: p.version, move: "CONFIRM" });
    },
    expect: { reviewerA: "ok", officerA: "refused" },
    otherwise: "hidden",
  },
  {
    name: "verify unit A's confirmed placement report (记分)",
    run: async (c, a) => {
      const p = await placementOfA(c, true);
      return movePlacement(a, { id: p.id, version: p.version, move: "VERIFY" });
    },
    // The leader reads confirmed reports (placement.read) but does not verify them: told so, not 404.
    expect: { editor: "ok", officerA: "refused", reviewerA: "refused", leader: "refused" },
    otherwise: "hidden",
  },
  {
    name: "read unit A's confirmed placement report",
    run: async (c, a) => getPlacementDetail(a, (await placementOfA(c, true)).id),
    expect: { officerA: "ok", reviewerA: "ok", editor: "ok", leader: "ok" },
    otherwise: "hidden",
  },
  { name: "switch a watch-list entry (留意表述)", run: (_c, a) => setWatchTermEnabled(a, { term: "村长", enabled: true }), expect: { admin: "ok" }, otherwise: "refused" },
  { name: "add a watch-list entry", run: (_c, a) => addWatchTerm(a, { term: `提法${uniq()}`, why: "本县要求", suggestion: "" }), expect: { admin: "ok" }, otherwise: "refused" },
  { name: "read the score ledger", run: (_c, a) => listLedger(a, { year: 2026, page: 1 }), expect: { editor: "ok", leader: "ok" }, otherwise: "refused" },
  { name: "search the issue archive", run: (_c, a) => listArchive(a, { page: 1, q: "党建" }), otherwise: "ok", expect: {} },
  // 本单位刊发 and 本单位稿件 are the units' pages: the county reads the archive and the county pool.
  { name: "list the unit's published items", run: (_c, a) => listUnitPublishedItems(a, { page: 1 }), expect: UNIT_ROLES_OK, otherwise: "refused" },
  { name: "list the unit's drafts", run: (_c, a) => listUnitDrafts(a, { page: 1 }), expect: UNIT_ROLES_OK, otherwise: "refused" },
  { name: "list the county pool", run: (_c, a) => listCountyDrafts(a, { page: 1 }), expect: { editor: "ok", leader: "ok" }, otherwise: "refused" },
  { name: "read the score table", run: (_c, a) => getPeriodTable(a, { kind: "YEAR", year: 2026, index: 1 }), expect: { editor: "ok", leader: "ok" }, otherwise: "refused" },
  { name: "create a unit", run: (_c, a) => createUnit(a, { name: `新单位${uniq()}`, kind: "TOWNSHIP" }), expect: { admin: "ok" }, otherwise: "refused" },
  {
    name: "create an account",
    run: (c, a) => createUser(a, { username: `new_${uniq()}`, name: "新人", unitId: c.unitA.id, roles: ["OFFICER"], phone: "", password: "Passw0rd1" }),
    expect: { admin: "ok" },
    otherwise: "refused",
  },
  { name: "change an account's roles", run: (c, a) => setUserRoles(a, { userId: c.officerB.id, roles: ["OFFICER"] }), expect: { admin: "ok" }, otherwise: "refused" },
  { name: "reset a password", run: (c, a) => resetPassword(a, { userId: c.reviewerB.id, password: "Passw0rd9" }), expect: { admin: "ok" }, otherwise: "refused" },
  { name: "disable a unit", run: (c, a) => setUnitActive(a, { id: c.agency.id, active: true }), expect: { admin: "ok" }, otherwise: "refused" },
  { name: "disable an account", run: (c, a) => setUserActive(a, { id: c.officerB.id, active: true }), expect: { admin: "ok" }, otherwise: "refused" },
  {
    name: "import units and people (preview and apply)",
    run: async (_c, a) => {
      const bytes = await renderOnboardingWorkbook({ units: [], people: [] });
      const plan = await previewPeopleImport(a, { fileName: "名单.xlsx", bytes });
      return applyPeopleImport(a, { fileName: "名单.xlsx", bytes, digest: plan.digest });
    },
    expect: { admin: "ok" },
    otherwise: "refused",
  },
  { name: "export units and people", run: (_c, a) => exportPeopleWorkbook(a), expect: { admin: "ok" }, otherwise: "refused" },
  { name: "regenerate a unit's 账号通知单", run: (c, a) => regenerateSlips(a, { unitId: c.agency.id }), expect: { admin: "ok" }, otherwise: "refused" },
  {
    name: "import last years' figures (往年数字)",
    run: async (_c, a) => {
      const bytes = await renderFiguresTemplate();
      const preview = await previewFiguresImport(a, { fileName: "往年.xlsx", bytes });
      return applyFiguresImport(a, { fileName: "往年.xlsx", bytes, digest: preview.digest });
    },
    expect: { editor: "ok" },
    otherwise: "refused",
  },
  { name: "list 往年数字 imports", run: (_c, a) => listFigureImports(a, { page: 1 }), expect: { editor: "ok" }, otherwise: "refused" },
  // 个人积分: the officer their own record, the reviewer the unit's people, the office and leaders everyone.
  { name: "list 个人积分", run: (_c, a) => getPeopleTable(a, { kind: "YEAR", year: 2026, index: 1 }, { page: 1 }), expect: { ...UNIT_ROLES_OK, editor: "ok", leader: "ok" }, otherwise: "refused" },
  {
    name: "read unit A officer's 个人积分",
    run: (c, a) => getPersonRecord(a, c.officerA.id, { kind: "YEAR", year: 2026, index: 1 }),
    expect: { officerA: "ok", reviewerA: "ok", editor: "ok", leader: "ok" },
    otherwise: "hidden",
  },
  {
    name: "read unit A reviewer's 个人积分 (a colleague's, for the officer)",
    run: (c, a) => getPersonRecord(a, c.reviewerA.id, { kind: "YEAR", year: 2026, index: 1 }),
    expect: { reviewerA: "ok", editor: "ok", leader: "ok" },
    otherwise: "hidden",
  },
  { name: "read the 先进个人 shortlist", run: (_c, a) => getShortlist(a, 2026), expect: { editor: "ok", leader: "ok" }, otherwise: "refused" },
  { name: "set the 先进个人 conditions", run: (_c, a) => setShortlistRule(a, { year: 2026, topN: 3, minAdopted: 2, excludeSecrecy: true }), expect: { editor: "ok" }, otherwise: "refused" },
  { name: "read the 操作日志", run: (_c, a) => listAudit(a, { page: 1 }), expect: { admin: "ok" }, otherwise: "refused" },
  { name: "export the 操作日志", run: (_c, a) => exportAudit(a, { kind: "auth" }), expect: { admin: "ok" }, otherwise: "refused" },
  // 培训: the office manages; records are read by their person, the unit's reviewer, the office and leaders.
  { name: "record a training session", run: (c, a) => trainingSession(c, a), expect: { editor: "ok" }, otherwise: "refused" },
  {
    name: "edit a training session",
    run: async (c, a) => updateSession(a, { heldOn: "2026-03-01", topic: `改${uniq()}`, form: "MEETING", trainer: "", notes: "", id: (await trainingSession(c)).id, version: 1 }),
    expect: { editor: "ok" },
    otherwise: "refused",
  },
  {
    name: "tick a session's attendance",
    run: async (c, a) => setAttendance(a, { sessionId: (await trainingSession(c)).id, userIds: [c.officerA.id, c.officerB.id], version: 1 }),
    expect: { editor: "ok" },
    otherwise: "refused",
  },
  { name: "upload a training material", run: async (c, a) => addMaterial(a, (await trainingSession(c)).id, { fileName: "讲稿.pdf", bytes: PDF }), expect: { editor: "ok" }, otherwise: "refused" },
  { name: "remove a training material", run: async (c, a) => removeMaterial(a, { id: (await materialOfA(c)).id }), expect: { editor: "ok" }, otherwise: "refused" },
  { name: "open a training session", run: async (c, a) => getSessionDetail(a, (await trainingSession(c)).id), expect: { editor: "ok", leader: "ok" }, otherwise: "refused" },
  {
    name: "download a material of a session unit A's officer attended",
    run: async (c, a) => getMaterialFile(a, (await materialOfA(c)).id),
    expect: { officerA: "ok", reviewerA: "ok", editor: "ok", leader: "ok" },
    otherwise: "hidden",
  },
  { name: "pair two people (传帮带)", run: async (c, a) => addPair(a, await freshPair(c)), expect: { editor: "ok" }, otherwise: "refused" },
  {
    name: "end a 传帮带 pair",
    run: async (c, a) => endPair(a, { id: (await addPair(c.editor, await freshPair(c))).id, endedOn: "2026-11-01" }),
    expect: { editor: "ok" },
    otherwise: "refused",
  },
  { name: "list 传帮带 pairs", run: (_c, a) => listPairs(a, { page: 1 }), expect: { editor: "ok", leader: "ok" }, otherwise: "refused" },
  {
    name: "send a 改稿说明 on a draft the county changed",
    run: async (c, a) => {
      const d = await draftAt(c, "FORWARDED");
      await updateDraft(c.editor, { ...sampleFields(`县里改的标题${uniq()}`), id: d.id, version: await version(d.id) });
      return sendTeachingNote(a, { draftId: d.id, note: "标题要点出成效" });
    },
    expect: { editor: "ok" },
    otherwise: "refused",
  },
  { name: "read unit A's officer's training record", run: (c, a) => personRecord(a, c.officerA.id), expect: { officerA: "ok", reviewerA: "ok", editor: "ok", leader: "ok" }, otherwise: "hidden" },
  { name: "read 我的培训", run: (_c, a) => myTrainingRecord(a), expect: UNIT_ROLES_OK, otherwise: "refused" },
  {
    name: "list the people with no training this year",
    run: (_c, a) => listTrainees(a, { page: 1, untrainedOnly: true }),
    expect: { reviewerA: "ok", reviewerB: "ok", editor: "ok", leader: "ok" },
    otherwise: "refused",
  },
];

let c: County;
beforeAll(async () => {
  c = await makeCounty();
});

describe("permission matrix: every role against every use case", () => {
  for (const kase of CASES) {
    for (const who of WHO) {
      const outcome = kase.expect[who] ?? kase.otherwise;
      it(`${kase.name}: ${who} -> ${outcome}`, async () => {
        const attempt = kase.run(c, c[who]);
        if (outcome === "ok") await attempt;
        else if (outcome === "hidden") await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
        else await expect(attempt).rejects.toSatisfy((e) => e instanceof ForbiddenError || e instanceof NotFoundError);
      });
    }
  }
});
