/**
 * 留意表述清单: the shipped default list (lib/checks/watch-list-data.ts) merged with the
 * administrator's choices. A row in WatchTerm either switches a default entry (its reason and
 * suggestion stay the data file's) or is an entry of the county's own. Every change is audited.
 */
import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { requireDeploymentAdmin } from "@/lib/admin/deployment";
import { uniqueOr, ValidationError } from "@/lib/errors";
import type { WatchEntry } from "@/lib/checks/watch-list-data";
import { CUSTOM_GROUP, DEFAULT_WATCH_TERMS } from "@/lib/checks/watch-list-data";

export type WatchTermRow = WatchEntry & { group: string; enabled: boolean; builtin: boolean };

async function allTerms(): Promise<WatchTermRow[]> {
  const rows = await db.watchTerm.findMany();
  const byTerm = new Map(rows.map((r) => [r.term, r]));
  const builtin = DEFAULT_WATCH_TERMS.map((d) => ({ ...d, enabled: byTerm.get(d.term)?.enabled ?? true, builtin: true }));
  const defaults = new Set(DEFAULT_WATCH_TERMS.map((d) => d.term));
  const own = rows
    .filter((r) => !defaults.has(r.term))
    .sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime() || a.term.localeCompare(b.term))
    .map((r) => ({ term: r.term, why: r.why, suggestion: r.suggestion, group: CUSTOM_GROUP.code, enabled: r.enabled, builtin: false }));
  return [...builtin, ...own];
}

/** The switched-on entries, for the checks the reviewers and the office see. */
export async function loadWatchList(): Promise<WatchEntry[]> {
  return (await allTerms()).filter((t) => t.enabled).map(({ term, why, suggestion }) => ({ term, why, suggestion }));
}

export async function listWatchTerms(actor: Actor, opts: { q?: string } = {}) {
  requirePermission(actor, "admin.manage");
  const q = opts.q?.trim();
  const rows = await allTerms();
  return q ? rows.filter((r) => r.term.includes(q) || r.why.includes(q) || r.suggestion.includes(q)) : rows;
}

export async function setWatchTermEnabled(actor: Actor, input: { term: string; enabled: boolean }) {
  await requireDeploymentAdmin(actor);
  const builtin = DEFAULT_WATCH_TERMS.find((d) => d.term === input.term);
  await db.$transaction(async (tx) => {
    const own = await tx.watchTerm.findUnique({ where: { term: input.term } });
    if (!builtin && !own) throw new ValidationError({ term: "清单里没有这一条" });
    await tx.watchTerm.upsert({
      where: { term: input.term },
      create: { term: input.term, group: builtin!.group, enabled: input.enabled, updatedById: actor.id },
      update: { enabled: input.enabled, updatedById: actor.id },
    });
    await audit(tx, { actorId: actor.id, action: input.enabled ? "watch.enable" : "watch.disable", entityType: "WatchTerm", entityId: input.term, data: { builtin: !!builtin } });
  });
}

export async function addWatchTerm(actor: Actor, input: WatchEntry) {
  await requireDeploymentAdmin(actor);
  if (DEFAULT_WATCH_TERMS.some((d) => d.term === input.term)) throw new ValidationError({ term: "默认清单里已有这一条，可在下面直接启用或停用" });
  await db.$transaction(async (tx) => {
    await uniqueOr(tx.watchTerm.create({ data: { ...input, group: CUSTOM_GROUP.code, enabled: true, updatedById: actor.id } }), { term: "清单里已有这一条" });
    await audit(tx, { actorId: actor.id, action: "watch.add", entityType: "WatchTerm", entityId: input.term, data: input });
  });
}
