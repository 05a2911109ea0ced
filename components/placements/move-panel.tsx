"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { movePlacementAction } from "@/actions/placements";
import { PLACEMENT_MOVES, type PlacementMove } from "@/lib/placements/workflow";
import { callAction } from "@/components/ui/call-action";
import { Button } from "@/components/ui/button";
import { ErrorBox } from "@/components/ui/flash";
import { Field, inputClass } from "@/components/ui/field";

/**
 * The moves this person may make on a report: one that goes ahead (confirm / verify) and one
 * that needs a reason (return / reject), whose reason box stays filled after an error.
 */
export function MovePanel({ id, version, moves, scoreHint }: { id: string; version: number; moves: PlacementMove[]; scoreHint?: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [comment, setComment] = useState("");
  const [error, setError] = useState("");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const ahead = moves.find((m) => !PLACEMENT_MOVES[m].commentRequired);
  const back = moves.find((m) => PLACEMENT_MOVES[m].commentRequired);

  const run = (move: PlacementMove) =>
    startTransition(async () => {
      setError("");
      setFieldErrors({});
      const result = await callAction(() => movePlacementAction({ id, version, move, comment: PLACEMENT_MOVES[move].commentRequired ? comment : "" }));
      if (!result.ok) {
        setError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
        if (result.conflict) router.refresh();
        return;
      }
      setComment("");
      router.refresh();
    });

  return (
    <section aria-label="处理" className="space-y-3 rounded border border-stone-200 bg-white p-4">
      <ErrorBox message={error} />
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
