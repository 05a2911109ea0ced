"use client";

import { useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { createDraftAction, moveDraftAction, updateDraftAction } from "@/actions/drafts";
import { DRAFT_KINDS, KIND_LABELS, type DraftKind } from "@/lib/drafts/kinds";
import { countChars } from "@/lib/drafts/body";
import { BODY_MAX, TITLE_MAX, type DraftOrigin } from "@/lib/validation/draft";
import { applyFix, blocksSubmission, runChecks, type CheckInput, type Finding } from "@/lib/checks";
import type { ActionResult } from "@/lib/action-result";
import { Field, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { ActionNotice } from "@/components/ui/action-notice";
import { FormFooter } from "@/components/ui/form-footer";
import { useAction } from "@/components/ui/use-action";
import { settle } from "@/components/ui/action-outcome";
import { CheckList } from "@/components/checks/check-list";
import { clearBackup, readBackup, writeBackup } from "./local-backup";
import { useEditLock } from "./use-edit-lock";
import { useSimilar } from "./use-similar";
import { newUuid } from "@/lib/ids-client";
import { SecrecyConfirm } from "./secrecy-confirm";
import { ClientForm } from "@/components/ui/client-form";

export type DraftFormValues = {
  title: string;
  kind: string;
  eventDate: string;
  body: string;
  isFlagship: boolean;
  contact: string;
};

export type CheckContext = Pick<CheckInput, "unitName" | "readerLevel" | "today" | "settings">;

type Saved = { id: string; version: number };
type SaveState = { kind: "idle" | "saving" | "saved" | "offline" | "stopped" | "incomplete"; at?: Date; message?: string };

const AUTOSAVE_MS = 3000;
const same = (a: DraftFormValues, b: DraftFormValues) => JSON.stringify(a) === JSON.stringify(b);
const complete = (v: DraftFormValues) => !!(v.title.trim() && v.kind && v.eventDate && v.body.trim());
const time = (d: Date) => d.toLocaleTimeString("zh-CN", { hour: "2-digit", minute: "2-digit", second: "2-digit" });

/**
 * The draft editor. Whatever is typed is kept in the browser at once and saved to the
 * server a few seconds after typing stops (and on leaving a field), once the draft is
 * complete enough to save. Saves are version-checked: a draft changed by someone else is
 * never overwritten, and the text typed here stays on the screen whatever the server says.
 */
export function DraftForm({
  initial,
  draft,
  allowSubmit,
  backupScope,
  checkContext,
  origin,
}: {
  initial: DraftFormValues;
  /** What a new draft answers (约稿, 点题, plan topic, urgent event): linked on its first save. */
  origin?: DraftOrigin;
  draft?: Saved;
  allowSubmit: boolean;
  /** Where the browser copy lives: the draft's id, or "new:<user id>" for a draft not saved yet. */
  backupScope: string;
  checkContext: CheckContext;
}) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  // Field errors found by an autosave; those of 保存 / 提交 come with the action's outcome.
  const [autosaveErrors, setAutosaveErrors] = useState<Record<string, string>>({});
  const action = useAction();
  const fieldErrors = { ...autosaveErrors, ...action.fieldErrors };
  const pending = action.pending;
  const [restored, setRestored] = useState<Date | null>(null);
  // A browser copy typed over an older version of the draft: offered to copy, never loaded.
  const [stale, setStale] = useState<{ at: Date; values: DraftFormValues } | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: "idle" });
  const [secrecy, setSecrecy] = useState(false);

  // After the first save of a new draft, later saves update it instead of creating another.
  const saved = useRef<Saved | undefined>(draft);
  const newId = useRef(draft ? undefined : newUuid());
  const [draftId, setDraftId] = useState(draft?.id);
  const serverValues = useRef(initial);
  const scope = useRef(backupScope);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  // After a conflict or a refusal, autosave stops: only the user decides what happens to their text.
  const stopped = useRef(false);
  // Restored text is saved only once the user goes on typing (or saves): 放弃恢复 stays possible.
  const held = useRef(false);
  const holder = useEditLock(draftId);

  const set = <K extends keyof DraftFormValues>(key: K, value: DraftFormValues[K]) => {
    held.current = false;
    setValues((v) => ({ ...v, [key]: value }));
  };

  // A browser copy comes back after a crash, a closed tab or a reload, if it was typed over
  // the version the server still has; one typed over an older version is only offered.
  useEffect(() => {
    const backup = readBackup<DraftFormValues>(scope.current);
    if (!backup || same(backup.values, initial)) return;
    if (backup.version === draft?.version) {
      held.current = true;
      setValues(backup.values);
      setRestored(new Date(backup.at));
    } else {
      setStale({ at: new Date(backup.at), values: backup.values });
    }
    // Only on opening the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** One save at a time, in order: autosave and the buttons share the queue. */
  function saveNow(v: DraftFormValues, quiet: boolean): Promise<ActionResult<Saved>> {
    const run = async (): Promise<ActionResult<Saved>> => {
      if ((stopped.current || held.current) && quiet) return { ok: false, error: "" };
      setSaveState({ kind: "saving" });
      const input = { ...v, kind: v.kind as DraftKind };
      const current = saved.current;
      const result = await settle(() => (current ? updateDraftAction({ ...input, ...current }) : createDraftAction({ ...input, id: newId.current, origin })));
      if (result.ok) {
        saved.current = result.data;
        serverValues.current = v;
        setSaveState({ kind: "saved", at: new Date() });
        if (!current) {
          // The new draft has an address now: move the browser copy there and show it in the URL.
          clearBackup(scope.current);
          scope.current = result.data.id;
          setDraftId(result.data.id);
          window.history.replaceState(null, "", `/drafts/${result.data.id}/edit`);
        }
      } else if (result.offline) {
        setSaveState({ kind: "offline" });
      } else if (result.fieldErrors) {
        setAutosaveErrors(result.fieldErrors);
        setSaveState({ kind: "incomplete", message: "有填写不对的地方，暂未自动保存" });
      } else {
        // A conflict, or the draft moved on (submitted elsewhere, issue signed): stop and say why.
        stopped.current = true;
        setSaveState({ kind: "stopped", message: result.error });
      }
      return result;
    };
    const next = queue.current.then(run, run);
    queue.current = next;
    return next;
  }

  // Keep a browser copy at once; save to the server when typing pauses.
  useEffect(() => {
    const dirty = !same(values, serverValues.current);
    if (!dirty) {
      clearBackup(scope.current);
      return;
    }
    const backup = window.setTimeout(() => writeBackup(scope.current, values, saved.current?.version), 300);
    const autosave = complete(values) ? window.setTimeout(() => void saveNow(values, true), AUTOSAVE_MS) : undefined;
    return () => {
      window.clearTimeout(backup);
      if (autosave) window.clearTimeout(autosave);
    };
    // saveNow reads refs; re-running on values alone is what we want.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [values]);

  // Leaving with unsaved changes asks first.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (!same(values, serverValues.current)) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [values]);

  const saveOnLeave = () => {
    if (complete(values) && !same(values, serverValues.current)) void saveNow(values, true);
  };

  // A phone hides the page (another app, the screen locks) without any blur: save then too.
  useEffect(() => {
    const hidden = (e: Event) => {
      if (e.type !== "pagehide" && document.visibilityState !== "hidden") return;
      if (same(values, serverValues.current)) return;
      writeBackup(scope.current, values, saved.current?.version);
      saveOnLeave();
    };
    document.addEventListener("visibilitychange", hidden);
    window.addEventListener("pagehide", hidden);
    return () => {
      document.removeEventListener("visibilitychange", hidden);
      window.removeEventListener("pagehide", hidden);
    };
    // saveOnLeave reads the same values; re-subscribing on values keeps them current.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [values]);

  // Checks while writing: the text checks here, the similarity check on the server.
  const deferred = useDeferredValue(values);
  const textFindings = useMemo(
    () => runChecks({ title: deferred.title, body: deferred.body, eventDate: deferred.eventDate || null, ...checkContext }),
    [deferred.title, deferred.body, deferred.eventDate, checkContext],
  );
  const similar = useSimilar(draftId, deferred.title, deferred.body, checkContext.settings);
  const findings: Finding[] = [...textFindings, ...similar];
  const blocked = blocksSubmission(findings);

  function submit(thenSubmit: boolean) {
    setAutosaveErrors({});
    if (thenSubmit && blocked) return action.fail("稿件检查发现必须改正的问题，请按下方提示改正后再提交");
    if (thenSubmit && !secrecy) return action.fail("提交前请确认稿件不涉及国家秘密", { secrecy: "提交前请确认稿件不涉及国家秘密" });
    action.run(
      async (): Promise<ActionResult<Saved>> => {
        const result = await saveNow(values, false);
        if (!result.ok) return result;
        clearBackup(scope.current);
        if (!thenSubmit) return result;
        const moved = await settle(() => moveDraftAction({ id: result.data.id, version: result.data.version, action: "SUBMIT", secrecyConfirmed: secrecy }));
        return moved.ok ? result : { ...moved, error: `稿件已保存，但没有提交成功：${moved.error}` };
      },
      { onSuccess: (data) => router.push(`/drafts/${data.id}`) },
    );
  }

  const chars = countChars(values.body);
  return (
    <div className="grid max-w-6xl grid-cols-1 md:grid-cols-[1fr_18rem] items-start gap-4">
      <ClientForm
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit(false);
        }}
        className="space-y-5 rounded border border-stone-200 bg-white p-3 md:p-6"
      >
        {holder && (
          <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {holder.name} 自 {time(new Date(holder.since))} 起正在编辑这篇稿件。同时修改时，后保存的一方会收到提示，不会悄悄覆盖。
          </p>
        )}
        {stale && (
          <details role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            <summary className="cursor-pointer">
              本机还存有您在 {time(stale.at)} 写的一份稿子，但这篇稿件之后已被修改过，没有自动恢复。点开可复制其中需要的内容。
            </summary>
            <textarea readOnly rows={6} value={`${stale.values.title}\n${stale.values.body}`} className="mt-2 w-full rounded border border-amber-200 bg-white p-2 font-serif" aria-label="本机存的旧稿" />
            <button
              type="button"
              className="underline"
              onClick={() => {
                clearBackup(scope.current);
                setStale(null);
              }}
            >
              不需要了，删除这份
            </button>
          </details>
        )}
        {restored && (
          <div role="status" className="flex items-center justify-between rounded border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
            <span>已恢复您在 {time(restored)} 未保存的内容。</span>
            <button
              type="button"
              className="underline"
              onClick={() => {
                held.current = false;
                setValues(serverValues.current);
                clearBackup(scope.current);
                setRestored(null);
              }}
            >
              放弃恢复，用已保存的版本
            </button>
          </div>
        )}
        <ActionNotice action={action} />
        <Field label="标题" htmlFor="title" error={fieldErrors.title} hint={`不超过${TITLE_MAX}个字，当前${values.title.trim().length}字`}>
          <input id="title" value={values.title} onBlur={saveOnLeave} onChange={(e) => set("title", e.target.value)} className={inputClass(fieldErrors.title)} aria-invalid={!!fieldErrors.title} />
        </Field>
        <div className="grid grid-cols-1 md:grid-cols-3 gap-4">
          <Field label="类别" htmlFor="kind" error={fieldErrors.kind}>
            <select id="kind" value={values.kind} onChange={(e) => set("kind", e.target.value)} className={inputClass(fieldErrors.kind)}>
              <option value="">请选择</option>
              {DRAFT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="事件日期" htmlFor="eventDate" error={fieldErrors.eventDate}>
            <input id="eventDate" type="date" value={values.eventDate} onBlur={saveOnLeave} onChange={(e) => set("eventDate", e.target.value)} className={inputClass(fieldErrors.eventDate)} />
          </Field>
          <Field label="联系人及电话" htmlFor="contact" error={fieldErrors.contact}>
            <input id="contact" value={values.contact} onBlur={saveOnLeave} onChange={(e) => set("contact", e.target.value)} className={inputClass(fieldErrors.contact)} />
          </Field>
        </div>
        <Field label="正文" htmlFor="body" error={fieldErrors.body} hint={`每段一行。以“一、”“（一）”“1.”开头的行自动作为各级标题。字数：${chars} / ${BODY_MAX}`}>
          <textarea id="body" rows={18} value={values.body} onBlur={saveOnLeave} onChange={(e) => set("body", e.target.value)} className={`${inputClass(fieldErrors.body)} font-serif leading-7`} />
        </Field>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={values.isFlagship} onChange={(e) => set("isFlagship", e.target.checked)} />
          作为本单位精品稿件报送
        </label>
        {allowSubmit && <SecrecyConfirm checked={secrecy} onChange={setSecrecy} error={fieldErrors.secrecy} />}
        <div className="border-t border-stone-100 pt-4">
          <FormFooter submitLabel="保存" pendingLabel="正在保存…" submitVariant="secondary" pending={pending}>
            {allowSubmit && (
              <Button type="button" disabled={pending} onClick={() => submit(true)}>
                保存并提交审核
              </Button>
            )}
            <SaveStatus state={saveState} />
          </FormFooter>
        </div>
      </ClientForm>
      <aside aria-label="稿件检查" className="sticky top-4">
        <CheckList
          findings={findings}
          onFix={(finding) => setValues((v) => ({ ...v, ...applyFix({ title: v.title, body: v.body }, finding) }))}
        />
      </aside>
    </div>
  );
}

function SaveStatus({ state }: { state: SaveState }) {
  const text: Record<SaveState["kind"], string> = {
    idle: "输入时自动保存",
    saving: "正在自动保存…",
    saved: state.at ? `已自动保存（${time(state.at)}）` : "已保存",
    offline: "连接中断，内容已暂存在本机浏览器，恢复后会继续自动保存",
    stopped: `没有自动保存：${state.message ?? ""}`,
    incomplete: state.message ?? "",
  };
  const tone = state.kind === "stopped" || state.kind === "offline" ? "text-red-700" : "text-stone-500";
  return (
    <span role="status" aria-live="polite" className={`text-sm ${tone}`}>
      {text[state.kind]}
    </span>
  );
}
