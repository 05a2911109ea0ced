"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { moveIssueAction, publishIssueAction, voidIssueAction } from "@/actions/issues";
import type { OfferedIssueMove } from "@/lib/bulletins/issue-workflow";
import type { ActionResult } from "@/lib/action-result";
import { callAction } from "@/components/ui/call-action";
import { Button } from "@/components/ui/button";
import { ErrorBox } from "@/components/ui/flash";
import { inputClass } from "@/components/ui/field";

const CONFIRM: Partial<Record<OfferedIssueMove["move"], string>> = {
  PUBLISH: "确定发布本期吗？发布后将生成期号，内容不能再修改。",
  SIGN: "确定签发本期吗？",
};

/** 送签 / 签发 / 退回 / 撤回 / 发布 / 作废 for one issue; the server checks each again. */
export function IssueActions({ issueId, version, moves }: { issueId: string; version: number; moves: OfferedIssueMove[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [open, setOpen] = useState<OfferedIssueMove | null>(null);
  const [comment, setComment] = useState("");
  const [error, setError] = useState("");
  const [fieldError, setFieldError] = useState("");

  const call = (m: OfferedIssueMove): Promise<ActionResult<unknown>> => {
    if (m.move === "PUBLISH") return publishIssueAction({ issueId, version });
    if (m.move === "VOID") return voidIssueAction({ issueId, reason: comment });
    return moveIssueAction({ issueId, version, move: m.move, comment });
  };

  const run = (m: OfferedIssueMove) => {
    if (CONFIRM[m.move] && !window.confirm(CONFIRM[m.move])) return;
    startTransition(async () => {
      setError("");
      setFieldError("");
      const result = await callAction(() => call(m));
      if (result.ok) {
        setOpen(null);
        setComment("");
      } else {
        setError(result.error);
        setFieldError(result.fieldErrors?.comment ?? result.fieldErrors?.reason ?? "");
      }
      router.refresh();
    });
  };

  if (moves.length === 0) return null;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap justify-end gap-2">
        {moves.map((m) => (
          <Button
            key={m.move}
            variant={m.move === "VOID" ? "danger" : m.comment || m.move === "RECALL" ? "secondary" : "primary"}
            disabled={pending}
            onClick={() => (m.comment ? setOpen(m) : run(m))}
          >
            {m.label}
          </Button>
        ))}
      </div>
      <ErrorBox message={error} />
      {open && (
        <div className="space-y-2 rounded border border-stone-200 bg-stone-50 p-3">
          <label htmlFor="issue-comment" className="block text-sm font-medium">
            {open.comment}
          </label>
          <textarea id="issue-comment" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} className={inputClass(fieldError)} />
          {fieldError && (
            <p role="alert" className="text-sm text-red-600">
              {fieldError}
            </p>
          )}
          <div className="flex gap-2">
            <Button variant={open.move === "VOID" ? "danger" : "primary"} disabled={pending} onClick={() => run(open)}>
              确认{open.label}
            </Button>
            <Button variant="secondary" disabled={pending} onClick={() => setOpen(null)}>
              取消
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
