import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const LIB = path.resolve(__dirname);
/** The database: the Prisma client (even only its transaction type), the pg driver, pg-boss ... */
const DATABASE = /^import [^;]*from "(@\/lib\/db|pg|pg-boss)";$/m;
/** ... and the generated client's runtime (its types alone are harmless). */
const PRISMA_RUNTIME = /^import (?!type )[^;]*from "@\/lib\/generated\/prisma\/client";$/m;

function modules(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : modules(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

const touchesDatabase = (source: string) => DATABASE.test(source) || PRISMA_RUNTIME.test(source);

describe("lib modules that touch the database", () => {
  const touching = modules(LIB).filter((f) => touchesDatabase(fs.readFileSync(f, "utf8")));

  it("are found (the pattern still matches how the database is imported)", () => {
    expect(touching.map((f) => path.relative(LIB, f))).toEqual(expect.arrayContaining(["db.ts", "health.ts", "drafts/create-draft.ts"]));
    expect(touching.length).toBeGreaterThan(50);
  });

  it('import "server-only", so a client component that imports one fails the build', () => {
    const missing = touching.filter((f) => !/^import "server-only";$/m.test(fs.readFileSync(f, "utf8")));
    expect(missing.map((f) => path.relative(LIB, f))).toEqual([]);
  });
});
