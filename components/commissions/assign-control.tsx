"use client";

import { useState } from "react";
import { assignCommissionAction } from "@/actions/commissions";
import { Button } from "@/components/ui/button";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";

/**
 * 分派 the unit's share to an officer. The form carries who the page showed as assignee, so
 * a second reviewer (or a stale page) is told who got there first instead of overwriting it.
 */
export function AssignControl({ targetId, assigneeId, officers }: { targetId: string; assigneeId: string | null; officers: Array<{ id: string; name: string }> }) {
  const action = useAction();
  const [choice, setChoice] = useState("");
  if (officers.length === 0) return <span className="text-xs text-amber-700">本单位还没有在岗的信息员账号</span>;
  // Already handed out and nobody else to hand it to: nothing to choose.
  const choices = officers.filter((o) => o.id !== assigneeId);
  if (choices.length === 0) return null;
  const assign = () => action.run(() => assignCommissionAction({ targetId, assigneeId: choice, expectedAssigneeId: assigneeId }), { onSuccess: () => setChoice("") });
  return (
    <span className="flex flex-col gap-1">
      <span className="flex flex-wrap items-center gap-1">
        <select aria-label="分派给信息员" value={choice} onChange={(e) => setChoice(e.target.value)} className="min-h-11 rounded border border-stone-300 px-2 py-1 text-sm md:min-h-0">
          <option value="">{assigneeId ? "改派给…" : "请选择信息员"}</option>
          {choices.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        <Button variant="secondary" className="!px-3 !py-1" disabled={action.pending || !choice} title={!choice ? "请先选择信息员" : undefined} onClick={assign}>
          {assigneeId ? "改派" : "分派"}
        </Button>
      </span>
      <ActionNotice action={action} compact />
    </span>
  );
}
