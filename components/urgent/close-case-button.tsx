"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { closeUrgentCaseAction } from "@/actions/urgent";
import { callAction } from "@/components/ui/call-action";
import { Button } from "@/components/ui/button";

/** 办结, asked once more in place: afterwards the unit can send no more 续报. */
export function CloseCaseButton({ id }: { id: string }) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState("");
  const [pending, startTransition] = useTransition();
  const close = () =>
    startTransition(async () => {
      setError("");
      const result = await callAction(() => closeUrgentCaseAction({ id }));
      if (result.ok || result.conflict) router.refresh();
      if (!result.ok) setError(result.error);
      setAsking(false);
    });
  return (
    <span className="inline-flex flex-col gap-1">
      {asking ? (
        <span className="flex items-center gap-2 text-sm">
          办结后单位不能再续报，确定办结？
          <Button disabled={pending} onClick={close}>
            确定办结
          </Button>
          <Button variant="secondary" onClick={() => setAsking(false)}>
            取消
          </Button>
        </span>
      ) : (
        <Button variant="secondary" onClick={() => setAsking(true)}>
          办结
        </Button>
      )}
      {error && (
        <span role="alert" className="text-sm text-red-600">
          {error}
        </span>
      )}
    </span>
  );
}
