import "server-only";
import { db } from "@/lib/db";

export interface SecurityRules {
  idleMinutes: number;
  passwordMinLength: number;
  passwordExpiryDays: number;
}

export const SECURITY_DEFAULTS: SecurityRules = { idleMinutes: 30, passwordMinLength: 8, passwordExpiryDays: 90 };

/**
 * The rules as stored now: what a new password is checked against, so that an administrator's
 * change holds at once in every web process (npm start runs one per core).
 */
export async function currentSecurityRules(): Promise<SecurityRules> {
  const row = await db.securitySettings.findUnique({ where: { id: 1 } });
  return row ? { idleMinutes: row.idleMinutes, passwordMinLength: row.passwordMinLength, passwordExpiryDays: row.passwordExpiryDays } : SECURITY_DEFAULTS;
}

/**
 * Every request reads these (idle timeout, password expiry), cached per process: the process
 * that saves a change forgets its copy, the others follow within CACHE_MS.
 */
const CACHE_MS = 15_000;
let cached: { at: number; rules: SecurityRules } | undefined;

export async function securityRules(now = Date.now()): Promise<SecurityRules> {
  if (cached && now - cached.at < CACHE_MS) return cached.rules;
  const rules = await currentSecurityRules();
  cached = { at: now, rules };
  return rules;
}

export function forgetSecurityRules(): void {
  cached = undefined;
}
