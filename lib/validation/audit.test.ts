import { describe, expect, it } from "vitest";
import { auditParamsSchema } from "./audit";

describe("auditParamsSchema", () => {
  it("keeps sensible filters and drops the rest instead of failing", () => {
    expect(auditParamsSchema.parse({ who: " 胡蓉 ", kind: "auth", type: "Draft", from: "2026-11-01", page: "3" })).toMatchObject({ who: "胡蓉", kind: "auth", type: "Draft", from: "2026-11-01", page: 3 });
    expect(auditParamsSchema.parse({ unit: "x", kind: "drop", type: "Nope", to: "2026-13-45", page: "-1" })).toEqual({ page: 1 });
  });
  it("strips NUL and half characters from typed text before it reaches the database", () => {
    expect(auditParamsSchema.parse({ who: "a\u0000b\uD800", id: "\u0000", ip: "10.0.0.\u0000" })).toMatchObject({ who: "ab", id: "", ip: "10.0.0." });
  });
});
