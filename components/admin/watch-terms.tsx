"use client";

import { useState } from "react";
import { addWatchTermAction, setWatchTermEnabledAction } from "@/actions/watch-terms";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";
import { useRequestKey } from "@/components/ui/request-key";
import { ClientForm } from "@/components/ui/client-form";

/** 启用 / 停用 one entry. */
export function WatchTermToggle({ term, enabled }: { term: string; enabled: boolean }) {
  const action = useAction();
  return (
    <span className="flex shrink-0 items-center gap-2">
      <ActionNotice action={action} compact />
      <span className={`text-xs ${enabled ? "text-emerald-700" : "text-stone-500"}`}>{enabled ? "已启用" : "已停用"}</span>
      <Button variant="secondary" aria-label={`${enabled ? "停用" : "启用"}“${term}”`} disabled={action.pending} onClick={() => action.run(() => setWatchTermEnabledAction({ term, enabled: !enabled }))}>
        {enabled ? "停用" : "启用"}
      </Button>
    </span>
  );
}

const EMPTY = { term: "", why: "", suggestion: "" };

/** 添加 an entry of the county's own; what was typed stays after an error. */
export function AddWatchTermForm() {
  const [requestKey, renewKey] = useRequestKey();
  const [form, setForm] = useState(EMPTY);
  const action = useAction();
  const fieldErrors = action.fieldErrors;
  const set = (key: keyof typeof EMPTY) => (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [key]: e.target.value });
  return (
    <ClientForm
      noValidate
      aria-label="添加留意表述"
      className="space-y-3 rounded border border-stone-200 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        action.run(() => addWatchTermAction({ requestKey, ...form }), {
          success: `已添加“${form.term}”`,
          onSuccess: () => {
            renewKey();
            setForm(EMPTY);
          },
        });
      }}
    >
      <h2 className="font-semibold">添加本县需要留意的表述</h2>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-[12rem_1fr_14rem]">
        <Field label="表述" htmlFor="watch-term" error={fieldErrors.term}>
          <input id="watch-term" value={form.term} onChange={set("term")} className={inputClass(fieldErrors.term)} />
        </Field>
        <Field label="为什么要留意" htmlFor="watch-why" error={fieldErrors.why} hint="写明依据，审稿人会看到">
          <input id="watch-why" value={form.why} onChange={set("why")} className={inputClass(fieldErrors.why)} />
        </Field>
        <Field label="建议写法（可不填）" htmlFor="watch-suggestion" error={fieldErrors.suggestion}>
          <input id="watch-suggestion" value={form.suggestion} onChange={set("suggestion")} className={inputClass(fieldErrors.suggestion)} />
        </Field>
      </div>
      <FormFooter submitLabel="添加" pending={action.pending} notice={<ActionNotice action={action} />} />
    </ClientForm>
  );
}
