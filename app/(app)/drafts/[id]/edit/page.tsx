import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canEditDraft } from "@/lib/drafts/access";
import { getDraftDetail } from "@/lib/drafts/queries";
import { textOwner } from "@/lib/drafts/workflow";
import { formatIsoDate } from "@/lib/time";
import { loadOr404 } from "@/lib/load-or-404";
import { PageHeader } from "@/components/ui/page-header";
import { DraftForm } from "@/components/draft-editor/draft-form";

export const metadata: Metadata = { title: "修改稿件" };

export default async function EditDraftPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const draft = await loadOr404(() => getDraftDetail(user, id));
  if (!canEditDraft(user, draft)) notFound();
  const owner = textOwner(draft.status);
  return (
    <div>
      <PageHeader title={owner === "county" ? "编辑稿件（县委组织部研究室）" : owner === "reviewer" ? "审核修改稿件" : "修改稿件"} />
      {owner !== "unit" && (
        <p className="mb-4 max-w-4xl rounded bg-sky-50 px-3 py-2 text-sm text-sky-800">
          您的修改会另存为一个版本；信息员报送的原稿保持不变，随时可以对照。
        </p>
      )}
      <DraftForm
        allowSubmit={owner === "unit"}
        draft={{ id: draft.id, version: draft.version }}
        initial={{
          title: draft.title,
          kind: draft.kind,
          eventDate: formatIsoDate(draft.eventDate),
          body: draft.body,
          isFlagship: draft.isFlagship,
          contact: draft.contact ?? "",
        }}
      />
    </div>
  );
}
