import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { ConflictError } from "@/lib/errors";
import { loadCheckSettings } from "@/lib/drafts/review-checks";
import { urgentHours } from "@/lib/urgent/cases";
import type { z } from "zod";
import type { checkSettingsSchema } from "@/lib/validation/admin";

/** What the 稿件检查设置 form starts from, and when it was last saved (to tell of a save in between). */
export async function checkSettingsForm(actor: Actor) {
  requirePermission(actor, "admin.manage");
  const [s, hours, row] = await Promise.all([
    loadCheckSettings(),
    urgentHours(),
    db.checkSettings.findUnique({ where: { id: 1 }, select: { updatedAt: true } }),
  ]);
  return {
    seenAt: row?.updatedAt,
    initial: {
      titleMaxLength: s.titleMaxLength,
      staleDays: s.staleDays,
      similarityPercent: Math.round(s.similarityThreshold * 100),
      severeChecks: s.severeChecks,
      urgentHours: hours,
    },
  };
}

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
