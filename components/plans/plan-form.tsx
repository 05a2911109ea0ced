"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { createPlanAction, updatePlanAction } from "@/actions/plans";
import { clearBackup, readBackup, writeBackup } from "@/components/draft-editor/local-backup";
import { Button } from "@/components/ui/button";
import { FormFooter } from "@/components/ui/form-footer";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";
import { Field, inputClass } from "@/components/ui/field";
import { TopicRow, type TopicValues } from "./topic-row";
import { useRequestKey } from "@/components/ui/request-key";

export type PlanValues = { title: string; period: string; intro: string; topics: TopicValues[] };
type Unit = { id: string; name: string };

const QUARTERS = ["一", "二", "三", "四"];
const emptyTopic = (): TopicValues => ({ title: "", guidance: "", kind: null, unitIds: [] });

/** "2026-11" / "2026-Q4" split for the pickers; an empty period starts on next month. */
function splitPeriod(period: string, today: string) {
  const m = /^(\d{4})-(Q?)(\d{1,2})$/.exec(period);
  if (m) return { year: Number(m[1]), quarterly: m[2] === "Q", index: Number(m[3]) };
  const [y, mo] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  return mo === 12 ? { year: y + 1, quarterly: false, index: 1 } : { year: y, quarterly: false, index: mo + 1 };
}
const pickerClass = (error?: string) => inputClass(error).replace("w-full", "w-auto");
const joinPeriod = (p: { year: number; quarterly: boolean; index: number }) => (p.quarterly ? `${p.year}-Q${p.index}` : `${p.year}-${String(p.index).padStart(2, "0")}`);

/** 新建或修改信息计划. What was typed stays after any error and is kept in the browser until saved. */
export function PlanForm({
  units,
  today,
  initial,
  plan,
  backupScope,
  level,
}: {
  units: Unit[];
  today: string;
  initial: PlanValues;
  plan?: { id: string; version: number };
  backupScope: string;
  /** 县、市、省: whose units "全县各单位" means. */
  level: string;
}) {
  const [requestKey] = useRequestKey();
  const router = useRouter();
  const action = useAction();
  const fieldErrors = action.fieldErrors;
  // A new plan shows next month in the pickers: the value must say so too.
  const [start] = useState(() => ({ ...initial, period: initial.period || joinPeriod(splitPeriod("", today)) }));
  const [form, setForm] = useState(start);
  const version = plan?.version;
  const [keys, setKeys] = useState(() => initial.topics.map((_, i) => i));
  const nextKey = useRef(initial.topics.length);
  const [restorable, setRestorable] = useState<PlanValues | null>(null);
  const touched = useRef(false);
  const period = splitPeriod(form.period, today);
  const year = Number(today.slice(0, 4));

  useEffect(() => {
    const b = readBackup<PlanValues>(backupScope);
    // The browser copy exists only in the browser: it can be read after hydration, not during render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (b && JSON.stringify(b.values) !== JSON.stringify(start)) setRestorable(b.values);
  }, [backupScope, start]);
  useEffect(() => {
    if (touched.current) writeBackup(backupScope, form, version);
  }, [backupScope, form, version]);

  const change = (next: PlanValues) => {
    touched.current = true;
    setForm(next);
  };
  const setPeriod = (p: Partial<typeof period>) => change({ ...form, period: joinPeriod({ ...period, ...p }) });
  const setTopic = (i: number, t: TopicValues) => change({ ...form, topics: form.topics.map((x, j) => (j === i ? t : x)) });
  // Errors are keyed by row number: after a row moves they would point at the wrong row.
  const reshape = (topics: TopicValues[], order: number[]) => {
    action.reset();
    setKeys(order);
    change({ ...form, topics });
  };
  const move = (i: number, to: number) => {
    const topics = [...form.topics];
    const order = [...keys];
    [topics[i], topics[to]] = [topics[to], topics[i]];
    [order[i], order[to]] = [order[to], order[i]];
    reshape(topics, order);
  };
  const add = () => reshape([...form.topics, emptyTopic()], [...keys, nextKey.current++]);
  const remove = (i: number) => reshape(form.topics.filter((_, j) => j !== i), keys.filter((_, j) => j !== i));

  const restore = () => {
    if (!restorable) return;
    setKeys(restorable.topics.map(() => nextKey.current++));
    change(restorable);
    setRestorable(null);
  };

  const save = () =>
    action.run<{ id: string }>(() => (plan ? updatePlanAction({ ...form, id: plan.id, version: version ?? plan.version }) : createPlanAction({ ...form, requestKey })), {
      onSuccess: (data) => {
        clearBackup(backupScope);
        router.push(`/plans/${data.id}?saved=1`);
      },
    });

  return (
    <section aria-label="信息计划" className="space-y-4 rounded border border-stone-200 bg-white p-4">
      {restorable && (
        <p role="status" className="flex items-center gap-3 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          本机存有上次没保存的内容。
          <button type="button" className="underline" onClick={restore}>
            恢复
          </button>
          <button type="button" className="underline" onClick={() => (clearBackup(backupScope), setRestorable(null))}>
            不要了
          </button>
        </p>
      )}
      <ActionNotice action={action} />
      <div className="grid grid-cols-1 md:grid-cols-[1fr_auto] gap-4">
        <Field label="计划名称" htmlFor="title" error={fieldErrors.title} hint="如：2026年11月组工信息选题计划">
          <input id="title" value={form.title} onChange={(e) => change({ ...form, title: e.target.value })} className={inputClass(fieldErrors.title)} />
        </Field>
        <Field label="计划期间" htmlFor="period-year" error={fieldErrors.period}>
          <div className="flex items-center gap-2 text-sm">
            <select aria-label="月度或季度" value={period.quarterly ? "Q" : "M"} onChange={(e) => setPeriod({ quarterly: e.target.value === "Q", index: e.target.value === "Q" ? Math.ceil(period.index / 3) || 1 : 1 })} className={pickerClass(fieldErrors.period)}>
              <option value="M">月度</option>
              <option value="Q">季度</option>
            </select>
            <select id="period-year" aria-label="年份" value={period.year} onChange={(e) => setPeriod({ year: Number(e.target.value) })} className={pickerClass(fieldErrors.period)}>
              {[year - 1, year, year + 1].map((y) => (
                <option key={y} value={y}>
                  {y}年
                </option>
              ))}
            </select>
            <select aria-label={period.quarterly ? "季度" : "月份"} value={period.index} onChange={(e) => setPeriod({ index: Number(e.target.value) })} className={pickerClass(fieldErrors.period)}>
              {(period.quarterly ? [1, 2, 3, 4] : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]).map((n) => (
                <option key={n} value={n}>
                  {period.quarterly ? `第${QUARTERS[n - 1]}季度` : `${n}月`}
                </option>
              ))}
            </select>
          </div>
        </Field>
      </div>
      <Field label="说明" htmlFor="intro" error={fieldErrors.intro} hint="写给各单位的话：围绕哪些中心工作、报送要求等（可不填）">
        <textarea id="intro" rows={3} value={form.intro} onChange={(e) => change({ ...form, intro: e.target.value })} className={inputClass(fieldErrors.intro)} />
      </Field>

      <div className="space-y-3">
        <h2 className="font-semibold">选题（{form.topics.length}个）</h2>
        {fieldErrors.topics && (
          <p role="alert" className="text-sm text-red-600">
            {fieldErrors.topics}
          </p>
        )}
        {form.topics.map((t, i) => (
          <TopicRow
            key={keys[i]}
            index={i}
            count={form.topics.length}
            value={t}
            units={units}
            level={level}
            errors={fieldErrors}
            onChange={(v) => setTopic(i, v)}
            onMove={(to) => move(i, to)}
            onRemove={() => remove(i)}
          />
        ))}
        <Button type="button" variant="secondary" onClick={add}>
          ＋ 加一个选题
        </Button>
      </div>
      <div className="border-t border-stone-100 pt-4">
        <FormFooter submitLabel="保存（暂不发布）" pendingLabel="正在保存…" pending={action.pending} onSubmit={save}>
          <span className="self-center text-xs text-stone-500">保存后在计划页面点“发布”，各单位才能看到。</span>
        </FormFooter>
      </div>
    </section>
  );
}
