"use client";

import { markAllReadAction } from "@/actions/notifications";
import { Button } from "@/components/ui/button";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";

export function MarkAllRead() {
  const action = useAction();
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <Button variant="secondary" disabled={action.pending} onClick={() => action.run(() => markAllReadAction({}))}>
        全部标为已读
      </Button>
      <ActionNotice action={action} compact />
    </span>
  );
}
