// `npm run db:seed [-- --demo]`: runs prisma/seed.ts (default export
// `seed({ demo })`, idempotent) against DATABASE_URL, or against the embedded
// development database (.data/pg) when DATABASE_URL is unset. Demo data with
// --demo, DEMO_DATA=1, or the embedded database (as `npm start` does).
// scripts/test.ts runs it for the e2e database.
import { DEV_DATABASE, ensureDatabase } from "./db.ts";

const db = await ensureDatabase(DEV_DATABASE);
let code = 0;
try {
  process.env.DATABASE_URL = db.url;
  const demo = process.argv.includes("--demo") || process.env.DEMO_DATA === "1" || db.embedded;
  const { default: seed } = (await import("../prisma/seed.ts")) as {
    default: (o: { demo: boolean; work?: boolean }) => Promise<void>;
  };
  await seed({ demo, work: !process.argv.includes("--no-work") });
  console.log(`Seed done${demo ? " (with demo data)" : ""}.`);
} catch (err) {
  console.error(err);
  code = 1;
} finally {
  await db.stop();
}
process.exit(code);
