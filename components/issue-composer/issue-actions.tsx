"use client";

import { useState } from "react";
import { moveIssueAction, publishIssueAction, voidIssueAction } from "@/actions/issues";
import type { OfferedIssueMove } from "@/lib/bulletins/issue-workflow";
import type { ActionResult } from "@/lib/action-result";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";

/** Moves asked about once more in place (a phone shows no native dialog well). */
const CONFIRM: Partial<Record<OfferedIssueMove["move"], string>> = {
  PUBLISH: "确定发布本期吗？发布后将生成期号，内容不能再修改。",
  SIGN: "确定签发本期吗？",
};

/** 送签 / 签发 / 退回 / 撤回 / 发布 / 作废 for one issue; the server checks each again. */
export function IssueActions({ issueId, version, moves }: { issueId: string; version: number; moves: OfferedIssueMove[] }) {
  const action = useAction();
  const [open, setOpen] = useState<OfferedIssueMove | null>(null);
  const [comment, setComment] = useState("");
  const fieldError = action.fieldErrors.comment ?? action.fieldErrors.reason;

  const call = (m: OfferedIssueMove): Promise<ActionResult<unknown>> => {
    if (m.move === "PUBLISH") return publishIssueAction({ issueId, version });
    if (m.move === "VOID") return voidIssueAction({ issueId, reason: comment });
    return moveIssueAction({ issueId, version, move: m.move, comment });
  };

  const run = (m: OfferedIssueMove) =>
    action.run(() => call(m), {
      onSuccess: () => {
        setOpen(null);
        setComment("");
      },
    });

  if (moves.length === 0) return null;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap justify-end gap-2">
        {moves.map((m) => (
          <Button
            key={m.move}
            variant={m.move === "VOID" ? "danger" : m.comment || m.move === "RECALL" ? "secondary" : "primary"}
            disabled={action.pending}
            onClick={() => (m.comment || CONFIRM[m.move] ? setOpen(m) : run(m))}
          >
            {m.label}
          </Button>
        ))}
      </div>
      <ActionNotice action={action} />
      {open && (
        <div role="group" aria-label={open.label} className="space-y-2 rounded border border-stone-200 bg-stone-50 p-3">
          {open.comment ? (
            <>
              <label htmlFor="issue-comment" className="block text-sm font-medium">
                {open.comment}
              </label>
              <textarea id="issue-comment" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} className={inputClass(fieldError)} />
              {fieldError && (
                <p role="alert" className="text-sm text-red-600">
                  {fieldError}
                </p>
              )}
            </>
          ) : (
            <p className="text-sm">{CONFIRM[open.move]}</p>
          )}
          <div className="flex flex-wrap gap-2">
            <Button variant={open.move === "VOID" ? "danger" : "primary"} disabled={action.pending} onClick={() => run(open)}>
              确认{open.label}
            </Button>
            <Button variant="secondary" disabled={action.pending} onClick={() => setOpen(null)}>
              取消
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
