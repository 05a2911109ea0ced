import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { observeRequests } from "./observe-requests";

// A real Node HTTP server with the hook installed, as `next start` has it.
let server: http.Server;
let origin: string;
const lines: string[] = [];
const savedEnv = { NEXTAUTH_URL: process.env.NEXTAUTH_URL, TRUST_PROXY: process.env.TRUST_PROXY };

beforeAll(async () => {
  observeRequests();
  observeRequests(); // a second register() must not log twice
  server = http.createServer((req, res) => {
    res.statusCode = req.url?.startsWith("/missing") ? 404 : 200;
    res.end(String(req.headers["x-request-id"]));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
});

afterEach(() => {
  process.env.NEXTAUTH_URL = savedEnv.NEXTAUTH_URL;
  process.env.TRUST_PROXY = savedEnv.TRUST_PROXY;
  lines.length = 0;
});

afterAll(async () => {
  vi.restoreAllMocks();
  await new Promise((resolve) => server.close(resolve));
});

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(origin + path, { headers });
  return { res, body: await res.text() };
}

describe("observeRequests", () => {
  it("puts the security headers and a request id on every response, and the same id on the request", async () => {
    process.env.NEXTAUTH_URL = "http://127.0.0.1:3000";
    const { res, body } = await get("/missing?q=名单");
    expect(res.status).toBe(404);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("same-origin");
    expect(res.headers.get("permissions-policy")).toContain("camera=()");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("strict-transport-security")).toBeNull();
    const id = res.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body).toBe(id);
  });

  it("writes one JSON line per request with id, method, path without query, status and duration", async () => {
    const { res } = await get("/missing/draft?q=名单");
    await vi.waitFor(() => expect(lines).toHaveLength(1));
    const entry = JSON.parse(lines[0]);
    expect(entry).toMatchObject({
      level: "info",
      event: "request",
      id: res.headers.get("x-request-id"),
      method: "GET",
      path: "/missing/draft",
      status: 404,
    });
    expect(entry.ms).toBeGreaterThanOrEqual(0);
    expect(Date.parse(entry.time)).not.toBeNaN();
  });

  it("sends HSTS when the public address is https", async () => {
    process.env.NEXTAUTH_URL = "https://zugong.example.gov.cn";
    const { res } = await get("/");
    expect(res.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
  });

  it("believes a proxy's X-Forwarded-Proto and X-Request-Id only with TRUST_PROXY=1", async () => {
    process.env.NEXTAUTH_URL = "http://10.0.0.5:3000";
    const fromProxy = { "x-forwarded-proto": "https", "x-request-id": "nginx-5d41402abc4b" };
    process.env.TRUST_PROXY = "";
    const spoofed = (await get("/", fromProxy)).res;
    expect(spoofed.headers.get("strict-transport-security")).toBeNull();
    expect(spoofed.headers.get("x-request-id")).not.toBe("nginx-5d41402abc4b");

    process.env.TRUST_PROXY = "1";
    const proxied = await get("/", fromProxy);
    expect(proxied.res.headers.get("strict-transport-security")).toContain("max-age=");
    expect(proxied.res.headers.get("x-request-id")).toBe("nginx-5d41402abc4b");
    expect(proxied.body).toBe("nginx-5d41402abc4b");
  });
});
