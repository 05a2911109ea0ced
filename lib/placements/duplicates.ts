/**
 * Catches the same article reported twice, by one unit or by two, and an article the research
 * office already entered by hand (积分登记). Run inside the transaction that writes; the
 * partial unique index placement_same_article stops two reports that arrive at once.
 */
import "server-only";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/authz/permissions";
import { ValidationError } from "@/lib/errors";
import { formatIsoDate, shanghaiDate } from "@/lib/time";
import { articleKey } from "./article-key";
import { LIVE_STATUSES, PLACEMENT_STATUS_LABELS } from "./workflow";

export const DUPLICATE_OTHER_UNIT = "这篇文章已由其他单位报送过。几个单位合写的文章，请商定由一个单位报送";

export async function assertNotReported(tx: Tx, actor: Actor, p: { kind: "MEDIA" | "COMMENTARY"; articleKey: string; publishedOn: Date; excludeId?: string }) {
  const same = await tx.placement.findFirst({
    where: { articleKey: p.articleKey, status: { in: [...LIVE_STATUSES] }, ...(p.excludeId ? { id: { not: p.excludeId } } : {}) },
    select: { unitId: true, status: true, createdAt: true },
  });
  if (same) {
    const message =
      same.unitId === actor.unitId
        ? `本单位${shanghaiDate(same.createdAt)}已报送过这篇文章（${PLACEMENT_STATUS_LABELS[same.status]}），不要重复报送`
        : DUPLICATE_OTHER_UNIT;
    throw new ValidationError({ title: message }, message);
  }
  const records = await tx.scoreRecord.findMany({
    where: { kind: p.kind, occurredOn: p.publishedOn, reversedAt: null },
    select: { title: true, outlet: true, occurredOn: true },
  });
  if (records.some((r) => articleKey({ title: r.title, medium: r.outlet, publishedOn: formatIsoDate(r.occurredOn) }) === p.articleKey)) {
    const message = "研究室已经登记过这篇文章并记了分，不用再报送";
    throw new ValidationError({ title: message }, message);
  }
}
