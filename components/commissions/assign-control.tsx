"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { assignCommissionAction } from "@/actions/commissions";
import { callAction } from "@/components/ui/call-action";
import { Button } from "@/components/ui/button";

/**
 * 分派 the unit's share to an officer. The form carries who the page showed as assignee, so
 * a second reviewer (or a stale page) is told who got there first instead of overwriting it.
 */
export function AssignControl({ targetId, assigneeId, officers }: { targetId: string; assigneeId: string | null; officers: Array<{ id: string; name: string }> }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [choice, setChoice] = useState("");
  const [error, setError] = useState("");
  if (officers.length === 0) return <span className="text-xs text-amber-700">本单位还没有在岗的信息员账号</span>;
  // Already handed out and nobody else to hand it to: nothing to choose.
  const choices = officers.filter((o) => o.id !== assigneeId);
  if (choices.length === 0) return null;
  const assign = () =>
    startTransition(async () => {
      setError("");
      const result = await callAction(() => assignCommissionAction({ targetId, assigneeId: choice, expectedAssigneeId: assigneeId }));
      if (result.ok) {
        setChoice("");
        router.refresh();
      } else setError(result.fieldErrors?.assigneeId ?? result.error);
    });
  return (
    <span className="flex flex-col gap-1">
      <span className="flex items-center gap-1">
        <select aria-label="分派给信息员" value={choice} onChange={(e) => setChoice(e.target.value)} className="rounded border border-stone-300 px-2 py-1 text-sm">
          <option value="">{assigneeId ? "改派给…" : "请选择信息员"}</option>
          {choices.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        <Button variant="secondary" className="!px-3 !py-1" disabled={pending || !choice} title={!choice ? "请先选择信息员" : undefined} onClick={assign}>
          {assigneeId ? "改派" : "分派"}
        </Button>
      </span>
      {error && (
        <span role="alert" className="text-xs text-red-600">
          {error}
        </span>
      )}
    </span>
  );
}
