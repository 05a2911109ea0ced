"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { changePasswordAction } from "@/actions/account";
import { Button } from "@/components/ui/button";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";
import { Field, inputClass } from "@/components/ui/field";
import { ClientForm } from "@/components/ui/client-form";

const FIELDS = [
  { name: "current", label: "原密码", autoComplete: "current-password" },
  { name: "password", label: "新密码", autoComplete: "new-password" },
  { name: "confirm", label: "再输一遍新密码", autoComplete: "new-password" },
] as const;

export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const router = useRouter();
  const action = useAction();
  const { pending, fieldErrors } = action;
  const [form, setForm] = useState({ current: "", password: "", confirm: "" });

  const save = () => action.run(() => changePasswordAction(form), { onSuccess: () => router.replace("/?password=changed") });

  return (
    <ClientForm
      className="mt-4 space-y-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <ActionNotice action={action} />
      {FIELDS.map((f) => (
        <Field
          key={f.name}
          label={f.label}
          htmlFor={`pw-${f.name}`}
          error={fieldErrors[f.name]}
          hint={f.name === "password" ? `至少${minLength}位，须同时含字母和数字，不能包含登录名` : undefined}
        >
          <input
            id={`pw-${f.name}`}
            type="password"
            autoComplete={f.autoComplete}
            value={form[f.name]}
            onChange={(e) => setForm({ ...form, [f.name]: e.target.value })}
            className={inputClass(fieldErrors[f.name])}
          />
        </Field>
      ))}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "正在保存…" : "保存新密码"}
      </Button>
    </ClientForm>
  );
}
