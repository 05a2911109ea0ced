import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const written: Array<[string, string]> = [];
const original = { error: console.error, warn: console.warn };

beforeAll(async () => {
  console.error = (line: string) => void written.push(["error", line]);
  console.warn = (line: string) => void written.push(["warn", line]);
  const { jsonConsole } = await import("./json-console");
  jsonConsole();
});

afterAll(() => {
  Object.assign(console, original);
  vi.resetModules();
});

describe("jsonConsole", () => {
  it("turns Next's multi-line error output into one JSON line without credentials", () => {
    written.length = 0;
    const err = new Error("connect to postgresql://app:pw123@db:5432/x failed");
    console.error(" ⨯", err);
    expect(written).toHaveLength(1);
    const entry = JSON.parse(written[0][1]);
    expect(entry).toMatchObject({ level: "error", event: "console" });
    expect(entry.message).toContain("postgresql://app:***@db:5432/x");
    expect(written[0][1]).not.toContain("pw123");
    expect(entry.stack).toContain("json-console.test.ts");
    expect(entry.stack).not.toContain("\n");
  });

  it("passes the app's own JSON lines through, and leaves digested errors to onRequestError", () => {
    written.length = 0;
    console.warn('{"time":"2026-12-01T00:00:00.000Z","level":"warn","event":"x"}');
    console.error(" ⨯", Object.assign(new Error("render failed"), { digest: "233429532" }));
    expect(written).toEqual([["warn", '{"time":"2026-12-01T00:00:00.000Z","level":"warn","event":"x"}']]);
  });
});
