"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { createSession, updateSession } from "@/lib/training/sessions";
import { setAttendance } from "@/lib/training/attendance";
import { removeMaterial } from "@/lib/training/materials";
import { addPair, endPair } from "@/lib/training/pairs";
import { sendTeachingNote } from "@/lib/training/teaching-notes";
import { attendanceSchema, endPairSchema, pairSchema, removeMaterialSchema, sessionSchema, teachingNoteSchema, updateSessionSchema } from "@/lib/validation/training";

export const createSessionAction = action(sessionSchema, async (input, user) => {
  const session = await createSession(user, input);
  revalidatePath("/training", "layout");
  return { id: session.id };
}, { once: "training.create" });

export const updateSessionAction = action(updateSessionSchema, async (input, user) => {
  const session = await updateSession(user, input);
  revalidatePath("/training", "layout");
  return { version: session.version };
});

export const setAttendanceAction = action(attendanceSchema, async (input, user) => {
  const result = await setAttendance(user, input);
  revalidatePath("/training", "layout");
  revalidatePath("/roster", "layout");
  return result;
});

export const removeMaterialAction = action(removeMaterialSchema, async (input, user) => {
  const result = await removeMaterial(user, input);
  revalidatePath(`/training/${result.sessionId}`);
  return result;
});

export const addPairAction = action(pairSchema, async (input, user) => {
  const pair = await addPair(user, input);
  revalidatePath("/training", "layout");
  return { id: pair.id };
}, { once: "training.pair" });

export const endPairAction = action(endPairSchema, async (input, user) => {
  const result = await endPair(user, input);
  revalidatePath("/training", "layout");
  return result;
});

export const sendTeachingNoteAction = action(teachingNoteSchema, async (input, user) => {
  const note = await sendTeachingNote(user, input);
  revalidatePath(`/drafts/${input.draftId}`);
  return { id: note.id };
}, { once: "training.note" });
