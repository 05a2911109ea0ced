"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/auth/action";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { markRead, safeInternalPath } from "@/lib/notifications/queries";

/** Marks the notification read and goes where it points (only ever a path inside the system). */
export async function openNotification(form: FormData) {
  const user = await requireUser();
  const id = z.string().uuid().safeParse(form.get("id"));
  if (!id.success) redirect("/notifications");
  const n = await db.notification.findFirst({ where: { id: id.data, userId: user.id } });
  if (!n) redirect("/notifications");
  await markRead(user, n.id);
  redirect(safeInternalPath(n.href));
}

export const markAllReadAction = action(z.object({}), async (_input, user) => {
  const count = await markRead(user, "all");
  revalidatePath("/", "layout");
  return { count };
});
