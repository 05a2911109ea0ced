"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { can } from "@/lib/authz/permissions";
import { addPhoneReport, closeUrgentCase, logPhoneReport, openUrgentCase } from "@/lib/urgent/cases";
import { addPhoneReportSchema, closeCaseSchema, openCaseSchema, phoneReportSchema } from "@/lib/urgent/schemas";

/** 报告紧急情况; the writer goes on to the 首报, anyone else to the case. */
export const openUrgentCaseAction = action(openCaseSchema, async (input, user) => {
  const c = await openUrgentCase(user, input);
  revalidatePath("/urgent", "layout");
  return { id: c.id, next: can(user, "draft.write") ? `/drafts/new?from=urgent:${c.id}` : `/urgent/${c.id}` };
}, { once: "urgent.open" });

export const logPhoneReportAction = action(phoneReportSchema, async (input, user) => {
  const c = await logPhoneReport(user, input);
  revalidatePath("/urgent", "layout");
  return { id: c.id };
}, { once: "urgent.phone" });

export const addPhoneReportAction = action(addPhoneReportSchema, async (input, user) => {
  await addPhoneReport(user, input);
  revalidatePath("/urgent", "layout");
}, { once: "urgent.phoneAdd" });

export const closeUrgentCaseAction = action(closeCaseSchema, async (input, user) => {
  await closeUrgentCase(user, input);
  revalidatePath("/urgent", "layout");
});
