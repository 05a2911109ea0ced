"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { cancelCommissionAction } from "@/actions/commissions";
import { callAction } from "@/components/ui/call-action";
import { Button } from "@/components/ui/button";

/** 撤销约稿, with the reason asked for in place; the units see the reason. */
export function CancelCommission({ id }: { id: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState("");
  const [pending, startTransition] = useTransition();
  if (!open) {
    return (
      <Button variant="danger" onClick={() => setOpen(true)}>
        撤销约稿
      </Button>
    );
  }
  return (
    <span className="flex items-start gap-2">
      <span className="flex flex-col">
        <input aria-label="撤销原因" placeholder="撤销原因，如：题目调整，另行约稿" value={reason} onChange={(e) => setReason(e.target.value)} className="w-72 rounded border border-stone-300 px-2 py-1.5 text-sm" />
        {error && (
          <span role="alert" className="mt-1 text-xs text-red-600">
            {error}
          </span>
        )}
      </span>
      <Button
        variant="danger"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await callAction(() => cancelCommissionAction({ id, reason }));
            if (result.ok) {
              setOpen(false);
              router.refresh();
            } else setError(result.fieldErrors?.reason ?? result.error);
          })
        }
      >
        确认撤销
      </Button>
      <Button variant="secondary" onClick={() => setOpen(false)}>
        取消
      </Button>
    </span>
  );
}
