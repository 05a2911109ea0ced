"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import type { ImportPlan } from "@/lib/onboarding/plan";
import { XlsxFileField } from "./xlsx-file-field";
import { Button } from "@/components/ui/button";
import { ErrorBox } from "@/components/ui/flash";
import { PlanPreview } from "./plan-preview";
import { pdfUrl, postForm, postStreamed } from "./upload";

type Applied = { counts: ImportPlan["counts"]; slips: number; pdf: string | null };
type Stage = { kind: "idle" } | { kind: "uploading"; percent: number } | { kind: "applying"; done: number; total: number; label?: string };

const URL_ = "/api/onboarding/people";

/** Upload → preview → apply, with progress, and the 账号通知单 handed over once. */
export function PeopleImport() {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: "idle" });
  const [error, setError] = useState("");
  const [applied, setApplied] = useState<Applied | null>(null);
  const [slipsUrl, setSlipsUrl] = useState("");
  useEffect(() => () => void (slipsUrl && URL.revokeObjectURL(slipsUrl)), [slipsUrl]);
  const busy = stage.kind !== "idle";

  const form = (mode: "preview" | "apply") => {
    const f = new FormData();
    f.set("file", file!);
    f.set("mode", mode);
    if (plan) f.set("digest", plan.digest);
    return f;
  };

  async function preview() {
    if (!file) return setError("请先选择填好的 Excel 文件");
    setError("");
    setPlan(null);
    setApplied(null);
    setStage({ kind: "uploading", percent: 0 });
    const result = await postForm<ImportPlan>(URL_, form("preview"), (percent) => setStage({ kind: "uploading", percent }));
    setStage({ kind: "idle" });
    if (result.ok) setPlan(result.data);
    else setError(result.fieldErrors?.file ?? result.error);
  }

  async function apply() {
    if (!file || !plan) return;
    setError("");
    setStage({ kind: "applying", done: 0, total: plan.counts.people.create });
    const result = await postStreamed<Applied>(URL_, form("apply"), (done, total, label) => setStage({ kind: "applying", done, total, label }));
    setStage({ kind: "idle" });
    if (!result.ok) return setError(result.error);
    setApplied(result.data);
    setPlan(null);
    if (result.data.pdf) setSlipsUrl(pdfUrl(result.data.pdf));
    router.refresh();
  }

  const changes = plan ? plan.counts.units.create + plan.counts.units.update + plan.counts.people.create + plan.counts.people.update + plan.counts.roster : 0;
  return (
    <div className="space-y-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <XlsxFileField
          id="people-file"
          onPick={(file) => {
            setFile(file);
              setPlan(null);
              setError("");
          }}
        />
        <Button type="button" onClick={preview} disabled={busy}>
          上传并预览
        </Button>
      </div>
      <ErrorBox message={error} />
      {stage.kind === "uploading" && (
        <p role="status" className="text-sm text-stone-600">
          {stage.percent < 100 ? `正在上传…${stage.percent}%` : "正在逐行检查…"}
        </p>
      )}
      {plan && <PlanPreview plan={plan} />}
      {plan && plan.issues.length === 0 && (
        <div className="flex flex-col gap-2 rounded border border-stone-200 bg-stone-50 p-3 sm:flex-row sm:items-center sm:justify-between">
          <p className="text-sm">{changes === 0 ? "文件与系统里的完全一致，没有要导入的内容。" : "检查无误。导入将在一次操作中全部完成，并记入操作日志。"}</p>
          <Button type="button" onClick={apply} disabled={busy || changes === 0}>
            确认导入
          </Button>
        </div>
      )}
      {stage.kind === "applying" && (
        <div role="status" className="space-y-1 text-sm text-stone-700">
          <p>{stage.label ?? (stage.total > 0 && stage.done < stage.total ? `正在生成初始密码：${stage.done} / ${stage.total}` : "正在写入…")}</p>
          <progress aria-label="导入进度" className="w-full" max={Math.max(1, stage.total)} value={stage.done} />
        </div>
      )}
      {applied && (
        <div role="status" className="space-y-2 rounded border border-green-200 bg-green-50 p-3 text-sm text-green-900" data-testid="import-done">
          <p className="font-medium">
            导入完成：新增单位 {applied.counts.units.create} 个、修改 {applied.counts.units.update} 个；新增账号 {applied.counts.people.create} 个、修改 {applied.counts.people.update} 个；信息员备案 {applied.counts.roster} 个单位。
          </p>
          {slipsUrl && (
            <>
              <a href={slipsUrl} download="账号通知单.pdf" className="inline-flex min-h-11 items-center rounded bg-party px-4 text-white md:min-h-0 md:py-2">
                下载账号通知单（PDF，{applied.slips} 人）
              </a>
              <p className="text-amber-800">初始密码只在这份通知单里出现，请现在下载打印。离开本页后如需再打印，请用下面的“重新生成账号通知单”（会重置这些账号的密码）。</p>
            </>
          )}
        </div>
      )}
    </div>
  );
}
