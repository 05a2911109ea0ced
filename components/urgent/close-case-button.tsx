"use client";

import { closeUrgentCaseAction } from "@/actions/urgent";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";

/** 办结, asked once more in place: afterwards the unit can send no more 续报. */
export function CloseCaseButton({ id }: { id: string }) {
  const action = useAction();
  return (
    <span className="inline-flex flex-col gap-1">
      <ConfirmButton
        variant="secondary"
        label="办结"
        question="办结后单位不能再续报，确定办结？"
        confirmLabel="确定办结"
        pending={action.pending}
        onConfirm={() => action.run(() => closeUrgentCaseAction({ id }))}
      />
      <ActionNotice action={action} compact />
    </span>
  );
}
