import "server-only";
import { db, type Tx } from "@/lib/db";
import { can, scopeOf, type Actor } from "@/lib/authz/permissions";
import { isUuid } from "@/lib/ids";
import { NotFoundError } from "@/lib/errors";
import { movesFrom, PLACEMENT_MOVES, type PlacementMove, type PlacementStatus } from "./workflow";

/**
 * Whether a report is visible: the own unit sees all of its reports; the county sees a report
 * once the unit's reviewer has confirmed it. Everything else looks missing (404).
 */
export function canSeePlacement(actor: Actor, p: { unitId: string; confirmedAt: Date | null }): boolean {
  const scope = scopeOf(actor, "placement.read");
  if (scope === "all" && p.confirmedAt) return actor.nodeUnitIds.includes(p.unitId);
  return scope !== null && p.unitId === actor.unitId;
}

export async function getPlacementOrThrow(actor: Actor, id: string, client: Tx | typeof db = db) {
  const p = isUuid(id) ? await client.placement.findUnique({ where: { id } }) : null;
  if (!p || !canSeePlacement(actor, p)) throw new NotFoundError("没有找到这份报送");
  return p;
}

/** The moves this person may make on the report now (the page offers these; the use case checks again). */
export function placementMovesFor(actor: Actor, p: { status: PlacementStatus; unitId: string }): PlacementMove[] {
  return movesFrom(p.status).filter((m) => can(actor, PLACEMENT_MOVES[m].permission, p));
}
