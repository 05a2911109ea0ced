import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import type { Actor } from "@/lib/authz/permissions";
import { requireDeploymentAdmin } from "@/lib/admin/deployment";
import { forgetSecurityRules } from "@/lib/auth/security-settings";
import type { z } from "zod";
import type { securitySettingsSchema } from "@/lib/validation/admin";

/** 安全设置: one row, changed by the administrator, audited. */
export async function updateSecuritySettings(actor: Actor, input: z.output<typeof securitySettingsSchema>) {
  await requireDeploymentAdmin(actor);
  await db.$transaction(async (tx) => {
    const before = await tx.securitySettings.findUnique({ where: { id: 1 } });
    await tx.securitySettings.upsert({ where: { id: 1 }, create: { id: 1, ...input, updatedById: actor.id }, update: { ...input, updatedById: actor.id } });
    await audit(tx, {
      actorId: actor.id,
      action: "security.settings",
      entityType: "SecuritySettings",
      entityId: "1",
      data: { from: before ? { idleMinutes: before.idleMinutes, passwordMinLength: before.passwordMinLength, passwordExpiryDays: before.passwordExpiryDays } : null, to: input },
    });
  });
  forgetSecurityRules();
}
