// `npm run -s bench:onboard`: how long the preview of 导入单位与人员 takes for a 5,000-row 人员 sheet
// (and 250 units), as the route does it: the upload checks, reading the workbook, and planning
// every row against a county already in the system (30 units, 90 accounts). Loading that county
// from the database is a few small queries and is left out. Prints figures; not a test.
// Goal on a 2-core machine: under 5 s.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { renderOnboardingWorkbook, type PersonRowOut, type UnitRowOut } from "../../lib/onboarding/template.ts";
import { assertSafeXlsx } from "../../lib/onboarding/xlsx-guard.ts";
import { loadWorkbook, planImport, type Existing } from "../../lib/onboarding/plan.ts";

const ROOT = "中共示例市委组织部";
const RUNS = 3;

function county(): Existing {
  const root = { id: randomUUID(), name: ROOT, kind: "COUNTY" as const, rankGroup: null, parentId: null, sortOrder: 0 };
  const units = [root, ...Array.from({ length: 30 }, (_, i) => ({ id: randomUUID(), name: `既有镇${i}`, kind: "TOWNSHIP" as const, rankGroup: "TOWNSHIP" as const, parentId: root.id, sortOrder: i + 1 }))];
  const users = units.slice(1).flatMap((u, i) =>
    (["OFFICER", "REVIEWER", "OFFICER"] as const).map((role, k) => ({ id: randomUUID(), username: `old${i}_${k}`, name: `旧人${i}${k}`, unitId: u.id, roles: [role], phone: "13800000000", active: true })),
  );
  return { units, users, roster: new Map(), scope: { home: root, takenElsewhere: new Set() }, usernamesElsewhere: new Set() };
}

function rows(): { units: UnitRowOut[]; people: PersonRowOut[] } {
  const units = Array.from({ length: 250 }, (_, i): UnitRowOut => ({ name: `新单位${i}`, kind: i % 3 ? "TOWNSHIP" : "AGENCY", group: i % 3 ? "TOWNSHIP" : "AGENCY", parent: ROOT, sortOrder: 100 + i }));
  const people = Array.from({ length: 5000 }, (_, i): PersonRowOut => ({
    name: `人员${i}`,
    username: i < 90 ? `old${Math.floor(i / 3)}_${i % 3}` : `user${i}`,
    unit: i < 90 ? `既有镇${Math.floor(i / 3)}` : `新单位${i % 250}`,
    // One reviewer per new unit (rows 90–339 cover all 250), then one full-time officer each.
    roles: [(i < 90 && i % 3 === 1) || (i >= 90 && i < 340) ? "组织委员" : "信息员"],
    phone: `139${String(i).padStart(8, "0")}`,
    fullTime: i >= 340 && i < 590,
  }));
  return { units, people };
}

const bytes = await renderOnboardingWorkbook(rows());
const existing = county();
console.log(`人员 5000 rows, 单位 250 rows, ${(bytes.length / 1024).toFixed(0)} KB (Node ${process.version})`);
for (let run = 0; run <= RUNS; run++) {
  const start = performance.now();
  const checked = await assertSafeXlsx("名单.xlsx", bytes);
  const checkedAt = performance.now();
  const wb = await loadWorkbook(checked);
  const readAt = performance.now();
  const plan = planImport(wb, existing, randomUUID());
  const end = performance.now();
  const total = end - start;
  if (plan.issues.length) throw new Error(`the sample should be valid: ${JSON.stringify(plan.issues.slice(0, 3))}`);
  console.log(
    `${run === 0 ? "first" : `run ${run}`}  checks ${(checkedAt - start).toFixed(0).padStart(5)} ms   read ${(readAt - checkedAt).toFixed(0).padStart(5)} ms   plan ${(end - readAt).toFixed(0).padStart(5)} ms   total ${total.toFixed(0).padStart(5)} ms   goal < 5000 ms  ${total < 5000 ? "ok" : "SLOW"}   (${plan.counts.people.create} new, ${plan.counts.people.update} changed)`,
  );
}
