import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { blockSeconds, signIn, throttleStates, verifyLogin } from "@/lib/auth/login";

import { loadSession } from "@/lib/auth/current-user";
import { endSession } from "@/lib/auth/sessions";
import { loadActor } from "@/lib/auth/actor";
import { forgetSecurityRules } from "@/lib/auth/security-settings";
import { changeOwnPassword, resetPassword, revokeSessions, setUserActive, setUserRoles, unlockAccount } from "@/lib/admin/users";
import { setUnitActive } from "@/lib/admin/units";
import { updateSecuritySettings } from "@/lib/admin/security-settings";
import { makeCounty, type County } from "./fixtures";

const throttleState = async (username: string, now: Date) => (await throttleStates([username], now)).get(username)!;

let c: County;
beforeEach(async () => {
  c = await makeCounty();
  forgetSecurityRules();
  await db.user.update({ where: { id: c.officerA.id }, data: { passwordHash: await hashPassword("Right1234") } });
});

const at = (iso: string) => new Date(iso);
const addSeconds = (d: Date, s: number) => new Date(d.getTime() + s * 1000);
const meta = (address: string | null = "10.0.0.1") => ({ address, userAgent: "test" });

async function login(address = "10.0.0.1", now = new Date()) {
  const r = await signIn("officer_a", "Right1234", meta(address), now);
  if (!r.ok) throw new Error(`login refused: ${r.reason}`);
  return { userId: r.userId, sessionId: r.sessionId, authAt: r.authAt };
}

describe("login", () => {
  it("stores argon2id hashes, accepts the right password and opens a server-side session", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { id: c.officerA.id }, select: { passwordHash: true } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const token = await login();
    expect((await loadSession(token)).user).toMatchObject({ id: c.officerA.id, roles: ["OFFICER"], mustChangePassword: null });
    expect(await verifyLogin(" Officer_A ", "Right1234", { address: "10.0.0.2" })).toMatchObject({ ok: true });
    const audits = await db.auditLog.findMany({ where: { action: "auth.login" } });
    expect(audits.map((a) => a.entityId)).toEqual([c.officerA.id]);
  });

  it("answers an unknown user exactly like a wrong password, and audits both failures", async () => {
    expect(await signIn("officer_a", "wrong", meta())).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn("nobody", "wrong", meta())).toEqual({ ok: false, reason: "invalid" });
    const failed = await db.auditLog.findMany({ where: { action: "auth.login_failed" }, orderBy: { createdAt: "asc" } });
    expect(failed.map((f) => f.entityId)).toEqual(["officer_a", "nobody"]);
    expect(failed[0].data).toEqual({ reason: "invalid" });
  });
});

describe("throttle", () => {
  it("makes each further wrong try from one address wait longer, up to a minute, never a lock", () => {
    expect([1, 2, 3, 4, 5, 9, 20].map((n) => blockSeconds("pair", n))).toEqual([0, 0, 1, 2, 4, 60, 60]);
  });

  it("slows the owner's own address down but never locks it", async () => {
    const t0 = at("2026-11-23T01:00:00Z");
    await login("10.0.0.1", addSeconds(t0, -3600)); // the owner's usual computer
    let now = t0;
    for (let i = 0; i < 3; i++) expect(await verifyLogin("officer_a", "wrong", { address: "10.0.0.1", now })).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyLogin("officer_a", "Right1234", { address: "10.0.0.1", now })).toEqual({ ok: false, reason: "wait", retryAfter: 1 });
    // 20 more failures, each after its wait: the account is not locked for its owner's address.
    for (let i = 0; i < 20; i++) {
      now = addSeconds(now, 61);
      await verifyLogin("officer_a", "wrong", { address: "10.0.0.1", now });
    }
    expect(await verifyLogin("officer_a", "Right1234", { address: "10.0.0.1", now: addSeconds(now, 61) })).toMatchObject({ ok: true });
  });

  it("refuses new addresses after many failures on an account, while its owner still gets in", async () => {
    const t0 = at("2026-11-23T02:00:00Z");
    await login("10.0.0.1", addSeconds(t0, -3600));
    for (let i = 0; i < 10; i++) await verifyLogin("officer_a", "wrong", { address: `172.16.0.${i}`, now: t0 });
    expect(await verifyLogin("officer_a", "Right1234", { address: "172.16.9.9", now: t0 })).toMatchObject({ ok: false, reason: "locked" });
    expect(await throttleState("officer_a", t0)).toMatchObject({ recentFailures: 10 });
    expect(await verifyLogin("officer_a", "Right1234", { address: "10.0.0.1", now: t0 })).toMatchObject({ ok: true });
    // The owner's success clears the account counter.
    expect(await verifyLogin("officer_a", "Right1234", { address: "172.16.9.9", now: t0 })).toMatchObject({ ok: true });
  });

  it("lets an administrator lift the limit, and forgets failures after the window", async () => {
    const t0 = at("2026-11-23T03:00:00Z");
    for (let i = 0; i < 10; i++) await verifyLogin("officer_a", "wrong", { address: `172.16.1.${i}`, now: t0 });
    expect((await throttleState("officer_a", t0)).lockedUntil).not.toBeNull();
    await unlockAccount(c.admin, { userId: c.officerA.id });
    expect(await throttleState("officer_a", t0)).toEqual({ recentFailures: 0, lockedUntil: null });
    expect(await db.auditLog.count({ where: { action: "auth.unlock", entityId: c.officerA.id } })).toBe(1);
    for (let i = 0; i < 9; i++) await verifyLogin("officer_a", "wrong", { address: `172.16.2.${i}`, now: t0 });
    const later = addSeconds(t0, 16 * 60);
    await verifyLogin("officer_a", "wrong", { address: "172.16.3.1", now: later });
    expect(await verifyLogin("officer_a", "Right1234", { address: "172.16.3.2", now: later })).toMatchObject({ ok: true });
  });

  it("refuses an address that guesses at many names, but not the others", async () => {
    const now = at("2026-11-23T04:00:00Z");
    for (let i = 0; i < 50; i++) await verifyLogin(`guess${i}`, "wrong", { address: "192.168.9.9", now });
    expect(await verifyLogin("officer_a", "Right1234", { address: "192.168.9.9", now })).toMatchObject({ ok: false, reason: "address" });
    expect(await verifyLogin("officer_a", "Right1234", { address: "192.168.9.10", now })).toMatchObject({ ok: true });
  });

  it("does not count right passwords against a shared address", async () => {
    const now = at("2026-11-23T05:00:00Z");
    for (let i = 0; i < 60; i++) expect(await verifyLogin("officer_a", "Right1234", { address: "10.9.9.9", now })).toMatchObject({ ok: true });
  });

  it("lets parallel guesses from one address check only the free tries", async () => {
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 20 }, () => verifyLogin("officer_a", "wrong", { address: "10.7.7.7", now })));
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(3);
  });
});

describe("sessions", () => {
  it("退出登录 ends the session on the server: the old token is refused at once", async () => {
    const token = await login();
    await endSession(token.sessionId, "logout");
    expect(await loadSession(token)).toEqual({ user: null, reason: "ended" });
  });

  it("reads the same actor from the session as from the account (a unit's officer, the 组织部's editor)", async () => {
    for (const [username, id] of [["officer_a", c.officerA.id], ["editor", c.editor.id]] as const) {
      await db.user.update({ where: { id }, data: { passwordHash: await hashPassword("Right1234") } });
      const r = await signIn(username, "Right1234", meta());
      if (!r.ok) throw new Error(`login refused: ${r.reason}`);
      const user = (await loadSession({ userId: r.userId, sessionId: r.sessionId, authAt: r.authAt })).user!;
      const actor = await loadActor(id);
      expect({ ...user, nodeUnitIds: [...user.nodeUnitIds].sort() }).toMatchObject({ ...actor, nodeUnitIds: [...actor.nodeUnitIds].sort() });
      expect(user.nodeUnitIds[0]).toBe(actor.nodeId);
    }
  });

  it("refuses tokens with forged or impossible times, and tokens of another user", async () => {
    const token = await login();
    expect((await loadSession({ ...token, authAt: token.authAt + 3_600_000 })).user).toBeNull();
    expect((await loadSession({ ...token, authAt: token.authAt - 1 })).user).toBeNull();
    expect((await loadSession({ ...token, authAt: Number.NaN })).user).toBeNull();
    expect((await loadSession({ ...token, userId: c.admin.id })).user).toBeNull();
    expect((await loadSession({ userId: c.officerA.id })).user).toBeNull();
    expect((await loadSession(token)).user).not.toBeNull();
  });

  it("ends an idle session after the set time, with the reason for the login page", async () => {
    const t0 = new Date();
    const token = await login("10.0.0.1", t0);
    expect((await loadSession(token, addSeconds(t0, 29 * 60))).user).not.toBeNull();
    // Activity moves the clock on: 29 more minutes after the last request is still fine.
    expect((await loadSession(token, addSeconds(t0, 58 * 60))).user).not.toBeNull();
    expect(await loadSession(token, addSeconds(t0, 89 * 60))).toEqual({ user: null, reason: "idle" });
    expect(await loadSession(token, addSeconds(t0, 90 * 60))).toEqual({ user: null, reason: "idle" });
  });

  it("takes the idle time from 安全设置", async () => {
    await updateSecuritySettings(c.admin, { idleMinutes: 10, passwordMinLength: 8, passwordExpiryDays: 90 });
    const t0 = new Date();
    const token = await login("10.0.0.1", t0);
    expect(await loadSession(token, addSeconds(t0, 11 * 60))).toEqual({ user: null, reason: "idle" });
  });

  it("ends all sessions when an administrator says so, when the user or the unit is disabled", async () => {
    const a = await login();
    await revokeSessions(c.admin, { userId: c.officerA.id });
    expect((await loadSession(a)).user).toBeNull();

    const b = await login();
    await setUnitActive(c.admin, { id: c.unitA.id, active: false });
    expect((await loadSession(b)).user).toBeNull();
    // Enabling the unit again does not revive the old session.
    await setUnitActive(c.admin, { id: c.unitA.id, active: true });
    expect((await loadSession(b)).user).toBeNull();
    expect(await db.userSession.findUniqueOrThrow({ where: { id: b.sessionId } })).toMatchObject({ endReason: "unit_disabled" });

    const d = await login();
    await setUserActive(c.admin, { id: c.officerA.id, active: false });
    expect((await loadSession(d)).user).toBeNull();
    expect(await verifyLogin("officer_a", "Right1234", { address: "10.0.0.1" })).toEqual({ ok: false, reason: "invalid" });
  });

  it("reads roles from the database on every request", async () => {
    const token = await login();
    await setUserRoles(c.admin, { userId: c.officerA.id, roles: ["OFFICER", "REVIEWER"] });
    expect((await loadSession(token)).user?.roles).toEqual(["OFFICER", "REVIEWER"]);
  });

  it("keeps county roles off unit accounts", async () => {
    await expect(setUserRoles(c.admin, { userId: c.officerA.id, roles: ["EDITOR"] })).rejects.toThrow(/报送单位的账号/);
  });
});

describe("passwords", () => {
  it("a reset ends sessions and makes the owner choose their own password first", async () => {
    const old = await login();
    await expect(resetPassword(c.admin, { userId: c.officerA.id, password: "short1" })).rejects.toThrow("密码至少8位");
    await resetPassword(c.admin, { userId: c.officerA.id, password: "Temp2026x" });
    expect((await loadSession(old)).user).toBeNull();
    const other = await signIn("officer_a", "Temp2026x", meta("10.0.0.5"));
    const token = await signIn("officer_a", "Temp2026x", meta());
    if (!token.ok || !other.ok) throw new Error("login refused");
    const user = (await loadSession(token)).user!;
    expect(user.mustChangePassword).toBe("initial");

    await expect(changeOwnPassword(user, { current: "nope", password: "Mine2026x" })).rejects.toThrow("原密码不正确");
    await expect(changeOwnPassword(user, { current: "Temp2026x", password: "Temp2026x" })).rejects.toThrow("不能与原密码相同");
    await expect(changeOwnPassword(user, { current: "Temp2026x", password: "officer_a2026" })).rejects.toThrow("不能包含登录名");
    await changeOwnPassword(user, { current: "Temp2026x", password: "Mine2026x" });
    expect((await loadSession(token)).user?.mustChangePassword).toBeNull();
    // Other sessions of the account end; this one stays.
    expect((await loadSession(other)).user).toBeNull();
    expect(await verifyLogin("officer_a", "Mine2026x", { address: "10.0.0.1" })).toMatchObject({ ok: true });
  });

  it("asks for a new password once the old one is past its days", async () => {
    const token = await login();
    await db.user.update({ where: { id: c.officerA.id }, data: { passwordChangedAt: new Date(Date.now() - 91 * 86_400_000) } });
    expect((await loadSession(token)).user?.mustChangePassword).toBe("expired");
  });
});
