"use client";

import { useState, useTransition } from "react";
import { sendTeachingNoteAction } from "@/actions/training";
import { settle } from "@/components/ui/action-outcome";
import { Button } from "@/components/ui/button";
import { ErrorBox } from "@/components/ui/flash";
import { Field, inputClass } from "@/components/ui/field";
import { useRequestKey } from "@/components/ui/request-key";

/** 发给作者作为改稿说明: the comparison above goes with these words into the author's training record. */
export function TeachingNoteForm({ draftId, authorName }: { draftId: string; authorName: string }) {
  const [requestKey, renewKey] = useRequestKey();
  const [pending, startTransition] = useTransition();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [error, setError] = useState("");
  const [fieldError, setFieldError] = useState("");
  const [done, setDone] = useState("");

  const send = () =>
    startTransition(async () => {
      setError("");
      const result = await settle(() => sendTeachingNoteAction({ draftId, note, requestKey }));
      if (!result.ok) {
        setFieldError(result.fieldErrors?.note ?? "");
        setError(result.fieldErrors?.note ? "" : result.error);
        return;
      }
      renewKey();
      setFieldError("");
      setNote("");
      setOpen(false);
      setDone(`已发给${authorName}，存入其培训记录。`);
    });

  if (!open)
    return (
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={() => (setOpen(true), setDone(""))}>
          发给作者作为改稿说明
        </Button>
        {done && (
          <span role="status" className="text-sm text-emerald-700">
            {done}
          </span>
        )}
      </div>
    );
  return (
    <div className="mt-3 space-y-2 rounded border border-stone-200 bg-stone-50 p-3">
      <ErrorBox message={error} />
      <Field label={`改稿说明（连同上面的对照发给${authorName}）`} htmlFor="teaching-note" error={fieldError} hint="说清改了什么、为什么这样改，供作者以后写稿参考">
        <textarea id="teaching-note" rows={4} value={note} onChange={(e) => setNote(e.target.value)} className={`${inputClass(fieldError)} bg-white`} aria-invalid={!!fieldError} />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button disabled={pending} onClick={send}>
          {pending ? "正在发送…" : "发送"}
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => setOpen(false)}>
          收起（已写的保留）
        </Button>
      </div>
    </div>
  );
}
