"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/auth/action";
import { createIssue } from "@/lib/bulletins/create-issue";
import { addItem, removeItem, reorderItems, updateIssue, updateItem } from "@/lib/bulletins/compose";
import { moveIssue } from "@/lib/bulletins/move-issue";
import { publishIssue } from "@/lib/bulletins/publish-issue";
import { voidIssue } from "@/lib/bulletins/void-issue";
import { createSeries, updateSeries } from "@/lib/bulletins/series";
import { issueDetailsSchema, itemChangesSchema, moveIssueSchema, seriesSchema, voidIssueSchema } from "@/lib/validation/bulletin";
import { version } from "@/lib/validation/common";

const uuid = z.string().uuid();
const done = () => revalidatePath("/issues", "layout");

export const createIssueAction = action(z.object({ seriesId: uuid }), async (input, user) => {
  const issue = await createIssue(user, input);
  done();
  return { id: issue.id };
}, { once: "issue.create" });

export const addItemAction = action(z.object({ issueId: uuid, version, draftId: uuid }), async (input, user) => {
  await addItem(user, input);
  done();
});

export const removeItemAction = action(z.object({ itemId: uuid, version }), async (input, user) => {
  await removeItem(user, input);
  done();
});

export const reorderItemsAction = action(z.object({ issueId: uuid, version, itemIds: z.array(uuid).max(200) }), async (input, user) => {
  await reorderItems(user, input);
  done();
});

export const updateItemAction = action(itemChangesSchema.extend({ itemId: uuid, version }), async (input, user) => {
  await updateItem(user, input);
  done();
});

export const updateIssueAction = action(issueDetailsSchema.extend({ issueId: uuid, version }), async (input, user) => {
  await updateIssue(user, input);
  done();
});

export const moveIssueAction = action(moveIssueSchema, async (input, user) => {
  await moveIssue(user, input);
  done();
});

export const publishIssueAction = action(z.object({ issueId: uuid, version }), async (input, user) => {
  const issue = await publishIssue(user, input);
  done();
  return { number: issue.number, year: issue.year };
});

export const voidIssueAction = action(voidIssueSchema, async (input, user) => {
  await voidIssue(user, input);
  done();
});

export const saveSeriesAction = action(seriesSchema.extend({ id: uuid.nullable(), seenAt: z.string().datetime().optional() }), async ({ id, seenAt, ...input }, user) => {
  const series = id ? await updateSeries(user, id, input, seenAt ? new Date(seenAt) : undefined) : await createSeries(user, input);
  revalidatePath("/series", "layout");
  return { id: series.id, seenAt: series.updatedAt.toISOString() };
});
