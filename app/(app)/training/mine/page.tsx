import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { loadOr404 } from "@/lib/load-or-404";
import { myTrainingRecord } from "@/lib/training/people";
import { page } from "@/lib/validation/common";
import { PageHeader } from "@/components/ui/page-header";
import { PersonRecord } from "@/components/training/person-record";

export const metadata: Metadata = { title: "我的培训" };

/** The signed-in officer's own training: sessions, 传帮带 and the 改稿说明 the office sent. */
export default async function MyTrainingPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  const query = await searchParams;
  const record = await loadOr404(() => myTrainingRecord(user, { sessionsPage: page.parse(query.spage), notesPage: page.parse(query.npage) }));
  return (
    <div>
      <PageHeader title="我的培训" />
      <PersonRecord record={record} params={query} basePath="/training/mine" />
    </div>
  );
}
