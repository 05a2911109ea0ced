import "server-only";
import { db, type Tx } from "@/lib/db";
import { sql } from "@/lib/sql";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { requireDeploymentAdmin } from "@/lib/admin/deployment";
import { CHECK_CODES, CHECK_SETTING_DEFAULTS, type CheckCode } from "@/lib/checks";
import { ConflictError } from "@/lib/errors";
import type { z } from "zod";
import type { checkSettingsSchema } from "@/lib/validation/admin";

export type StoredSettings = typeof CHECK_SETTING_DEFAULTS & { updatedAt: Date | null };

/**
 * The one reader of the 稿件检查设置 row (the checks, the similarity threshold, the 紧急信息 time
 * limit): the saved values, or the defaults while nobody has saved any. A check code no longer
 * known is dropped. Pass the transaction when reading inside one.
 */
export async function readCheckSettings(tx?: Tx): Promise<StoredSettings> {
  // Outside a transaction (beside every draft opened) through `sql` (lib/sql.ts).
  const row = tx
    ? await tx.checkSettings.findUnique({ where: { id: 1 } })
    : (await sql<{ titleMaxLength: number; staleDays: number; similarityThreshold: number; severeChecks: string[]; urgentHours: number; updatedAt: Date }>`
        SELECT "titleMaxLength", "staleDays", "similarityThreshold", "severeChecks", "urgentHours", "updatedAt" FROM "CheckSettings" WHERE id = 1`)[0];
  if (!row) return { ...CHECK_SETTING_DEFAULTS, updatedAt: null };
  return {
    titleMaxLength: row.titleMaxLength,
    staleDays: row.staleDays,
    similarityThreshold: row.similarityThreshold,
    severeChecks: row.severeChecks.filter((c): c is CheckCode => (CHECK_CODES as readonly string[]).includes(c)),
    urgentHours: row.urgentHours,
    updatedAt: row.updatedAt,
  };
}

/** What the 稿件检查设置 form starts from, and when it was last saved (to tell of a save in between). */
export async function checkSettingsForm(actor: Actor) {
  requirePermission(actor, "admin.manage");
  const s = await readCheckSettings();
  return {
    seenAt: s.updatedAt ?? undefined,
    initial: {
      titleMaxLength: s.titleMaxLength,
      staleDays: s.staleDays,
      similarityPercent: Math.round(s.similarityThreshold * 100),
      severeChecks: s.severeChecks,
      urgentHours: s.urgentHours,
    },
  };
}

/** 稿件检查设置: one row, changed by the administrator, every change audited. */
export async function updateCheckSettings(actor: Actor, input: z.output<typeof checkSettingsSchema>, seenAt?: Date) {
  await requireDeploymentAdmin(actor);
  const data = {
    titleMaxLength: input.titleMaxLength,
    staleDays: input.staleDays,
    similarityThreshold: input.similarityPercent / 100,
    severeChecks: input.severeChecks,
    // Only cases opened afterwards get the new time limit: a running clock keeps its due time.
    ...(input.urgentHours !== undefined ? { urgentHours: input.urgentHours } : {}),
    updatedById: actor.id,
  };
  return db.$transaction(async (tx) => {
    // Of two administrators saving at once, the second is told instead of silently winning.
    const { updatedAt } = await readCheckSettings(tx);
    if (updatedAt && seenAt && updatedAt.getTime() !== seenAt.getTime()) throw new ConflictError("检查设置刚被别人改过，请刷新后再改");
    const saved = await tx.checkSettings.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
    await audit(tx, { actorId: actor.id, action: "checks.settings", entityType: "CheckSettings", entityId: "1", data });
    return saved.updatedAt;
  });
}
