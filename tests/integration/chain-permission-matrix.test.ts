/**
 * The permission matrix across a chain: 测试市 and its two counties 甲县 (x) and 乙县 (y), every
 * role at every level against the records of its own node, of the sibling county and of the
 * level above or below. Another node's record answers 404 exactly like a missing one; a record
 * the actor sees but may not act on answers 403; the city sees a township's drafts only as sent
 * up; a node composes, signs and publishes only its own series; published issues are read down
 * the tree, and by the offices and leaders above, with the rankings below, read-only.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/permissions";
import { DomainError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { createDraft } from "@/lib/drafts/create-draft";
import { moveDraft } from "@/lib/drafts/move-draft";
import { sendUp } from "@/lib/drafts/send-up";
import { listCountyDrafts } from "@/lib/drafts/queries";
import { getDraftDetail } from "@/lib/drafts/detail";
import { createSeries } from "@/lib/bulletins/series";
import { createIssue } from "@/lib/bulletins/create-issue";
import { adoptDraft } from "@/lib/bulletins/adopt-draft";
import { publishIssue } from "@/lib/bulletins/publish-issue";
import { moveIssue } from "@/lib/bulletins/move-issue";
import { voidIssue } from "@/lib/bulletins/void-issue";
import { getIssueDetail, listArchive, listWorkingIssues } from "@/lib/bulletins/queries";
import { getPeriodTable } from "@/lib/scores/period-table";
import { listLedger } from "@/lib/scores/ledger-rows";
import { createUnit, setUnitActive } from "@/lib/admin/units";
import { createUser, listUsers, setUserActive } from "@/lib/admin/users";
import { createPlan, getPlan, publishPlan } from "@/lib/planning/plans";
import { createCommission, getCommission } from "@/lib/planning/commissions";
import { commissionSchema } from "@/lib/validation/commission";
import { shanghaiDate, shanghaiYear } from "@/lib/time";
import { db } from "@/lib/db";
import { makeChain, seriesSettings, type Chain } from "./chain-fixtures";
import { person, sampleFields, version } from "./fixtures";

/** ok: done (and checked); absent: a list answers without the record; hidden: 404 as if missing; forbidden: 403. */
type Outcome = "ok" | "absent" | "hidden" | "forbidden";
const WHO = ["x.officer", "x.reviewer", "x.editor", "x.leader", "x.admin", "y.editor", "city.editor", "city.leader", "city.admin", "city.agencyOfficer"] as const;
type Who = (typeof WHO)[number];

type Case = {
  name: string;
  /** `fresh`: the cell expects success, so it works on records of its own, the shared ones staying as they are. */
  run: (a: Actor, fresh: boolean) => Promise<unknown>;
  expect: Partial<Record<Who, Outcome>>;
  otherwise: Outcome;
  /** What a successful cell checks of the result (lists: whether the record is on it). */
  ok: (result: unknown) => void;
  /** The error a missing record gets from this use case, when not a 404. */
  hiddenAs?: new (...args: never[]) => DomainError;
  /** Cells where the code disagrees with the rule (written as the rule says): why. */
  fails?: Partial<Record<Who, string>>;
};

let c: Chain;
let cityReviewer: Actor;
let n = 0;
const uniq = () => `${++n}`;
const YEAR = { kind: "YEAR" as const, year: shanghaiYear(new Date()), index: 1 };

type Desk = { officer: Actor; reviewer: Actor; editor: Actor };
const cityDesk = (): Desk => ({ officer: c.city.agencyOfficer, reviewer: cityReviewer, editor: c.city.editor });

const issueVersion = async (id: string) => (await db.bulletinIssue.findUniqueOrThrow({ where: { id } })).version;

/** A draft written and submitted by the desk's unit: at the unit's reviewer, not yet reported. */
async function submitted(d: Desk) {
  const draft = await createDraft(d.officer, sampleFields(`稿件${uniq()}号`));
  await moveDraft(d.officer, { id: draft.id, version: await version(draft.id), action: "SUBMIT", secrecyConfirmed: true });
  return draft.id;
}

/** A draft forwarded to the desk's pool by the unit's reviewer. */
async function forwarded(d: Desk) {
  const id = await submitted(d);
  await moveDraft(d.reviewer, { id, version: await version(id), action: "APPROVE" });
  return id;
}

/** A forwarded draft the desk adopted, into an issue when given. */
async function adopted(d: Desk, issueId?: string) {
  const id = await forwarded(d);
  await adoptDraft(d.editor, { id, version: await version(id), issueId });
  return id;
}

/** A 甲县 township draft adopted by 甲县 and sent up: the upper draft in the city's pool. */
async function sentUp() {
  const id = await adopted(c.x);
  return (await sendUp(c.x.editor, { id, version: await version(id) })).id;
}

/** An issue of the series with one item (the draft given, or a fresh one of the desk). */
async function issueOf(d: Desk, seriesId: string, draftId?: string) {
  const issue = await createIssue(d.editor, { seriesId });
  if (draftId) await adoptDraft(d.editor, { id: draftId, version: await version(draftId), issueId: issue.id });
  else await adopted(d, issue.id);
  return issue.id;
}

async function publishedIssue(d: Desk, seriesId: string, draftId?: string) {
  const id = await issueOf(d, seriesId, draftId);
  await publishIssue(d.editor, { issueId: id, version: await issueVersion(id) });
  return id;
}

/** An issue of a series that needs 签发, sent to the node's leaders. */
async function pendingIssue(d: Desk, seriesId: string) {
  const id = await issueOf(d, seriesId);
  await moveIssue(d.editor, { issueId: id, version: await issueVersion(id), move: "SEND_FOR_SIGNOFF" });
  return id;
}

const series = { city: "", citySigned: "", x: "", xSigned: "", y: "" };
/** The records every refused cell works on, built once. */
const R = {
  xSubmitted: "",
  xForwarded: "",
  yForwarded: "",
  cityForwarded: "",
  xAdopted: "",
  upper: "",
  upperOrigin: "",
  xComposing: "",
  xPublished: "",
  xPending: "",
  yPublished: "",
  cityComposing: "",
  cityPublished: "",
  cityPending: "",
  xPlan: "",
  xCommission: "",
  cityPlan: "",
  cityCommission: "",
};

beforeAll(async () => {
  c = await makeChain();
  cityReviewer = await person("city_agency_reviewer", c.city.agency.id, ["REVIEWER"]);
  series.city = (await createSeries(c.city.admin, seriesSettings("测试市组工信息"))).id;
  series.citySigned = (await createSeries(c.city.admin, seriesSettings("测试市组工信息·专报", true))).id;
  series.x = (await createSeries(c.x.admin, seriesSettings("甲县组工信息"))).id;
  series.xSigned = (await createSeries(c.x.admin, seriesSettings("甲县组工信息·专报", true))).id;
  series.y = (await createSeries(c.y.admin, seriesSettings("乙县组工信息"))).id;

  R.xSubmitted = await submitted(c.x);
  R.xForwarded = await forwarded(c.x);
  R.yForwarded = await forwarded(c.y);
  R.cityForwarded = await forwarded(cityDesk());
  R.xAdopted = await adopted(c.x);
  R.upper = await sentUp();
  R.upperOrigin = (await db.draft.findUniqueOrThrow({ where: { id: R.upper } })).sentUpFromId!;
  R.xComposing = await issueOf(c.x, series.x);
  R.xPublished = await publishedIssue(c.x, series.x);
  R.xPending = await pendingIssue(c.x, series.xSigned);
  R.yPublished = await publishedIssue(c.y, series.y);
  R.cityComposing = await issueOf(cityDesk(), series.city);
  // The city publishes what 甲县 sent up: 甲县's department scores in the city's ledger.
  R.cityPublished = await publishedIssue(cityDesk(), series.city, await sentUp());
  R.cityPending = await pendingIssue(cityDesk(), series.citySigned);

  const plan = await createPlan(c.x.editor, { title: "甲县信息计划", period: "2026-11", intro: "", topics: [{ title: "乡村振兴", guidance: "", kind: null, unitIds: [] }] });
  R.xPlan = (await publishPlan(c.x.editor, { id: plan.id, version: plan.version })).id;
  const cityPlan = await createPlan(c.city.editor, { title: "测试市信息计划", period: "2026-11", intro: "", topics: [{ title: "基层治理", guidance: "", kind: null, unitIds: [] }] });
  R.cityPlan = (await publishPlan(c.city.editor, { id: cityPlan.id, version: cityPlan.version })).id;
  const dueOn = shanghaiDate(new Date(Date.now() + 10 * 86_400_000));
  const commission = (title: string, unitId: string) => commissionSchema.parse({ title, guidance: "", wordLimit: "", kind: "", dueOn, unitIds: [unitId] });
  R.xCommission = (await createCommission(c.x.editor, commission("甲县约稿", c.x.town.id))).id;
  R.cityCommission = (await createCommission(c.city.editor, commission("测试市约稿", c.x.root.id))).id;
});

const actorOf = (who: Who): Actor => {
  const [level, role] = who.split(".") as ["x" | "y" | "city", string];
  return (c[level] as unknown as Record<string, Actor>)[role];
};

const isId = (id: () => string) => (r: unknown) => expect((r as { id: string }).id).toBe(id());
const listed = async (rows: Promise<{ rows: readonly { id: string }[] }>, id: string) => (await rows).rows.some((r) => r.id === id);
const isTrue = (r: unknown) => expect(r).toBe(true);

/** Reading one draft (the draft page). */
const readDraft = (name: string, id: () => string, cells: Case["expect"]): Case => ({ name, run: (a) => getDraftDetail(a, id()), expect: cells, otherwise: "hidden", ok: isId(id) });

/** Whether the draft is in the actor's pool (every status; searched by its title, each draft's own). */
const inPool = (name: string, id: () => string, cells: Case["expect"]): Case => ({
  name,
  run: async (a) => {
    const { title } = await db.draft.findUniqueOrThrow({ where: { id: id() } });
    return listed(listCountyDrafts(a, { page: 1, status: "ALL", q: title }), id());
  },
  expect: cells,
  otherwise: "forbidden",
  ok: isTrue,
});

/** Reading one issue (the issue page). */
const readIssue = (name: string, id: () => string, cells: Case["expect"], otherwise: Outcome = "hidden"): Case => ({ name, run: (a) => getIssueDetail(a, id()), expect: cells, otherwise, ok: isId(id) });

/** A decision on a draft: the shared one, or a fresh one for the cell expecting success. */
function decide(name: string, shared: () => string, fresh: () => Promise<string>, action: "DECLINE" | "EDITOR_RETURN", cells: Case["expect"], fails?: Case["fails"]): Case {
  return {
    name,
    run: async (a, own) => {
      const id = own ? await fresh() : shared();
      return moveDraft(a, { id, version: await version(id), action, comment: action === "DECLINE" ? "不予采用" : "请补充" });
    },
    expect: cells,
    otherwise: "hidden",
    ok: (r) => expect(r).toBe(action === "DECLINE" ? "NOT_ADOPTED" : "RETURNED"),
    fails,
  };
}

/** Adopting a draft into an issue: the shared ones, or fresh ones for the cell expecting success. */
function adopt(name: string, draft: { shared: () => string; fresh: () => Promise<string> }, issueId: () => string, cells: Case["expect"]): Case {
  return {
    name,
    run: async (a, own) => {
      const id = own ? await draft.fresh() : draft.shared();
      return adoptDraft(a, { id, version: await version(id), issueId: issueId() });
    },
    expect: cells,
    otherwise: "forbidden",
    ok: (r) => expect((r as { issueId: string }).issueId).toBe(issueId()),
  };
}

/** Publishing an issue: the shared composing one, or a fresh one for the cell expecting success. */
const publish = (name: string, shared: () => string, fresh: () => Promise<string>, cells: Case["expect"]): Case => ({
  name,
  run: async (a, own) => {
    const id = own ? await fresh() : shared();
    return publishIssue(a, { issueId: id, version: await issueVersion(id) });
  },
  expect: cells,
  otherwise: "forbidden",
  ok: (r) => expect((r as { status: string }).status).toBe("PUBLISHED"),
});

const sign = (name: string, shared: () => string, fresh: () => Promise<string>, cells: Case["expect"]): Case => ({
  name,
  run: async (a, own) => {
    const id = own ? await fresh() : shared();
    await moveIssue(a, { issueId: id, version: await issueVersion(id), move: "SIGN" });
    return db.bulletinIssue.findUniqueOrThrow({ where: { id } });
  },
  expect: cells,
  otherwise: "forbidden",
  ok: (r) => expect((r as { status: string }).status).toBe("SIGNED"),
});

/** The ranking of a node (getPeriodTable with a nodeId): whose units it ranks. */
const ranking = (name: string, nodeId: () => string, unitId: () => string, cells: Case["expect"]): Case => ({
  name,
  run: (a) => getPeriodTable(a, YEAR, nodeId()),
  expect: cells,
  otherwise: "forbidden",
  ok: (rows) => expect((rows as { unitId: string }[]).map((r) => r.unitId)).toContain(unitId()),
});

/** Whether the actor's ledger (their node's) has entries for the unit. */
const inLedger = (name: string, unitId: () => string, cells: Case["expect"]): Case => ({
  name,
  run: async (a) => (await listLedger(a, { page: 1, unitId: unitId() })).rows.some((r) => r.unitId === unitId()),
  expect: cells,
  otherwise: "forbidden",
  ok: isTrue,
});

const newUser = (unitId: () => string) => (a: Actor) =>
  createUser(a, { username: `chain_new_${uniq()}`, name: "新人", unitId: unitId(), roles: ["OFFICER"], phone: "", password: "Passw0rd!2026" });

const CASES: Case[] = [
  // Drafts: who reads them.
  readDraft("read a 甲县 township draft at its reviewer (not yet reported)", () => R.xSubmitted, { "x.officer": "ok", "x.reviewer": "ok" }),
  readDraft("read a 甲县 township draft in 甲县's pool", () => R.xForwarded, { "x.officer": "ok", "x.reviewer": "ok", "x.editor": "ok", "x.leader": "ok" }),
  readDraft("read a 乙县 township draft in 乙县's pool", () => R.yForwarded, { "y.editor": "ok" }),
  readDraft("read a 市教育局 draft in the city's pool", () => R.cityForwarded, { "city.editor": "ok", "city.leader": "ok", "city.agencyOfficer": "ok" }),
  readDraft("read 甲县's draft sent up to the city", () => R.upper, { "x.editor": "ok", "x.leader": "ok", "city.editor": "ok", "city.leader": "ok" }),
  readDraft("read the 甲县 township draft a sent-up draft came from", () => R.upperOrigin, { "x.officer": "ok", "x.reviewer": "ok", "x.editor": "ok", "x.leader": "ok" }),
  // Drafts: the pools (listCountyDrafts) they are on.
  inPool("list 甲县's township draft at its reviewer in a pool", () => R.xSubmitted, { "x.editor": "absent", "x.leader": "absent", "y.editor": "absent", "city.editor": "absent", "city.leader": "absent" }),
  inPool("list 甲县's forwarded township draft in a pool", () => R.xForwarded, { "x.editor": "ok", "x.leader": "ok", "y.editor": "absent", "city.editor": "absent", "city.leader": "absent" }),
  inPool("list 甲县's draft sent up in a pool", () => R.upper, { "x.editor": "ok", "x.leader": "ok", "y.editor": "absent", "city.editor": "ok", "city.leader": "ok" }),
  // Drafts: deciding (不予采用, 退回, 采用) is the desk's the draft reached, and only that desk's.
  decide("decline a 甲县 township draft in 甲县's pool", () => R.xForwarded, () => forwarded(c.x), "DECLINE", { "x.editor": "ok", "x.officer": "forbidden", "x.reviewer": "forbidden", "x.leader": "forbidden" }),
  decide("decline a 乙县 township draft in 乙县's pool", () => R.yForwarded, () => forwarded(c.y), "DECLINE", { "y.editor": "ok" }),
  decide("decline a 市教育局 draft in the city's pool", () => R.cityForwarded, () => forwarded(cityDesk()), "DECLINE", {
    "city.editor": "ok",
    "city.leader": "forbidden",
    "city.agencyOfficer": "forbidden",
  }),
  decide("return 甲县's draft sent up (上级退回)", () => R.upper, sentUp, "EDITOR_RETURN", {
    "city.editor": "ok",
    // The county sees its draft sent up but may not decide it.
    "x.editor": "forbidden",
    "x.leader": "forbidden",
    "city.leader": "forbidden",
  }),
  decide("decline 甲县's draft sent up", () => R.upper, sentUp, "DECLINE", { "city.editor": "ok", "x.editor": "forbidden", "x.leader": "forbidden", "city.leader": "forbidden" }),
  adopt("adopt a 甲县 township draft into 甲县's issue", { shared: () => R.xForwarded, fresh: () => forwarded(c.x) }, () => R.xComposing, {
    "x.editor": "ok",
    "y.editor": "hidden",
    "city.editor": "hidden",
  }),
  adopt("adopt 甲县's draft sent up into the city's issue", { shared: () => R.upper, fresh: sentUp }, () => R.cityComposing, {
    "city.editor": "ok",
    "x.editor": "hidden",
    "y.editor": "hidden",
  }),
  adopt("adopt a 甲县 township draft into the city's issue", { shared: () => R.xForwarded, fresh: () => forwarded(c.x) }, () => R.cityComposing, {
    "x.editor": "hidden",
    "y.editor": "hidden",
    "city.editor": "hidden",
  }),
  adopt("adopt a 市教育局 draft into 甲县's issue", { shared: () => R.cityForwarded, fresh: () => forwarded(cityDesk()) }, () => R.xComposing, {
    "x.editor": "hidden",
    "y.editor": "hidden",
    "city.editor": "hidden",
  }),
  // 报送上级: the office of the node that adopted the draft.
  {
    name: "send 甲县's adopted township draft up",
    run: async (a, own) => {
      const id = own ? await adopted(c.x) : R.xAdopted;
      return sendUp(a, { id, version: await version(id) });
    },
    expect: { "x.editor": "ok", "x.officer": "forbidden", "x.reviewer": "forbidden", "x.leader": "forbidden" },
    otherwise: "hidden",
    ok: (r) => expect(r).toMatchObject({ unitId: c.x.root.id, status: "FORWARDED" }),
  },
  // Issues: opening one in a series, composing, signing, publishing, voiding.
  {
    name: "open an issue in the city's series",
    run: (a) => createIssue(a, { seriesId: series.city }),
    expect: { "city.editor": "ok", "x.editor": "hidden", "y.editor": "hidden" },
    otherwise: "forbidden",
    ok: (r) => expect((r as { seriesId: string }).seriesId).toBe(series.city),
  },
  {
    name: "open an issue in 甲县's series",
    run: (a) => createIssue(a, { seriesId: series.x }),
    expect: { "x.editor": "ok", "y.editor": "hidden", "city.editor": "hidden" },
    otherwise: "forbidden",
    ok: (r) => expect((r as { seriesId: string }).seriesId).toBe(series.x),
  },
  publish("publish the city's issue", () => R.cityComposing, () => issueOf(cityDesk(), series.city), { "city.editor": "ok", "x.editor": "hidden", "y.editor": "hidden" }),
  publish("publish 甲县's issue", () => R.xComposing, () => issueOf(c.x, series.x), { "x.editor": "ok", "y.editor": "hidden", "city.editor": "hidden" }),
  sign("sign off the city's issue (签发)", () => R.cityPending, () => pendingIssue(cityDesk(), series.citySigned), { "city.leader": "ok", "x.leader": "hidden" }),
  sign("sign off 甲县's issue (签发)", () => R.xPending, () => pendingIssue(c.x, series.xSigned), { "x.leader": "ok", "city.leader": "hidden" }),
  {
    name: "void 甲县's published issue (作废)",
    run: async (a, own) => {
      const id = own ? await publishedIssue(c.x, series.x) : R.xPublished;
      await voidIssue(a, { issueId: id, reason: "编排有误" });
      return db.bulletinIssue.findUniqueOrThrow({ where: { id } });
    },
    expect: { "x.editor": "ok", "y.editor": "hidden", "city.editor": "hidden" },
    otherwise: "forbidden",
    ok: (r) => expect((r as { status: string }).status).toBe("VOIDED"),
  },
  // Issues: who reads them.
  readIssue("read the city's issue being composed", () => R.cityComposing, { "city.editor": "ok" }),
  readIssue("read the city's issue awaiting 签发", () => R.cityPending, { "city.editor": "ok", "city.leader": "ok" }),
  readIssue("read the city's published issue", () => R.cityPublished, {}, "ok"),
  readIssue("read 甲县's issue being composed", () => R.xComposing, { "x.editor": "ok" }),
  readIssue("read 甲县's issue awaiting 签发", () => R.xPending, { "x.editor": "ok", "x.leader": "ok" }),
  readIssue("read 甲县's published issue", () => R.xPublished, {
    "x.officer": "ok",
    "x.reviewer": "ok",
    "x.editor": "ok",
    "x.leader": "ok",
    "x.admin": "ok",
    "city.editor": "ok",
    "city.leader": "ok",
  }),
  readIssue("read 乙县's published issue", () => R.yPublished, { "y.editor": "ok", "city.editor": "ok", "city.leader": "ok" }),
  {
    name: "find 甲县's published issue in the archive of 甲县's series",
    run: (a) => listed(listArchive(a, { page: 1, seriesId: series.x }), R.xPublished),
    expect: { "y.editor": "absent", "city.admin": "absent", "city.agencyOfficer": "absent" },
    otherwise: "ok",
    ok: isTrue,
  },
  {
    name: "find the city's published issue in the archive of the city's series",
    run: (a) => listed(listArchive(a, { page: 1, seriesId: series.city }), R.cityPublished),
    expect: {},
    otherwise: "ok",
    ok: isTrue,
  },
  {
    name: "list 甲县's issue being composed among the issues being worked on",
    run: (a) => listed(listWorkingIssues(a, { page: 1 }), R.xComposing),
    expect: { "x.editor": "ok", "x.leader": "absent", "y.editor": "absent", "city.editor": "absent", "city.leader": "absent" },
    otherwise: "forbidden",
    ok: isTrue,
  },
  {
    name: "list the city's issue awaiting 签发 among the issues being worked on",
    run: (a) => listed(listWorkingIssues(a, { page: 1 }), R.cityPending),
    expect: { "city.editor": "ok", "city.leader": "ok", "x.editor": "absent", "x.leader": "absent", "y.editor": "absent" },
    otherwise: "forbidden",
    ok: isTrue,
  },
  // Rankings: the own node's, and read-only a 组织部's below.
  ranking("read 甲县's ranking", () => c.x.root.id, () => c.x.town.id, { "x.editor": "ok", "x.leader": "ok", "y.editor": "hidden", "city.editor": "ok", "city.leader": "ok" }),
  ranking("read the city's ranking", () => c.city.root.id, () => c.x.root.id, { "city.editor": "ok", "city.leader": "ok", "x.editor": "hidden", "x.leader": "hidden", "y.editor": "hidden" }),
  ranking("read a township's ranking (no 组织部)", () => c.x.town.id, () => c.x.town.id, { "x.editor": "hidden", "x.leader": "hidden", "y.editor": "hidden", "city.editor": "hidden", "city.leader": "hidden" }),
  // Ledgers: each node's own.
  inLedger("find a 甲县 township's points in the own ledger", () => c.x.town.id, { "x.editor": "ok", "x.leader": "ok", "y.editor": "absent", "city.editor": "absent", "city.leader": "absent" }),
  inLedger("find 甲县's department's points in the own ledger", () => c.x.root.id, { "city.editor": "ok", "city.leader": "ok", "x.editor": "absent", "x.leader": "absent", "y.editor": "absent" }),
  // Administration: the own subtree.
  {
    name: "list 甲县's township officer among the accounts",
    run: (a) => listed(listUsers(a, { page: 1, q: "x_officer" }), c.x.officer.id),
    expect: { "x.admin": "ok", "city.admin": "ok" },
    otherwise: "forbidden",
    ok: isTrue,
  },
  {
    name: "list 乙县's township officer among the accounts",
    run: (a) => listed(listUsers(a, { page: 1, q: "y_officer" }), c.y.officer.id),
    expect: { "x.admin": "absent", "city.admin": "ok" },
    otherwise: "forbidden",
    ok: isTrue,
  },
  {
    name: "list the 市教育局 officer among the accounts",
    run: (a) => listed(listUsers(a, { page: 1, q: "city_agency_officer" }), c.city.agencyOfficer.id),
    expect: { "x.admin": "absent", "city.admin": "ok" },
    otherwise: "forbidden",
    ok: isTrue,
  },
  { name: "create an account in 甲县's township", run: newUser(() => c.x.town.id), expect: { "x.admin": "ok", "city.admin": "ok" }, otherwise: "forbidden", ok: (r) => expect((r as { unitId: string }).unitId).toBe(c.x.town.id) },
  // A unit outside the own subtree is refused as a missing one is: 所选单位不存在 (400).
  {
    name: "create an account in 乙县's township",
    run: newUser(() => c.y.town.id),
    expect: { "x.admin": "hidden", "city.admin": "ok" },
    otherwise: "forbidden",
    hiddenAs: ValidationError,
    ok: (r) => expect((r as { unitId: string }).unitId).toBe(c.y.town.id),
  },
  {
    name: "create an account in 市教育局",
    run: newUser(() => c.city.agency.id),
    expect: { "x.admin": "hidden", "city.admin": "ok" },
    otherwise: "forbidden",
    hiddenAs: ValidationError,
    ok: (r) => expect((r as { unitId: string }).unitId).toBe(c.city.agency.id),
  },
  {
    name: "create a unit (under the own node)",
    run: async (a) => (await createUnit(a, { name: `新单位${uniq()}`, kind: "AGENCY" })).parentId === a.nodeId,
    expect: { "x.admin": "ok", "city.admin": "ok" },
    otherwise: "forbidden",
    ok: isTrue,
  },
  {
    name: "enable 乙县's township",
    run: async (a) => (await setUnitActive(a, { id: c.y.town.id, active: true }), true),
    expect: { "x.admin": "hidden", "city.admin": "ok" },
    otherwise: "forbidden",
    ok: isTrue,
  },
  {
    name: "enable the 市教育局 officer's account",
    run: async (a) => (await setUserActive(a, { id: c.city.agencyOfficer.id, active: true }), true),
    expect: { "x.admin": "hidden", "city.admin": "ok" },
    otherwise: "forbidden",
    ok: isTrue,
  },
  // 信息计划 and 约稿: the node's own.
  {
    name: "read 甲县's published plan",
    run: (a) => getPlan(a, R.xPlan),
    expect: { "x.officer": "ok", "x.reviewer": "ok", "x.editor": "ok", "x.leader": "ok", "x.admin": "forbidden", "city.admin": "forbidden" },
    otherwise: "hidden",
    ok: isId(() => R.xPlan),
  },
  {
    name: "read the city's published plan (a 全市 topic)",
    run: (a) => getPlan(a, R.cityPlan),
    expect: { "x.officer": "hidden", "x.reviewer": "hidden", "x.admin": "forbidden", "city.admin": "forbidden" },
    otherwise: "ok",
    ok: isId(() => R.cityPlan),
  },
  {
    name: "read 甲县's 约稿 to its township",
    run: (a) => getCommission(a, R.xCommission),
    expect: { "x.officer": "ok", "x.reviewer": "ok", "x.editor": "ok", "x.leader": "ok", "x.admin": "forbidden", "city.admin": "forbidden" },
    otherwise: "hidden",
    ok: isId(() => R.xCommission),
  },
  {
    name: "read the city's 约稿 to 甲县's department (上级约稿)",
    run: (a) => getCommission(a, R.cityCommission),
    expect: { "x.editor": "ok", "x.leader": "ok", "city.editor": "ok", "city.leader": "ok", "x.admin": "forbidden", "city.admin": "forbidden" },
    otherwise: "hidden",
    ok: isId(() => R.cityCommission),
  },
];

async function attempt(kase: Case, who: Who, outcome: Outcome) {
  const run = kase.run(actorOf(who), outcome === "ok");
  if (outcome === "ok") kase.ok(await run);
  else if (outcome === "absent") expect(await run).toBe(false);
  else if (outcome === "hidden") await expect(run).rejects.toBeInstanceOf(kase.hiddenAs ?? NotFoundError);
  else await expect(run).rejects.toBeInstanceOf(ForbiddenError);
}

describe("chain permission matrix", () => {
  for (const kase of CASES) {
    for (const who of WHO) {
      const outcome = kase.expect[who] ?? kase.otherwise;
      const why = kase.fails?.[who];
      (why ? it.fails : it)(`${kase.name}: ${who} -> ${outcome}${why ? ` (fails today: ${why})` : ""}`, () => attempt(kase, who, outcome));
    }
  }
});
