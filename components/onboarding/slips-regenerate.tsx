"use client";

import { useEffect, useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field, inputClass } from "@/components/ui/field";
import { ErrorBox } from "@/components/ui/flash";

/** 重新生成账号通知单 for one unit: resets its accounts' passwords, then offers the PDF once. */
export function SlipsRegenerate({ units }: { units: Array<{ id: string; name: string; accounts: number }> }) {
  const [unitId, setUnitId] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const [url, setUrl] = useState("");
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);
  const unit = units.find((u) => u.id === unitId);

  async function run() {
    setBusy(true);
    setError("");
    try {
      const response = await fetch("/api/onboarding/slips", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ unitId }) });
      if (!response.ok) return setError(((await response.json().catch(() => null)) as { error?: string } | null)?.error ?? "生成失败，请稍后重试");
      setUrl(URL.createObjectURL(await response.blob()));
    } catch {
      setError("网络连接中断，请检查网络后重试");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="sm:w-80">
          <Field label="单位" htmlFor="slips-unit">
            <select
              id="slips-unit"
              value={unitId}
              onChange={(e) => {
                setUnitId(e.target.value);
                setUrl("");
              }}
              className={inputClass()}
            >
              <option value="">请选择单位</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}（{u.accounts} 个账号）
                </option>
              ))}
            </select>
          </Field>
        </div>
      </div>
      {unit && (
        <ConfirmButton
          key={`${unit.id}:${url}`}
          label="重新生成账号通知单"
          question={`将重置“${unit.name}”全部账号的密码（您本人的除外），他们须用新通知单上的密码登录并重新设置。确定吗？`}
          confirmLabel="确定重置并生成"
          pending={busy}
          onConfirm={run}
        />
      )}
      <ErrorBox message={error} />
      {url && (
        <a href={url} download={`账号通知单-${unit?.name ?? ""}.pdf`} className="inline-flex min-h-11 items-center rounded bg-party px-4 text-sm text-white md:min-h-0 md:py-2">
          下载“{unit?.name}”的账号通知单（PDF）
        </a>
      )}
    </div>
  );
}
