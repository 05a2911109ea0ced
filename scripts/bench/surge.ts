// `npm run -s bench:surge`: a deadline day at 09:00. 200 officers (100 townships) submit their
// drafts while the reminder worker, in its own process as in production, delivers 10,000 due
// 约稿 reminders (30,000 notifications). Prints:
//   - the submissions alone first (baseline), then during the sweep: p50/p95/max and errors;
//   - the sweep: how long until every reminder was sent, reminders per second, failures;
//   - that each reminder was sent once (one notification per person and reminder).
// Goals (issue 14): 0 errors, every reminder once, the sweep done within 1 minute. Not a test.
// With --profile the worker runs under `node --cpu-prof`, and where its CPU time went is printed.
//
// Data: its own embedded PostgreSQL in .data/pg-bench-surge (127.0.0.1:54396, database
// zugong_bench_surge; DATABASE_URL is ignored), emptied and filled afresh on every run.
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import type { DatabaseHandle } from "../db.ts";
import { ROOT, start, stopChild } from "../proc.ts";
import { migrateIfNeeded, ms, runBench, stats } from "./common.ts";
import { summarizeProfile } from "./cpu-profile.ts";

const UNITS = 100;
const OFFICERS_PER_UNIT = 2;
const COMMISSIONS = 50; // × 100 units × 2 reminders each = 10,000 reminders
const CONCURRENCY = 20; // officers submitting at the same moment
const SWEEP_TIMEOUT_MS = 5 * 60_000;
const PROFILE_DIR = process.argv.includes("--profile") ? path.join(ROOT, ".data", "reports", "cpu-prof-worker") : null;

async function emptyDatabase(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ t: string }>(
      `SELECT quote_ident(tablename) AS t FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    await client.query(`TRUNCATE ${rows.map((r) => r.t).join(", ")} RESTART IDENTITY CASCADE`);
    await client.query(`DELETE FROM pgboss.job`);
  } finally {
    await client.end();
  }
}

async function main(handle: DatabaseHandle) {
  await migrateIfNeeded(handle.url);
  await emptyDatabase(handle.url);
  process.env.DATABASE_URL = handle.url;
  const { db } = await import("../../lib/db.ts");
  const { createDraft } = await import("../../lib/drafts/create-draft.ts");
  const { moveDraft } = await import("../../lib/drafts/move-draft.ts");
  const { COMMISSION_DUE } = await import("../../lib/planning/commission-reminders.ts");
  const { shanghaiDate, formatIsoDate } = await import("../../lib/time.ts");

  try {
    console.log(`Generating ${UNITS} townships, ${UNITS * OFFICERS_PER_UNIT} officers, ${COMMISSIONS * UNITS * 2} due reminders...`);
    const root = await db.unit.create({ data: { name: "中共示例县委组织部", kind: "COUNTY" } });
    const editor = await db.user.create({ data: { username: "editor", name: "编辑", unitId: root.id, roles: ["EDITOR"], passwordHash: "x" } });
    const { loadActor } = await import("../../lib/auth/actor.ts");
    const officers: Awaited<ReturnType<typeof loadActor>>[] = [];
    for (let u = 0; u < UNITS; u++) {
      const unit = await db.unit.create({ data: { name: `第${u + 1}镇`, kind: "TOWNSHIP", rankGroup: "TOWNSHIP", parentId: root.id, sortOrder: u + 1 } });
      await db.user.create({ data: { username: `zwy_${u}`, name: `委员${u}`, unitId: unit.id, roles: ["REVIEWER"], passwordHash: "x" } });
      for (let k = 0; k < OFFICERS_PER_UNIT; k++) {
        const o = await db.user.create({ data: { username: `xxy_${u}_${k}`, name: `信息员${u}_${k}`, unitId: unit.id, roles: ["OFFICER"], passwordHash: "x" } });
        officers.push(await loadActor(o.id));
      }
    }
    const units = await db.unit.findMany({ where: { kind: "TOWNSHIP" }, select: { id: true } });
    const today = shanghaiDate(new Date());
    const dueOn = new Date(`${formatIsoDate(new Date(Date.now() + 3 * 86_400_000))}T00:00:00Z`);
    const fireAt = new Date(Date.now() - 60_000);
    for (let c = 0; c < COMMISSIONS; c++) {
      const commission = await db.commission.create({ data: { title: `约稿${c + 1}`, dueOn, nodeId: root.id, createdById: editor.id } });
      await db.commissionTarget.createMany({ data: units.map((u) => ({ commissionId: commission.id, unitId: u.id })) });
      const targets = await db.commissionTarget.findMany({ where: { commissionId: commission.id }, select: { id: true } });
      await db.reminder.createMany({
        data: targets.flatMap((t) =>
          ["due-3d", "due-1d"].map((what) => ({ key: `commission-target:${t.id}:${what}`, kind: COMMISSION_DUE, subjectId: t.id, fireAt })),
        ),
      });
    }
    const fields = (i: number) => ({
      title: `第${i}篇迎峰报送信息`,
      kind: "NEWS" as const,
      eventDate: today,
      body: `一、主要做法\n镇党委在${i}个村推行党员积分制管理，细化积分标准，规范积分程序。\n二、取得成效\n党员参与率明显提高。`,
      isFlagship: false,
      contact: "",
    });
    // One after another: setting up is not what is measured (600 interactive transactions at
    // once on a 10-connection pool once left Prisma 6.19 stuck with every connection after BEGIN).
    const drafts = async () => {
      const out = [];
      for (const [i, o] of officers.entries()) out.push({ officer: o, draft: await createDraft(o, fields(i)) });
      return out;
    };
    const single = await drafts();
    const baseline = await drafts();
    const surge = await drafts();

    /** Submits every draft, `concurrency` at a time; the time and outcome of each. */
    const submitAll = async (list: typeof baseline, concurrency = CONCURRENCY) => {
      const times: number[] = [];
      const errors: string[] = [];
      let next = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < list.length) {
            const { officer, draft } = list[next++];
            const t = performance.now();
            try {
              await moveDraft(officer, { id: draft.id, version: draft.version, action: "SUBMIT", secrecyConfirmed: true });
            } catch (err) {
              errors.push((err as Error).message);
            }
            times.push(performance.now() - t);
          }
        }),
      );
      return { times, errors };
    };
    const line = (label: string, r: { times: number[]; errors: string[] }) => {
      const s = stats(r.times);
      console.log(`${label.padEnd(26)} p50 ${ms(s.p50)}   p95 ${ms(s.p95)}   max ${ms(s.max)}   errors ${r.errors.length}${r.errors.length ? ` (${r.errors[0]})` : ""}`);
    };

    console.log(`\n${officers.length} submissions:`);
    line("one at a time", await submitAll(single, 1));
    line(`${CONCURRENCY} at a time`, await submitAll(baseline));

    // The worker in its own process, as `npm start` and the deployment run it; it sweeps at once.
    const total = await db.reminder.count();
    const workerStart = performance.now();
    if (PROFILE_DIR) fs.rmSync(PROFILE_DIR, { recursive: true, force: true });
    // As `npm run worker` runs it (tsx), with node's own flags first when profiling.
    const profiling = PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`] : [];
    const worker = start(process.execPath, [...profiling, "--import", "tsx", "--conditions=react-server", "scripts/worker.ts"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: handle.url },
      stdio: ["ignore", "ignore", "inherit"],
    });
    let firstFiredAt = 0;
    let sweepDoneAt = 0;
    const watch = (async () => {
      for (;;) {
        const fired = await db.reminder.count({ where: { firedAt: { not: null } } });
        if (fired > 0 && !firstFiredAt) firstFiredAt = performance.now();
        if (fired >= total) return (sweepDoneAt = performance.now());
        if (performance.now() - workerStart > SWEEP_TIMEOUT_MS) return;
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    while (!firstFiredAt && performance.now() - workerStart < SWEEP_TIMEOUT_MS) await new Promise((r) => setTimeout(r, 50));
    line(`${CONCURRENCY} at a time, 09:00 sweep`, await submitAll(surge));
    await watch;
    await stopChild(worker.child, "SIGTERM", 20_000);

    const fired = await db.reminder.count({ where: { firedAt: { not: null } } });
    const failed = await db.reminder.count({ where: { lastError: { not: null } } });
    const notifications = await db.notification.count({ where: { kind: "COMMISSION_DUE" } });
    const expected = total * (OFFICERS_PER_UNIT + 1);
    const [{ n: doubled }] = await db.$queryRaw<Array<{ n: number }>>`
      SELECT count(*)::int AS n FROM "Reminder" r
      LEFT JOIN (SELECT regexp_replace("dedupeKey", ':[^:]+$', '') AS key, count(*) AS c FROM "Notification" GROUP BY 1) sent ON sent.key = r.key
      WHERE coalesce(sent.c, 0) <> ${OFFICERS_PER_UNIT + 1}`;
    const sweepMs = sweepDoneAt && firstFiredAt ? sweepDoneAt - firstFiredAt : NaN;
    console.log(`\nSweep: ${fired}/${total} reminders sent in ${(sweepMs / 1000).toFixed(1)} s from the first one ` +
      `(${(fired / (sweepMs / 1000)).toFixed(0)}/s; worker start to first ${((firstFiredAt - workerStart) / 1000).toFixed(1)} s)   goal ≤ 60 s  ${sweepMs <= 60_000 ? "ok" : "SLOW"}`);
    console.log(`Failed reminders: ${failed}. Notifications: ${notifications} of ${expected} expected; reminders not sent exactly once per person: ${doubled}.`);
    if (PROFILE_DIR) {
      const files = fs.readdirSync(PROFILE_DIR).map((f) => path.join(PROFILE_DIR, f));
      const biggest = files.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
      if (biggest) summarizeProfile(JSON.parse(fs.readFileSync(biggest, "utf8")), { from: 0, to: Infinity });
    }
  } finally {
    await db.$disconnect();
  }
}

await runBench({ dataDir: ".data/pg-bench-surge", port: 54396, database: "zugong_bench_surge" }, main);
