/**
 * 年度先进个人建议名单: the year's persons ranked as 个人积分 ranks them, taken by the conditions the
 * research office sets for the year (top N per group, a minimum of county adoptions, nobody with
 * a 保密 incident), for the commendation document.
 */
import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import type { ShortlistRuleInput } from "@/lib/validation/credit";
import { computePeopleTable } from "./personal";
import { applyShortlist, DEFAULT_SHORTLIST, type ShortlistConditions } from "./personal-figures";
import { issuerName } from "./notices";
import { SECRECY_RULE } from "./record-kinds";
import { renderShortlistDocx, shortlistTitle } from "./shortlist-docx";

/** A node's conditions for a year, or the defaults until its office sets them (`setBy` null). */
async function conditionsOf(nodeId: string, year: number): Promise<ShortlistConditions & { setBy: string | null; setAt: Date | null }> {
  const row = await db.shortlistRule.findUnique({ where: { nodeId_year: { nodeId, year } }, include: { updatedBy: { select: { name: true } } } });
  if (!row) return { ...DEFAULT_SHORTLIST, setBy: null, setAt: null };
  return { topN: row.topN, minAdopted: row.minAdopted, excludeSecrecy: row.excludeSecrecy, setBy: row.updatedBy.name, setAt: row.updatedAt };
}

/**
 * Persons with a 保密 incident in the year: a standing (not reversed) entry of the 保密 rule in
 * their name. Read from the ledger, so an incident recorded in error and 冲销 no longer counts.
 * On any node's ledger, on purpose: an incident the city recorded keeps the person off the
 * county's list too (the list shows only who is on it, never why another is not).
 */
async function secrecyIncidents(year: number): Promise<Set<string>> {
  const rows = await db.$queryRaw<Array<{ userId: string }>>`
    SELECT DISTINCT e."userId" FROM "ScoreEntry" e JOIN "ScoringRule" r ON r.id = e."ruleId"
    WHERE r.code = ${SECRECY_RULE} AND e.year = ${year} AND e."userId" IS NOT NULL AND e."reversalOfId" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "ScoreEntry" x WHERE x."reversalOfId" = e.id)`;
  return new Set(rows.map((r) => r.userId));
}

export async function getShortlist(actor: Actor, year: number) {
  requirePermission(actor, "credit.shortlist");
  const [conditions, table, secrecy] = await Promise.all([conditionsOf(actor.nodeId, year), computePeopleTable(actor.nodeId, { kind: "YEAR", year, index: 1 }), secrecyIncidents(year)]);
  return { year, conditions, lines: applyShortlist(table, conditions, secrecy) };
}

/** The office sets a year's conditions; the change and what it replaced are in the 操作日志. */
export async function setShortlistRule(actor: Actor, input: ShortlistRuleInput) {
  requirePermission(actor, "credit.rules");
  const { year, ...conditions } = input;
  await db.$transaction(async (tx) => {
    const key = { nodeId_year: { nodeId: actor.nodeId, year } };
    const before = await tx.shortlistRule.findUnique({ where: key });
    await tx.shortlistRule.upsert({ where: key, create: { nodeId: actor.nodeId, year, ...conditions, updatedById: actor.id }, update: { ...conditions, updatedById: actor.id } });
    const from = before ? { topN: before.topN, minAdopted: before.minAdopted, excludeSecrecy: before.excludeSecrecy } : null;
    await audit(tx, { actorId: actor.id, action: "shortlist.rule", entityType: "ShortlistRule", entityId: String(year), data: { from, to: conditions } });
  });
}

/** The chosen persons as a Word file, in the department's name, dated today. */
export async function shortlistDocx(actor: Actor, year: number, now = new Date()) {
  const { conditions, lines } = await getShortlist(actor, year);
  const body = await renderShortlistDocx({ year, conditions, lines, issuer: await issuerName(actor), issuedAt: now });
  return { fileName: `${shortlistTitle(year)}.docx`, body: new Uint8Array(body) };
}
