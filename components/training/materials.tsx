"use client";

import { useRef, useState } from "react";
import { removeMaterialAction } from "@/actions/training";
import type { ActionResult } from "@/lib/action-result";
import { MATERIAL_ACCEPT, MATERIAL_MAX_BYTES, MATERIAL_MAX_MB, MATERIAL_MESSAGES } from "@/lib/training/material-limits";
import { ActionNotice } from "@/components/ui/action-notice";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field, inputClass } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";

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
  const action = useAction();
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <ConfirmButton label="删除" question={`删除“${fileName}”？删除后参训人员也看不到了。`} confirmLabel="确定删除" pending={action.pending} onConfirm={() => action.run(() => removeMaterialAction({ id }))} />
      <ActionNotice action={action} compact />
    </span>
  );
}

/** The upload goes to a route (the size is refused before the body is read), whose answer is an ActionResult like an action's. */
async function postMaterial(sessionId: string, file: File): Promise<ActionResult<{ fileName: string }>> {
  const body = new FormData();
  body.set("sessionId", sessionId);
  body.set("material", file);
  return (await (await fetch("/api/training/upload", { method: "POST", body })).json()) as ActionResult<{ fileName: string }>;
}

function UploadMaterial({ sessionId }: { sessionId: string }) {
  const action = useAction();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const failure = action.outcome?.kind === "error" || action.outcome?.kind === "offline" ? action.outcome : null;
  // One field: whatever went wrong is said at it (its own message, else the server's sentence).
  const error = failure ? (failure.fieldErrors.material ?? failure.message) : "";

  const choose = (e: React.ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0] ?? null;
    setFile(chosen);
    // Said at once; the server checks the size and the real type again.
    if (chosen && chosen.size > MATERIAL_MAX_BYTES) action.fail(MATERIAL_MESSAGES.tooBig, { material: MATERIAL_MESSAGES.tooBig });
    else action.reset();
  };

  const upload = () => {
    if (!file) return action.fail(MATERIAL_MESSAGES.missing, { material: MATERIAL_MESSAGES.missing });
    action.run(() => postMaterial(sessionId, file), {
      success: (data) => `已上传“${data.fileName}”。`,
      onSuccess: () => {
        setFile(null);
        if (input.current) input.current.value = "";
      },
    });
  };

  return (
    <div className="space-y-2 rounded border border-dashed border-stone-300 p-3">
      <Field label="上传材料" htmlFor="material" error={error} hint={`PDF、Word（.docx）或图片，每个不超过${MATERIAL_MAX_MB}MB`}>
        <input ref={input} id="material" type="file" accept={MATERIAL_ACCEPT} onChange={choose} className={`${inputClass(error)} bg-white`} aria-invalid={!!error} />
      </Field>
      {!failure && <ActionNotice action={action} />}
      <Button variant="secondary" disabled={action.pending} onClick={upload}>
        {action.pending ? "正在上传…" : "上传"}
      </Button>
    </div>
  );
}
