"use client";

import { addItemAction } from "@/actions/issues";
import { Button } from "@/components/ui/button";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";

/** 编入本期: one adopted draft from the pool into the issue. */
export function PoolAddButton({ issueId, version, draftId, title }: { issueId: string; version: number; draftId: string; title: string }) {
  const action = useAction();
  return (
    <span className="flex flex-col items-end">
      <Button variant="secondary" aria-label={`编入本期 ${title}`} disabled={action.pending} onClick={() => action.run(() => addItemAction({ issueId, version, draftId }))}>
        编入本期
      </Button>
      <ActionNotice action={action} compact className="mt-1" />
    </span>
  );
}
