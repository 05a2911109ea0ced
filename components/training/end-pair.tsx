"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { endPairAction } from "@/actions/training";
import { settle } from "@/components/ui/action-outcome";
import { Button } from "@/components/ui/button";

/** 结束传帮带: asks for the end date first (today unless changed). */
export function EndPair({ id, today, startedOn }: { id: string; today: string; startedOn: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [open, setOpen] = useState(false);
  const [endedOn, setEndedOn] = useState(today);
  const [error, setError] = useState("");
  if (!open)
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        结束
      </Button>
    );
  const end = () =>
    startTransition(async () => {
      const result = await settle(() => endPairAction({ id, endedOn }));
      if (!result.ok) return setError(result.fieldErrors?.endedOn ?? result.error);
      router.refresh();
    });
  return (
    <div role="group" aria-label="结束传帮带" className="flex flex-wrap items-center gap-2">
      <label htmlFor={`end-${id}`} className="text-sm">
        结束日期
      </label>
      <input id={`end-${id}`} type="date" min={startedOn} max={today} value={endedOn} onChange={(e) => setEndedOn(e.target.value)} className="rounded border border-stone-300 px-2 py-1 text-sm" aria-invalid={!!error} />
      <Button disabled={pending} onClick={end}>
        确定结束
      </Button>
      <Button variant="secondary" disabled={pending} onClick={() => (setOpen(false), setError(""))}>
        取消
      </Button>
      {error && (
        <p role="alert" className="w-full text-sm text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}
