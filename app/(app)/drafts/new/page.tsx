import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { PageHeader } from "@/components/ui/page-header";
import { DraftForm } from "@/components/draft-editor/draft-form";
import { loadCheckSettings, writerSettings } from "@/lib/drafts/review-checks";
import { shanghaiDate } from "@/lib/time";
import { ImportDocx } from "@/components/draft-import/import-docx";
import { UPLOAD_LIMITS } from "@/lib/drafts/import/docx-guard";

export const metadata: Metadata = { title: "写稿件" };

export default async function NewDraftPage() {
  const user = await requireUser();
  if (!can(user, "draft.write")) notFound();
  return (
    <div>
      <PageHeader title="写稿件" />
      <ImportDocx maxMb={UPLOAD_LIMITS.maxBytes / 1024 / 1024} />
      <DraftForm
        allowSubmit
        backupScope={`new:${user.id}`}
        checkContext={{ unitName: user.unitName, today: shanghaiDate(new Date()), settings: writerSettings(await loadCheckSettings()) }}
        initial={{ title: "", kind: "NEWS", eventDate: "", body: "", isFlagship: false, contact: "" }}
      />
    </div>
  );
}
