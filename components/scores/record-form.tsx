"use client";

import { useState } from "react";
import { recordScoreAction } from "@/actions/scores";
import { RECORD_KIND_LABELS, RECORD_LEVELS, SECRECY_LEVEL, levelsOf, type RecordKind } from "@/lib/scores/record-kinds";
import { Field, inputClass } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";
import { useRequestKey } from "@/components/ui/request-key";
import { quote } from "@/lib/quote";
import { ClientForm } from "@/components/ui/client-form";

const EMPTY = { kind: "UPPER_ADOPTION" as RecordKind, level: "CITY", unitId: "", userId: "", title: "", outlet: "", issueNo: "", leader: "", content: "", occurredOn: "" };

type Person = { id: string; name: string; unitId: string };

/** 登记: what a unit earned outside the county bulletin. Typed text stays after an error. */
export function RecordForm({ units, kinds, people }: { units: Array<{ id: string; name: string }>; kinds: readonly RecordKind[]; people: Person[] }) {
  const [requestKey, renewKey] = useRequestKey();
  const action = useAction();
  const fieldErrors = action.fieldErrors;
  const [form, setForm] = useState({ ...EMPTY, kind: kinds[0], level: levelsOf(kinds[0])[0] });
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setForm({ ...form, [key]: e.target.value });
  const instruction = form.kind === "INSTRUCTION";
  const deduction = form.kind === "DEDUCTION";
  const secrecy = deduction && form.level === SECRECY_LEVEL;
  // 保密 deductions name the person responsible; what a piece earned elsewhere may name its author,
  // so that it counts in the author's 个人积分 too.
  const person = secrecy
    ? { label: "责任人", hint: "保密问题记在本人名下，本人当年不列入先进个人推荐", none: "请选择" }
    : !deduction && !instruction
      ? { label: "作者（可不选）", hint: "选了作者，积分同时记入本人的个人积分", none: "不选（只记单位）" }
      : null;

  const save = () =>
    action.run(() => recordScoreAction({ requestKey, ...form, userId: person ? form.userId || null : null, draftId: null }), {
      success: (_, repeated) => `${repeated ? "已提交过，只登记了一次：" : ""}已登记${quote(form.title)}，积分已记入台账`,
      onSuccess: () => {
        renewKey();
        setForm({ ...EMPTY, kind: form.kind, level: form.level, unitId: form.unitId });
      },
    });

  return (
    <ClientForm
      noValidate
      aria-label="登记"
      className="space-y-3 rounded border border-stone-200 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <h2 className="font-semibold">登记上级采用、媒体发稿、网评文章、领导批示、扣分</h2>
      <div className="grid grid-cols-1 sm:grid-cols-2 md:grid-cols-4 gap-3">
        <Field label="类别" htmlFor="kind">
          <select id="kind" value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as RecordKind, level: levelsOf(e.target.value as RecordKind)[0] })} className={inputClass()}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {RECORD_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="级别" htmlFor="level" error={fieldErrors.level}>
          <select id="level" value={form.level} onChange={set("level")} className={inputClass(fieldErrors.level)}>
            {Object.entries(RECORD_LEVELS[form.kind]).map(([code, l]) => (
              <option key={code} value={code}>
                {l.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="单位" htmlFor="unitId" error={fieldErrors.unitId}>
          <select id="unitId" value={form.unitId} onChange={(e) => setForm({ ...form, unitId: e.target.value, userId: "" })} className={inputClass(fieldErrors.unitId)}>
            <option value="">请选择</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={instruction ? "批示日期" : deduction ? "发生日期" : "刊发日期"} htmlFor="occurredOn" error={fieldErrors.occurredOn}>
          <input id="occurredOn" type="date" value={form.occurredOn} onChange={set("occurredOn")} className={inputClass(fieldErrors.occurredOn)} />
        </Field>
      </div>
      <Field label={instruction ? "批示所针对的信息标题" : deduction ? "事项" : "标题"} htmlFor="title" error={fieldErrors.title}>
        <input id="title" value={form.title} onChange={set("title")} className={inputClass(fieldErrors.title)} />
      </Field>
      {person && (
        <div className="md:max-w-sm">
          <Field label={person.label} htmlFor="userId" error={fieldErrors.userId} hint={person.hint}>
            <select id="userId" value={form.userId} onChange={set("userId")} className={inputClass(fieldErrors.userId)}>
              <option value="">{form.unitId ? person.none : "请先选择单位"}</option>
              {people
                .filter((p) => p.unitId === form.unitId)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
            </select>
          </Field>
        </div>
      )}
      {deduction ? (
        <Field label="扣分原因" htmlFor="content" error={fieldErrors.content}>
          <textarea id="content" rows={2} value={form.content} onChange={set("content")} className={inputClass(fieldErrors.content)} />
        </Field>
      ) : instruction ? (
        <div className="grid grid-cols-1 md:grid-cols-[12rem_1fr] gap-3">
          <Field label="批示领导" htmlFor="leader" error={fieldErrors.leader}>
            <input id="leader" value={form.leader} onChange={set("leader")} className={inputClass(fieldErrors.leader)} />
          </Field>
          <Field label="批示内容" htmlFor="content" error={fieldErrors.content}>
            <textarea id="content" rows={2} value={form.content} onChange={set("content")} className={inputClass(fieldErrors.content)} />
          </Field>
        </div>
      ) : (
        <div className="grid grid-cols-1 md:grid-cols-[1fr_12rem] gap-3">
          <Field label="刊物或媒体名称" htmlFor="outlet" error={fieldErrors.outlet} hint="如《XX组工信息》、XX日报">
            <input id="outlet" value={form.outlet} onChange={set("outlet")} className={inputClass(fieldErrors.outlet)} />
          </Field>
          <Field label="期号或版面" htmlFor="issueNo" error={fieldErrors.issueNo}>
            <input id="issueNo" value={form.issueNo} onChange={set("issueNo")} className={inputClass(fieldErrors.issueNo)} />
          </Field>
        </div>
      )}
      <FormFooter submitLabel="登记并记分" pending={action.pending} notice={<ActionNotice action={action} />} />
    </ClientForm>
  );
}
