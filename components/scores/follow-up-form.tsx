"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { closeFollowUpAction } from "@/actions/scores";
import { callAction } from "@/components/ui/call-action";
import { Button } from "@/components/ui/button";

/** 反馈落实情况 for one leader instruction; the text stays if saving fails. */
export function FollowUpForm({ id }: { id: string }) {
  const router = useRouter();
  const [feedback, setFeedback] = useState("");
  const [error, setError] = useState("");
  const [pending, startTransition] = useTransition();
  return (
    <div className="mt-2 space-y-1">
      <textarea aria-label="落实情况" rows={2} value={feedback} onChange={(e) => setFeedback(e.target.value)} placeholder="写明按批示做了什么、取得什么效果" className="w-full rounded border border-stone-300 px-2 py-1 text-sm" />
      {error && (
        <p role="alert" className="text-sm text-red-600">
          {error}
        </p>
      )}
      <Button
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setError("");
            const result = await callAction(() => closeFollowUpAction({ id, feedback }));
            if (result.ok) router.refresh();
            else setError(result.fieldErrors?.feedback ?? result.error);
          })
        }
      >
        反馈落实情况
      </Button>
    </div>
  );
}
