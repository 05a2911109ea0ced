"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { EVIDENCE_MAX_BYTES, EVIDENCE_MESSAGES } from "@/lib/placements/evidence-limits";
import { MEDIA_LEVEL_CHOICES } from "@/lib/placements/labels";
import { shanghaiDate } from "@/lib/time";
import { Button } from "@/components/ui/button";
import { ErrorBox } from "@/components/ui/flash";
import { Field, inputClass } from "@/components/ui/field";
import { useRequestKey } from "@/components/ui/request-key";
import { ClientForm } from "@/components/ui/client-form";

export type PlacementFields = {
  kind: "MEDIA" | "COMMENTARY";
  title: string;
  medium: string;
  level: string;
  publishedOn: string;
  section: string;
  frontPage: boolean;
  keyPage: boolean;
  wordCount: string;
  link: string;
};

export const EMPTY_PLACEMENT: PlacementFields = { kind: "MEDIA", title: "", medium: "", level: "", publishedOn: "", section: "", frontPage: false, keyPage: false, wordCount: "", link: "" };

const OFFLINE = "连接服务器失败（可能是网络中断或系统正在更新）。您填写的内容还在，请稍后再试";

/** 报送 a placement or a 网评. Everything typed (and the chosen file) stays after an error. */
export function PlacementForm({ initial, returnedNote }: { initial: PlacementFields; returnedNote?: string }) {
  const router = useRouter();
  const [requestKey, renewKey] = useRequestKey();
  const [form, setForm] = useState(initial);
  const [file, setFile] = useState<File | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const media = form.kind === "MEDIA";
  const set = (key: keyof PlacementFields) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setForm({ ...form, [key]: e.target.type === "checkbox" ? (e.target as HTMLInputElement).checked : e.target.value });

  const chooseFile = (e: React.ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0] ?? null;
    setFile(chosen);
    // Said at once; the server checks the size and the real type again.
    setFieldErrors(({ evidence: _, ...rest }) => (chosen && chosen.size > EVIDENCE_MAX_BYTES ? { ...rest, evidence: EVIDENCE_MESSAGES.tooBig } : rest));
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setPending(true);
    setError("");
    setFieldErrors({});
    const body = new FormData();
    for (const [key, value] of Object.entries(form)) body.set(key, String(value));
    body.set("requestKey", requestKey);
    if (file && media) body.set("evidence", file);
    let answer: ActionResult<{ id: string }>;
    try {
      const res = await fetch("/api/placements/report", { method: "POST", body });
      answer = (await res.json()) as ActionResult<{ id: string }>;
    } catch {
      answer = { ok: false, error: OFFLINE };
    }
    setPending(false);
    if (!answer.ok) {
      const fields = answer.fieldErrors ?? {};
      // A message at a field is said there; the box above only points to it.
      setError(Object.keys(fields).length > 0 ? "填写的内容有误，请按标红的提示修改（填写的内容都还在）" : answer.error);
      setFieldErrors(fields);
      return;
    }
    renewKey();
    router.push(`/placements/${answer.data.id}`);
  };

  return (
    <ClientForm onSubmit={submit} noValidate className="space-y-4 rounded border border-stone-200 bg-white p-4">
      {returnedNote && <p className="rounded border border-orange-200 bg-orange-50 px-3 py-2 text-sm text-orange-800">{returnedNote}</p>}
      <ErrorBox message={error} />
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-stone-700">报送什么</legend>
        <div className="flex flex-wrap gap-4">
          {(
            [
              ["MEDIA", "上级媒体发稿（报纸、刊物、电台电视台、网站和客户端）"],
              ["COMMENTARY", "网评文章"],
            ] as const
          ).map(([kind, label]) => (
            <label key={kind} className="flex min-h-11 items-center gap-2 text-sm">
              <input type="radio" name="kind" value={kind} checked={form.kind === kind} onChange={() => setForm({ ...form, kind })} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <Field label="文章标题" htmlFor="title" error={fieldErrors.title}>
        <input id="title" value={form.title} onChange={set("title")} className={inputClass(fieldErrors.title)} aria-invalid={!!fieldErrors.title} />
      </Field>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        <Field label={media ? "媒体名称" : "刊发平台"} htmlFor="medium" error={fieldErrors.medium} hint={media ? "如《组织人事报》《河南日报》、学习强国" : "如人民网、学习强国、县融媒体中心"}>
          <input id="medium" value={form.medium} onChange={set("medium")} className={inputClass(fieldErrors.medium)} />
        </Field>
        {media && (
          <Field label="媒体级别" htmlFor="level" error={fieldErrors.level}>
            <select id="level" value={form.level} onChange={set("level")} className={inputClass(fieldErrors.level)}>
              <option value="">请选择</option>
              {MEDIA_LEVEL_CHOICES.map((l) => (
                <option key={l.code} value={l.code}>
                  {l.label}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field label="刊发日期" htmlFor="publishedOn" error={fieldErrors.publishedOn}>
          <input id="publishedOn" type="date" max={shanghaiDate(new Date())} value={form.publishedOn} onChange={set("publishedOn")} className={inputClass(fieldErrors.publishedOn)} />
        </Field>
      </div>
      {media && (
        <div className="grid grid-cols-1 gap-3 md:grid-cols-[1fr_1fr_2fr]">
          <Field label="版次或栏目" htmlFor="section" error={fieldErrors.section} hint="如第3版、“基层党建”栏目">
            <input id="section" value={form.section} onChange={set("section")} className={inputClass(fieldErrors.section)} />
          </Field>
          <Field label="字数" htmlFor="wordCount" error={fieldErrors.wordCount}>
            <input id="wordCount" inputMode="numeric" value={form.wordCount} onChange={set("wordCount")} className={inputClass(fieldErrors.wordCount)} />
          </Field>
          <fieldset className="flex flex-wrap items-end gap-4">
            <legend className="sr-only">版面</legend>
            <label className="flex min-h-11 items-center gap-2 text-sm">
              <input type="checkbox" checked={form.frontPage} onChange={set("frontPage")} /> 头版
            </label>
            <label className="flex min-h-11 items-center gap-2 text-sm">
              <input type="checkbox" checked={form.keyPage} onChange={set("keyPage")} /> 重要版面（要闻版等）
            </label>
          </fieldset>
        </div>
      )}
      {media && (
        <Field label="证明材料（版面图片或 PDF）" htmlFor="evidence" error={fieldErrors.evidence} hint={`拍下或截下刊登的版面，不超过${EVIDENCE_MAX_BYTES / 1024 / 1024}MB；网上刊发的也可以只填网址`}>
          <input id="evidence" type="file" accept="application/pdf,image/png,image/jpeg,image/webp,image/gif" onChange={chooseFile} className={`${inputClass(fieldErrors.evidence)} bg-white`} />
        </Field>
      )}
      <Field label={media ? "文章网址（可不填）" : "文章网址"} htmlFor="link" error={fieldErrors.link} hint="只记录网址，供核实时查看，系统不会自动打开">
        <input id="link" type="url" inputMode="url" placeholder="https://" value={form.link} onChange={set("link")} className={inputClass(fieldErrors.link)} />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "正在报送…" : "报送，请组织委员确认"}
      </Button>
    </ClientForm>
  );
}
