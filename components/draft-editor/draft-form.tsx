"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { createDraftAction, moveDraftAction, updateDraftAction } from "@/app/(app)/drafts/actions";
import { DRAFT_KINDS, KIND_LABELS, type DraftKind } from "@/lib/drafts/kinds";
import { countChars } from "@/lib/drafts/body";
import { BODY_MAX, TITLE_MAX } from "@/lib/validation/draft";
import { Field, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { ErrorBox } from "@/components/ui/flash";
import { callAction } from "@/components/ui/call-action";

export type DraftFormValues = {
  title: string;
  kind: string;
  eventDate: string;
  body: string;
  isFlagship: boolean;
  contact: string;
};

/**
 * The draft editor. Inputs are controlled and the action is called by hand, so whatever
 * the server answers, the text the user typed stays on the screen.
 */
export function DraftForm({
  initial,
  draft,
  allowSubmit,
}: {
  initial: DraftFormValues;
  draft?: { id: string; version: number };
  allowSubmit: boolean;
}) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState("");
  const [pending, startTransition] = useTransition();

  const set = <K extends keyof DraftFormValues>(key: K, value: DraftFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  // After the first save of a new draft, later saves update it instead of creating another.
  const [saved, setSaved] = useState(draft);

  function save(thenSubmit: boolean) {
    startTransition(async () => {
      setError("");
      setFieldErrors({});
      // The server validates the kind; "" (not chosen) comes back as a field message.
      const input = { ...values, kind: values.kind as DraftKind };
      const result = await callAction(() => (saved ? updateDraftAction({ ...input, ...saved }) : createDraftAction(input)));
      if (!result.ok) {
        setError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
        return;
      }
      setSaved(result.data);
      if (thenSubmit) {
        const moved = await callAction(() => moveDraftAction({ id: result.data.id, version: result.data.version, action: "SUBMIT" }));
        if (!moved.ok) {
          setError(`稿件已保存，但没有提交成功：${moved.error}`);
          return;
        }
      }
      router.push(`/drafts/${result.data.id}`);
      router.refresh();
    });
  }

  const chars = countChars(values.body);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save(false);
      }}
      className="max-w-4xl space-y-5 rounded border border-stone-200 bg-white p-6"
    >
      <ErrorBox message={error} />
      <Field label="标题" htmlFor="title" error={fieldErrors.title} hint={`不超过${TITLE_MAX}个字，当前${values.title.trim().length}字`}>
        <input id="title" value={values.title} onChange={(e) => set("title", e.target.value)} className={inputClass(fieldErrors.title)} aria-invalid={!!fieldErrors.title} />
      </Field>
      <div className="grid grid-cols-3 gap-4">
        <Field label="类别" htmlFor="kind" error={fieldErrors.kind}>
          <select id="kind" value={values.kind} onChange={(e) => set("kind", e.target.value)} className={inputClass(fieldErrors.kind)}>
            <option value="">请选择</option>
            {DRAFT_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="事件日期" htmlFor="eventDate" error={fieldErrors.eventDate}>
          <input id="eventDate" type="date" value={values.eventDate} onChange={(e) => set("eventDate", e.target.value)} className={inputClass(fieldErrors.eventDate)} />
        </Field>
        <Field label="联系人及电话" htmlFor="contact" error={fieldErrors.contact}>
          <input id="contact" value={values.contact} onChange={(e) => set("contact", e.target.value)} className={inputClass(fieldErrors.contact)} />
        </Field>
      </div>
      <Field
        label="正文"
        htmlFor="body"
        error={fieldErrors.body}
        hint={`每段一行。以“一、”“（一）”“1.”开头的行自动作为各级标题。字数：${chars} / ${BODY_MAX}`}
      >
        <textarea id="body" rows={16} value={values.body} onChange={(e) => set("body", e.target.value)} className={`${inputClass(fieldErrors.body)} font-serif leading-7`} />
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={values.isFlagship} onChange={(e) => set("isFlagship", e.target.checked)} />
        作为本单位精品稿件报送
      </label>
      <div className="flex gap-3 border-t border-stone-100 pt-4">
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "正在保存…" : "保存"}
        </Button>
        {allowSubmit && (
          <Button type="button" disabled={pending} onClick={() => save(true)}>
            保存并提交审核
          </Button>
        )}
      </div>
    </form>
  );
}
