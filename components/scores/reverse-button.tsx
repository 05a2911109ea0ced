"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { reverseRecordAction } from "@/actions/scores";
import { callAction } from "@/components/ui/call-action";
import { Button } from "@/components/ui/button";
import { useRequestKey } from "@/components/ui/request-key";

/** 冲销 one record, with the reason asked for in place. */
export function ReverseButton({ id, title }: { id: string; title: string }) {
  const [requestKey, renewKey] = useRequestKey();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState("");
  const [pending, startTransition] = useTransition();
  if (!open) {
    return (
      <Button variant="danger" aria-label={`冲销 ${title}`} onClick={() => setOpen(true)}>
        冲销
      </Button>
    );
  }
  return (
    <span className="flex flex-col gap-1">
      <input aria-label="冲销原因" placeholder="冲销原因，如：登记错了单位" value={reason} onChange={(e) => setReason(e.target.value)} className="rounded border border-stone-300 px-2 py-1 text-sm" />
      {error && (
        <span role="alert" className="text-xs text-red-600">
          {error}
        </span>
      )}
      <span className="flex gap-1">
        <Button
          variant="danger"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await callAction(() => reverseRecordAction({ requestKey, id, reason }));
              if (result.ok) renewKey();
              if (result.ok) router.refresh();
              else setError(result.fieldErrors?.reason ?? result.error);
            })
          }
        >
          确认冲销
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          取消
        </Button>
      </span>
    </span>
  );
}
