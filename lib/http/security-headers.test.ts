import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SHEET_CSS } from "@/lib/bulletins/print/sheet-css";
import { contentSecurityPolicy, newNonce, requestIdFor, servedOverHttps } from "./security-headers";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("contentSecurityPolicy", () => {
  it("lets scripts and style elements run only with the request's nonce in production", () => {
    const csp = directives(contentSecurityPolicy({ nonce: "abc123==", dev: false, https: false }));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(csp.get("style-src")?.slice(0, 2)).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(csp.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
    expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it("allows eval only for the dev server, and upgrades subresources only over HTTPS", () => {
    expect(contentSecurityPolicy({ nonce: "n", dev: true, https: false })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: "n", dev: false, https: true })).toMatch(/; upgrade-insecure-requests$/);
  });

  it("without a nonce allows no inline script at all", () => {
    const csp = directives(contentSecurityPolicy({ nonce: null, dev: false, https: false }));
    expect(csp.get("script-src")).toEqual(["'self'"]);
    expect(csp.get("style-src")?.[0]).toBe("'self'");
    expect(csp.get("style-src")?.slice(1).every((s) => s.startsWith("'sha256-"))).toBe(true);
  });

  it("allows the bulletin sheets' inline <style> by the hash of its exact text", () => {
    const hash = `'sha256-${createHash("sha256").update(SHEET_CSS).digest("base64")}'`;
    for (const nonce of ["n", null]) {
      expect(contentSecurityPolicy({ nonce, dev: false, https: false })).toContain(`style-src 'self'${nonce ? ` 'nonce-${nonce}'` : ""} ${hash};`);
    }
  });
});

describe("servedOverHttps (HSTS and upgrade-insecure-requests)", () => {
  it("follows the public address in NEXTAUTH_URL", () => {
    expect(servedOverHttps({ nextauthUrl: "https://zugong.example.gov.cn", trustProxy: false, forwardedProto: null })).toBe(true);
    expect(servedOverHttps({ nextauthUrl: "http://localhost:3000", trustProxy: false, forwardedProto: null })).toBe(false);
    expect(servedOverHttps({ nextauthUrl: undefined, trustProxy: false, forwardedProto: undefined })).toBe(false);
  });

  it("believes X-Forwarded-Proto only from a trusted proxy, and only its first hop", () => {
    const http = "http://10.0.0.5:3000";
    expect(servedOverHttps({ nextauthUrl: http, trustProxy: false, forwardedProto: "https" })).toBe(false);
    expect(servedOverHttps({ nextauthUrl: http, trustProxy: true, forwardedProto: "https" })).toBe(true);
    expect(servedOverHttps({ nextauthUrl: http, trustProxy: true, forwardedProto: "HTTPS, http" })).toBe(true);
    expect(servedOverHttps({ nextauthUrl: http, trustProxy: true, forwardedProto: "http, https" })).toBe(false);
    expect(servedOverHttps({ nextauthUrl: http, trustProxy: true, forwardedProto: null })).toBe(false);
  });
});

describe("requestIdFor", () => {
  it("keeps a trusted proxy's id and replaces anything else", () => {
    expect(requestIdFor("nginx-7f3a9c21e4", true)).toBe("nginx-7f3a9c21e4");
    expect(requestIdFor("nginx-7f3a9c21e4", false)).not.toBe("nginx-7f3a9c21e4");
    expect(requestIdFor("a\r\nSet-Cookie: x=1", true)).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFor("x".repeat(129), true)).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFor(undefined, true)).not.toBe(requestIdFor(undefined, true));
  });
});

describe("newNonce", () => {
  it("is 128 random bits in base64, fresh each time", () => {
    const nonces = Array.from({ length: 100 }, newNonce);
    expect(nonces.every((n) => /^[A-Za-z0-9+/]{22}==$/.test(n))).toBe(true);
    expect(new Set(nonces).size).toBe(100);
  });
});
