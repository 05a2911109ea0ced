/** A small county for integration tests: two townships, one agency, a person per role. */
import { db } from "@/lib/db";
import type { Actor, Role } from "@/lib/authz/permissions";
import { createDraft } from "@/lib/drafts/create-draft";
import { moveDraft } from "@/lib/drafts/move-draft";
import { createIssue } from "@/lib/bulletins/create-issue";
import { adoptDraft } from "@/lib/bulletins/adopt-draft";
import { resetDatabase } from "./db-reset";
import { loadActor } from "@/lib/auth/actor";

// A fixed low-cost hash: integration tests do not need real password hashing speed.
const HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$7tUq6uSEPTZ6ZpAqJyA5yTz4TjAJ8Kg9B9Mfx1pHk1o";

export type County = Awaited<ReturnType<typeof makeCounty>>;

export async function person(username: string, unitId: string, roles: Role[]): Promise<Actor> {
  const u = await db.user.create({ data: { username, name: username, unitId, roles, passwordHash: HASH } });
  return loadActor(u.id);
}

export async function makeCounty() {
  await resetDatabase(db);
  const root = await db.unit.create({ data: { name: "中共测试县委组织部", kind: "COUNTY" } });
  const unitA = await db.unit.create({ data: { name: "甲镇", kind: "TOWNSHIP", rankGroup: "TOWNSHIP", parentId: root.id, sortOrder: 1 } });
  const unitB = await db.unit.create({ data: { name: "乙街道", kind: "SUBDISTRICT", rankGroup: "TOWNSHIP", parentId: root.id, sortOrder: 2 } });
  const agency = await db.unit.create({ data: { name: "县教育局", kind: "AGENCY", rankGroup: "AGENCY", parentId: root.id, sortOrder: 3 } });
  // No sign-off by default: tests of sign-off make their own series.
  const series = await db.series.create({ data: { name: "测试县组工信息", mastheadTitle: "测试县组工信息", issuingBody: root.name, requiresSignOff: false, nodeId: root.id } });
  return {
    root,
    unitA,
    unitB,
    agency,
    series,
    officerA: await person("officer_a", unitA.id, ["OFFICER"]),
    reviewerA: await person("reviewer_a", unitA.id, ["REVIEWER"]),
    officerB: await person("officer_b", unitB.id, ["OFFICER"]),
    reviewerB: await person("reviewer_b", unitB.id, ["REVIEWER"]),
    officerC: await person("officer_c", agency.id, ["OFFICER"]),
    reviewerC: await person("reviewer_c", agency.id, ["REVIEWER"]),
    editor: await person("editor", root.id, ["EDITOR"]),
    leader: await person("leader", root.id, ["LEADER"]),
    admin: await person("admin", root.id, ["ADMIN"]),
  };
}

export const sampleFields = (title = "甲镇推行党员积分制管理") => ({
  title,
  kind: "NEWS" as const,
  eventDate: "2026-11-01",
  body: "一、主要做法\n甲镇在全镇推行党员积分制管理。\n二、取得成效\n党员参与率明显提高。",
  isFlagship: false,
  contact: "",
});

export async function version(id: string) {
  return (await db.draft.findUniqueOrThrow({ where: { id } })).version;
}

/** Takes a fresh draft of the officer's unit as far as the given point. */
export async function draftAt(
  c: County,
  stage: "DRAFT" | "SUBMITTED" | "FORWARDED" | "ADOPTED",
  who: { officer: Actor; reviewer: Actor } = { officer: c.officerA, reviewer: c.reviewerA },
  title?: string,
  issueId?: string,
) {
  const d = await createDraft(who.officer, sampleFields(title));
  if (stage === "DRAFT") return d;
  await moveDraft(who.officer, { id: d.id, version: await version(d.id), action: "SUBMIT", secrecyConfirmed: true });
  if (stage === "SUBMITTED") return db.draft.findUniqueOrThrow({ where: { id: d.id } });
  await moveDraft(who.reviewer, { id: d.id, version: await version(d.id), action: "APPROVE" });
  if (stage === "FORWARDED") return db.draft.findUniqueOrThrow({ where: { id: d.id } });
  const issue = issueId ?? (await createIssue(c.editor, { seriesId: c.series.id })).id;
  await adoptDraft(c.editor, { id: d.id, version: await version(d.id), issueId: issue });
  return db.draft.findUniqueOrThrow({ where: { id: d.id } });
}
