"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { setRulePointsAction } from "@/actions/admin";
import { callAction } from "@/components/ui/call-action";
import { Button } from "@/components/ui/button";

/** One rule's points: saving a different value makes a new version. */
export function RuleRow({ year, code, label, points, version, history }: { year: number; code: string; label: string; points: number; version: number; history: string }) {
  const router = useRouter();
  const [value, setValue] = useState(String(points));
  const [error, setError] = useState("");
  const [pending, startTransition] = useTransition();
  const save = () =>
    startTransition(async () => {
      setError("");
      const n = Number(value.trim());
      if (!/^-?\d+(\.\d{1,2})?$/.test(value.trim())) return setError("请填写数字，最多两位小数");
      const result = await callAction(() => setRulePointsAction({ year, code, points: n }));
      if (!result.ok) setError(result.fieldErrors?.points ?? result.error);
      router.refresh();
    });
  return (
    <tr className="border-b border-stone-100">
      <td className="p-2">{label}</td>
      <td className="p-2">
        <input aria-label={`${label}分值`} value={value} onChange={(e) => setValue(e.target.value)} inputMode="decimal" className="w-24 rounded border border-stone-300 px-2 py-1 text-right" />
        {error && (
          <p role="alert" className="text-xs text-red-600">
            {error}
          </p>
        )}
      </td>
      <td className="p-2 text-stone-500">第{version}版</td>
      <td className="p-2 text-xs text-stone-500">{history}</td>
      <td className="p-2">
        <Button variant="secondary" disabled={pending || value.trim() === String(points)} title={value.trim() === String(points) ? "分值没有改动" : undefined} onClick={save}>
          保存为新版本
        </Button>
      </td>
    </tr>
  );
}
