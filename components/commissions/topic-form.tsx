"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { createTopicAction } from "@/actions/topics";
import { callAction } from "@/components/ui/call-action";
import { Button } from "@/components/ui/button";
import { ErrorBox } from "@/components/ui/flash";
import { Field, inputClass } from "@/components/ui/field";
import { useRequestKey } from "@/components/ui/request-key";

/** 点题: a topic for one officer of the unit, with a date to finish by. */
export function TopicForm({ officers, today }: { officers: Array<{ id: string; name: string }>; today: string }) {
  const [requestKey, renewKey] = useRequestKey();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [form, setForm] = useState({ title: "", guidance: "", assigneeId: officers.length === 1 ? officers[0].id : "", dueOn: "" });
  const [error, setError] = useState("");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setForm({ ...form, [key]: e.target.value });
  const save = () =>
    startTransition(async () => {
      setError("");
      setFieldErrors({});
      const result = await callAction(() => createTopicAction({ ...form, requestKey }));
      if (result.ok) renewKey();
      if (!result.ok) {
        setError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
        return;
      }
      router.push(`/topics/${result.data.id}`);
    });
  return (
    <section aria-label="点题" className="max-w-3xl space-y-4 rounded border border-stone-200 bg-white p-5">
      <ErrorBox message={error} />
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
      <Button disabled={pending} onClick={save}>
        {pending ? "正在点题…" : "点题"}
      </Button>
    </section>
  );
}
