"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";

type Answer = { ok: true; data: { id: string; images: number; eventDateFound: boolean; tables: number } } | { ok: false; error: string; fieldErrors?: Record<string, string> };

/** 从 Word 导入: uploads a .docx with a progress bar, then opens the new draft for checking. */
export function ImportDocx({ maxMb }: { maxMb: number }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState("");

  function upload(file: File) {
    setError("");
    if (!/\.docx$/i.test(file.name)) return setError(/\.doc$/i.test(file.name) ? "这是旧版 Word（.doc）文件，请在 Word 或 WPS 里“另存为”.docx 格式后再导入" : "只能导入 Word 的 .docx 文件");
    if (file.size > maxMb * 1024 * 1024) return setError(`文件超过${maxMb}MB，不能导入`);
    const form = new FormData();
    form.append("file", file);
    // XMLHttpRequest, not fetch: it reports upload progress.
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/drafts/import");
    xhr.upload.onprogress = (e) => e.lengthComputable && setProgress(Math.round((e.loaded / e.total) * 90));
    xhr.onload = () => {
      setProgress(null);
      let answer: Answer;
      try {
        answer = JSON.parse(xhr.responseText) as Answer;
      } catch {
        return setError("导入失败，请稍后再试");
      }
      if (!answer.ok) return setError(answer.fieldErrors?.file ?? answer.error);
      const note = (answer.data.eventDateFound ? "" : "&date=1") + (answer.data.tables > 0 ? `&tables=${answer.data.tables}` : "");
      router.push(`/drafts/${answer.data.id}/edit?imported=${answer.data.images}${note}`);
    };
    xhr.onerror = () => {
      setProgress(null);
      setError("连接服务器失败，请检查网络后再试");
    };
    setProgress(0);
    xhr.send(form);
  }

  return (
    <section className="mb-5 max-w-4xl rounded border border-dashed border-stone-300 bg-white p-4">
      <div className="flex flex-wrap items-center gap-3">
        <span className="font-medium">已经在 Word 或 WPS 里写好了？</span>
        <input
          ref={input}
          id="docx-file"
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          className="hidden"
          aria-label="选择 Word 文件"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) upload(file);
            e.target.value = "";
          }}
        />
        <Button type="button" variant="secondary" disabled={progress !== null} onClick={() => input.current?.click()}>
          从 Word 导入（.docx）
        </Button>
        <span className="text-xs text-stone-500">不超过{maxMb}MB；标题、段落和“一、（一）1.”各级标题会自动识别，原文件和图片作为附件保留。</span>
      </div>
      {progress !== null && (
        <div className="mt-3" role="status" aria-live="polite">
          <div className="h-2 w-full overflow-hidden rounded bg-stone-100">
            <div className="h-2 bg-party transition-all" style={{ width: `${progress}%` }} />
          </div>
          <p className="mt-1 text-xs text-stone-600">{progress < 90 ? `正在上传 ${progress}%` : "正在识别文档内容…"}</p>
        </div>
      )}
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-600">
          {error}
        </p>
      )}
    </section>
  );
}
