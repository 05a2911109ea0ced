"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/auth/action";
import { createIssue } from "@/lib/bulletins/create-issue";
import { moveIssueItem } from "@/lib/bulletins/move-item";
import { unadoptDraft } from "@/lib/bulletins/adopt-draft";
import { publishIssue } from "@/lib/bulletins/publish-issue";

const uuid = z.string().uuid();
const version = z.number().int().positive();

export const createIssueAction = action(z.object({ seriesId: uuid }), async (input, user) => {
  const issue = await createIssue(user, input);
  revalidatePath("/issues/compose");
  return { id: issue.id };
});

export const moveItemAction = action(z.object({ itemId: uuid, direction: z.enum(["up", "down"]), version }), async (input, user) => {
  await moveIssueItem(user, input);
  revalidatePath("/issues", "layout");
});

export const removeItemAction = action(z.object({ itemId: uuid, version }), async (input, user) => {
  await unadoptDraft(user, input);
  revalidatePath("/issues", "layout");
});

export const publishIssueAction = action(z.object({ issueId: uuid, version }), async (input, user) => {
  const issue = await publishIssue(user, input);
  revalidatePath("/issues", "layout");
  return { number: issue.number, year: issue.year };
});
