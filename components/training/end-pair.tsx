"use client";

import { useState } from "react";
import { endPairAction } from "@/actions/training";
import { ActionNotice } from "@/components/ui/action-notice";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";

/** 结束传帮带: asks for the end date first (today unless changed). */
export function EndPair({ id, today, startedOn }: { id: string; today: string; startedOn: string }) {
  const action = useAction();
  const [open, setOpen] = useState(false);
  const [endedOn, setEndedOn] = useState(today);
  if (!open)
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        结束
      </Button>
    );
  return (
    <div role="group" aria-label="结束传帮带" className="flex flex-wrap items-center gap-2">
      <label htmlFor={`end-${id}`} className="text-sm">
        结束日期
      </label>
      <input id={`end-${id}`} type="date" min={startedOn} max={today} value={endedOn} onChange={(e) => setEndedOn(e.target.value)} className="rounded border border-stone-300 px-2 py-1 text-sm" aria-invalid={!!action.fieldErrors.endedOn} />
      <Button disabled={action.pending} onClick={() => action.run(() => endPairAction({ id, endedOn }))}>
        确定结束
      </Button>
      <Button variant="secondary" disabled={action.pending} onClick={() => (setOpen(false), action.reset())}>
        取消
      </Button>
      {/* The date's own message when it is the date at fault, else the server's sentence. */}
      <ActionNotice action={action} compact className="w-full" />
    </div>
  );
}
