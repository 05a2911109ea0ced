import { describe, expect, it } from "vitest";
import { passwordExpired, passwordProblem } from "./password-policy";

describe("password rules", () => {
  const rules = { passwordMinLength: 8, passwordExpiryDays: 90 };
  it("asks for length, letters and digits, and not the login name", () => {
    expect(passwordProblem("abc123", rules)).toBe("密码至少8位");
    expect(passwordProblem("abcdefgh", rules)).toBe("密码须同时包含字母和数字");
    expect(passwordProblem("12345678", rules)).toBe("密码须同时包含字母和数字");
    expect(passwordProblem("Qingshan2026", rules, "qingshan")).toBe("密码不能包含登录名");
    expect(passwordProblem("Hills2026x", rules, "qingshan")).toBeNull();
  });
  it("expires after the set number of days, never when 0", () => {
    const changed = new Date("2026-01-01T00:00:00Z");
    expect(passwordExpired(changed, rules, new Date("2026-03-31T00:00:00Z"))).toBe(false);
    expect(passwordExpired(changed, rules, new Date("2026-04-02T00:00:00Z"))).toBe(true);
    expect(passwordExpired(changed, { passwordExpiryDays: 0 }, new Date("2030-01-01T00:00:00Z"))).toBe(false);
  });
});
