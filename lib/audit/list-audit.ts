import "server-only";
import { db } from "@/lib/db";
import { subtreeOf } from "@/lib/units/where";
import { atTopNode } from "@/lib/admin/deployment";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { paginate } from "@/lib/paging";
import { shanghaiDayStart } from "@/lib/time";
import type { AuditParams } from "@/lib/validation/audit";
import { actionLabel, actionsOf, AUDIT_GROUPS, entityLabel } from "./labels";
import { idsIn, readableDetails, type NameBook } from "./details";
import { recordLink } from "./links";
import { audit } from "./index";

export type AuditFilter = Omit<AuditParams, "page">;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The filters as one query, each on an indexed column (actorId, unitId, action, entityType +
 * entityId, ip, each with createdAt), newest first. A person is looked up first, so the log
 * is searched by actor id and not through a join on names.
 */
async function auditWhere(actor: Actor, f: AuditFilter): Promise<Prisma.AuditLogWhereInput> {
  // The administrator's subtree; the rows no unit is known for (a login name nobody has) only at the top of the tree.
  const [units, top] = await Promise.all([db.unit.findMany({ where: subtreeOf(actor.nodeId), select: { id: true } }), atTopNode(actor)]);
  const inSubtree: Prisma.AuditLogWhereInput = { unitId: { in: units.map((u) => u.id) } };
  const and: Prisma.AuditLogWhereInput[] = [top ? { OR: [inSubtree, { unitId: null }] } : inSubtree];
  if (f.who) {
    const people = await db.user.findMany({ where: { OR: [{ name: { contains: f.who } }, { username: f.who }] }, select: { id: true }, take: 200 });
    and.push({
      OR: [
        { actorId: { in: people.map((p) => p.id) } },
        // A failed or refused login has no actor: it names the login that was typed.
        { actorId: null, entityType: "User", entityId: f.who },
      ],
    });
  }
  if (f.unit) and.push({ unitId: f.unit });
  const actions = f.kind ? actionsOf(f.kind) : null;
  if (actions) and.push({ action: actions.length === 1 ? actions[0] : { in: actions } });
  if (f.from || f.to) {
    and.push({
      createdAt: {
        ...(f.from ? { gte: shanghaiDayStart(f.from) } : {}),
        // 止 is inclusive: up to the end of that local day.
        ...(f.to ? { lt: new Date(shanghaiDayStart(f.to).getTime() + DAY_MS) } : {}),
      },
    });
  }
  if (f.type) and.push({ entityType: f.type });
  if (f.id) and.push({ entityId: f.id });
  if (f.ip) and.push({ ip: { startsWith: f.ip } });
  return { AND: and };
}

const ORDER: Prisma.AuditLogOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];
const INCLUDE = { actor: { select: { name: true, username: true } }, unit: { select: { name: true } } } as const;
type Row = Prisma.AuditLogGetPayload<{ include: typeof INCLUDE }>;

export const AUDIT_PAGE_SIZE = 50;
/**
 * Counting a million rows takes longer than reading a page: the count stops here, and the
 * page says "more than" (nobody pages through 200 pages; they narrow the filter).
 */
export const AUDIT_COUNT_CAP = 10_000;

/** 操作日志: who did what to which record, when, from where, filtered and paged. */
export async function listAudit(actor: Actor, params: AuditParams) {
  requirePermission(actor, "audit.read");
  const where = await auditWhere(actor, params);
  const page = await paginate(
    params.page,
    // Ordered like the indexes (Prisma would otherwise sort every match by id before the limit).
    () => db.auditLog.count({ where, take: AUDIT_COUNT_CAP, orderBy: { createdAt: "desc" } }),
    (skip, take) => db.auditLog.findMany({ where, orderBy: ORDER, include: INCLUDE, skip, take }),
    AUDIT_PAGE_SIZE,
  );
  return { ...page, capped: page.total >= AUDIT_COUNT_CAP, rows: await present(actor, page.rows) };
}

/** The most rows one Excel file holds; more means a narrower filter (the page says so). */
export const AUDIT_EXPORT_LIMIT = 20_000;

/**
 * The filtered rows for the Excel file, newest first, at most AUDIT_EXPORT_LIMIT. The export
 * is itself audited: a copy of the trail left the system.
 */
export async function exportAudit(actor: Actor, filter: AuditFilter) {
  requirePermission(actor, "audit.read");
  const where = await auditWhere(actor, filter);
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({ where, orderBy: ORDER, include: INCLUDE, take: AUDIT_EXPORT_LIMIT }),
  ]);
  const filters = exportedFilters(filter);
  await db.$transaction((tx) => audit(tx, { actorId: actor.id, action: "audit.export", entityType: "AuditLog", entityId: "导出", data: { rows: rows.length, ...filters } }));
  const unit = filter.unit ? await db.unit.findFirst({ where: { id: filter.unit, ...subtreeOf(actor.nodeId) }, select: { id: true, name: true } }) : null;
  const filterText = readableDetails("AuditLog", filters, new Map(unit ? [[unit.id, unit.name]] : []))
    .map((d) => `${d.label}：${d.value}`)
    .join("；");
  return { total, filterText, rows: await present(actor, rows) };
}

/** The filters of an export as its audit row keeps them, in words where the filter is a code. */
function exportedFilters(f: AuditFilter) {
  const kind = f.kind ? (AUDIT_GROUPS.find((g) => g.key === f.kind)?.label ?? actionLabel(f.kind)) : undefined;
  const named = { person: f.who, unitId: f.unit, actionFilter: kind, fromDate: f.from, toDate: f.to, recordType: f.type && entityLabel(f.type), recordId: f.id, addressFilter: f.ip };
  return Object.fromEntries(Object.entries(named).filter(([, v]) => v));
}

export type AuditRow = Awaited<ReturnType<typeof present>>[number];

async function present(viewer: Actor, rows: Row[]) {
  const names = await nameBook(rows);
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    actorName: r.actor?.name ?? (r.action.startsWith("auth.") ? "（未登录）" : "系统"),
    actorUsername: r.actor?.username ?? null,
    unitName: r.unit?.name ?? null,
    action: r.action,
    actionLabel: actionLabel(r.action),
    entityType: r.entityType,
    entityLabel: entityLabel(r.entityType),
    entityId: r.entityId,
    entityName: r.entityType === "User" || r.entityType === "Unit" ? (names.get(r.entityId) ?? null) : null,
    href: recordLink(viewer, r.entityType, r.entityId, r.data),
    ip: r.ip,
    userAgent: r.userAgent,
    details: readableDetails(r.entityType, withoutSource(r), names),
  }));
}

/**
 * Login rows carry the address and browser in their data as well (lib/auth/login.ts): shown
 * once, in the address column.
 */
function withoutSource(r: Row): unknown {
  if (!r.data || typeof r.data !== "object" || Array.isArray(r.data)) return r.data;
  const { address, userAgent, ...rest } = r.data as Record<string, unknown>;
  const same = (value: unknown, column: string | null) => value == null || (typeof value === "string" && !!column?.startsWith(value));
  return { ...rest, ...(same(address, r.ip) ? {} : { address }), ...(same(userAgent, r.userAgent) ? {} : { userAgent }) };
}

/** Unit and person names for the ids a page of rows mentions, in two queries. */
async function nameBook(rows: Row[]): Promise<NameBook> {
  const ids = new Set<string>();
  for (const r of rows) {
    idsIn(r.data, ids);
    if (r.entityType === "User" || r.entityType === "Unit") idsIn(r.entityId, ids);
  }
  if (ids.size === 0) return new Map();
  const list = [...ids];
  const [units, users] = await Promise.all([
    db.unit.findMany({ where: { id: { in: list } }, select: { id: true, name: true } }),
    db.user.findMany({ where: { id: { in: list } }, select: { id: true, name: true, username: true } }),
  ]);
  return new Map([...units.map((u) => [u.id, u.name] as const), ...users.map((u) => [u.id, `${u.name}（${u.username}）`] as const)]);
}

/** The units the 单位 filter offers: the administrator's subtree, the disabled ones too (their history stays). */
export async function listAuditUnits(actor: Actor) {
  requirePermission(actor, "audit.read");
  return db.unit.findMany({ where: subtreeOf(actor.nodeId), orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, active: true } });
}
