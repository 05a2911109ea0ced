/**
 * 导出单位与人员: the units, the active accounts (never a password hash) and the roster in
 * the import template, so the file can be corrected and imported again with no changes.
 * The export itself is audited.
 */
import "server-only";
import { db } from "@/lib/db";
import { subtreeOf } from "@/lib/units/where";
import { audit } from "@/lib/audit";
import { requirePermission, ROLE_LABELS, ROLES, type Actor } from "@/lib/authz/permissions";
import { formatDateTime, formatIsoDate } from "@/lib/time";
import { latestFiled } from "@/lib/planning/roster";
import { renderOnboardingWorkbook } from "./template";

export async function exportPeopleWorkbook(actor: Actor): Promise<Buffer> {
  requirePermission(actor, "people.import");
  const [units, users, filed, history] = await Promise.all([
    db.unit.findMany({ where: { active: true, ...subtreeOf(actor.nodeId) }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }),
    db.user.findMany({ where: { active: true, unit: { active: true, ...subtreeOf(actor.nodeId) } }, select: { id: true, name: true, username: true, unitId: true, roles: true, phone: true } }),
    latestFiled(),
    db.rosterChange.findMany({ where: { unit: subtreeOf(actor.nodeId) }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { unit: { select: { name: true } } } }),
  ]);
  const nameOf = new Map(units.map((u) => [u.id, u.name]));
  const order = new Map(units.map((u, i) => [u.id, i]));
  const fullTime = new Set([...filed.values()].map((r) => r.officerId).filter(Boolean));
  // Names and phone numbers leave the system: the export is logged like the 操作日志's own.
  await db.$transaction((tx) => audit(tx, { actorId: actor.id, action: "onboarding.export", entityType: "PeopleImport", entityId: "导出", data: { units: units.length, people: users.length } }));
  return renderOnboardingWorkbook({
    units: units.map((u) => ({ name: u.name, kind: u.kind, group: u.rankGroup, parent: u.parentId ? (nameOf.get(u.parentId) ?? "") : "", sortOrder: u.sortOrder })),
    people: users
      .sort((a, b) => order.get(a.unitId)! - order.get(b.unitId)! || a.username.localeCompare(b.username))
      .map((u) => ({
        name: u.name,
        username: u.username,
        unit: nameOf.get(u.unitId)!,
        roles: ROLES.filter((r) => u.roles.includes(r)).map((r) => ROLE_LABELS[r]),
        phone: u.phone ?? "",
        fullTime: fullTime.has(u.id),
      })),
    roster: history.map((r) => ({
      unit: r.unit.name,
      officer: r.officerName,
      phone: r.phone,
      effectiveOn: formatIsoDate(r.effectiveOn),
      reason: r.reason,
      filedAt: formatDateTime(r.createdAt),
    })),
  });
}
