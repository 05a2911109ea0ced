import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
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
  const owner = textOwner(draft.status);
  const allowed =
    (owner === "unit" && can(user, "draft.write", draft)) || (owner === "county" && can(user, "draft.decide", draft));
  if (!allowed) notFound();
  return (
    <div>
      <PageHeader title={owner === "county" ? "编辑稿件（县委组织部研究室）" : "修改稿件"} />
      {owner === "county" && (
        <p className="mb-4 max-w-4xl rounded bg-sky-50 px-3 py-2 text-sm text-sky-800">
          您修改的是编辑稿，单位报送的原稿另行保存，不会被改动。
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
