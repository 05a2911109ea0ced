"use client";

import { ListPager } from "@/components/ui/list-pager";
import { useState } from "react";
import { useRouter } from "next/navigation";
import type { FiguresPreview } from "@/lib/onboarding/figures";
import { XlsxFileField } from "./xlsx-file-field";
import { Button } from "@/components/ui/button";
import { ErrorBox } from "@/components/ui/flash";
import { postForm } from "./upload";

const URL_ = "/api/onboarding/figures";
const PAGE = 50;

/** Upload → preview → apply for 往年数字. */
export function FiguresImport() {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<FiguresPreview | null>(null);
  const [busy, setBusy] = useState("");
  const [error, setError] = useState("");
  const [done, setDone] = useState("");
  const [page, setPage] = useState(1);

  async function send(mode: "preview" | "apply") {
    if (!file) return setError("请先选择填好的 Excel 文件");
    const form = new FormData();
    form.set("file", file);
    form.set("mode", mode);
    if (preview) form.set("digest", preview.digest);
    setError("");
    setDone("");
    setBusy(mode === "preview" ? "正在上传…" : "正在导入…");
    const result = await postForm<FiguresPreview | { created: number; same: number }>(URL_, form, (p) => setBusy(p < 100 ? `正在上传…${p}%` : mode === "preview" ? "正在逐行检查…" : "正在写入积分台账…"));
    setBusy("");
    if (!result.ok) return setError(result.fieldErrors?.file ?? result.error);
    if (mode === "preview") {
      setPreview(result.data as FiguresPreview);
      setPage(1);
    } else {
      const r = result.data as { created: number; same: number };
      setDone(`导入完成：新增 ${r.created} 行${r.same ? `，${r.same} 行此前已导入、未重复计入` : ""}。`);
      setPreview(null);
      router.refresh();
    }
  }

  const created = preview?.rows.filter((r) => r.action === "create").length ?? 0;
  const rows = preview?.rows ?? [];
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  return (
    <div className="space-y-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <XlsxFileField
          id="figures-file"
          onPick={(file) => {
            setFile(file);
              setPreview(null);
          }}
        />
        <Button type="button" disabled={!!busy} onClick={() => send("preview")}>
          上传并预览
        </Button>
      </div>
      <ErrorBox message={error} />
      {busy && (
        <p role="status" className="text-sm text-stone-600">
          {busy}
        </p>
      )}
      {done && (
        <p role="status" className="rounded border border-green-200 bg-green-50 p-3 text-sm text-green-900">
          {done}
        </p>
      )}
      {preview && (
        <section aria-label="预览" className="space-y-3">
          <p className="text-sm" data-testid="figures-counts">
            共 {rows.length} 行：新增 {created} 行，已导入过、不变 {rows.length - created} 行。
          </p>
          {preview.issues.length > 0 && (
            <div role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-sm text-red-800">
              <p className="font-medium">发现 {preview.issues.length} 处问题。请在 Excel 里改正后重新上传；全部改正之前，不会导入任何内容。</p>
              <ul className="mt-2 space-y-1">
                {preview.issues.slice(0, 500).map((i, n) => (
                  <li key={n} className="break-words">
                    <span className="font-medium">{i.cell}</span>：{i.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {preview.notes.map((n) => (
            <p key={n} className="rounded border border-amber-200 bg-amber-50 p-2 text-sm text-amber-900">
              {n}
            </p>
          ))}
          <ul className="divide-y divide-stone-100 rounded border border-stone-200 bg-white text-sm">
            {rows.slice((page - 1) * PAGE, page * PAGE).map((r) => (
              <li key={r.row} className="flex flex-col gap-1 p-3 md:flex-row md:gap-4">
                <span className={`shrink-0 md:w-12 ${r.action === "create" ? "text-green-700" : "text-stone-500"}`}>{r.action === "create" ? "新增" : "不变"}</span>
                <span className="shrink-0 md:w-40">
                  {r.unit} {r.year}年{r.month ? `${r.month}月` : "全年"}
                </span>
                <span className="break-words text-stone-600">
                  报送 {r.submitted}，采用 {r.adopted}，积分 {Object.values(r.points).reduce((a, b) => a + b, 0)}
                </span>
              </li>
            ))}
          </ul>
          <ListPager page={page} pages={pages} onPage={setPage} />
          {preview.issues.length === 0 && (
            <Button type="button" disabled={!!busy || created === 0} onClick={() => send("apply")}>
              确认导入
            </Button>
          )}
        </section>
      )}
    </div>
  );
}
