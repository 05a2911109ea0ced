/** Browser helpers for the onboarding uploads: a form post with upload progress, and NDJSON progress lines. */
import type { ActionResult } from "@/lib/action-result";

const OFFLINE = "网络连接中断，请检查网络后重试（文件未导入）";

/** Posts a form with XMLHttpRequest, which reports upload progress (fetch cannot). */
export function postForm<T>(url: string, form: FormData, onUpload: (percent: number) => void): Promise<ActionResult<T>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.upload.onprogress = (e) => e.lengthComputable && onUpload(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as ActionResult<T>);
      } catch {
        resolve({ ok: false, error: `服务器出错（${xhr.status}），请稍后重试` });
      }
    };
    xhr.onerror = () => resolve({ ok: false, error: OFFLINE, offline: true });
    xhr.send(form);
  });
}

/** Reads an answer of JSON lines: `{progress}` lines go to onProgress, the last line is the result. */
export async function postStreamed<T>(url: string, form: FormData, onProgress: (done: number, total: number, label?: string) => void): Promise<ActionResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", body: form });
  } catch {
    return { ok: false, error: OFFLINE, offline: true };
  }
  if (!response.body || !response.headers.get("content-type")?.includes("ndjson")) {
    return (await response.json().catch(() => ({ ok: false, error: `服务器出错（${response.status}），请稍后重试` }))) as ActionResult<T>;
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  let last: ActionResult<T> = { ok: false, error: "导入中断，请刷新页面查看是否已导入" };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines.filter(Boolean)) {
      const parsed = JSON.parse(line) as { progress?: { done: number; total: number; label?: string } } & ActionResult<T>;
      if (parsed.progress) onProgress(parsed.progress.done, parsed.progress.total, parsed.progress.label);
      else last = parsed;
    }
  }
  return last;
}

/** A download link's address for bytes the page holds (the slips exist only in this answer). */
export function pdfUrl(base64: string): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return URL.createObjectURL(new Blob([bytes], { type: "application/pdf" }));
}
