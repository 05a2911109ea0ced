import type { SecurityRules } from "./security-settings";

/** 等保 password rules: a minimum length, letters and digits, not the login name. Null when acceptable. */
export function passwordProblem(password: string, rules: Pick<SecurityRules, "passwordMinLength">, username?: string): string | null {
  if (password.length < rules.passwordMinLength) return `密码至少${rules.passwordMinLength}位`;
  if (password.length > 128) return "密码最多128位";
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) return "密码须同时包含字母和数字";
  if (username && password.toLowerCase().includes(username.toLowerCase())) return "密码不能包含登录名";
  return null;
}

export function passwordExpired(changedAt: Date, rules: Pick<SecurityRules, "passwordExpiryDays">, now: Date): boolean {
  return rules.passwordExpiryDays > 0 && now.getTime() - changedAt.getTime() > rules.passwordExpiryDays * 86_400_000;
}
