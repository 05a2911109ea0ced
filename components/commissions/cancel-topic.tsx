"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { cancelTopicAction } from "@/actions/topics";
import { callAction } from "@/components/ui/call-action";
import { Button } from "@/components/ui/button";

/** 撤销点题 after a confirmation in place. */
export function CancelTopic({ id }: { id: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState("");
  const [pending, startTransition] = useTransition();
  if (!confirming) {
    return (
      <Button variant="danger" onClick={() => setConfirming(true)}>
        撤销点题
      </Button>
    );
  }
  return (
    <span className="flex items-center gap-2">
      <span className="text-sm text-stone-700">撤销后信息员不再需要写这篇，确定吗？</span>
      <Button
        variant="danger"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await callAction(() => cancelTopicAction({ id }));
            if (result.ok) {
              setConfirming(false);
              router.refresh();
            } else setError(result.error);
          })
        }
      >
        确认撤销
      </Button>
      <Button variant="secondary" onClick={() => setConfirming(false)}>
        不撤销
      </Button>
      {error && (
        <span role="alert" className="text-xs text-red-600">
          {error}
        </span>
      )}
    </span>
  );
}
