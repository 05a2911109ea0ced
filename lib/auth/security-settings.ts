import "server-only";
import { db } from "@/lib/db";

export interface SecurityRules {
  idleMinutes: number;
  passwordMinLength: number;
  passwordExpiryDays: number;
}

export const SECURITY_DEFAULTS: SecurityRules = { idleMinutes: 30, passwordMinLength: 8, passwordExpiryDays: 90 };

/** Every request reads these; a few seconds of staleness after an administrator's change is fine. */
const CACHE_MS = 15_000;
let cached: { at: number; rules: SecurityRules } | undefined;

export async function securityRules(now = Date.now()): Promise<SecurityRules> {
  if (cached && now - cached.at < CACHE_MS) return cached.rules;
  const row = await db.securitySettings.findUnique({ where: { id: 1 } });
  const rules = row
    ? { idleMinutes: row.idleMinutes, passwordMinLength: row.passwordMinLength, passwordExpiryDays: row.passwordExpiryDays }
    : SECURITY_DEFAULTS;
  cached = { at: now, rules };
  return rules;
}

export function forgetSecurityRules(): void {
  cached = undefined;
}
