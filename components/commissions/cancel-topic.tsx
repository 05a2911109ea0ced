"use client";

import { cancelTopicAction } from "@/actions/topics";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";

/** 撤销点题 after a confirmation in place. */
export function CancelTopic({ id }: { id: string }) {
  const action = useAction();
  return (
    <span className="inline-flex flex-col gap-1">
      <ConfirmButton
        label="撤销点题"
        question="撤销后信息员不再需要写这篇，确定吗？"
        confirmLabel="确认撤销"
        cancelLabel="不撤销"
        pending={action.pending}
        onConfirm={() => action.run(() => cancelTopicAction({ id }))}
      />
      <ActionNotice action={action} compact />
    </span>
  );
}
