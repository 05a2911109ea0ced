"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { addWatchTermAction, setWatchTermEnabledAction } from "@/actions/watch-terms";
import { callAction } from "@/components/ui/call-action";
import { Button } from "@/components/ui/button";
import { ErrorBox } from "@/components/ui/flash";
import { Field, inputClass } from "@/components/ui/field";
import { useRequestKey } from "@/components/ui/request-key";

/** 启用 / 停用 one entry. */
export function WatchTermToggle({ term, enabled }: { term: string; enabled: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState("");
  return (
    <span className="flex shrink-0 items-center gap-2">
      {error && (
        <span role="alert" className="text-xs text-red-600">
          {error}
        </span>
      )}
      <span className={`text-xs ${enabled ? "text-emerald-700" : "text-stone-500"}`}>{enabled ? "已启用" : "已停用"}</span>
      <Button
        variant="secondary"
        aria-label={`${enabled ? "停用" : "启用"}“${term}”`}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await callAction(() => setWatchTermEnabledAction({ term, enabled: !enabled }));
            setError(result.ok ? "" : result.error);
            if (result.ok) router.refresh();
          })
        }
      >
        {enabled ? "停用" : "启用"}
      </Button>
    </span>
  );
}

const EMPTY = { term: "", why: "", suggestion: "" };

/** 添加 an entry of the county's own; what was typed stays after an error. */
export function AddWatchTermForm() {
  const router = useRouter();
  const [requestKey, renewKey] = useRequestKey();
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState("");
  const [done, setDone] = useState("");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();
  const set = (key: keyof typeof EMPTY) => (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [key]: e.target.value });
  const save = () =>
    startTransition(async () => {
      setError("");
      setDone("");
      setFieldErrors({});
      const result = await callAction(() => addWatchTermAction({ requestKey, ...form }));
      if (!result.ok) {
        setError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
        return;
      }
      renewKey();
      setDone(`已添加“${form.term}”`);
      setForm(EMPTY);
      router.refresh();
    });
  return (
    <section aria-label="添加留意表述" className="space-y-3 rounded border border-stone-200 bg-white p-4">
      <h2 className="font-semibold">添加本县需要留意的表述</h2>
      <ErrorBox message={error} />
      {done && (
        <p role="status" className="text-sm text-emerald-700">
          {done}
        </p>
      )}
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
      <Button disabled={pending} onClick={save}>
        添加
      </Button>
    </section>
  );
}
