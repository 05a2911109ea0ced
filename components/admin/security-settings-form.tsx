"use client";

import { useState } from "react";
import { saveSecuritySettingsAction } from "@/actions/admin";
import { Field, inputClass } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";
import { ClientForm } from "@/components/ui/client-form";

type Values = { idleMinutes: number; passwordMinLength: number; passwordExpiryDays: number };

const FIELDS: Array<{ name: keyof Values; label: string; hint: string }> = [
  { name: "idleMinutes", label: "空闲多少分钟后自动退出", hint: "5到720分钟，建议30分钟" },
  { name: "passwordMinLength", label: "密码最短位数", hint: "8到64位" },
  { name: "passwordExpiryDays", label: "密码有效期（天）", hint: "到期须更换；填0表示不限" },
];

export function SecuritySettingsForm({ initial }: { initial: Values }) {
  const action = useAction();
  const fieldErrors = action.fieldErrors;
  const [form, setForm] = useState<Record<keyof Values, string>>({
    idleMinutes: String(initial.idleMinutes),
    passwordMinLength: String(initial.passwordMinLength),
    passwordExpiryDays: String(initial.passwordExpiryDays),
  });
  const save = () => {
    const num = (v: string) => (v.trim() === "" ? Number.NaN : Number(v));
    action.run(
      () =>
        saveSecuritySettingsAction({
          idleMinutes: num(form.idleMinutes),
          passwordMinLength: num(form.passwordMinLength),
          passwordExpiryDays: num(form.passwordExpiryDays),
        }),
      { success: "已保存，新的设置立即生效" },
    );
  };

  return (
    <ClientForm
      className="max-w-md space-y-3 rounded border border-stone-200 bg-white p-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
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
      <FormFooter submitLabel="保存" pendingLabel="正在保存…" pending={action.pending} notice={<ActionNotice action={action} />} />
    </ClientForm>
  );
}
