"use client";

import { useCallback, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { fieldErrorsOf, outcomeOf, settle, type ActionOutcome, type SuccessMessage } from "./action-outcome";

type RunOptions<T> = {
  /** The sentence shown once it went through (role="status"). */
  success?: SuccessMessage<T>;
  /** What else happens once it went through (reset the form, navigate...). */
  onSuccess?: (data: T) => void | Promise<void>;
  /** What else happens when it did not (keep a preview, stop autosave...). */
  onFailure?: (outcome: ActionOutcome) => void;
  /** Reload the page's server data after success (default true). */
  refresh?: boolean;
  /** Reload at once on a conflict, for messages that say "页面已刷新" (a move that nothing typed rides on). */
  refreshOnConflict?: boolean;
};

/**
 * The one way a component calls a server action: pending state while it runs, then the
 * outcome (success message, field errors, "刚被别人处理过" with 刷新, a lost connection).
 * Show it with <ActionNotice> and read field errors with `fieldErrors`.
 */
export function useAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);

  const run = useCallback(
    <T,>(call: () => Promise<ActionResult<T>>, options: RunOptions<T> = {}) =>
      new Promise<ActionOutcome>((resolve) =>
        startTransition(async () => {
          setOutcome(null);
          const result = await settle(call);
          const next = outcomeOf(result, options.success);
          setOutcome(next);
          if (result.ok) {
            await options.onSuccess?.(result.data);
            if (options.refresh !== false) router.refresh();
          } else {
            if (next.kind === "conflict" && options.refreshOnConflict) router.refresh();
            options.onFailure?.(next);
          }
          resolve(next);
        }),
      ),
    [router],
  );

  const reset = useCallback(() => setOutcome(null), []);
  /** A check the browser makes before calling (a number that is not one): shown like the server's. */
  const fail = useCallback((message: string, fieldErrors: Record<string, string> = {}) => setOutcome({ kind: "error", message, fieldErrors }), []);
  /** 刷新 after a conflict: the page shows what the other person did, the notice goes. */
  const refresh = useCallback(() => {
    setOutcome(null);
    router.refresh();
  }, [router]);

  return { run, pending, outcome, fieldErrors: fieldErrorsOf(outcome), reset, refresh, fail };
}

export type ActionState = ReturnType<typeof useAction>;
