"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { createTopicAction } from "@/actions/topics";
import { Field, inputClass } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";
import { useRequestKey } from "@/components/ui/request-key";
import { ClientForm } from "@/components/ui/client-form";

/** 点题: a topic for one officer of the unit, with a date to finish by. */
export function TopicForm({ officers, today }: { officers: Array<{ id: string; name: string }>; today: string }) {
  const [requestKey, renewKey] = useRequestKey();
  const router = useRouter();
  const action = useAction();
  const fieldErrors = action.fieldErrors;
  const [form, setForm] = useState({ title: "", guidance: "", assigneeId: officers.length === 1 ? officers[0].id : "", dueOn: "" });
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setForm({ ...form, [key]: e.target.value });
  return (
    <ClientForm
      noValidate
      aria-label="点题"
      className="max-w-3xl space-y-4 rounded border border-stone-200 bg-white p-5"
      onSubmit={(e) => {
        e.preventDefault();
        action.run(() => createTopicAction({ ...form, requestKey }), {
          refresh: false,
          onSuccess: (data) => {
            renewKey();
            router.push(`/topics/${data.id}`);
          },
        });
      }}
    >
      <Field label="题目" htmlFor="title" error={fieldErrors.title}>
        <input id="title" value={form.title} onChange={set("title")} className={inputClass(fieldErrors.title)} placeholder="如：我镇“红色代办”服务群众的做法" />
      </Field>
      <Field label="写作要求" htmlFor="guidance" error={fieldErrors.guidance} hint="写什么、找谁了解情况、侧重哪些方面">
        <textarea id="guidance" rows={4} value={form.guidance} onChange={set("guidance")} className={inputClass(fieldErrors.guidance)} />
      </Field>
      <div className="grid grid-cols-1 md:grid-cols-2 gap-4">
        <Field label="交给信息员" htmlFor="assigneeId" error={fieldErrors.assigneeId}>
          <select id="assigneeId" value={form.assigneeId} onChange={set("assigneeId")} className={inputClass(fieldErrors.assigneeId)}>
            <option value="">请选择</option>
            {officers.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="完成日期" htmlFor="dueOn" error={fieldErrors.dueOn}>
          <input id="dueOn" type="date" min={today} value={form.dueOn} onChange={set("dueOn")} className={inputClass(fieldErrors.dueOn)} />
        </Field>
      </div>
      <FormFooter submitLabel="点题" pendingLabel="正在点题…" pending={action.pending} notice={<ActionNotice action={action} />} />
    </ClientForm>
  );
}
