import { describe, expect, it } from "vitest";
import { safeInternalPath } from "./safe-path";

describe("safeInternalPath", () => {
  it("keeps a path inside the system", () => {
    expect(safeInternalPath("/drafts/6f1c1d5e-8a3b-4c2d-9e0f-123456789abc")).toBe("/drafts/6f1c1d5e-8a3b-4c2d-9e0f-123456789abc");
    expect(safeInternalPath("/commissions?q=约稿&page=2")).toBe("/commissions?q=约稿&page=2");
    expect(safeInternalPath("/")).toBe("/");
  });

  it("sends anything that could leave the site to the notification list", () => {
    for (const href of ["/\\evil.com", "//evil.com", "\\\\evil.com", "https://evil.com/", "evil.com", "javascript:alert(1)", "", "/\t/evil.com", "/\n/evil.com", null, undefined]) {
      expect(safeInternalPath(href), JSON.stringify(href)).toBe("/notifications");
    }
  });
});
