"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { adoptDraftAction, deleteDraftAction, moveDraftAction, sendUpAction, unadoptDraftAction } from "@/actions/drafts";
import type { DraftAction, PlainMove } from "@/lib/drafts/workflow";
import { Button } from "@/components/ui/button";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/action-result";
import { inputClass } from "@/components/ui/field";
import { SecrecyConfirm } from "@/components/draft-editor/secrecy-confirm";
import { ConfirmButton } from "@/components/ui/confirm-button";

export type OfferedMove = { action: PlainMove; label: string; commentRequired: boolean; danger: boolean };

/** The moves this person may make on this draft now; the server checks each again. */
export function DraftActions({
  draftId,
  version,
  moves,
  issues,
  canUnadopt,
  canDelete,
  canSendUp = false,
  leap = null,
  upperCommissions = [],
}: {
  draftId: string;
  version: number;
  moves: OfferedMove[];
  issues: Array<{ id: string; label: string }> | null;
  canUnadopt: boolean;
  canDelete: boolean;
  /** 报送上级: the office may send what it adopted or published up to the desk above. */
  canSendUp?: boolean;
  /** 越级报送: the office may send it two levels up (`top`), copied to the desk above (`middle`). */
  leap?: { middle: string; top: string } | null;
  /** The desk above's 约稿 to this 组织部 not yet answered: the item may go up as the answer. */
  upperCommissions?: Array<{ targetId: string; label: string }>;
}) {
  const router = useRouter();
  const action = useAction();
  const pending = action.pending;
  const [open, setOpen] = useState<OfferedMove | null>(null);
  const [comment, setComment] = useState("");
  const [secrecy, setSecrecy] = useState(false);
  const [issueId, setIssueId] = useState(issues?.[0]?.id ?? "");
  const [answers, setAnswers] = useState("");
  const { comment: commentError, secrecy: secrecyError, issueId: issueError } = action.fieldErrors;
  const fieldError = commentError ?? secrecyError ?? issueError ?? "";

  function run(call: () => Promise<ActionResult<unknown>>, done?: DraftAction) {
    action.run(call, {
      // Someone else moved it: show the draft as it now is; the comment typed here stays.
      refreshOnConflict: true,
      onSuccess: () => {
        setOpen(null);
        setComment("");
        // The page says what happened (and offers 下一篇 to a reviewer) instead of a button just vanishing.
        if (done) router.replace(`/drafts/${draftId}?done=${done}`, { scroll: false });
      },
    });
  }

  // Submitting (an officer's draft to the reviewer, the office's own piece to the desk above) asks for
  // the 保密审查 confirmation; returning and declining ask for a comment; approving takes an optional 审核意见.
  const submits = (m: OfferedMove) => m.action === "SUBMIT" || m.action === "OFFICE_SEND_UP";
  const move = (m: OfferedMove) => run(() => moveDraftAction({ id: draftId, version, action: m.action, comment, secrecyConfirmed: submits(m) ? secrecy : undefined }), m.action);
  const needsPanel = (m: OfferedMove) => m.commentRequired || submits(m) || m.action === "APPROVE";

  return (
    <div className="space-y-3">
      <ActionNotice action={action} />
      <div className="flex flex-wrap gap-2">
        {moves.map((m) => (
          <Button
            key={m.action}
            variant={m.danger ? "danger" : open?.action === m.action ? "primary" : m.commentRequired ? "secondary" : "primary"}
            disabled={pending}
            onClick={() => (needsPanel(m) ? setOpen(m) : move(m))}
          >
            {m.label}
          </Button>
        ))}
      </div>
      {open && submits(open) && (
        <div className="space-y-2 rounded border border-stone-200 bg-stone-50 p-3">
          <SecrecyConfirm checked={secrecy} onChange={setSecrecy} error={fieldError} />
          <div className="flex flex-wrap gap-2">
            <Button disabled={pending} onClick={() => move(open)}>
              {open.action === "SUBMIT" ? "确认提交" : "确认报送"}
            </Button>
            <Button variant="secondary" disabled={pending} onClick={() => setOpen(null)}>
              取消
            </Button>
          </div>
        </div>
      )}
      {open && !submits(open) && (
        <div className="space-y-2 rounded border border-stone-200 bg-stone-50 p-3">
          <label htmlFor="comment" className="block text-sm font-medium">
            {open.action === "DECLINE" ? "不予采用的理由" : open.action === "APPROVE" ? "审核意见（可不填）" : "退回意见"}
          </label>
          <textarea id="comment" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} className={inputClass(fieldError)} />
          {fieldError && <p className="text-sm text-red-600">{fieldError}</p>}
          <div className="flex flex-wrap gap-2">
            <Button disabled={pending} onClick={() => move(open)}>
              {open.action === "APPROVE" ? "确认报送" : `确认${open.label}`}
            </Button>
            <Button variant="secondary" disabled={pending} onClick={() => setOpen(null)}>
              取消
            </Button>
          </div>
        </div>
      )}
      {issues && (
        // Stacked, the select as wide as the box: a long issue name stays inside it.
        <div className="space-y-2 rounded border border-emerald-200 bg-emerald-50 p-3">
          <label htmlFor="adopt-issue" className="block text-sm">
            采用后
          </label>
          <select
            id="adopt-issue"
            value={issueId}
            onChange={(e) => setIssueId(e.target.value)}
            className="block w-full min-w-0 truncate rounded border border-stone-300 bg-white px-2 py-2 text-sm"
          >
            {issues.map((i) => (
              <option key={i.id} value={i.id}>
                编入{i.label}
              </option>
            ))}
            <option value="">暂不编期，放入待编稿件</option>
          </select>
          <Button disabled={pending} onClick={() => run(() => adoptDraftAction({ id: draftId, version, issueId: issueId || null }), "ADOPT")}>
            采用
          </Button>
        </div>
      )}
      {canDelete && (
        <ConfirmButton
          label="删除草稿"
          question="删除后不能恢复，连同它的图片附件。确定删除这篇草稿吗？"
          confirmLabel="确定删除"
          pending={pending}
          onConfirm={() =>
            action.run(() => deleteDraftAction({ id: draftId, version }), { refresh: false, refreshOnConflict: true, onSuccess: () => router.replace("/drafts?deleted=1") })
          }
        />
      )}
      {canSendUp && (
        <div className="space-y-2">
          {upperCommissions.length > 0 && (
            <div>
              <label htmlFor="send-up-answers" className="block text-sm">
                回应上级约稿（可不选）
              </label>
              <select
                id="send-up-answers"
                value={answers}
                onChange={(e) => setAnswers(e.target.value)}
                className="mt-1 block w-full min-w-0 truncate rounded border border-stone-300 bg-white px-2 py-2 text-sm"
              >
                <option value="">不回应约稿</option>
                {upperCommissions.map((c) => (
                  <option key={c.targetId} value={c.targetId}>
                    {c.label}
                  </option>
                ))}
              </select>
            </div>
          )}
          <ConfirmButton
            label="报送上级"
            question="把这篇稿件报送上一级组织部？上级采用、退回或不予采用，您都会收到通知。"
            confirmLabel="确定报送"
            variant="primary"
            pending={pending}
            onConfirm={() => run(() => sendUpAction({ id: draftId, version, commissionTargetId: answers || null }), "SEND_UP")}
          />
        </div>
      )}
      {leap && (
        <ConfirmButton
          label={`越级报送${leap.top}`}
          variant="secondary"
          question={`越过${leap.middle}，把这篇稿件直接报送${leap.top}？按规定同时抄报${leap.middle}，它仍可采用。两级的处理结果都会通知您。`}
          confirmLabel="确定越级报送"
          pending={pending}
          onConfirm={() => run(() => sendUpAction({ id: draftId, version, leap: true }), "SEND_UP_LEAP")}
        />
      )}
      {canUnadopt && (
        <Button variant="secondary" disabled={pending} onClick={() => run(() => unadoptDraftAction({ id: draftId, version }))}>
          撤销采用
        </Button>
      )}
    </div>
  );
}
