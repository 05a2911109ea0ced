import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { loadOr404 } from "@/lib/load-or-404";
import { personRecord } from "@/lib/training/people";
import { page } from "@/lib/validation/common";
import { PageHeader } from "@/components/ui/page-header";
import { PersonRecord } from "@/components/training/person-record";

export const metadata: Metadata = { title: "培训记录" };

/** A person's training record, for those who may see it (another unit's person is 404). */
export default async function PersonTrainingPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  const { id } = await params;
  const query = await searchParams;
  const record = await loadOr404(() => personRecord(user, id, { sessionsPage: page.parse(query.spage), notesPage: page.parse(query.npage) }));
  return (
    <div>
      <PageHeader title={`${record.person.name}的培训记录`} />
      <PersonRecord record={record} params={query} basePath={`/training/people/${record.person.id}`} />
    </div>
  );
}
