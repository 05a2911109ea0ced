"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { addItemAction } from "@/actions/issues";
import { callAction } from "@/components/ui/call-action";
import { Button } from "@/components/ui/button";

/** 编入本期: one adopted draft from the pool into the issue. */
export function PoolAddButton({ issueId, version, draftId, title }: { issueId: string; version: number; draftId: string; title: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState("");
  return (
    <span className="flex flex-col items-end">
      <Button
        variant="secondary"
        aria-label={`编入本期 ${title}`}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await callAction(() => addItemAction({ issueId, version, draftId }));
            setError(result.ok ? "" : result.error);
            router.refresh();
          })
        }
      >
        编入本期
      </Button>
      {error && (
        <span role="alert" className="mt-1 text-xs text-red-600">
          {error}
        </span>
      )}
    </span>
  );
}
