"use client";

import { DRAFT_KINDS, KIND_LABELS, type DraftKind } from "@/lib/drafts/kinds";
import { Field, inputClass } from "@/components/ui/field";

export type TopicValues = { title: string; guidance: string; kind: DraftKind | null; unitIds: string[] };

const small = "rounded border border-stone-300 bg-white px-2 py-1 text-xs hover:bg-stone-50 disabled:opacity-40";

/** The first message under "topics.<i>.<field>" or any deeper path (e.g. one unit of the list). */
function errorAt(errors: Record<string, string>, prefix: string) {
  return errors[prefix] ?? Object.entries(errors).find(([k]) => k.startsWith(`${prefix}.`))?.[1];
}

/** One topic of a plan: title, 写作要求, optional kind and the units it is meant for (none = 全县). */
export function TopicRow({
  index,
  count,
  value,
  units,
  level,
  errors,
  onChange,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  value: TopicValues;
  units: Array<{ id: string; name: string }>;
  /** 县、市、省 */
  level: string;
  errors: Record<string, string>;
  onChange: (v: TopicValues) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const id = (f: string) => `topic-${index}-${f}`;
  const err = (f: string) => errorAt(errors, `topics.${index}.${f}`);
  const chosen = new Set(value.unitIds);
  const toggle = (unitId: string) => onChange({ ...value, unitIds: chosen.has(unitId) ? value.unitIds.filter((u) => u !== unitId) : [...value.unitIds, unitId] });
  const names = units.filter((u) => chosen.has(u.id)).map((u) => u.name);
  return (
    <fieldset className="space-y-3 rounded border border-stone-200 p-3" aria-label={`选题${index + 1}`}>
      <div className="flex items-center justify-between">
        <legend className="text-sm font-semibold text-stone-700">选题{index + 1}</legend>
        <span className="flex gap-1">
          <button type="button" className={small} disabled={index === 0} onClick={() => onMove(index - 1)} aria-label={`选题${index + 1}上移`}>
            上移
          </button>
          <button type="button" className={small} disabled={index === count - 1} onClick={() => onMove(index + 1)} aria-label={`选题${index + 1}下移`}>
            下移
          </button>
          <button type="button" className={`${small} text-red-700`} disabled={count === 1} title={count === 1 ? "计划至少要有一个选题" : undefined} onClick={onRemove} aria-label={`删去选题${index + 1}`}>
            删去
          </button>
        </span>
      </div>
      <div className="grid grid-cols-1 md:grid-cols-[1fr_10rem] gap-3">
        <Field label="选题" htmlFor={id("title")} error={err("title")}>
          <input id={id("title")} value={value.title} onChange={(e) => onChange({ ...value, title: e.target.value })} className={inputClass(err("title"))} />
        </Field>
        <Field label="类别（可不选）" htmlFor={id("kind")} error={err("kind")}>
          <select id={id("kind")} value={value.kind ?? ""} onChange={(e) => onChange({ ...value, kind: (e.target.value || null) as DraftKind | null })} className={inputClass(err("kind"))}>
            <option value="">不限</option>
            {DRAFT_KINDS.filter((k) => k !== "URGENT").map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label="写作要求" htmlFor={id("guidance")} error={err("guidance")} hint="写什么、从哪些角度写、篇幅等">
        <textarea id={id("guidance")} rows={2} value={value.guidance} onChange={(e) => onChange({ ...value, guidance: e.target.value })} className={inputClass(err("guidance"))} />
      </Field>
      <div>
        <details className="rounded border border-stone-200 px-3 py-2 text-sm">
          <summary className="cursor-pointer">
            面向单位：<span className="font-medium">{names.length === 0 ? `全${level}各单位` : names.join("、")}</span>
          </summary>
          <p className="mt-2 text-xs text-stone-500">不勾选即面向全{level}各单位；只约部分单位写时勾选。</p>
          <div className="mt-2 grid grid-cols-1 md:grid-cols-3 gap-1 lg:grid-cols-4">
            {units.map((u) => (
              <label key={u.id} className="flex items-center gap-1">
                <input type="checkbox" checked={chosen.has(u.id)} onChange={() => toggle(u.id)} />
                {u.name}
              </label>
            ))}
          </div>
        </details>
        {err("unitIds") && (
          <p role="alert" className="mt-1 text-sm text-red-600">
            {err("unitIds")}
          </p>
        )}
      </div>
    </fieldset>
  );
}
