"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { setShortlistRule } from "@/lib/scores/shortlist";
import { shortlistRuleSchema } from "@/lib/validation/credit";

export const setShortlistRuleAction = action(shortlistRuleSchema, async (input, user) => {
  await setShortlistRule(user, input);
  revalidatePath("/scores/shortlist");
});
