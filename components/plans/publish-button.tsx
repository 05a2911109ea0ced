"use client";

import { publishPlanAction } from "@/actions/plans";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";

/** 发布 with a confirmation: once published the plan is fixed and the units are told. */
export function PublishPlanButton({ id, version }: { id: string; version: number }) {
  const action = useAction();
  return (
    <span className="inline-flex flex-col gap-2">
      <ConfirmButton
        variant="primary"
        label="发布"
        question="发布后各相关单位即可看到并收到通知，计划不能再改。确定发布？"
        confirmLabel="确定发布"
        pending={action.pending}
        onConfirm={() => action.run(() => publishPlanAction({ id, version }))}
      />
      <ActionNotice action={action} />
    </span>
  );
}
