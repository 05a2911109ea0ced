// `schemaDrift(url)`: the SQL that `prisma migrate diff` says would turn the database at `url`
// into prisma/schema.prisma, "" when the two agree. tests/integration/schema-drift.test.ts runs
// it on a database migrated from empty, so a migration that does not build exactly the schema
// (or a schema change without its migration) fails the tests.
//
// Prisma 6.19 refuses `migrate diff --from-url` when prisma.config.ts names a driver adapter (our
// offline JS schema engine needs one), so the database is first read back into a datamodel with
// `prisma db pull --print` against a throwaway schema holding only the datasource (plain
// introspection, nothing carried over from prisma/schema.prisma), and the two datamodels are
// diffed. Neither side sees CHECK constraints, triggers or partial and expression indexes: the
// migrations alone hold those.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { prisma } from "./diff.ts";

const DATASOURCE = 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n';

export async function schemaDrift(url: string, schema = "prisma/schema.prisma"): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zugong-drift-"));
  try {
    const empty = path.join(dir, "empty.prisma");
    fs.writeFileSync(empty, DATASOURCE);
    const pull = await prisma(url, ["db", "pull", "--schema", empty, "--print"]);
    // The CLI prints a warning about the adapter before the datamodel.
    const start = pull.out.indexOf("datasource db {");
    if (pull.code !== 0 || start < 0) throw new Error(`prisma db pull failed (exit code ${pull.code})`);
    const pulled = path.join(dir, "database.prisma");
    fs.writeFileSync(pulled, pull.out.slice(start));
    const diff = await prisma(url, ["migrate", "diff", "--from-schema-datamodel", pulled, "--to-schema-datamodel", schema, "--script", "--exit-code"]);
    // --exit-code: 0 the same, 2 different, anything else an error.
    if (diff.code === 0) return "";
    if (diff.code === 2) return diff.out.trim();
    throw new Error(`prisma migrate diff failed (exit code ${diff.code})`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
