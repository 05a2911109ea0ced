"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/auth/action";
import { reverseFiguresImport } from "@/lib/onboarding/figures";

const reverseSchema = z.object({
  importId: z.string().uuid(),
  reason: z.string({ message: "请写明冲销原因" }).trim().min(2, "请写明冲销原因").max(100, "原因不超过100个字"),
});

export const reverseFiguresImportAction = action(reverseSchema, async (input, user) => {
  const result = await reverseFiguresImport(user, input);
  revalidatePath("/scores", "layout");
  return result;
}, { once: "figures.reverse" });
