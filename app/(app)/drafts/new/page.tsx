import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { PageHeader } from "@/components/ui/page-header";
import { DraftForm } from "@/components/draft-editor/draft-form";

export const metadata: Metadata = { title: "写稿件" };

export default async function NewDraftPage() {
  const user = await requireUser();
  if (!can(user, "draft.write")) notFound();
  return (
    <div>
      <PageHeader title="写稿件" />
      <DraftForm
        allowSubmit
        initial={{ title: "", kind: "NEWS", eventDate: "", body: "", isFlagship: false, contact: "" }}
      />
    </div>
  );
}
