"use client";

import { useState } from "react";
import { setLeapReportsAction } from "@/actions/admin";
import { Button } from "@/components/ui/button";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";

/** The year's choice whether the 组织部 two levels down may send to this node directly (越级报送). */
export function LeapReportsForm({ year, accepts }: { year: number; accepts: boolean }) {
  const [chosen, setChosen] = useState(accepts);
  const action = useAction();
  return (
    <div className="space-y-2">
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" checked={chosen} onChange={(e) => setChosen(e.target.checked)} />
        <span>
          {year}年接受越级报送
          <span className="block text-stone-500">下下级组织部（如县委组织部）可以把采用或刊发的稿件直接报送本级，同时抄报中间一级。</span>
        </span>
      </label>
      <div className="flex items-center gap-3">
        <Button variant="secondary" disabled={action.pending || chosen === accepts} onClick={() => action.run(() => setLeapReportsAction({ year, accepts: chosen }))}>
          保存
        </Button>
        <ActionNotice action={action} compact />
      </div>
    </div>
  );
}
