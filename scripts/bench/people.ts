// `npm run -s bench:people`: how long 个人积分 takes on the county of `bench:scores` (its data,
// scores-data.ts, generated the first time: ~200,000 ledger entries, the county adoptions in the
// authors' names; with `--scale N`, the first county of the city): the year's table for the
// office, a reviewer's unit's people (ranked county-wide, so the same table), and one person's
// record. Prints p50/p95/max of 30 runs after 3 warm-ups, and the plan of the table's one
// aggregate. Not a test. Goal: each under 300 ms at p95.
// BENCH_PG_PORT moves the embedded database's port (default 54359, as bench:scores).
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import type { DatabaseHandle } from "../db.ts";
import { ms, runBench, stats } from "./common.ts";
import { BENCH_ACCOUNTS, BENCH_DATABASE, prepareScaleData } from "./scores-data.ts";

const RUNS = 30;
const GOAL_MS = 300;

async function timed(name: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  const { p50, p95, max } = stats(times);
  console.log(`${name.padEnd(36)} p50 ${ms(p50)}   p95 ${ms(p95)}   max ${ms(max)}   goal p95 < ${GOAL_MS} ms  ${p95 < GOAL_MS ? "ok" : "SLOW"}`);
}

async function main(handle: DatabaseHandle) {
  const drafts = await prepareScaleData(handle);
  process.env.DATABASE_URL = handle.url;
  const { db } = await import("../../lib/db.ts");
  const { getPeopleTable, getPersonRecord } = await import("../../lib/scores/personal.ts");
  try {
    const leader = await db.user.findUniqueOrThrow({ where: { username: BENCH_ACCOUNTS.leader } });
    const reviewer = await db.user.findUniqueOrThrow({ where: { username: BENCH_ACCOUNTS.reviewer } });
    const { loadActor } = await import("../../lib/auth/actor.ts");
    const actors = new Map([[leader.id, await loadActor(leader.id)], [reviewer.id, await loadActor(reviewer.id)]]);
    const asActor = (u: { id: string }) => actors.get(u.id)!;
    const year = { kind: "YEAR" as const, year: 2026, index: 1 };
    const month = { kind: "MONTH" as const, year: 2026, index: 11 };
    const table = await getPeopleTable(asActor(leader), year, { page: 1 });
    const top = table.rows[0];
    console.log(`\n${drafts} drafts; ${table.total} persons in the 2026 table; top: ${top ? `${top.name} ${top.points}` : "—"}`);
    await timed("个人积分 2026 (year, the office)", () => getPeopleTable(asActor(leader), year, { page: 1 }));
    await timed("个人积分 2026-11 (month, the office)", () => getPeopleTable(asActor(leader), month, { page: 1 }));
    await timed("个人积分 2026 (a reviewer's unit)", () => getPeopleTable(asActor(reviewer), year, { page: 1 }));
    if (top) await timed("one person's record, 2026", () => getPersonRecord(asActor(leader), top.userId, year));
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await runBench(BENCH_DATABASE, main);
