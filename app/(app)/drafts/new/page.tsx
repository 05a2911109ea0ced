import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { PageHeader } from "@/components/ui/page-header";
import { DraftForm } from "@/components/draft-editor/draft-form";
import { loadCheckSettings, writerSettings } from "@/lib/drafts/review-checks";
import { originPrefill, parseOrigin } from "@/lib/drafts/origin";
import { shanghaiDate } from "@/lib/time";
import { ImportDocx } from "@/components/draft-import/import-docx";
import { UPLOAD_LIMITS } from "@/lib/drafts/import/docx-guard";
import { LEVEL_WORDS, placeOf } from "@/lib/units/labels";
import { ownPiecesReader } from "@/lib/drafts/queries";

export const metadata: Metadata = { title: "写稿件" };

/** 写稿件; `?from=commission:<id>` (or topic:, plan:, urgent:) starts it from a task, prefilled and linked. */
export default async function NewDraftPage({ searchParams }: { searchParams: Promise<{ from?: string }> }) {
  const user = await requireUser();
  if (!can(user, "draft.write")) notFound();
  // The office writes its own pieces for the desk above (报送上级 on the draft page), where there is one.
  const office = can(user, "draft.sendOwn");
  const ownFor = office ? await ownPiecesReader(user) : null;
  if (office && !ownFor) notFound();
  const { from } = await searchParams;
  const prefill = await originPrefill(user, parseOrigin(from));
  return (
    <div>
      <PageHeader title="写稿件" />
      {from && !prefill && (
        <p role="alert" className="mb-4 rounded border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900">
          这项任务已撤销、已办结或不是交给您的，下面按普通稿件写。
        </p>
      )}
      {prefill && (
        <div data-testid="draft-origin" className="mb-4 rounded border border-party/30 bg-red-50 px-4 py-3 text-sm text-stone-800">
          <p className="font-medium text-party">{prefill.banner}</p>
          {prefill.guidance && <p className="mt-1 whitespace-pre-line text-stone-700">写作要求：{prefill.guidance}</p>}
        </div>
      )}
      {!prefill && <ImportDocx maxMb={UPLOAD_LIMITS.maxBytes / 1024 / 1024} />}
      {ownFor && (
        <p className="mb-4 rounded border border-sky-200 bg-sky-50 px-4 py-2 text-sm text-sky-950">
          本部门自写稿件：保存后在稿件页“报送上级”，直接报送{ownFor}委组织部。
        </p>
      )}
      <DraftForm
        allowSubmit={can(user, "draft.submit")}
        origin={prefill?.origin}
        backupScope={prefill ? `new:${user.id}:${prefill.origin.type}:${prefill.origin.id}` : `new:${user.id}`}
        checkContext={{ unitName: ownFor ? placeOf(user.unitName) : user.unitName, readerLevel: ownFor ?? LEVEL_WORDS[user.nodeKind], today: shanghaiDate(new Date()), settings: writerSettings(await loadCheckSettings({ watchList: false })) }}
        initial={{ title: prefill?.title ?? "", kind: prefill?.kind ?? "NEWS", eventDate: prefill?.eventDate ?? "", body: "", isFlagship: false, contact: "" }}
      />
    </div>
  );
}
