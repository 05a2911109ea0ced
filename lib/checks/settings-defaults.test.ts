import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CHECK_SETTING_DEFAULTS } from "./types";

/** The `@default(...)` of each column of a model in prisma/schema.prisma. */
function columnDefaults(model: string): Record<string, string> {
  const schema = readFileSync(path.join(process.cwd(), "prisma", "schema.prisma"), "utf8");
  const block = schema.match(new RegExp(`model ${model} \\{([\\s\\S]*?)\\n\\}`))?.[1] ?? "";
  const out: Record<string, string> = {};
  for (const m of block.matchAll(/^\s*(\w+)\s+\S+.*@default\((.*?)\)\s*$/gm)) out[m[1]] = m[2];
  return out;
}

describe("check settings defaults", () => {
  it("are what a fresh database's settings row gets", () => {
    const db = columnDefaults("CheckSettings");
    expect(Number(db.titleMaxLength)).toBe(CHECK_SETTING_DEFAULTS.titleMaxLength);
    expect(Number(db.staleDays)).toBe(CHECK_SETTING_DEFAULTS.staleDays);
    expect(Number(db.similarityThreshold)).toBe(CHECK_SETTING_DEFAULTS.similarityThreshold);
    expect(Number(db.urgentHours)).toBe(CHECK_SETTING_DEFAULTS.urgentHours);
    expect(db.severeChecks).toBe("[]");
    expect(CHECK_SETTING_DEFAULTS.severeChecks).toEqual([]);
  });
});
