"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { movePlacement } from "@/lib/placements/move-placement";
import { placementMoveSchema } from "@/lib/validation/placement";

export const movePlacementAction = action(placementMoveSchema, async (input, user) => {
  const p = await movePlacement(user, input);
  revalidatePath("/placements", "layout");
  revalidatePath("/scores", "layout");
  return { status: p.status };
});
