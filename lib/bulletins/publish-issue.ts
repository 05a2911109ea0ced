import "server-only";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { ConflictError, DomainError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { applyMove } from "@/lib/drafts/apply-move";
import { shanghaiYear } from "@/lib/time";
import { isDeskKind } from "@/lib/units/labels";
import { writePublicationEntries } from "@/lib/scores/ledger";
import { refusalOf } from "./issue-workflow";
import { contentDigest, printedItems, storedIssueInclude } from "./content";
import { requireOwnIssue } from "./issue-access";

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
 * 发布 (an issue of the actor's node): checks the sign-off, assigns 第N期 and 总第N期, freezes each item's text, marks the
 * drafts 已刊发 and writes their score entries, all in one transaction.
 */
export async function publishIssue(actor: Actor, input: { issueId: string; version?: number; now?: Date }) {
  requirePermission(actor, "issue.publish");
  if (!isUuid(input.issueId)) throw new NotFoundError("没有找到这一期");
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    await requireOwnIssue(tx, actor, input.issueId);
    // Claim the issue first: the row lock serialises publishers, the version catches stale screens.
    const { count } = await tx.bulletinIssue.updateMany({
      where: { id: input.issueId, ...(input.version ? { version: input.version } : {}), status: { in: ["COMPOSING", "SIGNED"] } },
      data: { version: { increment: 1 } },
    });
    const issue = await tx.bulletinIssue.findUnique({
      where: { id: input.issueId },
      include: {
        ...storedIssueInclude,
        items: { ...storedIssueInclude.items, include: { draft: { include: { unit: { select: { name: true } } } } } },
      },
    });
    if (!issue) throw new NotFoundError("没有找到这一期");
    const refusal = refusalOf("PUBLISH", issue.status, issue.series.requiresSignOff);
    if (refusal) throw new DomainError(refusal);
    if (count === 0) throw new ConflictError("这一期刚有改动（别人处理过，或您刚保存的修改还没显示到这里），页面已刷新，请核对后再点一次");
    if (issue.items.length === 0) throw new DomainError("本期还没有编入稿件，不能发布");
    if (issue.status === "SIGNED" && issue.signedHash !== contentDigest(issue)) {
      throw new DomainError("签发后本期内容又有改动，请撤回重编后重新送领导签发");
    }

    const year = shanghaiYear(now);
    const { number, totalNumber } = await nextNumbers(tx, issue.seriesId, year);
    const texts = printedItems(issue);
    for (const [index, item] of issue.items.entries()) {
      await tx.issueItem.update({ where: { id: item.id }, data: { title: texts[index].title, body: texts[index].body } });
      await applyMove(tx, actor, item.draft, "PUBLISH", { version: item.draft.version, now });
    }
    const node = await tx.unit.findUniqueOrThrow({ where: { id: issue.series.nodeId }, select: { kind: true } });
    if (!isDeskKind(node.kind)) throw new DomainError("刊物不属于任何一级组织部");
    await writePublicationEntries(tx, { nodeId: issue.series.nodeId, level: node.kind, year, now, recordedById: actor.id, items: issue.items });
    const published = await tx.bulletinIssue.update({
      where: { id: issue.id },
      data: { status: "PUBLISHED", year, number, totalNumber, publishedAt: now, publishedById: actor.id },
    });
    await audit(tx, { actorId: actor.id, action: "issue.publish", entityType: "BulletinIssue", entityId: issue.id, data: { year, number, totalNumber } });
    return published;
  });
}
