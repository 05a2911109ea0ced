// `npm run -s db:diff > prisma/migrations/0001_init/migration.sql`
//
// Prints the SQL that creates the whole schema (prisma/schema.prisma) from an
// empty database on stdout; everything else goes to stderr. Prisma's JS schema
// engine connects to a database even for this (it reads nothing from it): we
// use DATABASE_URL if set, otherwise the embedded development cluster (.data/pg).
// Extra arguments are passed on to `prisma migrate diff`.
import { spawn } from "node:child_process";
import { DEV_DATABASE, ensureDatabase } from "./db.ts";
import { ROOT, bin } from "./proc.ts";

// Our own progress messages must not end up in the SQL on stdout.
console.log = (...args: unknown[]) => console.error(...args);

const db = await ensureDatabase(DEV_DATABASE);
const code = await new Promise<number>((resolve) => {
  const child = spawn(
    bin("prisma"),
    ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script", ...process.argv.slice(2)],
    {
      cwd: ROOT,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, DATABASE_URL: db.url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    },
  );
  child.on("error", (err) => {
    console.error(err);
    resolve(1);
  });
  child.on("exit", (c) => resolve(c ?? 1));
});
await db.stop();
process.exit(code);
