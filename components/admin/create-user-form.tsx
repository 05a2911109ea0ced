"use client";

import { useState } from "react";
import { createUserAction } from "@/actions/admin";
import { ROLES, ROLE_LABELS, type Role } from "@/lib/authz/permissions";
import { Field, inputClass } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";
import { useRequestKey } from "@/components/ui/request-key";
import { ClientForm } from "@/components/ui/client-form";

const EMPTY = { username: "", name: "", unitId: "", phone: "", password: "", roles: [] as Role[] };

export function CreateUserForm({ units }: { units: Array<{ id: string; name: string }> }) {
  const [requestKey, renewKey] = useRequestKey();
  const action = useAction();
  const errors = action.fieldErrors;
  const [values, setValues] = useState(EMPTY);
  const set = (k: keyof typeof EMPTY, v: string) => setValues((s) => ({ ...s, [k]: v }));

  return (
    <ClientForm
      noValidate
      className="grid grid-cols-1 md:grid-cols-3 gap-3 rounded border border-stone-200 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        action.run(() => createUserAction({ ...values, requestKey }), {
          success: (_, repeated) => `${repeated ? "已提交过，只创建了一次：" : ""}已创建账号 ${values.username}`,
          onSuccess: () => {
            renewKey();
            setValues(EMPTY);
          },
        });
      }}
    >
      <Field label="登录名" htmlFor="username" error={errors.username}>
        <input id="username" value={values.username} onChange={(e) => set("username", e.target.value)} className={inputClass(errors.username)} />
      </Field>
      <Field label="姓名" htmlFor="name" error={errors.name}>
        <input id="name" value={values.name} onChange={(e) => set("name", e.target.value)} className={inputClass(errors.name)} />
      </Field>
      <Field label="所属单位" htmlFor="unitId" error={errors.unitId}>
        <select id="unitId" value={values.unitId} onChange={(e) => set("unitId", e.target.value)} className={inputClass(errors.unitId)}>
          <option value="">请选择</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label="初始密码" htmlFor="password" error={errors.password} hint="至少8位，含字母和数字">
        <input id="password" type="text" value={values.password} onChange={(e) => set("password", e.target.value)} className={inputClass(errors.password)} />
      </Field>
      <Field label="电话" htmlFor="phone" error={errors.phone}>
        <input id="phone" value={values.phone} onChange={(e) => set("phone", e.target.value)} className={inputClass(errors.phone)} />
      </Field>
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-stone-700">角色</legend>
        <div className="flex flex-wrap gap-3 text-sm">
          {ROLES.map((r) => (
            <label key={r} className="flex items-center gap-1">
              <input
                type="checkbox"
                checked={values.roles.includes(r)}
                onChange={(e) =>
                  setValues((s) => ({ ...s, roles: e.target.checked ? [...s.roles, r] : s.roles.filter((x) => x !== r) }))
                }
              />
              {ROLE_LABELS[r]}
            </label>
          ))}
        </div>
        {errors.roles && <p className="mt-1 text-sm text-red-600">{errors.roles}</p>}
      </fieldset>
      <div className="md:col-span-3">
        <FormFooter submitLabel="创建账号" pendingLabel="正在创建…" pending={action.pending} notice={<ActionNotice action={action} />} />
      </div>
    </ClientForm>
  );
}
