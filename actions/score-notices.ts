"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { issueNotice, previewNotice } from "@/lib/scores/notices";
import { issueNoticeSchema, noticePeriodSchema } from "@/lib/validation/score";

/** 预览: the figures and text a notice for the period would freeze now. */
export const previewNoticeAction = action(noticePeriodSchema, async (period, user) => previewNotice(user, { period }));

export const issueNoticeAction = action(issueNoticeSchema, async ({ period, digest }, user) => {
  const notice = await issueNotice(user, { period, digest });
  revalidatePath("/scores/notices");
  return { id: notice.id, title: notice.title };
}, { once: "notice.issue" });
