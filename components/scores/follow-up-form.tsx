"use client";

import { useState } from "react";
import { closeFollowUpAction } from "@/actions/scores";
import { Button } from "@/components/ui/button";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";

/** 反馈落实情况 for one leader instruction; the text stays if saving fails. */
export function FollowUpForm({ id }: { id: string }) {
  const [feedback, setFeedback] = useState("");
  const action = useAction();
  return (
    <div className="mt-2 space-y-1">
      <textarea aria-label="落实情况" rows={2} value={feedback} onChange={(e) => setFeedback(e.target.value)} placeholder="写明按批示做了什么、取得什么效果" className="w-full rounded border border-stone-300 px-2 py-1 text-sm" />
      <ActionNotice action={action} compact />
      <Button disabled={action.pending} onClick={() => action.run(() => closeFollowUpAction({ id, feedback }))}>
        反馈落实情况
      </Button>
    </div>
  );
}
