"use client";

import { useState } from "react";
import { sendTeachingNoteAction } from "@/actions/training";
import { ActionNotice } from "@/components/ui/action-notice";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { useRequestKey } from "@/components/ui/request-key";
import { useAction } from "@/components/ui/use-action";

/** 发给作者作为改稿说明: the comparison above goes with these words into the author's training record. */
export function TeachingNoteForm({ draftId, authorName }: { draftId: string; authorName: string }) {
  const [requestKey, renewKey] = useRequestKey();
  const action = useAction();
  const fieldError = action.fieldErrors.note;
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");

  const send = () =>
    action.run(() => sendTeachingNoteAction({ draftId, note, requestKey }), {
      success: `已发给${authorName}，存入其培训记录。`,
      // The page shows nothing of the note; the success line beside the button is enough.
      refresh: false,
      onSuccess: () => {
        renewKey();
        setNote("");
        setOpen(false);
      },
    });

  if (!open)
    return (
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={() => (setOpen(true), action.reset())}>
          发给作者作为改稿说明
        </Button>
        <ActionNotice action={action} compact />
      </div>
    );
  return (
    <div className="mt-3 space-y-2 rounded border border-stone-200 bg-stone-50 p-3">
      <Field label={`改稿说明（连同上面的对照发给${authorName}）`} htmlFor="teaching-note" error={fieldError} hint="说清改了什么、为什么这样改，供作者以后写稿参考">
        <textarea id="teaching-note" rows={4} value={note} onChange={(e) => setNote(e.target.value)} className={`${inputClass(fieldError)} bg-white`} aria-invalid={!!fieldError} />
      </Field>
      <FormFooter submitLabel="发送" pendingLabel="正在发送…" pending={action.pending} onSubmit={send} notice={<ActionNotice action={action} />}>
        <Button variant="secondary" disabled={action.pending} onClick={() => (setOpen(false), action.reset())}>
          收起（已写的保留）
        </Button>
      </FormFooter>
    </div>
  );
}
