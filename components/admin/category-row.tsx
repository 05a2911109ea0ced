"use client";

import { useState } from "react";
import { setCategoryAction } from "@/actions/admin";
import { Button } from "@/components/ui/button";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";

/** A category's cap (empty: none) and its weight in the 千分制 assessment. */
export function CategoryRow({ year, code, label, cap, weight, mode }: { year: number; code: string; label: string; cap: number | null; weight: number; mode: "RATIO" | "DEDUCT" }) {
  const [form, setForm] = useState({ cap: cap == null ? "" : String(cap), weight: String(weight) });
  const action = useAction();
  const number = /^\d+(\.\d{1,2})?$/;
  const save = () => {
    if ((form.cap.trim() && !number.test(form.cap.trim())) || !number.test(form.weight.trim())) return action.fail("请填写不小于0的数字，最多两位小数");
    action.run(() => setCategoryAction({ year, code, cap: form.cap.trim() ? Number(form.cap) : null, weight: Number(form.weight) }));
  };
  return (
    <tr className="border-b border-stone-100">
      <td className="p-2">{label}</td>
      <td className="p-2 text-stone-500">{mode === "DEDUCT" ? "满分减扣分" : "按上限比例折算"}</td>
      <td className="p-2">
        <input aria-label={`${label}上限`} placeholder="不设" disabled={mode === "DEDUCT"} title={mode === "DEDUCT" ? "扣分类按满分减扣分计算，不设上限" : undefined} value={form.cap} onChange={(e) => setForm({ ...form, cap: e.target.value })} className="w-24 rounded border border-stone-300 px-2 py-1 text-right disabled:bg-stone-50" />
      </td>
      <td className="p-2">
        <input aria-label={`${label}考核分值`} value={form.weight} onChange={(e) => setForm({ ...form, weight: e.target.value })} className="w-24 rounded border border-stone-300 px-2 py-1 text-right" />
        <ActionNotice action={action} compact />
      </td>
      <td className="p-2">
        <Button variant="secondary" disabled={action.pending} onClick={save}>
          保存
        </Button>
      </td>
    </tr>
  );
}
