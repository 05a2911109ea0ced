import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { NotFoundError } from "@/lib/errors";

/** Opens a new issue of a series for composing; its number is given only at publication. */
export async function createIssue(actor: Actor, input: { seriesId: string }) {
  requirePermission(actor, "issue.compose");
  return db.$transaction(async (tx) => {
    const series = await tx.series.findFirst({ where: { id: input.seriesId, active: true } });
    if (!series) throw new NotFoundError("没有找到这个刊物");
    const issue = await tx.bulletinIssue.create({ data: { seriesId: series.id, createdById: actor.id } });
    await audit(tx, { actorId: actor.id, action: "issue.create", entityType: "BulletinIssue", entityId: issue.id });
    return issue;
  });
}
