"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { fileRosterChange } from "@/lib/planning/roster";
import { rosterChangeSchema } from "@/lib/validation/planning";

export const fileRosterChangeAction = action(rosterChangeSchema, async (input, user) => {
  const change = await fileRosterChange(user, input);
  revalidatePath("/roster", "layout");
  return { id: change.id };
}, { once: "roster.file" });
