"use client";

import { ListPager } from "@/components/ui/list-pager";
import { useMemo, useState } from "react";
import type { ImportPlan } from "@/lib/onboarding/plan";
import { inputClass } from "@/components/ui/field";

const PAGE = 50;
const ACTION = { create: "新增", update: "修改", same: "不变" } as const;
const ACTION_STYLE = { create: "text-green-700", update: "text-amber-700", same: "text-stone-500" } as const;

type Item = { key: string; sheet: string; row: number; title: string; action: keyof typeof ACTION; detail: string };

function itemsOf(plan: ImportPlan): Item[] {
  return [
    ...plan.units.map((u) => ({
      key: `u${u.row}`,
      sheet: "单位",
      row: u.row,
      title: u.name,
      action: u.action,
      detail: u.changes.map((c) => `${c.field}：${c.from} → ${c.to}`).join("；"),
    })),
    ...plan.people.map((p) => ({
      key: `p${p.row}`,
      sheet: "人员",
      row: p.row,
      title: `${p.name}（${p.username}）· ${p.unit}`,
      action: p.action,
      detail: [...p.changes.map((c) => `${c.field}：${c.from} → ${c.to}`), ...(p.file ? ["记入信息员备案（专职）"] : [])].join("；"),
    })),
  ];
}

/** The preview: counts, every problem at its cell, and what each row does, paged and searchable. */
export function PlanPreview({ plan }: { plan: ImportPlan }) {
  const [q, setQ] = useState("");
  const [show, setShow] = useState<"changes" | "all">("changes");
  const [page, setPage] = useState(1);
  const items = useMemo(() => itemsOf(plan), [plan]);
  const shown = items.filter((i) => (show === "all" || i.action !== "same" || i.detail) && (!q || i.title.includes(q) || i.detail.includes(q)));
  const pages = Math.max(1, Math.ceil(shown.length / PAGE));
  const { units, people, roster } = plan.counts;

  return (
    <section aria-label="预览" className="space-y-4">
      <ul className="grid gap-2 text-sm sm:grid-cols-3" data-testid="preview-counts">
        <li className="rounded border border-stone-200 bg-white p-3">单位：新增 {units.create}，修改 {units.update}，不变 {units.same}</li>
        <li className="rounded border border-stone-200 bg-white p-3">人员：新增 {people.create}，修改 {people.update}，不变 {people.same}</li>
        <li className="rounded border border-stone-200 bg-white p-3">信息员备案：{roster} 个单位</li>
      </ul>

      {plan.issues.length > 0 && (
        <div role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          <p className="font-medium">发现 {plan.issues.length} 处问题。请在 Excel 里改正后重新上传；全部改正之前，不会导入任何内容。</p>
          <ul className="mt-2 space-y-1" data-testid="preview-issues">
            {plan.issues.slice(0, 500).map((i, n) => (
              <li key={n} className="break-words">
                <span className="font-medium">
                  “{i.sheet}”表 {i.cell}
                </span>
                ：{i.message}
              </li>
            ))}
          </ul>
          {plan.issues.length > 500 && <p className="mt-2">（只列出前 500 处）</p>}
        </div>
      )}

      {plan.notes.length > 0 && (
        <ul className="rounded border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          {plan.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}

      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <input
          aria-label="在预览中查找"
          placeholder="查找姓名、登录名或单位"
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setPage(1);
          }}
          className={`${inputClass()} sm:w-72`}
        />
        <label className="flex min-h-11 items-center gap-2 text-sm md:min-h-0">
          <input type="checkbox" checked={show === "all"} onChange={(e) => setShow(e.target.checked ? "all" : "changes")} />
          也列出不变的行
        </label>
      </div>
      <ul className="divide-y divide-stone-100 rounded border border-stone-200 bg-white text-sm" data-testid="preview-rows">
        {shown.length === 0 && <li className="p-3 text-stone-500">没有要列出的行</li>}
        {shown.slice((page - 1) * PAGE, page * PAGE).map((i) => (
          <li key={i.key} className="flex flex-col gap-1 p-3 md:flex-row md:gap-4">
            <span className={`shrink-0 font-medium md:w-12 ${ACTION_STYLE[i.action]}`}>{ACTION[i.action]}</span>
            <span className="shrink-0 text-stone-500 md:w-24">
              {i.sheet}表第{i.row}行
            </span>
            <span className="break-words md:w-72">{i.title}</span>
            {i.detail && <span className="break-words text-stone-600">{i.detail}</span>}
          </li>
        ))}
      </ul>
      <ListPager page={page} pages={pages} onPage={setPage} note={`，共 ${shown.length} 行`} />
    </section>
  );
}
