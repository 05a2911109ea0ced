import { describe, expect, it } from "vitest";
import { halfWidth, headerKey, tidy } from "./sheet";
import { randomPassword } from "./passwords";

describe("reading cells as a person means them", () => {
  it("makes full-width letters, digits and spaces ordinary and tidies spaces", () => {
    expect(halfWidth("ＢＩＮＧ＿Ｘ３　１３８")).toBe("BING_X3 138");
    expect(tidy("  张\u3000三\u00a0 ")).toBe("张 三");
    expect(tidy("a\u0000b\u0007c")).toBe("abc");
  });
  it("reads a header without its 必填 star, spaces or note", () => {
    expect(headerKey("*登录名（小写字母）")).toBe("登录名");
    expect(headerKey(" 手 机 (选填)")).toBe("手机");
  });
});

describe("initial passwords", () => {
  it("keep to the password rules and leave out look-alike characters", () => {
    for (let i = 0; i < 200; i++) {
      const p = randomPassword("abc", 12);
      expect(p).toHaveLength(12);
      expect(p).toMatch(/[A-Za-z]/);
      expect(p).toMatch(/\d/);
      expect(p).not.toMatch(/[0O1lI]/);
      expect(p.toLowerCase()).not.toContain("abc");
    }
    expect(randomPassword("x", 8)).toHaveLength(10);
  });
});
