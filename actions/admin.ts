"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/auth/action";
import { createUser, resetPassword, revokeSessions, setUserActive, setUserRoles, unlockAccount } from "@/lib/admin/users";
import { createUnit, setUnitActive } from "@/lib/admin/units";
import { securitySettingsSchema, checkSettingsSchema, createUnitSchema, createUserSchema, resetPasswordSchema, setActiveSchema, setRolesSchema } from "@/lib/validation/admin";
import { updateCheckSettings } from "@/lib/admin/check-settings";
import { rebuildSimilarityIndex } from "@/lib/admin/similarity-index";
import { updateSecuritySettings } from "@/lib/admin/security-settings";
import { applyRecalculation, setLeapReports, setNodeScoreMethod, setRulePoints } from "@/lib/scores/rules-admin";
import { setCategory } from "@/lib/scores/categories";
import { categorySettingSchema, leapReportsSchema, nodeScoreMethodSchema } from "@/lib/validation/score";

export const createUserAction = action(createUserSchema, async (input, user) => {
  await createUser(user, input);
  revalidatePath("/admin/users");
}, { once: "user.create" });

export const setUserRolesAction = action(setRolesSchema, async (input, user) => {
  await setUserRoles(user, input);
  revalidatePath("/admin/users");
});

export const setUserActiveAction = action(setActiveSchema, async (input, user) => {
  await setUserActive(user, input);
  revalidatePath("/admin/users");
});

export const resetPasswordAction = action(resetPasswordSchema, async (input, user) => {
  await resetPassword(user, input);
});

const userIdSchema = z.object({ userId: z.string().uuid() });

export const revokeSessionsAction = action(userIdSchema, async (input, user) => {
  const result = await revokeSessions(user, input);
  revalidatePath("/admin/users");
  return result;
});

export const unlockAccountAction = action(userIdSchema, async (input, user) => {
  await unlockAccount(user, input);
  revalidatePath("/admin/users");
});

export const createUnitAction = action(createUnitSchema, async (input, user) => {
  await createUnit(user, input);
  revalidatePath("/admin/units");
}, { once: "unit.create" });

export const setUnitActiveAction = action(setActiveSchema, async (input, user) => {
  await setUnitActive(user, input);
  revalidatePath("/admin/units");
});

export const saveCheckSettingsAction = action(checkSettingsSchema.extend({ seenAt: z.string().datetime().optional() }), async ({ seenAt, ...input }, user) => {
  const savedAt = await updateCheckSettings(user, input, seenAt ? new Date(seenAt) : undefined);
  revalidatePath("/admin/checks");
  return { seenAt: savedAt.toISOString() };
});

export const rebuildSimilarityIndexAction = action(z.object({}), async (_input, user) => {
  await rebuildSimilarityIndex(user);
  revalidatePath("/admin/checks");
});

export const setRulePointsAction = action(
  z.object({ year: z.number().int().min(2000).max(2100), code: z.string().regex(/^[A-Z_]{2,40}$/), points: z.number({ message: "请填写数字" }) }),
  async (input, user) => {
    await setRulePoints(user, input);
    revalidatePath("/admin/rules");
  },
);

export const applyRecalculationAction = action(z.object({ year: z.number().int().min(2000).max(2100), digest: z.string().length(64) }), async (input, user) => {
  const result = await applyRecalculation(user, input);
  revalidatePath("/admin/rules");
  revalidatePath("/scores", "layout");
  return result;
});

export const setCategoryAction = action(categorySettingSchema, async (input, user) => {
  await setCategory(user, input);
  revalidatePath("/admin/rules");
  revalidatePath("/scores", "layout");
});

export const setNodeScoreMethodAction = action(nodeScoreMethodSchema, async (input, user) => {
  await setNodeScoreMethod(user, input);
  revalidatePath("/admin/rules");
  revalidatePath("/scores", "layout");
});

export const setLeapReportsAction = action(leapReportsSchema, async (input, user) => {
  await setLeapReports(user, input);
  revalidatePath("/admin/rules");
});

export const saveSecuritySettingsAction = action(securitySettingsSchema, async (input, user) => {
  await updateSecuritySettings(user, input);
  revalidatePath("/admin/security");
});
