"use client";

import { useState } from "react";
import type { NodeScoreMethod } from "@/lib/generated/prisma/enums";
import { setNodeScoreMethodAction } from "@/actions/admin";
import { NODE_SCORE_METHODS } from "@/lib/scores/node-score-rule";
import { Button } from "@/components/ui/button";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";

/** The year's choice of how a ranked 组织部's total is made. */
export function NodeScoreMethodForm({ year, method }: { year: number; method: NodeScoreMethod }) {
  const [chosen, setChosen] = useState(method);
  const action = useAction();
  return (
    <fieldset className="space-y-2">
      <legend className="sr-only">下级组织部总分的算法</legend>
      {NODE_SCORE_METHODS.map((m) => (
        <label key={m.method} className="flex items-start gap-2 text-sm">
          <input type="radio" name="node-score-method" className="mt-1" checked={chosen === m.method} onChange={() => setChosen(m.method)} />
          <span>
            {m.label}
            <span className="block text-stone-500">{m.formula}</span>
          </span>
        </label>
      ))}
      <div className="flex items-center gap-3">
        <Button variant="secondary" disabled={action.pending || chosen === method} onClick={() => action.run(() => setNodeScoreMethodAction({ year, method: chosen }))}>
          保存
        </Button>
        <ActionNotice action={action} compact />
      </div>
    </fieldset>
  );
}
