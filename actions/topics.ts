"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { cancelTopic, createTopic } from "@/lib/planning/topics";
import { cancelTopicSchema, topicSchema } from "@/lib/validation/commission";

export const createTopicAction = action(topicSchema, async (input, user) => {
  const topic = await createTopic(user, input);
  revalidatePath("/topics", "layout");
  return { id: topic.id };
}, { once: "topic.create" });

export const cancelTopicAction = action(cancelTopicSchema, async (input, user) => {
  await cancelTopic(user, input);
  revalidatePath("/topics", "layout");
});
