"use client";

import type { ActionState } from "./use-action";

/**
 * What useAction's last call came to, in the form's message area: an error (role="alert"),
 * a conflict with 刷新, or the success sentence (role="status"). `compact` is one line of
 * small text for a table cell or a button row, naming the first field at fault if any.
 */
export function ActionNotice({ action, compact = false, className = "" }: { action: Pick<ActionState, "outcome" | "refresh">; compact?: boolean; className?: string }) {
  const { outcome } = action;
  if (!outcome || !outcome.message) return null;
  const refresh = (
    <button type="button" onClick={action.refresh} className="min-h-11 whitespace-nowrap rounded border border-amber-400 bg-white px-3 text-sm font-medium md:min-h-8">
      刷新
    </button>
  );
  if (compact) {
    if (outcome.kind === "success") {
      return (
        <span role="status" className={`text-xs text-emerald-700 ${className}`}>
          {outcome.message}
        </span>
      );
    }
    return (
      <span role="alert" className={`flex flex-wrap items-center gap-2 text-xs ${outcome.kind === "conflict" ? "text-amber-800" : "text-red-600"} ${className}`}>
        {Object.values(outcome.fieldErrors)[0] ?? outcome.message}
        {outcome.kind === "conflict" && refresh}
      </span>
    );
  }
  if (outcome.kind === "success") {
    return (
      <p role="status" className={`rounded border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ${className}`}>
        {outcome.message}
      </p>
    );
  }
  if (outcome.kind === "conflict") {
    return (
      <div role="alert" className={`flex flex-wrap items-center gap-2 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 ${className}`}>
        <span className="min-w-0 flex-1">{outcome.message}</span>
        {refresh}
      </div>
    );
  }
  return (
    <p role="alert" className={`rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700 ${className}`}>
      {outcome.message}
    </p>
  );
}
