import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { ownSeries } from "./series-scope";

/** Opens a new issue of a series of the actor's node for composing, with the series' 版记; its number comes at publication. */
export async function createIssue(actor: Actor, input: { seriesId: string }) {
  requirePermission(actor, "issue.compose");
  return db.$transaction(async (tx) => {
    const series = isUuid(input.seriesId) ? await tx.series.findFirst({ where: { id: input.seriesId, active: true, ...ownSeries(actor) } }) : null;
    if (!series) throw new NotFoundError("没有找到这个刊物");
    const issue = await tx.bulletinIssue.create({
      data: {
        seriesId: series.id,
        createdById: actor.id,
        distributionReport: series.distributionReport,
        distributionSend: series.distributionSend,
        distributionIssue: series.distributionIssue,
        printCount: series.printCount,
      },
    });
    await audit(tx, { actorId: actor.id, action: "issue.create", entityType: "BulletinIssue", entityId: issue.id });
    return issue;
  });
}
