"use client";

import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { removeMaterialAction } from "@/actions/training";
import type { ActionResult } from "@/lib/action-result";
import { MATERIAL_ACCEPT, MATERIAL_MAX_BYTES, MATERIAL_MAX_MB, MATERIAL_MESSAGES } from "@/lib/training/material-limits";
import { settle } from "@/components/ui/action-outcome";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field, inputClass } from "@/components/ui/field";

const OFFLINE = "连接服务器失败（可能是网络中断或系统正在更新），请稍后再上传";

export type MaterialRow = { id: string; fileName: string; size: number };

const kb = (size: number) => `${Math.max(1, Math.round(size / 1024))} KB`;

/** A session's materials: download links for everyone here, upload and delete for the office. */
export function Materials({ sessionId, materials, manage }: { sessionId: string; materials: MaterialRow[]; manage: boolean }) {
  return (
    <div className="space-y-3">
      {materials.length === 0 ? (
        <p className="text-sm text-stone-500">还没有上传材料</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {materials.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center gap-2">
              <a className="text-party underline" href={`/api/training/materials/${m.id}`}>
                {m.fileName}
              </a>
              <span className="text-stone-500">（{kb(m.size)}）</span>
              {manage && <RemoveMaterial id={m.id} fileName={m.fileName} />}
            </li>
          ))}
        </ul>
      )}
      {manage && <UploadMaterial sessionId={sessionId} />}
    </div>
  );
}

function RemoveMaterial({ id, fileName }: { id: string; fileName: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState("");
  const remove = () =>
    startTransition(async () => {
      const result = await settle(() => removeMaterialAction({ id }));
      if (!result.ok) return setError(result.error);
      router.refresh();
    });
  return (
    <span>
      <ConfirmButton label="删除" question={`删除“${fileName}”？删除后参训人员也看不到了。`} confirmLabel="确定删除" pending={pending} onConfirm={remove} />
      {error && <span className="ml-2 text-red-600">{error}</span>}
    </span>
  );
}

function UploadMaterial({ sessionId }: { sessionId: string }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");
  const [done, setDone] = useState("");

  const choose = (e: React.ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0] ?? null;
    setFile(chosen);
    setDone("");
    // Said at once; the server checks the size and the real type again.
    setError(chosen && chosen.size > MATERIAL_MAX_BYTES ? MATERIAL_MESSAGES.tooBig : "");
  };

  const upload = async () => {
    if (!file) return setError(MATERIAL_MESSAGES.missing);
    setPending(true);
    setError("");
    const body = new FormData();
    body.set("sessionId", sessionId);
    body.set("material", file);
    let answer: ActionResult<{ fileName: string }>;
    try {
      answer = (await (await fetch("/api/training/upload", { method: "POST", body })).json()) as ActionResult<{ fileName: string }>;
    } catch {
      answer = { ok: false, error: OFFLINE };
    }
    setPending(false);
    if (!answer.ok) return setError(answer.fieldErrors?.material ?? answer.error);
    setDone(`已上传“${answer.data.fileName}”。`);
    setFile(null);
    if (input.current) input.current.value = "";
    router.refresh();
  };

  return (
    <div className="space-y-2 rounded border border-dashed border-stone-300 p-3">
      <Field label="上传材料" htmlFor="material" error={error} hint={`PDF、Word（.docx）或图片，每个不超过${MATERIAL_MAX_MB}MB`}>
        <input ref={input} id="material" type="file" accept={MATERIAL_ACCEPT} onChange={choose} className={`${inputClass(error)} bg-white`} aria-invalid={!!error} />
      </Field>
      {done && (
        <p role="status" className="text-sm text-emerald-700">
          {done}
        </p>
      )}
      <Button variant="secondary" disabled={pending} onClick={upload}>
        {pending ? "正在上传…" : "上传"}
      </Button>
    </div>
  );
}
