"use client";

import { useState, useTransition } from "react";
import { Button } from "./button";

/**
 * A danger button that asks for a reason in place before it acts (冲销 and the like). `run`
 * answers an error message to show, or nothing when done.
 */
export function ReasonConfirm({
  label,
  name,
  placeholder,
  run,
}: {
  label: string;
  /** What the button acts on, for its accessible name ("冲销 《xx》"). */
  name: string;
  placeholder: string;
  run: (reason: string) => Promise<string | undefined>;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState("");
  const [pending, startTransition] = useTransition();
  if (!open) {
    return (
      <Button variant="danger" aria-label={`${label} ${name}`} onClick={() => setOpen(true)}>
        {label}
      </Button>
    );
  }
  return (
    <span className="flex flex-col gap-1">
      <input aria-label={`${label}原因`} placeholder={placeholder} value={reason} onChange={(e) => setReason(e.target.value)} className="rounded border border-stone-300 px-2 py-1 text-sm" />
      {error && (
        <span role="alert" className="text-xs text-red-600">
          {error}
        </span>
      )}
      <span className="flex gap-1">
        <Button variant="danger" disabled={pending} onClick={() => startTransition(async () => setError((await run(reason)) ?? ""))}>
          确认{label}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          取消
        </Button>
      </span>
    </span>
  );
}
