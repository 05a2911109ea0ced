"use client";

import { cancelCommissionAction } from "@/actions/commissions";
import { ReasonConfirm } from "@/components/ui/reason-confirm";

/** 撤销约稿, with the reason asked for in place; the units see the reason. */
export function CancelCommission({ id }: { id: string }) {
  return <ReasonConfirm label="撤销约稿" name="" placeholder="撤销原因，如：题目调整，另行约稿" call={(reason) => cancelCommissionAction({ id, reason })} />;
}
