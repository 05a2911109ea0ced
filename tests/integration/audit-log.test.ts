import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { AUDIT_COUNT_CAP, AUDIT_PAGE_SIZE, exportAudit, listAudit } from "@/lib/audit/list-audit";
import { renderAuditXlsx } from "@/lib/audit/audit-xlsx";
import { setUserRoles } from "@/lib/admin/users";
import { moveDraft } from "@/lib/drafts/move-draft";
import ExcelJS from "exceljs";
import { draftAt, makeCounty, type County } from "./fixtures";
import { makeChain } from "./chain-fixtures";
import { signIn } from "@/lib/auth/login";
import type { Actor } from "@/lib/authz/permissions";

let c: County;
const at = (iso: string) => new Date(iso);

/** A row as a request would have left it, with a chosen time and address. */
async function row(actorId: string | null, action: string, extra: { entityType?: string; entityId?: string; ip?: string; createdAt?: Date; data?: object } = {}) {
  return db.auditLog.create({
    data: { actorId, action, entityType: extra.entityType ?? "Draft", entityId: extra.entityId ?? "00000000-0000-4000-8000-000000000001", ip: extra.ip, createdAt: extra.createdAt, data: extra.data },
  });
}

beforeAll(async () => {
  c = await makeCounty();
  // 2026-11-10 23:30 and 2026-11-11 00:30 in Shanghai: either side of a local midnight.
  await row(c.officerA.id, "auth.login", { entityType: "User", entityId: c.officerA.id, ip: "192.168.1.20", createdAt: at("2026-11-10T15:30:00Z") });
  await row(c.officerB.id, "auth.login", { entityType: "User", entityId: c.officerB.id, ip: "10.0.0.8", createdAt: at("2026-11-10T16:30:00Z") });
  await row(null, "auth.login_failed", { entityType: "User", entityId: "officer_a", ip: "203.0.113.5", createdAt: at("2026-11-12T01:00:00Z"), data: { reason: "密码错误", address: "203.0.113.5" } });
  await row(c.editor.id, "issue.create", { entityType: "BulletinIssue", entityId: "00000000-0000-4000-8000-0000000000aa", createdAt: at("2026-11-12T02:00:00Z") });
});

describe("the audit trail", () => {
  it("records the actor's unit at the time, and no address outside a request", async () => {
    await db.$transaction((tx) => audit(tx, { actorId: c.reviewerA.id, action: "roster.file", entityType: "RosterChange", entityId: "x" }));
    const r = await db.auditLog.findFirstOrThrow({ where: { action: "roster.file" } });
    expect(r.unitId).toBe(c.unitA.id);
    expect(r.ip).toBeNull();
    expect(r.userAgent).toBeNull();
    // The unit stays what it was when the person later moves to another unit.
    await db.user.update({ where: { id: c.reviewerA.id }, data: { unitId: c.unitB.id } });
    try {
      expect((await db.auditLog.findUniqueOrThrow({ where: { id: r.id } })).unitId).toBe(c.unitA.id);
    } finally {
      await db.user.update({ where: { id: c.reviewerA.id }, data: { unitId: c.unitA.id } });
    }
    const failed = await db.auditLog.findFirstOrThrow({ where: { action: "auth.login_failed" } });
    expect(failed.unitId).toBeNull();
  });

  it("refuses to change or delete a row, in SQL as through Prisma", async () => {
    const r = await db.auditLog.findFirstOrThrow({ where: { action: "issue.create" } });
    await expect(db.$executeRawUnsafe(`UPDATE "AuditLog" SET "action" = 'x' WHERE "id" = $1::uuid`, r.id)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditLog" WHERE "id" = $1::uuid`, r.id)).rejects.toThrow(/append-only/);
    await expect(db.auditLog.update({ where: { id: r.id }, data: { ip: "1.1.1.1" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.deleteMany({})).rejects.toThrow(/append-only/);
    expect(await db.auditLog.findUniqueOrThrow({ where: { id: r.id } })).toEqual(r);
  });

  it("puts draft moves into the trail with their statuses", async () => {
    const d = await draftAt(c, "SUBMITTED");
    await moveDraft(c.reviewerA, { id: d.id, version: d.version, action: "REVIEWER_RETURN", comment: "请补充数据" });
    const rows = await db.auditLog.findMany({ where: { entityId: d.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => r.action)).toEqual(["draft.create", "draft.submit", "draft.reviewer_return"]);
    expect(rows[2].data).toEqual({ from: "SUBMITTED", to: "RETURNED", comment: "请补充数据" });
  });
});

describe("the 操作日志 query", () => {
  const list = (f: Omit<Parameters<typeof listAudit>[1], "page"> = {}) => listAudit(c.admin, { page: 1, ...f });

  it("filters by person: part of a name, a login name, or the name typed at a failed login", async () => {
    const byName = await list({ who: "officer_" });
    expect(byName.rows.map((r) => r.action).sort()).toEqual(["auth.login", "auth.login", "draft.create", "draft.submit"].sort());
    const byLogin = await list({ who: "officer_a", kind: "auth" });
    expect(byLogin.rows.map((r) => r.action).sort()).toEqual(["auth.login", "auth.login_failed"]);
    // The address shows once, in its column, not again among the details.
    expect(byLogin.rows.find((r) => r.action === "auth.login_failed")).toMatchObject({ actorName: "（未登录）", actionLabel: "登录失败", entityId: "officer_a", ip: "203.0.113.5", details: [{ label: "原因", value: "密码错误" }] });
  });

  it("filters by unit, kind, record, address and local dates", async () => {
    expect((await list({ unit: c.unitB.id })).rows.map((r) => r.actorName)).toEqual(["officer_b"]);
    expect((await list({ kind: "auth.login" })).total).toBe(2);
    expect((await list({ kind: "auth" })).total).toBe(3);
    expect((await list({ type: "BulletinIssue" })).rows.map((r) => r.action)).toEqual(["issue.create"]);
    expect((await list({ type: "User", id: c.officerB.id })).rows).toHaveLength(1);
    expect((await list({ ip: "192.168." })).rows.map((r) => r.ip)).toEqual(["192.168.1.20"]);
    // 止 2026-11-10 takes in 23:30 local, not 00:30 of the 11th; 起 11-11 the other way round.
    expect((await list({ to: "2026-11-10" })).rows.map((r) => r.actorName)).toEqual(["officer_a"]);
    expect((await list({ from: "2026-11-11", to: "2026-11-11" })).rows.map((r) => r.actorName)).toEqual(["officer_b"]);
    expect((await list({ from: "2026-11-12", to: "2026-11-12" })).total).toBe(2);
  });

  it("shows the record's link only where the viewer may open it, and names people and units", async () => {
    const issue = (await list({ type: "BulletinIssue" })).rows[0];
    expect(issue).toMatchObject({ entityLabel: "期刊", href: "/issues/00000000-0000-4000-8000-0000000000aa", actorName: "editor", unitName: c.root.name });
    await setUserRoles(c.admin, { userId: c.officerC.id, roles: ["OFFICER", "REVIEWER"] });
    const roles = (await list({ kind: "user.setRoles" })).rows[0];
    expect(roles).toMatchObject({ entityName: "officer_c（officer_c）", href: "/admin/users" });
    expect(roles.details).toEqual([
      { label: "原为", value: "信息员" },
      { label: "改为", value: "信息员、组织委员" },
    ]);
    // The administrator cannot read drafts: no link that would answer 404.
    expect((await list({ kind: "draft.create" })).rows[0].href).toBeNull();
  });

  it("pages newest first without repeating or losing a row", async () => {
    const base = at("2026-10-01T00:00:00Z").getTime();
    await db.auditLog.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({ actorId: c.leader.id, action: "score.record", entityType: "ScoreRecord", entityId: `r${i}`, createdAt: new Date(base + Math.floor(i / 3) * 1000) })),
    });
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const p = await listAudit(c.admin, { page, who: "leader" });
      expect(p).toMatchObject({ total: 120, pages: 3, page });
      seen.push(...p.rows.map((r) => r.entityId));
    }
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
    expect(seen[0]).toMatch(/^r11[7-9]$/);
    expect((await listAudit(c.admin, { page: 1, who: "leader" })).rows).toHaveLength(AUDIT_PAGE_SIZE);
    // A page past the end shows the last one.
    expect((await listAudit(c.admin, { page: 99, who: "leader" })).page).toBe(3);
  });

  it("exports the filtered rows into Excel, and the export is itself audited", async () => {
    const { total, rows, filterText } = await exportAudit(c.admin, { who: "officer_a", kind: "auth", unit: c.unitA.id });
    expect(total).toBe(1);
    expect(filterText).toBe("人员：officer_a；单位：甲镇；操作：登录与账号安全");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderAuditXlsx(rows, "操作日志", new Date())) as unknown as ArrayBuffer);
    const values = wb.getWorksheet("操作日志")!.getSheetValues().flat().map(String);
    expect(values).toContain("登录");
    expect(values).toContain("192.168.1.20");
    const logged = await db.auditLog.findFirstOrThrow({ where: { action: "audit.export" } });
    expect(logged).toMatchObject({ actorId: c.admin.id, data: { rows: 1, person: "officer_a", unitId: c.unitA.id, actionFilter: "登录与账号安全" } });
  });

  it("stops counting at the cap on a large trail, and still pages", async () => {
    await db.auditLog.createMany({ data: Array.from({ length: AUDIT_COUNT_CAP + 5 }, (_, i) => ({ actorId: c.officerC.id, action: "notification.read", entityType: "Notification", entityId: `n${i}` })) });
    const first = await listAudit(c.admin, { page: 1 });
    expect(first).toMatchObject({ total: AUDIT_COUNT_CAP, capped: true, pages: AUDIT_COUNT_CAP / AUDIT_PAGE_SIZE });
    expect((await listAudit(c.admin, { page: 1, kind: "auth" })).capped).toBe(false);
    expect((await exportAudit(c.admin, { who: "officer_c" })).total).toBe(AUDIT_COUNT_CAP + 5);
  });
});

describe("rows without an actor, in a chain", () => {
  it("shows a failed login to the named person's node and the nodes above it, and a name nobody has only at the top of the tree", async () => {
    const chain = await makeChain();
    const meta = { address: "203.0.113.9", userAgent: "test" };
    await signIn("x_officer", "wrong-password", meta);
    await signIn("nobody_at_all", "wrong-password", meta);
    const failed = async (admin: Actor) => (await listAudit(admin, { page: 1, kind: "auth" })).rows.map((r) => r.entityId).sort();
    expect(await failed(chain.x.admin)).toEqual(["x_officer"]);
    expect(await failed(chain.y.admin)).toEqual([]);
    expect(await failed(chain.city.admin)).toEqual(["nobody_at_all", "x_officer"]);
  });
});
