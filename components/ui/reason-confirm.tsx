"use client";

import { useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { Button } from "./button";
import { ActionNotice } from "./action-notice";
import { useAction } from "./use-action";

/**
 * A danger button that asks for a reason in place before it acts (冲销 and the like), then
 * calls `call` through useAction: the reason's field error, a conflict with 刷新 or a lost
 * connection show under the box, and the typed reason stays.
 */
export function ReasonConfirm({
  label,
  name,
  placeholder,
  call,
  onDone,
}: {
  label: string;
  /** What the button acts on, for its accessible name ("冲销 《xx》"); "" when the page says it. */
  name: string;
  placeholder: string;
  call: (reason: string) => Promise<ActionResult<unknown>>;
  onDone?: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const action = useAction();
  if (!open) {
    return (
      <Button variant="danger" aria-label={name ? `${label} ${name}` : undefined} onClick={() => setOpen(true)}>
        {label}
      </Button>
    );
  }
  return (
    <span className="flex flex-col gap-1">
      <input aria-label={`${label}原因`} placeholder={placeholder} value={reason} onChange={(e) => setReason(e.target.value)} className="min-h-11 rounded border border-stone-300 px-2 py-1 text-sm md:min-h-0" />
      <ActionNotice action={action} compact />
      <span className="flex gap-1">
        <Button variant="danger" disabled={action.pending} onClick={() => action.run(() => call(reason), { onSuccess: onDone })}>
          确认{label}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          取消
        </Button>
      </span>
    </span>
  );
}
