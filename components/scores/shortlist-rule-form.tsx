"use client";

import { useState } from "react";
import { setShortlistRuleAction } from "@/actions/credit";
import { ActionNotice } from "@/components/ui/action-notice";
import { Field, inputClass } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { useAction } from "@/components/ui/use-action";

type Conditions = { topN: number; minAdopted: number; excludeSecrecy: boolean };

/** 研究室 sets a year's 先进个人 conditions; what was typed stays after an error. */
export function ShortlistRuleForm({ year, initial }: { year: number; initial: Conditions }) {
  const action = useAction();
  const fieldErrors = action.fieldErrors;
  const [form, setForm] = useState({ topN: String(initial.topN), minAdopted: String(initial.minAdopted), excludeSecrecy: initial.excludeSecrecy });
  const save = () => action.run(() => setShortlistRuleAction({ year, ...form }), { success: "推荐条件已保存，名单已按新条件重排" });
  return (
    <section aria-label="推荐条件" className="space-y-3 rounded border border-stone-200 bg-white p-4">
      <h2 className="font-semibold">{year}年度推荐条件</h2>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Field label="每组推荐前几名" htmlFor="topN" error={fieldErrors.topN} hint="与最后一名同分的一并列入">
          <input id="topN" inputMode="numeric" value={form.topN} onChange={(e) => setForm({ ...form, topN: e.target.value })} className={inputClass(fieldErrors.topN)} />
        </Field>
        <Field label="县级采用至少几篇" htmlFor="minAdopted" error={fieldErrors.minAdopted}>
          <input id="minAdopted" inputMode="numeric" value={form.minAdopted} onChange={(e) => setForm({ ...form, minAdopted: e.target.value })} className={inputClass(fieldErrors.minAdopted)} />
        </Field>
      </div>
      <label className="flex min-h-11 items-center gap-2 text-sm">
        <input type="checkbox" checked={form.excludeSecrecy} onChange={(e) => setForm({ ...form, excludeSecrecy: e.target.checked })} className="h-5 w-5" />
        当年有保密问题（登记了“泄密、违反保密规定”扣分且未冲销）的不列入
      </label>
      <FormFooter submitLabel="保存推荐条件" pending={action.pending} onSubmit={save} notice={<ActionNotice action={action} />} />
    </section>
  );
}
