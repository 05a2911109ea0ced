/** Training labels in the words the county uses (browser-safe: no server imports). */
import { TrainingForm } from "@/lib/generated/prisma/enums";

export const TRAINING_FORMS = Object.values(TrainingForm);

export const FORM_LABELS: Record<TrainingForm, string> = {
  LECTURE: "专题培训",
  MEETING: "以会代训",
  SHADOWING: "跟班学习",
  ONLINE: "线上培训",
};
