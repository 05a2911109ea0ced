"use client";

import { applyRecalculationAction } from "@/actions/admin";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";

/** 按新规则重算: applies exactly the preview shown beside it. */
export function RecalcPanel({ year, digest, count }: { year: number; digest: string; count: number }) {
  const action = useAction();
  return (
    <div className="space-y-2">
      <ActionNotice action={action} />
      <ConfirmButton
        variant="primary"
        label={action.pending ? "正在重算…" : "按预览重算"}
        question={`确定按新规则重算${year}年的 ${count} 条积分吗？原记录会以冲销记录更正，不会删除。`}
        confirmLabel="确定重算"
        pending={action.pending}
        disabledReason={count === 0 ? "各条积分已按最新规则计算，没有需要重算的" : undefined}
        onConfirm={() => action.run(() => applyRecalculationAction({ year, digest }), { success: (d) => `已重算 ${d.changed} 条` })}
      />
    </div>
  );
}
