/**
 * GET /api/health answers a proxy: 200 {"status":"ok"} while the database answers, 503 when it
 * does not, within its short timeout even when the server hangs, and never any data.
 */
import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { databaseAnswers } from "@/lib/health";

const hung: net.Socket[] = [];
// Accepts connections and never says a word, like a database server that hangs.
const silent = net.createServer((s) => void hung.push(s));
afterAll(async () => {
  for (const s of hung) s.destroy();
  await new Promise((r) => silent.close(r));
});

describe("GET /api/health", () => {
  it("answers 200 with nothing but the status while the database answers", async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("answers 503 when the database is down", async () => {
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = "postgresql://nobody:none@127.0.0.1:1/none";
    try {
      const res = await GET();
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: "unavailable" });
    } finally {
      process.env.DATABASE_URL = saved;
    }
  });

  it("gives up on a database that hangs after its timeout instead of waiting", async () => {
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
    const port = (silent.address() as net.AddressInfo).port;
    const started = Date.now();
    expect(await databaseAnswers(`postgresql://nobody:none@127.0.0.1:${port}/none`, 300)).toBe(false);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
