"use client";

import { useMemo, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { setAttendanceAction } from "@/actions/training";
import { ROLE_LABELS, type Role } from "@/lib/authz/permissions";
import { settle } from "@/components/ui/action-outcome";
import { Button } from "@/components/ui/button";
import { ErrorBox } from "@/components/ui/flash";

export type Trainee = { id: string; name: string; roles: Role[]; unitName: string };

/**
 * 登记参训人员: tick who attended; the box above narrows the list by unit or name (ticks made
 * before narrowing stay). Saving sends the whole ticked list with the session's version.
 */
export function AttendancePicker({ sessionId, version, people, attending, closedReason }: { sessionId: string; version: number; people: Trainee[]; attending: string[]; closedReason?: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [ticked, setTicked] = useState(() => new Set(attending));
  const [q, setQ] = useState("");
  const [error, setError] = useState("");
  const [conflict, setConflict] = useState(false);
  const [done, setDone] = useState("");
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

  const save = () =>
    startTransition(async () => {
      setError("");
      setDone("");
      setConflict(false);
      const result = await settle(() => setAttendanceAction({ sessionId, version, userIds: [...ticked] }));
      if (!result.ok) {
        setError(result.fieldErrors?.userIds ?? result.error);
        setConflict(!!result.conflict);
        return;
      }
      setDone(`已登记${result.data.total}人（新增${result.data.added}人，去掉${result.data.removed}人）。`);
      router.refresh();
    });

  if (closedReason) return <p className="rounded bg-stone-50 px-3 py-2 text-sm text-stone-600">{closedReason}</p>;
  return (
    <div className="space-y-3">
      <ErrorBox message={error} />
      {conflict && (
        <Button variant="secondary" onClick={() => (setError(""), setConflict(false), router.refresh())}>
          刷新（已勾选的保留）
        </Button>
      )}
      {done && (
        <p role="status" className="text-sm text-emerald-700">
          {done}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <input value={q} onChange={(e) => setQ(e.target.value)} placeholder="按单位或姓名查找" aria-label="按单位或姓名查找参训人员" className="w-60 rounded border border-stone-300 px-3 py-1.5 text-sm" />
        <span className="text-sm text-stone-600">已勾选 {ticked.size} 人</span>
      </div>
      <ul className="grid max-h-96 grid-cols-1 gap-1 overflow-y-auto rounded border border-stone-200 bg-white p-2 sm:grid-cols-2 lg:grid-cols-3">
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
      <Button disabled={pending} onClick={save}>
        {pending ? "正在保存…" : "保存参训人员"}
      </Button>
    </div>
  );
}
