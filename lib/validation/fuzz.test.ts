// Every form schema against generated hostile input, through the same parse step the action
// wrapper uses (parseInput): no exception, every message in plain Chinese, and nothing that
// passes carries NUL, half characters or a number PostgreSQL's integer cannot hold.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseInput } from "./parse";
import * as admin from "./admin";
import * as bulletin from "./bulletin";
import * as commission from "./commission";
import * as draft from "./draft";
import * as list from "./list";
import * as planning from "./planning";
import * as score from "./score";
import * as urgent from "@/lib/urgent/schemas";

const modules = { admin, bulletin, commission, draft, list, planning, score, urgent };
const schemas = Object.entries(modules).flatMap(([mod, exports]) =>
  Object.entries(exports as Record<string, unknown>)
    .filter(([, v]) => v instanceof z.ZodType)
    .map(([name, schema]) => [`${mod}.${name}`, schema as z.ZodType] as const),
);

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom("", " ", "\u0000", "a\u0000b", "\uD800", "\uDC00x", "😀".slice(0, 1), "x".repeat(70_000), "2026-02-30", "2026-11-23", "2026-11-23T08:00", "NaN"),
  fc.integer(),
  fc.constantFrom(2_147_483_648, -2_147_483_649, Number.MAX_SAFE_INTEGER, 1e308, -0, Number.NaN, Number.POSITIVE_INFINITY, 0.5),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.uuid(),
  fc.array(fc.oneof(fc.string(), fc.uuid(), fc.integer()), { maxLength: 5 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);

/** Objects with the schema's own field names (so parsing goes past the first check), and anything at all. */
function inputsFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  const keys = shape ? Object.keys(shape) : [];
  const shaped = keys.length ? fc.record(Object.fromEntries(keys.map((k) => [k, nasty])), { requiredKeys: [] }) : nasty;
  return fc.oneof(shaped, fc.anything(), nasty);
}

const HALF = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkOutput(value: unknown, where: string): void {
  if (typeof value === "string") {
    expect(value.includes("\u0000"), `${where}: NUL`).toBe(false);
    expect(HALF.test(value), `${where}: half character`).toBe(false);
  } else if (typeof value === "number") {
    expect(Number.isFinite(value) && Math.abs(value) <= 2_147_483_647, `${where}: number ${value}`).toBe(true);
  } else if (Array.isArray(value)) value.forEach((v, i) => checkOutput(v, `${where}.${i}`));
  else if (value && typeof value === "object" && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) checkOutput(v, `${where}.${k}`);
  }
}

const RUNS = 400;

describe("every form schema under generated input", () => {
  it(`covers the schemas (${schemas.length}) with at least 10,000 inputs in all`, () => {
    expect(schemas.length * RUNS).toBeGreaterThanOrEqual(10_000);
  });

  for (const [name, schema] of schemas) {
    it(name, () => {
      fc.assert(
        fc.property(inputsFor(schema), (input) => {
          const result = parseInput(schema, input);
          if (result.success) {
            checkOutput(result.data, name);
            return;
          }
          for (const issue of result.error.issues) {
            expect(issue.message, `${name} ${issue.path.join(".")}`).toMatch(/[\u4e00-\u9fff]/);
            expect(issue.message, `${name} ${issue.path.join(".")}`).not.toMatch(/[A-Za-z]{4,}/);
          }
        }),
        { numRuns: RUNS, seed: 20261201 },
      );
    });
  }
});
