import { afterEach, describe, expect, it, vi } from "vitest";
import { logError, safeMessage } from "./log";

afterEach(() => vi.restoreAllMocks());

describe("safeMessage", () => {
  it("masks credentials in connection strings and key=value pairs, on one line", () => {
    const err = new Error("connect failed: postgresql://app:S3cret!@db.internal:5432/zugong\n  password=hunter2 token: abc");
    const message = safeMessage(err);
    expect(message).not.toMatch(/S3cret|hunter2|abc$/);
    expect(message).toContain("postgresql://app:***@db.internal:5432/zugong");
    expect(message).not.toContain("\n");
  });

  it("bounds very long messages", () => {
    expect(safeMessage("x".repeat(5000)).length).toBeLessThanOrEqual(501);
  });
});

describe("logError", () => {
  it("writes one JSON line to stderr with the ids an operator searches by", () => {
    const written: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: string) => void written.push(line));
    logError("request-error", new TypeError("boom"), { id: "req-1", digest: "3412345678" });
    expect(written).toHaveLength(1);
    expect(JSON.parse(written[0])).toMatchObject({
      level: "error",
      event: "request-error",
      id: "req-1",
      digest: "3412345678",
      name: "TypeError",
      message: "boom",
    });
  });
});
