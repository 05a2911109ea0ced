import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { MAX_FAILURES, verifyLogin } from "@/lib/auth/login";
import { loadActor } from "@/lib/auth/current-user";
import { resetPassword, setUserActive, setUserRoles } from "@/lib/admin/users";
import { makeCounty, type County } from "./fixtures";

let c: County;
beforeEach(async () => {
  c = await makeCounty();
  await db.user.update({ where: { id: c.officerA.id }, data: { passwordHash: await hashPassword("Right1234") } });
});

describe("login", () => {
  it("stores argon2id hashes and accepts the right password", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { id: c.officerA.id }, select: { passwordHash: true } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyLogin("officer_a", "Right1234")).toEqual({ ok: true, userId: c.officerA.id });
    expect(await verifyLogin(" Officer_A ", "Right1234")).toMatchObject({ ok: true });
  });

  it("answers an unknown user exactly like a wrong password", async () => {
    expect(await verifyLogin("officer_a", "wrong")).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyLogin("nobody", "wrong")).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks a login name after repeated failures, even with the right password, until it expires", async () => {
    const now = new Date("2026-11-23T01:00:00Z");
    for (let i = 1; i < MAX_FAILURES; i++) expect((await verifyLogin("officer_a", "wrong", now)).ok).toBe(false);
    expect(await verifyLogin("officer_a", "wrong", now)).toEqual({ ok: false, reason: "locked" });
    expect(await verifyLogin("officer_a", "Right1234", now)).toEqual({ ok: false, reason: "locked" });
    const later = new Date(now.getTime() + 16 * 60_000);
    expect(await verifyLogin("officer_a", "Right1234", later)).toMatchObject({ ok: true });
    // Unknown names are throttled the same way.
    for (let i = 0; i < MAX_FAILURES; i++) await verifyLogin("ghost", "x", now);
    expect(await verifyLogin("ghost", "x", now)).toEqual({ ok: false, reason: "locked" });
  });

  it("refuses a disabled user at once, and a role change counts on the next request", async () => {
    const loggedIn = Date.now();
    expect((await loadActor(c.officerA.id, loggedIn))?.roles).toEqual(["OFFICER"]);
    await setUserRoles(c.admin, { userId: c.officerA.id, roles: ["OFFICER", "REVIEWER"] });
    expect((await loadActor(c.officerA.id, loggedIn))?.roles).toEqual(["OFFICER", "REVIEWER"]);
    await setUserActive(c.admin, { id: c.officerA.id, active: false });
    expect(await loadActor(c.officerA.id, loggedIn)).toBeNull();
    expect(await verifyLogin("officer_a", "Right1234")).toEqual({ ok: false, reason: "invalid" });
    expect(await db.auditLog.count({ where: { entityId: c.officerA.id } })).toBe(2);
  });

  it("a password reset replaces the hash, lifts a lock and ends sessions that began before it", async () => {
    const earlier = Date.now();
    expect(await loadActor(c.officerA.id, earlier)).not.toBeNull();
    await new Promise((r) => setTimeout(r, 5));
    for (let i = 0; i < MAX_FAILURES; i++) await verifyLogin("officer_a", "wrong");
    await resetPassword(c.admin, { userId: c.officerA.id, password: "NewPass123" });
    expect(await verifyLogin("officer_a", "NewPass123")).toMatchObject({ ok: true });
    expect(await loadActor(c.officerA.id, earlier)).toBeNull();
    expect(await loadActor(c.officerA.id, Date.now() + 1)).not.toBeNull();
  });

  it("lets parallel guesses check at most the allowed number of passwords", async () => {
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 20 }, () => verifyLogin("officer_a", "wrong", now)));
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(MAX_FAILURES - 1);
    expect(await verifyLogin("officer_a", "Right1234", now)).toEqual({ ok: false, reason: "locked" });
  });

  it("forgets failures older than the lock window", async () => {
    const start = new Date("2026-11-01T00:00:00Z");
    for (let i = 1; i < MAX_FAILURES; i++) await verifyLogin("officer_a", "wrong", start);
    const muchLater = new Date(start.getTime() + 24 * 3600_000);
    expect(await verifyLogin("officer_a", "wrong", muchLater)).toEqual({ ok: false, reason: "invalid" });
  });

  it("keeps county roles off unit accounts", async () => {
    await expect(setUserRoles(c.admin, { userId: c.officerA.id, roles: ["EDITOR"] })).rejects.toThrow(/报送单位的账号/);
  });
});
