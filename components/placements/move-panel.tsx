"use client";

import { useState } from "react";
import { movePlacementAction } from "@/actions/placements";
import { PLACEMENT_MOVES, type PlacementMove } from "@/lib/placements/workflow";
import { Button } from "@/components/ui/button";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";
import { Field, inputClass } from "@/components/ui/field";

/**
 * The moves this person may make on a report: one that goes ahead (confirm / verify) and one
 * that needs a reason (return / reject), whose reason box stays filled after an error.
 */
export function MovePanel({ id, version, moves, scoreHint }: { id: string; version: number; moves: PlacementMove[]; scoreHint?: string }) {
  const action = useAction();
  const fieldErrors = action.fieldErrors;
  const pending = action.pending;
  const [comment, setComment] = useState("");
  const ahead = moves.find((m) => !PLACEMENT_MOVES[m].commentRequired);
  const back = moves.find((m) => PLACEMENT_MOVES[m].commentRequired);

  const run = (move: PlacementMove) =>
    action.run(() => movePlacementAction({ id, version, move, comment: PLACEMENT_MOVES[move].commentRequired ? comment : "" }), {
      refreshOnConflict: true,
      onSuccess: () => setComment(""),
    });

  return (
    <section aria-label="处理" className="space-y-3 rounded border border-stone-200 bg-white p-4">
      <ActionNotice action={action} />
      {ahead && (
        <div className="space-y-1">
          <Button disabled={pending} onClick={() => run(ahead)}>
            {PLACEMENT_MOVES[ahead].label}
          </Button>
          {scoreHint && <p className="text-sm text-stone-600">{scoreHint}</p>}
        </div>
      )}
      {back && (
        <div className="space-y-2 border-t border-stone-100 pt-3">
          <Field label={back === "REJECT" ? "不予记分的原因（单位会看到）" : "退回的原因"} htmlFor="comment" error={fieldErrors.comment}>
            <textarea id="comment" rows={2} value={comment} onChange={(e) => setComment(e.target.value)} className={inputClass(fieldErrors.comment)} />
          </Field>
          <Button variant="danger" disabled={pending} onClick={() => run(back)}>
            {PLACEMENT_MOVES[back].label}
          </Button>
        </div>
      )}
    </section>
  );
}
