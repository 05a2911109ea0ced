"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { saveSecuritySettingsAction } from "@/actions/admin";
import { callAction } from "@/components/ui/call-action";
import { Button } from "@/components/ui/button";
import { ErrorBox } from "@/components/ui/flash";
import { Field, inputClass } from "@/components/ui/field";

type Values = { idleMinutes: number; passwordMinLength: number; passwordExpiryDays: number };

const FIELDS: Array<{ name: keyof Values; label: string; hint: string }> = [
  { name: "idleMinutes", label: "空闲多少分钟后自动退出", hint: "5到720分钟，建议30分钟" },
  { name: "passwordMinLength", label: "密码最短位数", hint: "8到64位" },
  { name: "passwordExpiryDays", label: "密码有效期（天）", hint: "到期须更换；填0表示不限" },
];

export function SecuritySettingsForm({ initial }: { initial: Values }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [form, setForm] = useState<Record<keyof Values, string>>({
    idleMinutes: String(initial.idleMinutes),
    passwordMinLength: String(initial.passwordMinLength),
    passwordExpiryDays: String(initial.passwordExpiryDays),
  });
  const [error, setError] = useState("");
  const [done, setDone] = useState("");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const save = () =>
    startTransition(async () => {
      setError("");
      setDone("");
      const num = (v: string) => (v.trim() === "" ? Number.NaN : Number(v));
      const result = await callAction(() =>
        saveSecuritySettingsAction({
          idleMinutes: num(form.idleMinutes),
          passwordMinLength: num(form.passwordMinLength),
          passwordExpiryDays: num(form.passwordExpiryDays),
        }),
      );
      setFieldErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      if (!result.ok) return setError(result.error);
      setDone("已保存，新的设置立即生效");
      router.refresh();
    });

  return (
    <form
      className="max-w-md space-y-3 rounded border border-stone-200 bg-white p-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <ErrorBox message={error} />
      {done && (
        <p role="status" className="text-sm text-emerald-700">
          {done}
        </p>
      )}
      {FIELDS.map((f) => (
        <Field key={f.name} label={f.label} htmlFor={`sec-${f.name}`} error={fieldErrors[f.name]} hint={f.hint}>
          <input
            id={`sec-${f.name}`}
            inputMode="numeric"
            value={form[f.name]}
            onChange={(e) => setForm({ ...form, [f.name]: e.target.value })}
            className={inputClass(fieldErrors[f.name])}
          />
        </Field>
      ))}
      <Button type="submit" disabled={pending}>
        {pending ? "正在保存…" : "保存"}
      </Button>
    </form>
  );
}
