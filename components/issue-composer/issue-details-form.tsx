"use client";

import { useState } from "react";
import { updateIssueAction } from "@/actions/issues";
import { Field, inputClass } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";
import { ClientForm } from "@/components/ui/client-form";

export type IssueDetails = {
  editorNote: string | null;
  distributionReport: string;
  distributionSend: string;
  distributionIssue: string;
  printCount: number | null;
};

/** The issue's 编者按 and 版记. Typed text survives a failed save. */
export function IssueDetailsForm({ issueId, version, details }: { issueId: string; version: number; details: IssueDetails }) {
  const action = useAction();
  const fieldErrors = action.fieldErrors;
  const initial = {
    editorNote: details.editorNote ?? "",
    distributionReport: details.distributionReport,
    distributionSend: details.distributionSend,
    distributionIssue: details.distributionIssue,
    printCount: details.printCount?.toString() ?? "",
  };
  const [form, setForm] = useState(initial);
  // Only fields typed in here are sent: another composer's change to the rest stays.
  const [touched, setTouched] = useState<Set<keyof typeof form>>(new Set());
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (action.outcome?.kind === "success") action.reset();
    setTouched(new Set(touched).add(key));
    setForm({ ...form, [key]: e.target.value });
  };

  const save = () => {
    const count = form.printCount.trim();
    if (count && !/^\d+$/.test(count)) return action.fail("印数请填整数", { printCount: "印数请填整数" });
    action.run(
      () =>
        updateIssueAction({
          issueId,
          version,
          ...Object.fromEntries([...touched].filter((k) => k !== "printCount").map((k) => [k, form[k]])),
          ...(touched.has("printCount") ? { printCount: count ? Number(count) : null } : {}),
        }),
      { success: "已保存", onSuccess: () => setTouched(new Set()) },
    );
  };

  return (
    <ClientForm
      noValidate
      aria-label="编者按与版记"
      className="space-y-3 rounded border border-stone-200 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <h2 className="font-semibold">编者按与版记</h2>
      <Field label="本期编者按" htmlFor="issue-note" error={fieldErrors.editorNote} hint="印在本期要目之后；不需要就留空">
        <textarea id="issue-note" rows={3} value={form.editorNote} onChange={set("editorNote")} className={inputClass(fieldErrors.editorNote)} />
      </Field>
      <Field label="报：" htmlFor="dist-report" error={fieldErrors.distributionReport}>
        <input id="dist-report" value={form.distributionReport} onChange={set("distributionReport")} className={inputClass(fieldErrors.distributionReport)} />
      </Field>
      <Field label="送：" htmlFor="dist-send" error={fieldErrors.distributionSend}>
        <input id="dist-send" value={form.distributionSend} onChange={set("distributionSend")} className={inputClass(fieldErrors.distributionSend)} />
      </Field>
      <Field label="发：" htmlFor="dist-issue" error={fieldErrors.distributionIssue}>
        <input id="dist-issue" value={form.distributionIssue} onChange={set("distributionIssue")} className={inputClass(fieldErrors.distributionIssue)} />
      </Field>
      <Field label="印数（份）" htmlFor="print-count" error={fieldErrors.printCount}>
        <input id="print-count" inputMode="numeric" value={form.printCount} onChange={set("printCount")} className={`${inputClass(fieldErrors.printCount)} max-w-32`} />
      </Field>
      <FormFooter submitLabel="保存编者按与版记" pending={action.pending} notice={<ActionNotice action={action} />} />
    </ClientForm>
  );
}
