// `npm run -s db:diff > prisma/migrations/0001_init/migration.sql`
//
// Prints the SQL that creates the whole schema (prisma/schema.prisma) from an
// empty database on stdout; everything else goes to stderr. Prisma's JS schema
// engine connects to a database even for this (it reads nothing from it): we
// use DATABASE_URL if set, otherwise the embedded development cluster (.data/pg).
// Extra arguments are passed on to `prisma migrate diff`.
//
// `prisma(url, args)` runs any Prisma CLI command against a database, the way this
// script does; scripts/schema-drift.ts uses it to compare a migrated database with the schema.
import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DEV_DATABASE, ensureDatabase } from "./db.ts";
import { ROOT, bin } from "./proc.ts";

/** Runs `prisma <args>` with DATABASE_URL=url. stdout is captured (or inherited), stderr inherited. */
export function prisma(url: string, args: string[], stdout: "pipe" | "inherit" = "pipe"): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(bin("prisma"), args, {
      cwd: ROOT,
      stdio: ["ignore", stdout, "inherit"],
      env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
    });
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    child.on("error", (err) => {
      console.error(err);
      resolve({ code: 1, out });
    });
    child.on("exit", (c) => resolve({ code: c ?? 1, out }));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  // Our own progress messages must not end up in the SQL on stdout.
  console.log = (...args: unknown[]) => console.error(...args);
  const db = await ensureDatabase(DEV_DATABASE);
  const { code } = await prisma(
    db.url,
    ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script", ...process.argv.slice(2)],
    "inherit",
  );
  await db.stop();
  process.exit(code);
}
