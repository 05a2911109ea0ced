"use client";

import { useState } from "react";
import { updateItemAction } from "@/actions/issues";
import { Button } from "@/components/ui/button";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";
import { Field, inputClass } from "@/components/ui/field";

export type ComposerItem = {
  id: string;
  draftId: string;
  /** The text that will print: the office's print edit, or the author's text. */
  title: string;
  body: string;
  unit: string;
  section: string | null;
  editorNote: string | null;
  edited: boolean;
};

/**
 * One item's 栏目, 编者按 and print text. What was typed stays in the form when saving fails
 * (a conflict, a dropped connection), so nothing is lost.
 */
export function ItemEditor({ item, version }: { item: ComposerItem; version: number }) {
  const [open, setOpen] = useState(false);
  const action = useAction();
  const { pending, fieldErrors } = action;
  const fromItem = () => ({ section: item.section ?? "", editorNote: item.editorNote ?? "", title: item.title, body: item.body });
  const [form, setForm] = useState(fromItem);
  // What the form opened with: only fields changed here are sent, so a colleague's newer
  // text in the other fields is never overwritten with what this page showed earlier.
  const [base, setBase] = useState(fromItem);
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setForm({ ...form, [key]: e.target.value });

  const save = (changes: Parameters<typeof updateItemAction>[0]) => action.run(() => updateItemAction(changes), { onSuccess: () => setOpen(false) });

  const id = (name: string) => `${name}-${item.id}`;
  if (!open) {
    return (
      <button
        type="button"
        className="mt-2 text-sm text-party underline"
        onClick={() => {
          setForm(fromItem());
          setBase(fromItem());
          setOpen(true);
        }}
      >
        设置栏目、编者按和付印文本
      </button>
    );
  }
  return (
    <div className="mt-3 space-y-3 rounded border border-stone-200 bg-stone-50 p-3">
      <ActionNotice action={action} />
      <div className="grid grid-cols-1 md:grid-cols-[12rem_1fr] gap-3">
        <Field label="栏目" htmlFor={id("section")} error={fieldErrors.section} hint="同一栏目的稿件排在一起，不分栏目留空">
          <input id={id("section")} list="section-names" value={form.section} onChange={set("section")} className={inputClass(fieldErrors.section)} />
        </Field>
        <Field label="付印标题" htmlFor={id("title")} error={fieldErrors.title}>
          <input id={id("title")} value={form.title} onChange={set("title")} className={inputClass(fieldErrors.title)} />
        </Field>
      </div>
      <Field label="编者按（本篇）" htmlFor={id("note")} error={fieldErrors.editorNote}>
        <textarea id={id("note")} rows={2} value={form.editorNote} onChange={set("editorNote")} className={inputClass(fieldErrors.editorNote)} />
      </Field>
      <Field label="付印正文" htmlFor={id("body")} error={fieldErrors.body} hint="只改本期付印的文本，单位报送的原稿不变。一、（一）1. 开头的行是标题。">
        <textarea id={id("body")} rows={10} value={form.body} onChange={set("body")} className={`${inputClass(fieldErrors.body)} font-serif leading-7`} />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button
          disabled={pending}
          onClick={() => {
            const changed = (Object.keys(form) as Array<keyof typeof form>).filter((k) => form[k] !== base[k]);
            save({ itemId: item.id, version, ...Object.fromEntries(changed.map((k) => [k, form[k]])) });
          }}
        >
          保存
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => setOpen(false)}>
          收起
        </Button>
        {item.edited && (
          <Button variant="secondary" disabled={pending} onClick={() => save({ itemId: item.id, version, title: null, body: null })}>
            恢复为单位原稿
          </Button>
        )}
      </div>
    </div>
  );
}
