"use client";

import { useState } from "react";
import { Button } from "./button";

/**
 * A button that asks before it acts, inside the page (a phone shows no native dialog well):
 * the first tap shows the question with the confirm and cancel buttons beside it.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  cancelLabel = "取消",
  pending,
  onConfirm,
  variant = "danger",
  disabledReason,
}: {
  label: string;
  question: string;
  confirmLabel: string;
  cancelLabel?: string;
  pending: boolean;
  onConfirm: () => void;
  variant?: "danger" | "primary" | "secondary";
  /** When set, the button is disabled and says why (as its title and beside it). */
  disabledReason?: string;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <span className="inline-flex flex-wrap items-center gap-2">
        <Button variant={variant} disabled={pending || !!disabledReason} title={disabledReason} onClick={() => setAsking(true)}>
          {label}
        </Button>
        {disabledReason && <span className="text-xs text-stone-500">{disabledReason}</span>}
      </span>
    );
  }
  const tone = variant === "danger" ? "border-red-200 bg-red-50 text-red-800" : "border-amber-200 bg-amber-50 text-stone-800";
  return (
    <div role="group" aria-label={label} className={`space-y-2 rounded border p-3 ${tone}`}>
      <p className="text-sm">{question}</p>
      <div className="flex flex-wrap gap-2">
        <Button
          variant={variant === "secondary" ? "primary" : variant}
          disabled={pending}
          onClick={() => {
            onConfirm();
            setAsking(false);
          }}
        >
          {confirmLabel}
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => setAsking(false)}>
          {cancelLabel}
        </Button>
      </div>
    </div>
  );
}
