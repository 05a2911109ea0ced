"use client";

import { useMemo, useState } from "react";
import { setAttendanceAction } from "@/actions/training";
import { ROLE_LABELS, type Role } from "@/lib/authz/permissions";
import { ActionNotice } from "@/components/ui/action-notice";
import { FormFooter } from "@/components/ui/form-footer";
import { useAction } from "@/components/ui/use-action";

export type Trainee = { id: string; name: string; roles: Role[]; unitName: string };

/**
 * 登记参训人员: tick who attended; the box above narrows the list by unit or name (ticks made
 * before narrowing stay). Saving sends the whole ticked list with the session's version.
 */
export function AttendancePicker({ sessionId, version, people, attending, closedReason }: { sessionId: string; version: number; people: Trainee[]; attending: string[]; closedReason?: string }) {
  const action = useAction();
  const listError = action.fieldErrors.userIds;
  const [ticked, setTicked] = useState(() => new Set(attending));
  const [q, setQ] = useState("");
  const shown = useMemo(() => {
    const words = q.trim();
    return words ? people.filter((p) => p.name.includes(words) || p.unitName.includes(words)) : people;
  }, [people, q]);

  const toggle = (id: string) =>
    setTicked((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  // A conflict's 刷新 reloads the list and the version; the ticks made here stay.
  const save = () =>
    action.run(() => setAttendanceAction({ sessionId, version, userIds: [...ticked] }), {
      success: (data) => `已登记${data.total}人（新增${data.added}人，去掉${data.removed}人）。`,
    });

  if (closedReason) return <p className="rounded bg-stone-50 px-3 py-2 text-sm text-stone-600">{closedReason}</p>;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <input value={q} onChange={(e) => setQ(e.target.value)} placeholder="按单位或姓名查找" aria-label="按单位或姓名查找参训人员" className="w-60 rounded border border-stone-300 px-3 py-1.5 text-sm" />
        <span className="text-sm text-stone-600">已勾选 {ticked.size} 人</span>
      </div>
      <ul aria-describedby={listError ? "userIds-error" : undefined} className="grid max-h-96 grid-cols-1 gap-1 overflow-y-auto rounded border border-stone-200 bg-white p-2 sm:grid-cols-2 lg:grid-cols-3">
        {shown.map((p) => (
          <li key={p.id}>
            <label className="flex min-h-11 items-center gap-2 rounded px-2 text-sm hover:bg-stone-50 md:min-h-8">
              <input type="checkbox" checked={ticked.has(p.id)} onChange={() => toggle(p.id)} />
              <span>{p.name}</span>
              <span className="text-xs text-stone-500">
                {p.unitName} · {p.roles.map((r) => ROLE_LABELS[r]).join("、")}
              </span>
            </label>
          </li>
        ))}
        {shown.length === 0 && <li className="px-2 py-4 text-sm text-stone-500">没有找到，换个单位名或姓名试试</li>}
      </ul>
      {listError && (
        <p id="userIds-error" role="alert" className="text-sm text-red-600">
          {listError}
        </p>
      )}
      <FormFooter submitLabel="保存参训人员" pendingLabel="正在保存…" pending={action.pending} onSubmit={save} notice={<ActionNotice action={action} />} />
    </div>
  );
}
