"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { createSessionAction, updateSessionAction } from "@/actions/training";
import { FORM_LABELS, TRAINING_FORMS } from "@/lib/training/labels";
import type { TrainingForm } from "@/lib/generated/prisma/enums";
import { ActionNotice } from "@/components/ui/action-notice";
import { Field, inputClass } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { useRequestKey } from "@/components/ui/request-key";
import { useAction } from "@/components/ui/use-action";
import { ClientForm } from "@/components/ui/client-form";

export type SessionFields = { heldOn: string; topic: string; form: TrainingForm; trainer: string; notes: string };
export const EMPTY_SESSION: SessionFields = { heldOn: "", topic: "", form: "LECTURE", trainer: "", notes: "" };

/**
 * 登记培训 (or 修改, given the session's id and version). What was typed stays after an error;
 * a new session opens its page, where the attendance and materials are added.
 */
export function SessionForm({ initial, edit, maxDay }: { initial: SessionFields; edit?: { id: string; version: number }; maxDay: string }) {
  const router = useRouter();
  const [requestKey, renewKey] = useRequestKey();
  const action = useAction();
  const fieldErrors = action.fieldErrors;
  const [form, setForm] = useState(initial);
  const set = (key: keyof SessionFields) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setForm({ ...form, [key]: e.target.value });

  const save = () => {
    if (edit) return action.run(() => updateSessionAction({ ...form, ...edit }), { success: "已保存。" });
    return action.run(() => createSessionAction({ ...form, requestKey }), {
      refresh: false,
      onSuccess: (data) => {
        renewKey();
        router.push(`/training/${data.id}`);
      },
    });
  };

  return (
    <ClientForm
      aria-label={edit ? "修改培训" : "登记培训"}
      onSubmit={(e) => (e.preventDefault(), save())}
      noValidate
      className="space-y-3 rounded border border-stone-200 bg-white p-4"
    >
      <h2 className="font-semibold">{edit ? "修改培训" : "登记培训"}</h2>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-[10rem_1fr_10rem]">
        <Field label="培训日期" htmlFor="heldOn" error={fieldErrors.heldOn} hint="可以先登记以后的培训">
          <input id="heldOn" type="date" max={maxDay} value={form.heldOn} onChange={set("heldOn")} className={inputClass(fieldErrors.heldOn)} aria-invalid={!!fieldErrors.heldOn} />
        </Field>
        <Field label="培训主题" htmlFor="topic" error={fieldErrors.topic}>
          <input id="topic" value={form.topic} onChange={set("topic")} placeholder="如：怎样写好经验类信息" className={inputClass(fieldErrors.topic)} aria-invalid={!!fieldErrors.topic} />
        </Field>
        <Field label="培训形式" htmlFor="form" error={fieldErrors.form}>
          <select id="form" value={form.form} onChange={set("form")} className={inputClass(fieldErrors.form)}>
            {TRAINING_FORMS.map((f) => (
              <option key={f} value={f}>
                {FORM_LABELS[f]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label="主讲人（可不填）" htmlFor="trainer" error={fieldErrors.trainer} hint="以会代训填讲评人，跟班学习填带学的编辑">
        <input id="trainer" value={form.trainer} onChange={set("trainer")} className={inputClass(fieldErrors.trainer)} />
      </Field>
      <Field label="培训内容（可不填）" htmlFor="notes" error={fieldErrors.notes}>
        <textarea id="notes" rows={3} value={form.notes} onChange={set("notes")} className={inputClass(fieldErrors.notes)} />
      </Field>
      <FormFooter submitLabel={edit ? "保存修改" : "登记培训"} pendingLabel="正在保存…" pending={action.pending} notice={<ActionNotice action={action} />} />
    </ClientForm>
  );
}
