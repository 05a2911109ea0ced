"use client";

import type { RankGroup } from "@/lib/generated/prisma/enums";
import { rankGroupsAt, type DeskKind } from "@/lib/units/labels";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { createCommissionAction } from "@/actions/commissions";
import { DRAFT_KINDS, KIND_LABELS } from "@/lib/drafts/kinds";
import { Field, inputClass } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";
import { useRequestKey } from "@/components/ui/request-key";
import { ClientForm } from "@/components/ui/client-form";

type UnitChoice = { id: string; name: string; rankGroup: RankGroup | null };

/** 发布约稿: what to write, by when, and which units. Typed text and ticked units stay after an error. */
export function CommissionForm({ units, today, nodeKind }: { units: UnitChoice[]; today: string; nodeKind: DeskKind }) {
  const [requestKey, renewKey] = useRequestKey();
  const router = useRouter();
  const action = useAction();
  const fieldErrors = action.fieldErrors;
  const [form, setForm] = useState({ title: "", guidance: "", wordLimit: "", kind: "", dueOn: "" });
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  // Ticking units answers "请选择单位": its message goes until the next try.
  const [unitsEdited, setUnitsEdited] = useState(false);
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setForm({ ...form, [key]: e.target.value });

  // Grouped as the node ranks them: a city's counties, 市直单位 and 科室; a county's 乡镇（街道） and 县直单位.
  const groups = rankGroupsAt(nodeKind)
    .map(({ group, label }) => ({ label, units: units.filter((u) => u.rankGroup === group) }))
    .filter((g) => g.units.length > 0);
  const toggle = (ids: string[], on: boolean) => {
    const next = new Set(chosen);
    for (const id of ids) if (on) next.add(id); else next.delete(id);
    setChosen(next);
    setUnitsEdited(true);
  };

  const save = () => {
    setUnitsEdited(false);
    action.run(() => createCommissionAction({ requestKey, ...form, unitIds: [...chosen] }), {
      refresh: false,
      onSuccess: (data) => {
        renewKey();
        router.push(`/commissions/${data.id}`);
      },
    });
  };

  const unitError = unitsEdited ? undefined : fieldErrors.unitIds;
  return (
    <ClientForm
      noValidate
      aria-label="发布约稿"
      className="max-w-4xl space-y-4 rounded border border-stone-200 bg-white p-5"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Field label="约稿题目" htmlFor="title" error={fieldErrors.title}>
        <input id="title" value={form.title} onChange={set("title")} className={inputClass(fieldErrors.title)} placeholder="如：各地抓党建促乡村振兴的经验做法" />
      </Field>
      <Field label="写作要求" htmlFor="guidance" error={fieldErrors.guidance} hint="写清楚要写什么、侧重哪些方面，信息员写稿时能看到">
        <textarea id="guidance" rows={4} value={form.guidance} onChange={set("guidance")} className={inputClass(fieldErrors.guidance)} />
      </Field>
      <div className="grid grid-cols-1 md:grid-cols-3 gap-4">
        <Field label="截止日期" htmlFor="dueOn" error={fieldErrors.dueOn} hint="截止日当天24时前报送">
          <input id="dueOn" type="date" min={today} value={form.dueOn} onChange={set("dueOn")} className={inputClass(fieldErrors.dueOn)} />
        </Field>
        <Field label="篇幅（字数以内）" htmlFor="wordLimit" error={fieldErrors.wordLimit} hint="不填为不限">
          <input id="wordLimit" inputMode="numeric" value={form.wordLimit} onChange={set("wordLimit")} className={inputClass(fieldErrors.wordLimit)} placeholder="如 1500" />
        </Field>
        <Field label="稿件类别" htmlFor="kind" error={fieldErrors.kind}>
          <select id="kind" value={form.kind} onChange={set("kind")} className={inputClass(fieldErrors.kind)}>
            <option value="">不限</option>
            {DRAFT_KINDS.filter((k) => k !== "URGENT").map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset aria-describedby={unitError ? "unitIds-error" : undefined} className={`rounded border p-3 ${unitError ? "border-red-500" : "border-stone-200"}`}>
        <legend className="px-1 text-sm font-medium text-stone-700">约稿单位（已选 {chosen.size} 个）</legend>
        <label className="mb-2 inline-flex items-center gap-1.5 text-sm">
          <input type="checkbox" checked={units.length > 0 && chosen.size === units.length} onChange={(e) => toggle(units.map((u) => u.id), e.target.checked)} />
          全选
        </label>
        {groups.map((g) => {
          const ids = g.units.map((u) => u.id);
          const all = ids.every((id) => chosen.has(id));
          return (
            <div key={g.label} className="mt-2">
              <label className="inline-flex items-center gap-1.5 text-sm font-medium text-stone-700">
                <input type="checkbox" aria-label={`全选${g.label}`} checked={all} onChange={(e) => toggle(ids, e.target.checked)} />
                {g.label}
              </label>
              <div className="mt-1 grid grid-cols-2 md:grid-cols-5 gap-x-3 gap-y-1 pl-5">
                {g.units.map((u) => (
                  <label key={u.id} className="inline-flex items-center gap-1.5 text-sm">
                    <input type="checkbox" checked={chosen.has(u.id)} onChange={(e) => toggle([u.id], e.target.checked)} />
                    {u.name}
                  </label>
                ))}
              </div>
            </div>
          );
        })}
        {unitError && (
          <p id="unitIds-error" role="alert" className="mt-2 text-sm text-red-600">
            {unitError}
          </p>
        )}
      </fieldset>
      <FormFooter submitLabel="发布约稿" pendingLabel="正在发布…" pending={action.pending} notice={<ActionNotice action={action} />} />
    </ClientForm>
  );
}
