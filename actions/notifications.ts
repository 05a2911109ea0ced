"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/auth/action";
import { requireUser } from "@/lib/auth/current-user";
import { markRead, openNotification as open } from "@/lib/notifications/queries";

/** Marks the notification read and goes where it points (only ever a path inside the system). */
export async function openNotification(form: FormData) {
  const user = await requireUser();
  const id = z.string().uuid().safeParse(form.get("id"));
  if (!id.success) redirect("/notifications");
  redirect(await open(user, id.data));
}

export const markAllReadAction = action(z.object({}), async (_input, user) => {
  const count = await markRead(user, "all");
  revalidatePath("/", "layout");
  return { count };
});
