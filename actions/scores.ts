"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { recordScore, reverseRecord } from "@/lib/scores/records";
import { followUpFeedbackSchema, reverseRecordSchema, scoreRecordSchema } from "@/lib/validation/score";
import { closeFollowUp } from "@/lib/scores/follow-ups";

export const recordScoreAction = action(scoreRecordSchema, async (input, user) => {
  const record = await recordScore(user, input);
  revalidatePath("/scores", "layout");
  return { id: record.id };
}, { once: "score.record" });

export const reverseRecordAction = action(reverseRecordSchema, async (input, user) => {
  await reverseRecord(user, input);
  revalidatePath("/scores", "layout");
}, { once: "score.reverse" });

export const closeFollowUpAction = action(followUpFeedbackSchema, async (input, user) => {
  await closeFollowUp(user, input);
  revalidatePath("/scores", "layout");
});
