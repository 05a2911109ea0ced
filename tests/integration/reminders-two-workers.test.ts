/**
 * A deployment runs two app instances and two reminder workers on one database. Here one
 * worker runs in this process and the other as its own process (`scripts/worker.ts`, as a
 * systemd service runs it), both as the application role; many sweeps of many due reminders
 * are queued at once, and every reminder must go out exactly once.
 */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { scheduleCommissionReminders } from "@/lib/planning/commission-reminders";
import { SWEEP_QUEUE, requestSweep, startWorker, type Worker } from "@/lib/jobs/worker";
import { makeCounty, type County } from "./fixtures";

const ROOT = path.resolve(import.meta.dirname, "../..");
const workerUrl = process.env.TEST_APP_DATABASE_URL ?? process.env.DATABASE_URL!;
const COMMISSIONS = 40;
const SWEEPS = 16;

let c: County;
let inProcess: Worker | undefined;
let other: ChildProcess | undefined;
let otherOutput = "";

beforeEach(async () => {
  c = await makeCounty();
  // Sweeps left queued by earlier test files would fire these reminders outside the count below.
  await db.$executeRaw`DELETE FROM pgboss.job WHERE name = ${SWEEP_QUEUE} AND state <> 'completed'`;
});
afterEach(async () => {
  await inProcess?.stop().catch(() => undefined);
  if (other && other.exitCode === null) {
    const exited = new Promise((r) => other!.once("exit", r));
    other.kill("SIGTERM");
    await exited;
  }
});

/** COMMISSIONS 约稿, each to three units, scheduled on 2026-12-01: three reminders per unit. */
async function manyReminders(): Promise<number> {
  for (let i = 0; i < COMMISSIONS; i++) {
    const commission = await db.commission.create({
      data: { title: `约稿${i}`, dueOn: new Date("2026-12-10"), createdById: c.editor.id, nodeId: c.editor.nodeId },
    });
    await db.$transaction(async (tx) => {
      for (const unit of [c.unitA, c.unitB, c.agency]) {
        const t = await tx.commissionTarget.create({ data: { commissionId: commission.id, unitId: unit.id } });
        await scheduleCommissionReminders(tx, t.id, "2026-12-10", new Date("2026-12-01T08:00:00+08:00"));
      }
    });
  }
  return db.reminder.count();
}

describe("two reminder workers on one database", () => {
  it("deliver each of many due reminders exactly once", { timeout: 240_000 }, async () => {
    const total = await manyReminders();
    expect(total).toBe(COMMISSIONS * 3 * 3);

    inProcess = await startWorker({ connectionString: workerUrl, pollingIntervalSeconds: 0.5, schedule: false });
    other = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/worker.ts"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: workerUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    // Started when it says so; an early exit fails the test with what it said.
    await new Promise<void>((resolve, reject) => {
      const heard = (d: Buffer) => {
        otherOutput += d;
        if (otherOutput.includes("提醒任务已启动")) resolve();
      };
      other!.stdout!.on("data", heard);
      other!.stderr!.on("data", heard);
      other!.once("exit", (code) => reject(new Error(`the other worker exited (code ${code}) before it started:\n${otherOutput}`)));
    });

    // Everything is due at once (after the deadline): sweeps queued together race for the rows.
    const asOf = new Date("2026-12-11T10:00:00+08:00");
    const ids = await Promise.all(Array.from({ length: SWEEPS }, () => requestSweep(inProcess!.boss, asOf)));
    const jobs = await vi.waitFor(
      async () => {
        const all = await Promise.all(ids.map((id) => inProcess!.boss.getJobById(SWEEP_QUEUE, id!)));
        expect(all.map((j) => j?.state).filter((state) => state !== "completed"), `sweeps not yet completed\n--- the other worker said ---\n${otherOutput}`).toEqual([]);
        return all;
      },
      { timeout: 150_000, interval: 250 },
    );

    // Every reminder fired, each by exactly one sweep: the sweeps' counts add up to the total.
    const fired = jobs.reduce((n, j) => n + (j!.output as { fired: number }).fired, 0);
    expect(fired).toBe(total);
    expect(await db.reminder.count({ where: { firedAt: { not: null }, attempts: 1 } })).toBe(total);
    // Both workers took part.
    expect(otherOutput).toMatch(/提醒：发出 \d+ 条/);
    expect(jobs.filter((j) => (j!.output as { fired: number }).fired > 0).length).toBeGreaterThan(1);
    // One overdue notice per unit and 约稿 reached officer A, none twice.
    const overdue = await db.notification.count({ where: { userId: c.officerA.id, kind: "COMMISSION_OVERDUE" } });
    expect(overdue).toBe(COMMISSIONS);
  });
});
