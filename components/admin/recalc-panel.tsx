"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { applyRecalculationAction } from "@/actions/admin";
import { callAction } from "@/components/ui/call-action";
import { Button } from "@/components/ui/button";
import { ErrorBox } from "@/components/ui/flash";

/** 按新规则重算: applies exactly the preview shown beside it. */
export function RecalcPanel({ year, digest, count }: { year: number; digest: string; count: number }) {
  const router = useRouter();
  const [error, setError] = useState("");
  const [done, setDone] = useState("");
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-2">
      <ErrorBox message={error} />
      {done && <p className="text-sm text-emerald-700">{done}</p>}
      <Button
        disabled={pending || count === 0}
        title={count === 0 ? "各条积分已按最新规则计算，没有需要重算的" : undefined}
        onClick={() => {
          if (!window.confirm(`确定按新规则重算${year}年的 ${count} 条积分吗？原记录会以冲销记录更正，不会删除。`)) return;
          startTransition(async () => {
            setError("");
            const result = await callAction(() => applyRecalculationAction({ year, digest }));
            if (result.ok) setDone(`已重算 ${result.data.changed} 条`);
            else setError(result.error);
            router.refresh();
          });
        }}
      >
        {pending ? "正在重算…" : "按预览重算"}
      </Button>
    </div>
  );
}
