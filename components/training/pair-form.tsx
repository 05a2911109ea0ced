"use client";

import { useState } from "react";
import { addPairAction } from "@/actions/training";
import { ActionNotice } from "@/components/ui/action-notice";
import { Field, inputClass } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { useRequestKey } from "@/components/ui/request-key";
import { useAction } from "@/components/ui/use-action";
import type { Trainee } from "./attendance-picker";
import { ClientForm } from "@/components/ui/client-form";

/** People grouped by unit, for a select (typing a name jumps to it). */
function PersonOptions({ people }: { people: Trainee[] }) {
  const units = [...new Set(people.map((p) => p.unitName))];
  return units.map((u) => (
    <optgroup key={u} label={u}>
      {people
        .filter((p) => p.unitName === u)
        .map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
    </optgroup>
  ));
}

/** 传帮带结对: an experienced officer or editor and a new one, from a date. */
export function PairForm({ people, today }: { people: Trainee[]; today: string }) {
  const [requestKey, renewKey] = useRequestKey();
  const action = useAction();
  const fieldErrors = action.fieldErrors;
  const empty = { mentorId: "", menteeId: "", startedOn: today, note: "" };
  const [form, setForm] = useState(empty);
  const set = (key: keyof typeof empty) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setForm({ ...form, [key]: e.target.value });

  const save = () =>
    action.run(() => addPairAction({ ...form, requestKey }), {
      success: "已结对，两人都会收到消息。",
      onSuccess: () => {
        renewKey();
        setForm(empty);
      },
    });

  return (
    <ClientForm aria-label="传帮带结对" onSubmit={(e) => (e.preventDefault(), save())} noValidate className="space-y-3 rounded border border-stone-200 bg-white p-4">
      <h2 className="font-semibold">新结对</h2>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        <Field label="带教人（有经验的信息员或编辑）" htmlFor="mentorId" error={fieldErrors.mentorId}>
          <select id="mentorId" value={form.mentorId} onChange={set("mentorId")} className={inputClass(fieldErrors.mentorId)}>
            <option value="">请选择</option>
            <PersonOptions people={people} />
          </select>
        </Field>
        <Field label="新手" htmlFor="menteeId" error={fieldErrors.menteeId}>
          <select id="menteeId" value={form.menteeId} onChange={set("menteeId")} className={inputClass(fieldErrors.menteeId)}>
            <option value="">请选择</option>
            <PersonOptions people={people} />
          </select>
        </Field>
        <Field label="开始日期" htmlFor="startedOn" error={fieldErrors.startedOn}>
          <input id="startedOn" type="date" max={today} value={form.startedOn} onChange={set("startedOn")} className={inputClass(fieldErrors.startedOn)} />
        </Field>
      </div>
      <Field label="备注（可不填）" htmlFor="note" error={fieldErrors.note} hint="如：每月一起改两篇稿，跟班学习一周">
        <input id="note" value={form.note} onChange={set("note")} className={inputClass(fieldErrors.note)} />
      </Field>
      <FormFooter submitLabel="结对" pendingLabel="正在保存…" pending={action.pending} notice={<ActionNotice action={action} />} />
    </ClientForm>
  );
}
