import type { Actor } from "@/lib/authz/permissions";
import { getIssueDetail } from "./queries";
import { issueForPrint } from "./content";
import { buildBulletinDocument, type BulletinDocument } from "./document";

/** An issue this person may read, as the document every output prints, and a file name for it. */
export async function loadPrintable(actor: Actor, id: string): Promise<{ doc: BulletinDocument; fileName: string }> {
  const issue = await getIssueDetail(actor, id);
  const doc = buildBulletinDocument(issueForPrint(issue));
  const number = issue.number != null ? `${issue.year}年第${issue.number}期` : "样稿";
  const voided = issue.status === "VOIDED" ? "（作废）" : "";
  return { doc, fileName: `${issue.series.name}${number}${voided}` };
}
