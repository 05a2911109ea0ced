"use client";

import { useState } from "react";
import { setRulePointsAction } from "@/actions/admin";
import { Button } from "@/components/ui/button";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";

/** One rule's points: saving a different value makes a new version. */
export function RuleRow({ year, code, label, points, version, history }: { year: number; code: string; label: string; points: number; version: number; history: string }) {
  const [value, setValue] = useState(String(points));
  const action = useAction();
  const save = () => {
    if (!/^-?\d+(\.\d{1,2})?$/.test(value.trim())) return action.fail("请填写数字，最多两位小数");
    action.run(() => setRulePointsAction({ year, code, points: Number(value.trim()) }));
  };
  return (
    <tr className="border-b border-stone-100">
      <td className="p-2">{label}</td>
      <td className="p-2">
        <input aria-label={`${label}分值`} value={value} onChange={(e) => setValue(e.target.value)} inputMode="decimal" className="w-24 rounded border border-stone-300 px-2 py-1 text-right" />
        <ActionNotice action={action} compact />
      </td>
      <td className="p-2 text-stone-500">第{version}版</td>
      <td className="p-2 text-xs text-stone-500">{history}</td>
      <td className="p-2">
        <Button variant="secondary" disabled={action.pending || value.trim() === String(points)} title={value.trim() === String(points) ? "分值没有改动" : undefined} onClick={save}>
          保存为新版本
        </Button>
      </td>
    </tr>
  );
}
