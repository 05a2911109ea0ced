"use client";

import { useState } from "react";
import { Button } from "./button";

/**
 * A button that asks before it acts, inside the page (a phone shows no native dialog well):
 * the first tap shows the question with 确定 and 取消 beside it.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  pending,
  onConfirm,
}: {
  label: string;
  question: string;
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => void;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button variant="danger" disabled={pending} onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  }
  return (
    <div role="group" aria-label={label} className="space-y-2 rounded border border-red-200 bg-red-50 p-3">
      <p className="text-sm text-red-800">{question}</p>
      <div className="flex flex-wrap gap-2">
        <Button variant="danger" disabled={pending} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => setAsking(false)}>
          取消
        </Button>
      </div>
    </div>
  );
}
