"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { setQuota } from "@/lib/planning/quotas";
import { quotaSchema } from "@/lib/validation/planning";

export const setQuotaAction = action(quotaSchema, async (input, user) => {
  await setQuota(user, input);
  revalidatePath("/quotas", "layout");
});
