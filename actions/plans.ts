"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { createPlan, publishPlan, updatePlan } from "@/lib/planning/plans";
import { planSchema, publishPlanSchema, updatePlanSchema } from "@/lib/validation/planning";

export const createPlanAction = action(planSchema, async (input, user) => {
  const plan = await createPlan(user, input);
  revalidatePath("/plans");
  return { id: plan.id };
}, { once: "plan.create" });

export const updatePlanAction = action(updatePlanSchema, async (input, user) => {
  const plan = await updatePlan(user, input);
  revalidatePath("/plans", "layout");
  return { id: plan.id, version: plan.version };
});

export const publishPlanAction = action(publishPlanSchema, async (input, user) => {
  await publishPlan(user, input);
  revalidatePath("/plans", "layout");
});
