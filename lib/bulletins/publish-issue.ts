import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { DomainError } from "@/lib/errors";
import { applyMove } from "@/lib/drafts/apply-move";
import { shanghaiYear } from "@/lib/time";
import { writePublicationEntries } from "@/lib/scores/ledger";
import { lockComposingIssue } from "./issue-access";

/**
 * Takes the next number of a series for a year. The counter row is created or incremented
 * in one statement and stays locked until the publishing transaction ends, so numbers are
 * unique and gap-free: a rolled-back publication gives its number back.
 */
async function nextNumbers(tx: Tx, seriesId: string, year: number) {
  const series = await tx.series.update({ where: { id: seriesId }, data: { totalCount: { increment: 1 } } });
  const [row] = await tx.$queryRaw<Array<{ lastNumber: number }>>`
    INSERT INTO "SeriesYearCounter" ("seriesId", "year", "lastNumber") VALUES (${seriesId}::uuid, ${year}, 1)
    ON CONFLICT ("seriesId", "year") DO UPDATE SET "lastNumber" = "SeriesYearCounter"."lastNumber" + 1
    RETURNING "lastNumber"`;
  return { number: row.lastNumber, totalNumber: series.totalCount };
}

/**
 * 发布: assigns 第N期 and 总第N期, freezes each item's text, marks the drafts 已刊发 and
 * writes their score entries, all in one transaction.
 */
export async function publishIssue(actor: Actor, input: { issueId: string; version?: number; now?: Date }) {
  requirePermission(actor, "issue.publish");
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const issue = await lockComposingIssue(tx, input.issueId, input.version);
    const items = await tx.issueItem.findMany({
      where: { issueId: issue.id },
      orderBy: { position: "asc" },
      include: { draft: true },
    });
    if (items.length === 0) throw new DomainError("本期还没有编入稿件，不能发布");

    const year = shanghaiYear(now);
    const { number, totalNumber } = await nextNumbers(tx, issue.seriesId, year);
    for (const item of items) {
      await tx.issueItem.update({ where: { id: item.id }, data: { title: item.draft.title, body: item.draft.body } });
      await applyMove(tx, actor, item.draft, "PUBLISH", { version: item.draft.version, now });
    }
    await writePublicationEntries(tx, { year, now, recordedById: actor.id, items });
    const published = await tx.bulletinIssue.update({
      where: { id: issue.id },
      data: { status: "PUBLISHED", year, number, totalNumber, publishedAt: now, publishedById: actor.id },
    });
    await audit(tx, { actorId: actor.id, action: "issue.publish", entityType: "BulletinIssue", entityId: issue.id, data: { year, number, totalNumber } });
    return published;
  });
}
