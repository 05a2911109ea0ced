/**
 * 报送: a unit's officer (or reviewer) reports an article the unit placed in a medium, or a
 * 网评文章, with its evidence. The unit comes from the actor, never from the form.
 */
import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { uniqueOr } from "@/lib/errors";
import { notify, unitUserIds } from "@/lib/notifications/notify";
import { quote } from "@/lib/quote";
import type { PlacementInput } from "@/lib/validation/placement";
import { articleKey } from "./article-key";
import { assertNotReported, DUPLICATE_OTHER_UNIT } from "./duplicates";
import { checkEvidence, type EvidenceFile } from "./evidence";

export async function reportPlacement(actor: Actor, input: PlacementInput, evidence: EvidenceFile | null = null) {
  requirePermission(actor, "placement.report", { unitId: actor.unitId });
  const file = evidence ? checkEvidence(evidence) : null;
  const key = articleKey(input);
  const publishedOn = new Date(input.publishedOn);
  return db.$transaction(async (tx) => {
    await assertNotReported(tx, actor, { kind: input.kind, articleKey: key, publishedOn });
    const placement = await uniqueOr(
      tx.placement.create({
        data: {
          kind: input.kind,
          unitId: actor.unitId,
          reportedById: actor.id,
          title: input.title,
          medium: input.medium,
          level: input.level,
          publishedOn,
          section: input.section,
          frontPage: input.frontPage,
          keyPage: input.keyPage,
          wordCount: input.wordCount,
          link: input.link,
          articleKey: key,
          ...(file ? { evidence: { create: file } } : {}),
        },
      }),
      { title: DUPLICATE_OTHER_UNIT },
    );
    await tx.placementEvent.create({ data: { placementId: placement.id, actorId: actor.id, action: "REPORT", fromStatus: null, toStatus: "REPORTED" } });
    await notify(tx, (await unitUserIds(tx, actor.unitId, ["REVIEWER"])).filter((id) => id !== actor.id), {
      kind: "PLACEMENT",
      title: `${quote(input.title)}（${input.medium}）已报送，请确认`,
      href: `/placements/${placement.id}`,
      key: `placement:${placement.id}:reported`,
    });
    await audit(tx, {
      actorId: actor.id,
      action: "placement.report",
      entityType: "Placement",
      entityId: placement.id,
      data: { kind: input.kind, level: input.level, medium: input.medium, title: input.title, evidence: file ? file.contentType : input.link ? "link" : null },
    });
    return placement;
  });
}
