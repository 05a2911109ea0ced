import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { ConflictError } from "@/lib/errors";
import type { z } from "zod";
import type { checkSettingsSchema } from "@/lib/validation/admin";

/** 稿件检查设置: one row, changed by the administrator, every change audited. */
export async function updateCheckSettings(actor: Actor, input: z.output<typeof checkSettingsSchema>, seenAt?: Date) {
  requirePermission(actor, "admin.manage");
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
    const current = await tx.checkSettings.findUnique({ where: { id: 1 } });
    if (current && seenAt && current.updatedAt.getTime() !== seenAt.getTime()) throw new ConflictError("检查设置刚被别人改过，请刷新后再改");
    const saved = await tx.checkSettings.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
    await audit(tx, { actorId: actor.id, action: "checks.settings", entityType: "CheckSettings", entityId: "1", data });
    return saved.updatedAt;
  });
}
