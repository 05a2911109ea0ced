/** A unit's active 信息员 accounts: who a 约稿 is handed to, a 点题 given to, a roster names. */
import "server-only";
import { db } from "@/lib/db";

export const activeOfficerOf = (unitId: string) => ({ unitId, active: true, roles: { has: "OFFICER" as const } });

/** For the pickers: name order. */
export function officerChoices(unitId: string) {
  return db.user.findMany({ where: activeOfficerOf(unitId), orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, phone: true } });
}
