"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { publishPlanAction } from "@/actions/plans";
import { callAction } from "@/components/ui/call-action";
import { Button } from "@/components/ui/button";

/** 发布 with a confirmation: once published the plan is fixed and the units are told. */
export function PublishPlanButton({ id, version }: { id: string; version: number }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState("");
  const [pending, startTransition] = useTransition();
  if (!confirming) return <Button onClick={() => setConfirming(true)}>发布</Button>;
  return (
    <span className="flex items-center gap-2 text-sm">
      <span>发布后各相关单位即可看到并收到通知，计划不能再改。确定发布？</span>
      <Button
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await callAction(() => publishPlanAction({ id, version }));
            if (result.ok) {
              setConfirming(false);
              router.refresh();
            } else setError(result.error);
          })
        }
      >
        确定发布
      </Button>
      <Button variant="secondary" onClick={() => setConfirming(false)}>
        取消
      </Button>
      {error && (
        <span role="alert" className="text-red-600">
          {error}
        </span>
      )}
    </span>
  );
}
