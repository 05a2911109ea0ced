// `npm run -s bench:scores`: how long the 积分看板 takes for a whole county at
// scale — getDashboard for the year 2026 (and this month) against five years of work —
// beside the bare SQL aggregate of the same year's per-unit figures. Prints p50/p95/max of
// 50 requests after 3 warm-ups, the time each statement of the dashboard takes and, when
// the dashboard misses its goal (or with --explain), their EXPLAIN ANALYZE plans. Not a test.
// Goal: the dashboard under 300 ms at p95.
//
// Data: scores-data.ts (a county of 30 units, 60,000 drafts, ~200,000 ledger rows, generated
// the first time into .data/pg-bench-scores). `--scale 10` measures a city of ten such counties
// (.data/pg-bench-scores-x10): the first county's dashboard as its leader sees it, then the
// city's (its counties ranked) as the city's leader sees it.
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import type { DatabaseHandle } from "../db.ts";
import { ms, runBench, stats } from "./common.ts";
import { BARE_YEAR_FIGURES, BENCH_ACCOUNTS, BENCH_DATABASE, SCALE, YEAR, prepareScaleData } from "./scores-data.ts";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";

const RUNS = 50;
const WARMUP = 3;
const GOAL_MS = 300;
const EXPLAIN = process.argv.includes("--explain");

function report(name: string, times: number[], goal?: number) {
  const { p50, p95, max } = stats(times);
  const verdict = goal === undefined ? "" : `   goal p95 < ${goal} ms  ${p95 < goal ? "ok" : "SLOW"}`;
  console.log(`${name.padEnd(34)} p50 ${ms(p50)}   p95 ${ms(p95)}   max ${ms(max)}${verdict}`);
  return { p50, p95, max };
}

async function timed(fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times;
}

type Logged = { query: string; params: string; duration: number };

/** A short name for a statement of the dashboard, from its text. */
function statementName(q: Logged): string {
  if (q.query.includes("FULL JOIN p")) return `period figures (${/"(\d{4}-\d\d)-01"/.exec(q.params)?.[1] ?? "?"})`;
  if (q.query.includes("extract(month")) return "monthly trend";
  if (q.query.includes(`"ruleCode" AS code`)) return "points by rule";
  if (q.query.includes(`LEFT JOIN "CountsRollup"`)) return "low submitters";
  if (q.query.includes(`FROM "public"."Unit"`)) return "units";
  return q.query.replace(/\s+/g, " ").slice(0, 40);
}

async function main(handle: DatabaseHandle) {
  const drafts = await prepareScaleData(handle);
  const c = new pg.Client({ connectionString: handle.url, application_name: "bench-scores" });
  await c.connect();
  try {
    // The app's `db` (lib/db.ts), built the same way but logging each statement with its
    // parameters and duration: lib/db.ts keeps its client on globalThis.db outside production
    // and uses the one it finds there.
    process.env.DATABASE_URL = handle.url;
    const logged: Logged[] = [];
    const client = new PrismaClient({
      adapter: new PrismaPg({ connectionString: handle.url, max: Number(process.env.DB_POOL_MAX ?? 10) }),
      omit: { user: { passwordHash: true } },
      log: [{ emit: "event", level: "query" }],
    });
    client.$on("query", (e) => logged.push({ query: e.query, params: e.params, duration: Number(e.duration) }));
    (globalThis as unknown as { db?: unknown }).db = client;
    const { db } = await import("../../lib/db.ts");
    const { getDashboard } = await import("../../lib/scores/dashboard.ts");
    const { currentMonthOf } = await import("../../lib/scores/dashboard-view.ts");
    const { periodRange } = await import("../../lib/scores/period.ts");
    type Period = import("../../lib/scores/period.ts").Period;
    type Actor = import("../../lib/authz/permissions.ts").Actor;
    const logging = (db as unknown) === client;

    try {
      const { loadActor } = await import("../../lib/auth/actor.ts");
      const actorOf = async (username: string) => loadActor((await db.user.findUniqueOrThrow({ where: { username } })).id);
      const actor = await actorOf(BENCH_ACCOUNTS.leader);
      const yearPeriod: Period = { kind: "YEAR", year: YEAR, index: 1 };
      const monthPeriod = currentMonthOf(yearPeriod, new Date());
      const { from, to } = periodRange(yearPeriod);

      const bare = () => db.$queryRawUnsafe<Array<{ unitId: string; submitted: number; adoptedCounty: number; adoptedCity: number; adoptedProvincePlus: number; declined: number; points: string }>>(
        BARE_YEAR_FIGURES,
        from,
        to,
      );

      // Same numbers? (A county department's points at the city are its total, its own points
      // there: the bench's counties have no departments below them.)
      const agree = async (who: Actor, whose: string) => {
        const dash = await getDashboard(who, yearPeriod);
        const sql = new Map((await bare()).map((r) => [r.unitId, r]));
        const mismatches = dash.table.filter((r) => {
          const s = sql.get(r.unitId);
          return !s || s.submitted !== r.submitted || s.adoptedCounty !== r.adoptedCounty || s.adoptedCity !== r.adoptedCity ||
            s.adoptedProvincePlus !== r.adoptedProvincePlus || s.declined !== r.declined || Number(s.points) !== r.points;
        });
        const top = dash.table.slice(0, 3).map((r) => `${r.name} ${r.points}`).join("、");
        console.log(`\n${YEAR}, ${whose} (${dash.table.length} units): ${dash.table.reduce((a, r) => a + r.submitted, 0)} submitted, ` +
          `${dash.table.reduce((a, r) => a + r.adoptedCounty, 0)} adopted, ${dash.table.reduce((a, r) => a + r.adoptedCity, 0)} adopted by the city; ` +
          `top: ${top}. Dashboard table and bare SQL agree: ${mismatches.length === 0 ? "yes" : `NO (${mismatches.length} units differ)`}`);
      };
      await agree(actor, SCALE > 1 ? "the first county" : "the county");

      logged.length = 0;
      console.log(`\n${RUNS} requests after ${WARMUP} warm-ups each (Node ${process.version}, ${drafts} drafts; DB pool ${process.env.DB_POOL_MAX ?? 10}):`);
      const yearTimes = await timed(() => getDashboard(actor, yearPeriod));
      const yearLog = logged.splice(0);
      const year = report(`getDashboard ${YEAR} (year)`, yearTimes, GOAL_MS);
      report(`bare SQL aggregate ${YEAR}`, await timed(bare));
      logged.length = 0;
      const monthTimes = await timed(() => getDashboard(actor, monthPeriod));
      const monthLog = logged.splice(0);
      const monthLabel = `${monthPeriod.year}-${String(monthPeriod.index).padStart(2, "0")} (month)`;
      report(`getDashboard ${monthLabel}`, monthTimes, GOAL_MS);
      if (SCALE > 1) {
        // The city's dashboard: its counties ranked, each county's total as the city scores it.
        const city = await actorOf(BENCH_ACCOUNTS.cityLeader);
        await agree(city, "the city");
        report(`getDashboard ${YEAR} (year), city`, await timed(() => getDashboard(city, yearPeriod)), GOAL_MS);
        report(`getDashboard ${monthLabel}, city`, await timed(() => getDashboard(city, monthPeriod)), GOAL_MS);
        logged.length = 0;
      }

      if (!logging) {
        console.log("(lib/db.ts did not take the logging client: no per-statement figures)");
        return;
      }
      // Each statement of the dashboard, as the database driver saw it (these run side by side).
      const perStatement = (log: Logged[], label: string) => {
        const groups = new Map<string, { sample: Logged; durations: number[] }>();
        for (const q of log) {
          const name = statementName(q);
          if (name.startsWith("SELECT 1") || /^(BEGIN|COMMIT)/.test(name)) continue;
          const g = groups.get(name) ?? { sample: q, durations: [] };
          g.durations.push(q.duration);
          groups.set(name, g);
        }
        console.log(`\nStatements of the ${label} dashboard (driver-reported, warm-ups included):`);
        for (const [name, g] of groups) report(`  ${name}`, g.durations);
        return groups;
      };
      const yearGroups = perStatement(yearLog, "year");
      perStatement(monthLog, "month");

      // Where the time goes: EXPLAIN ANALYZE of each statement of the year view.
      console.log(`\nEXPLAIN ANALYZE, year view:`);
      const plans: Array<{ name: string; time: number; plan: string }> = [];
      for (const [name, g] of yearGroups) {
        const params = JSON.parse(g.sample.params) as unknown[];
        const r = await c.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${g.sample.query}`, params);
        const plan = r.rows.map((x) => x["QUERY PLAN"]).join("\n");
        const time = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
        plans.push({ name, time, plan });
        console.log(`  ${name.padEnd(32)} ${ms(time)}`);
      }
      if (year.p95 >= GOAL_MS || EXPLAIN) {
        for (const p of plans.sort((a, b) => b.time - a.time).slice(0, EXPLAIN ? plans.length : 2)) {
          console.log(`\n--- ${p.name} ---\n${p.plan}`);
        }
      }
    } finally {
      await db.$disconnect();
    }
  } finally {
    await c.end();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await runBench(BENCH_DATABASE, main);
