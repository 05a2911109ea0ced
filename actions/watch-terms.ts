"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { addWatchTerm, setWatchTermEnabled } from "@/lib/admin/watch-terms";
import { watchTermSchema, watchToggleSchema } from "@/lib/validation/admin";

export const addWatchTermAction = action(watchTermSchema, async (input, user) => {
  await addWatchTerm(user, input);
  revalidatePath("/admin/watch-terms");
}, { once: "watch.add" });

export const setWatchTermEnabledAction = action(watchToggleSchema, async (input, user) => {
  await setWatchTermEnabled(user, input);
  revalidatePath("/admin/watch-terms");
});
