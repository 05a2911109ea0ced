"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/auth/action";
import { releaseEditLock, touchEditLock } from "@/lib/drafts/edit-lock";
import { similarWhileWriting } from "@/lib/drafts/review-checks";
import { createDraft } from "@/lib/drafts/create-draft";
import { updateDraft } from "@/lib/drafts/update-draft";
import { moveDraft } from "@/lib/drafts/move-draft";
import { deleteDraft } from "@/lib/drafts/delete-draft";
import { sendUp } from "@/lib/drafts/send-up";
import { adoptDraft, unadoptDraft } from "@/lib/bulletins/adopt-draft";
import { adoptDraftSchema, createDraftSchema, draftRefSchema, sendUpSchema, moveDraftSchema, updateDraftSchema } from "@/lib/validation/draft";

export const createDraftAction = action(createDraftSchema, async (input, user) => {
  const draft = await createDraft(user, input);
  revalidatePath("/drafts");
  return { id: draft.id, version: draft.version };
});

export const updateDraftAction = action(updateDraftSchema, async (input, user) => {
  const draft = await updateDraft(user, input);
  revalidatePath(`/drafts/${draft.id}`);
  return { id: draft.id, version: draft.version };
});

export const moveDraftAction = action(moveDraftSchema, async (input, user) => {
  const status = await moveDraft(user, input);
  revalidatePath(`/drafts/${input.id}`);
  return { status };
});

export const deleteDraftAction = action(draftRefSchema, async (input, user) => {
  await deleteDraft(user, input);
  revalidatePath("/drafts");
  return { deleted: true };
});

export const adoptDraftAction = action(adoptDraftSchema, async (input, user) => {
  await adoptDraft(user, input);
  revalidatePath(`/drafts/${input.id}`);
  revalidatePath("/issues", "layout");
  return { issueId: input.issueId };
});

export const sendUpAction = action(sendUpSchema, async (input, user) => {
  const upper = await sendUp(user, input);
  revalidatePath(`/drafts/${input.id}`);
  return { upperId: upper.id };
});

export const unadoptDraftAction = action(draftRefSchema, async (input, user) => {
  await unadoptDraft(user, input);
  revalidatePath(`/drafts/${input.id}`);
  revalidatePath("/issues", "layout");
});

export const touchEditLockAction = action(z.object({ id: z.string().uuid() }), async (input, user) => {
  const holder = await touchEditLock(user, input.id);
  return holder && { name: holder.name, since: holder.since.toISOString() };
});

export const releaseEditLockAction = action(z.object({ id: z.string().uuid() }), async (input, user) => {
  await releaseEditLock(user, input.id);
});

/** The similarity check while writing (the text checks run in the browser). */
export const similarDraftsAction = action(
  z.object({ id: z.string().uuid().optional(), title: z.string().max(200), body: z.string().max(30000) }),
  (input, user) => similarWhileWriting(user, input),
);
