/**
 * The similarity index as the administrator sees it on 稿件检查设置: how far its background
 * build is, and a full rebuild on request (the worker starts it within a minute).
 */
import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { requireDeploymentAdmin } from "@/lib/admin/deployment";
import { ConflictError } from "@/lib/errors";
import { indexBuildStatus, requestIndexBuild } from "@/lib/similarity/build";

export async function similarityIndexStatus(actor: Actor) {
  requirePermission(actor, "admin.manage");
  return indexBuildStatus();
}

export async function rebuildSimilarityIndex(actor: Actor, now = new Date()): Promise<void> {
  await requireDeploymentAdmin(actor);
  await db.$transaction(async (tx) => {
    const [running] = await tx.$queryRaw<Array<{ finishedAt: Date | null }>>`
      SELECT "finishedAt" FROM "SimilarityIndexBuild" WHERE id = 1 FOR UPDATE`;
    if (running && running.finishedAt === null) throw new ConflictError("相似度索引正在建立，建完后才能重建");
    await requestIndexBuild(tx, now);
    await audit(tx, { actorId: actor.id, action: "similarity.rebuild", entityType: "SimilarityIndexBuild", entityId: "1" });
  });
}
