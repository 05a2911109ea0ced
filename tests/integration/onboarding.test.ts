import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { runAction } from "@/lib/auth/action";
import { loadSession } from "@/lib/auth/current-user";
import { signIn } from "@/lib/auth/login";
import { changeOwnPassword } from "@/lib/admin/users";
import { ConflictError } from "@/lib/errors";
import { applyPeopleImport, previewPeopleImport } from "@/lib/onboarding/import-people";
import { exportPeopleWorkbook } from "@/lib/onboarding/export";
import { regenerateSlips } from "@/lib/onboarding/slips";
import { renderSlipsPdf } from "@/lib/onboarding/slips-pdf";
import { z } from "zod";
import { makeCounty, type County } from "./fixtures";
import { person, township, upload, workbook } from "./onboarding-helpers";

let c: County;
beforeEach(async () => {
  c = await makeCounty();
});

const ROOT = "中共测试县委组织部";

/** A new township with an officer (专职) and a reviewer, and a new editor at the department. */
const newcomers = () =>
  workbook(
    [township("丙镇", ROOT, 5)],
    [
      person("bing_xxy", "丙镇", ["信息员"], { name: "张　三", phone: "13800001111", fullTime: true }),
      person("bing_zwy", "丙镇", ["组织委员"], { name: "李四" }),
      person("editor3", ROOT, ["研究室编辑"], { name: "王五" }),
    ],
  );

async function importFile(bytes: Buffer, fileName = "名单.xlsx") {
  const plan = await previewPeopleImport(c.admin, upload(bytes, fileName));
  expect(plan.issues).toEqual([]);
  return { plan, result: await applyPeopleImport(c.admin, { ...upload(bytes, fileName), digest: plan.digest }) };
}

describe("导入单位与人员", () => {
  it("previews, then creates units, accounts with initial passwords and roster filings in one audited go", async () => {
    const bytes = await newcomers();
    const plan = await previewPeopleImport(c.admin, upload(bytes));
    expect(plan.issues).toEqual([]);
    expect(plan.counts).toEqual({ units: { create: 1, update: 0, same: 0 }, people: { create: 3, update: 0, same: 0 }, roster: 1 });
    expect(await db.user.count({ where: { username: "bing_xxy" } })).toBe(0); // preview changes nothing

    const { result } = await importFile(bytes);
    const unit = await db.unit.findUniqueOrThrow({ where: { name: "丙镇" } });
    expect(unit).toMatchObject({ kind: "TOWNSHIP", rankGroup: "TOWNSHIP", parentId: c.root.id, sortOrder: 5 });
    const officer = await db.user.findUniqueOrThrow({ where: { username: "bing_xxy" } });
    expect(officer).toMatchObject({ name: "张三", phone: "13800001111", roles: ["OFFICER"], unitId: unit.id, mustChangePassword: true });
    const roster = await db.rosterChange.findMany({ where: { unitId: unit.id } });
    expect(roster).toMatchObject([{ officerId: officer.id, officerName: "张三", phone: "13800001111", reason: "导入名单（名单.xlsx）" }]);

    // Slips grouped by unit in the units' order: the department (sortOrder 0) before 丙镇.
    expect(result.slips.map((s) => [s.unit, s.username])).toEqual([[ROOT, "editor3"], ["丙镇", "bing_xxy"], ["丙镇", "bing_zwy"]]);
    for (const s of result.slips) {
      const row = await db.user.findUniqueOrThrow({ where: { username: s.username }, select: { passwordHash: true } });
      expect(await verifyPassword(row.passwordHash, s.password)).toBe(true);
      expect(s.password).toMatch(/^(?=.*[A-Za-z])(?=.*\d).{10,}$/);
    }
    const actions = (await db.auditLog.findMany({ where: { actorId: c.admin.id } })).map((a) => a.action).sort();
    expect(actions).toEqual(["onboarding.people", "roster.file", "unit.create", "user.create", "user.create", "user.create"]);
    expect(await db.notification.count({ where: { userId: c.editor.id, kind: "ROSTER_CHANGED" } })).toBe(1);
  });

  it("changes nothing when the same file comes again, and only the phone when only the phone changed", async () => {
    await importFile(await newcomers());
    const before = await db.user.findUniqueOrThrow({ where: { username: "bing_xxy" } });
    const again = await importFile(await newcomers());
    expect(again.plan.counts).toEqual({ units: { create: 0, update: 0, same: 1 }, people: { create: 0, update: 0, same: 3 }, roster: 0 });
    expect(again.result.slips).toEqual([]);
    expect(await db.rosterChange.count()).toBe(1);

    const phoneChanged = await workbook(
      [township("丙镇", ROOT, 5)],
      [
        person("bing_xxy", "丙镇", ["信息员"], { name: "张三", phone: "13900002222", fullTime: true }),
        person("bing_zwy", "丙镇", ["组织委员"], { name: "李四" }),
      ],
    );
    const { plan } = await importFile(phoneChanged);
    expect(plan.people.filter((p) => p.action !== "same")).toMatchObject([{ username: "bing_xxy", action: "update", changes: [{ field: "手机", from: "13800001111", to: "13900002222" }] }]);
    const after = await db.user.findUniqueOrThrow({ where: { username: "bing_xxy" } });
    expect(after).toEqual({ ...before, phone: "13900002222", updatedAt: after.updatedAt });
    expect(await db.user.findUnique({ where: { username: "editor3" } })).not.toBeNull(); // not in the file: left alone
  });

  it("round-trips: the export imports with no changes", async () => {
    await importFile(await newcomers());
    const exported = await exportPeopleWorkbook(c.admin);
    const plan = await previewPeopleImport(c.admin, upload(exported, "导出.xlsx"));
    expect(plan.issues).toEqual([]);
    expect(plan.counts.units.create + plan.counts.units.update + plan.counts.people.create + plan.counts.people.update + plan.counts.roster).toBe(0);
    expect(plan.counts.people.same).toBe(12);
    const zip = await JSZip.loadAsync(exported);
    const text = (await Promise.all(Object.values(zip.files).map((f) => f.async("string")))).join("");
    expect(text).not.toMatch(/argon2/);
    expect(await db.auditLog.count({ where: { action: "onboarding.export", actorId: c.admin.id } })).toBe(1);
  });

  it("applies nothing when the system moved after the preview", async () => {
    const bytes = await newcomers();
    const plan = await previewPeopleImport(c.admin, upload(bytes));
    await db.user.update({ where: { id: c.reviewerA.id }, data: { name: "改了名" } });
    const exported = await workbook([], [person("reviewer_a", "甲镇", ["组织委员"], { name: "又改名" })]);
    const other = await previewPeopleImport(c.admin, upload(exported));
    await expect(applyPeopleImport(c.admin, { ...upload(bytes), digest: other.digest })).rejects.toThrow(ConflictError);
    await applyPeopleImport(c.admin, { ...upload(bytes), digest: plan.digest });
    expect(await db.user.count({ where: { username: "bing_xxy" } })).toBe(1);
  });
});

describe("首次登录改密码与账号通知单", () => {
  it("makes an imported officer change the initial password before anything else", async () => {
    const { result } = await importFile(await newcomers());
    const slip = result.slips.find((s) => s.username === "bing_xxy")!;
    const signed = await signIn("bing_xxy", slip.password, { address: "10.0.0.9", userAgent: "test" });
    if (!signed.ok) throw new Error(signed.reason);
    const user = (await loadSession(signed)).user!;
    expect(user.mustChangePassword).toBe("initial");
    const refused = await runAction(z.object({}), async () => "done", {}, {}, user);
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining("请先修改密码") });
    await changeOwnPassword({ ...user, sessionId: signed.sessionId }, { current: slip.password, password: "Zhangsan2026" });
    const after = (await loadSession(signed)).user!;
    expect(after.mustChangePassword).toBeNull();
    expect(await runAction(z.object({}), async () => "done", {}, {}, after)).toEqual({ ok: true, data: "done" });
  });

  it("regenerates a unit's slips with new passwords, ending the old ones", async () => {
    const { result } = await importFile(await newcomers());
    const unit = await db.unit.findUniqueOrThrow({ where: { name: "丙镇" } });
    const old = result.slips.find((s) => s.username === "bing_zwy")!;
    const slips = await regenerateSlips(c.admin, { unitId: unit.id });
    expect(slips.map((s) => s.username)).toEqual(["bing_xxy", "bing_zwy"]);
    const row = await db.user.findUniqueOrThrow({ where: { username: "bing_zwy" }, select: { passwordHash: true, mustChangePassword: true } });
    expect(await verifyPassword(row.passwordHash, old.password)).toBe(false);
    expect(await verifyPassword(row.passwordHash, slips[1].password)).toBe(true);
    expect(row.mustChangePassword).toBe(true);
    expect(await db.auditLog.count({ where: { action: "onboarding.slips", entityId: unit.id } })).toBe(1);
  });

  // The first PDF of a process parses the CJK font collections: a safety net for a busy machine, not a timing goal.
  it("prints one slip per person in the bulletin faces, readable back from the PDF", { timeout: 120_000 }, async () => {
    const pdf = await renderSlipsPdf(
      [
        { unit: "丙镇", name: "张三", username: "bing_xxy", password: "abcD3fghK5" },
        { unit: "丁镇", name: "李四", username: "ding_zwy", password: "Pqrs7tuvW9" },
      ],
      { loginUrl: "http://127.0.0.1/login", minLength: 8, now: new Date("2026-12-02T02:00:00Z") },
    );
    const dir = mkdtempSync(join(tmpdir(), "slips-"));
    writeFileSync(join(dir, "s.pdf"), pdf);
    const text = execFileSync("pdftotext", ["-layout", join(dir, "s.pdf"), "-"], { encoding: "utf8" });
    expect(text).toContain("账号通知单");
    expect(text).toMatch(/张三[\s\S]*bing_xxy[\s\S]*abcD3fghK5/);
    const pages = text.split("\f").filter((p) => p.trim());
    expect(pages).toHaveLength(2); // each unit on its own page
    expect(pages[1]).toContain("ding_zwy");
  });
});
