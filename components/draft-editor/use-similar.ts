"use client";

import { useEffect, useState } from "react";
import { similarDraftsAction } from "@/actions/drafts";
import type { CheckSettings, Finding } from "@/lib/checks";

const PAUSE_MS = 4000;

/** The similarity check, asked of the server when typing pauses. */
export function useSimilar(draftId: string | undefined, title: string, body: string, settings: CheckSettings): Finding[] {
  const [findings, setFindings] = useState<Finding[]>([]);
  const tooShort = body.trim().length < 20;
  useEffect(() => {
    if (tooShort) return;
    let current = true;
    const timer = window.setTimeout(async () => {
      try {
        const result = await similarDraftsAction({ id: draftId, title, body });
        if (current && result.ok) setFindings(result.data);
      } catch {
        // Offline: the text checks still run; this one waits for the next pause.
      }
    }, PAUSE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [draftId, title, body, settings, tooShort]);
  // Too short a text to compare: nothing is similar, whatever an earlier text found.
  return tooShort ? [] : findings;
}
