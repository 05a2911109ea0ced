"use client";

import { useEffect, useState } from "react";
import { releaseEditLockAction, touchEditLockAction } from "@/actions/drafts";

const BEAT_MS = 30_000;

/** Keeps this person's presence on a draft fresh; answers who else is editing it, if anyone. */
export function useEditLock(draftId: string | undefined) {
  const [holder, setHolder] = useState<{ name: string; since: string } | null>(null);
  useEffect(() => {
    if (!draftId) return;
    let stopped = false;
    const beat = async () => {
      try {
        const result = await touchEditLockAction({ id: draftId });
        if (!stopped && result.ok) setHolder(result.data);
      } catch {
        // Offline: try again at the next beat.
      }
    };
    void beat();
    const timer = window.setInterval(beat, BEAT_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
      void releaseEditLockAction({ id: draftId }).catch(() => undefined);
    };
  }, [draftId]);
  return holder;
}
