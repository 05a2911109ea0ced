/**
 * 导入单位与人员: preview (what the file would create, change or leave alone, and every
 * problem at its cell) and apply (exactly what the preview showed, in one transaction,
 * audited). New accounts get random initial passwords, returned once for 账号通知单 and
 * never stored in plain text; they must be changed at the first login.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { audit, auditMany, type AuditEntry } from "@/lib/audit";
import { requirePermission, type Actor, type Role } from "@/lib/authz/permissions";
import { currentSecurityRules } from "@/lib/auth/security-settings";
import { ConflictError, ValidationError } from "@/lib/errors";
import { notify, unitUserIds } from "@/lib/notifications/notify";
import { latestFiled } from "@/lib/planning/roster";
import { subtreeOf } from "@/lib/units/where";
import { shanghaiDate } from "@/lib/time";
import { assertSafeXlsx } from "./xlsx-guard";
import { loadWorkbook, planImport, type Existing, type ImportPlan } from "./plan";
import { hashAll, randomPassword } from "./passwords";
import type { UnitPlan } from "./plan-units";
import type { Slip } from "./slips-pdf";

export type Upload = { fileName: string; bytes: Buffer };

/** The administrator's subtree (their 组织部 and everything below), and the names taken outside it. */
export async function loadExisting(actor: Pick<Actor, "nodeId">, client: Tx | typeof db = db): Promise<Existing> {
  const inside = subtreeOf(actor.nodeId);
  const [units, users, roster, home, namesElsewhere, usernamesElsewhere] = await Promise.all([
    client.unit.findMany({ where: inside, select: { id: true, name: true, kind: true, rankGroup: true, parentId: true, sortOrder: true } }),
    client.user.findMany({ where: { unit: inside }, select: { id: true, username: true, name: true, unitId: true, roles: true, phone: true, active: true } }),
    latestFiled(client),
    client.unit.findUniqueOrThrow({ where: { id: actor.nodeId }, select: { name: true, kind: true } }),
    client.unit.findMany({ where: { NOT: inside }, select: { name: true } }),
    client.user.findMany({ where: { unit: { NOT: inside } }, select: { username: true } }),
  ]);
  return {
    units,
    users,
    roster: new Map([...roster].map(([unitId, r]) => [unitId, { officerId: r.officerId, phone: r.phone }])),
    scope: { home, takenElsewhere: new Set(namesElsewhere.map((u) => u.name)) },
    usernamesElsewhere: new Set(usernamesElsewhere.map((u) => u.username)),
  };
}

export async function previewPeopleImport(actor: Actor, upload: Upload): Promise<ImportPlan> {
  requirePermission(actor, "people.import");
  const wb = await loadWorkbook(await assertSafeXlsx(upload.fileName, upload.bytes));
  return planImport(wb, await loadExisting(actor), actor.id);
}

export type ApplyResult = { counts: ImportPlan["counts"]; slips: Slip[] };

/**
 * Applies the file if it still plans exactly what the preview (its digest) showed; otherwise
 * nothing changes and the administrator previews again. `onProgress` hears of the slow part,
 * hashing the new accounts' passwords.
 */
export async function applyPeopleImport(
  actor: Actor,
  upload: Upload & { digest: string },
  onProgress?: (done: number, total: number) => void,
): Promise<ApplyResult> {
  requirePermission(actor, "people.import");
  const wb = await loadWorkbook(await assertSafeXlsx(upload.fileName, upload.bytes));
  const first = planImport(wb, await loadExisting(actor), actor.id);
  if (first.issues.length > 0) throw new ValidationError({ file: "文件还有问题，请先改正" }, "文件还有问题，请改正后重新预览");
  if (first.digest !== upload.digest) throw new ConflictError("预览之后系统里的单位或账号有了变化，请重新预览后再导入");

  const created = first.people.filter((p) => p.action === "create");
  const { passwordMinLength } = await currentSecurityRules();
  const passwords = created.map((p) => randomPassword(p.username, passwordMinLength));
  const hashes = await hashAll(passwords, (done) => onProgress?.(done, created.length));
  const hashOf = new Map(created.map((p, i) => [p.username, hashes[i]]));

  return db.$transaction(
    async (tx) => {
      // One import at a time; the plan is made again under the lock, and must not have moved.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('onboarding.people'))`;
      const plan = planImport(wb, await loadExisting(actor, tx), actor.id);
      if (plan.digest !== upload.digest || plan.issues.length > 0) throw new ConflictError("预览之后系统里的单位或账号有了变化，请重新预览后再导入");
      const unitIds = await applyUnits(tx, plan.units, actor, (await tx.unit.findMany({ select: { id: true, name: true } })));
      const entries: AuditEntry[] = [];
      const now = new Date();

      const newUsers = plan.people.filter((p) => p.action === "create").map((p) => ({ id: randomUUID(), ...p }));
      await tx.user.createMany({
        data: newUsers.map((p) => ({
          id: p.id,
          username: p.username,
          name: p.name,
          unitId: unitIds.get(p.unit)!,
          roles: p.roles,
          phone: p.phone || null,
          passwordHash: hashOf.get(p.username)!,
          mustChangePassword: true,
          passwordChangedAt: now,
        })),
      });
      for (const p of newUsers) entries.push({ actorId: actor.id, action: "user.create", entityType: "User", entityId: p.id, data: { roles: p.roles, unitId: unitIds.get(p.unit)!, file: upload.fileName } });

      const ids = new Map((await tx.user.findMany({ where: { username: { in: plan.people.map((p) => p.username) } }, select: { id: true, username: true } })).map((u) => [u.username, u.id]));
      for (const p of plan.people.filter((p) => p.action === "update")) {
        const fields = new Set(p.changes.map((c) => c.field));
        await tx.user.update({
          where: { id: ids.get(p.username)! },
          data: {
            ...(fields.has("姓名") ? { name: p.name } : {}),
            ...(fields.has("所在单位") ? { unitId: unitIds.get(p.unit)! } : {}),
            ...(fields.has("角色") ? { roles: p.roles as Role[] } : {}),
            ...(fields.has("手机") ? { phone: p.phone || null } : {}),
          },
        });
        entries.push({ actorId: actor.id, action: "user.update", entityType: "User", entityId: ids.get(p.username)!, data: { changes: p.changes, file: upload.fileName } });
      }

      const filings = plan.people.filter((p) => p.file);
      const effectiveOn = new Date(shanghaiDate(now));
      for (const p of filings) {
        const change = await tx.rosterChange.create({
          data: { unitId: unitIds.get(p.unit)!, officerId: ids.get(p.username)!, officerName: p.name, phone: p.phone, reason: `导入名单（${upload.fileName}）`, effectiveOn, filedById: actor.id },
        });
        entries.push({ actorId: actor.id, action: "roster.file", entityType: "RosterChange", entityId: change.id, data: { unitId: change.unitId, to: p.name, reason: change.reason } });
      }
      await auditMany(tx, entries);
      const summary = await audit(tx, { actorId: actor.id, action: "onboarding.people", entityType: "PeopleImport", entityId: randomUUID(), data: { file: upload.fileName, ...plan.counts } });
      if (filings.length > 0) {
        const editors = (await unitUserIds(tx, actor.nodeId, ["EDITOR"])).filter((id) => id !== actor.id);
        await notify(tx, editors, { kind: "ROSTER_CHANGED", title: `导入名单备案了${filings.length}个单位的专职信息员`, body: upload.fileName, href: "/roster", key: `roster-import:${summary.entityId}` });
      }

      const order = new Map((await tx.unit.findMany({ select: { name: true, sortOrder: true } })).map((u) => [u.name, u.sortOrder]));
      const slips = created
        .map((p, i) => ({ unit: p.unit, name: p.name, username: p.username, password: passwords[i], sort: order.get(p.unit) ?? 0 }))
        .sort((a, b) => a.sort - b.sort || a.unit.localeCompare(b.unit, "zh") || a.username.localeCompare(b.username))
        .map(({ sort: _sort, ...s }) => s);
      return { counts: plan.counts, slips };
    },
    { timeout: 120_000 },
  );
}

/** Creates new units parents first, updates changed ones; returns every unit's id by name. */
async function applyUnits(tx: Tx, plans: UnitPlan[], actor: Actor, known: Array<{ id: string; name: string }>) {
  const ids = new Map(known.map((u) => [u.name, u.id]));
  const entries: AuditEntry[] = [];
  let pending = plans.filter((u) => u.action === "create");
  while (pending.length > 0) {
    const ready = pending.filter((u) => !u.parent || ids.has(u.parent));
    // The plan refused cycles and unknown parents, so every round creates at least one unit.
    if (ready.length === 0) throw new Error("unit tree could not be ordered");
    for (const u of ready) {
      const unit = await tx.unit.create({ data: { name: u.name, kind: u.kind, rankGroup: u.rankGroup, parentId: u.parent ? ids.get(u.parent)! : null, sortOrder: u.sortOrder } });
      ids.set(unit.name, unit.id);
      entries.push({ actorId: actor.id, action: "unit.create", entityType: "Unit", entityId: unit.id, data: { name: unit.name, kind: unit.kind } });
    }
    pending = pending.filter((u) => !ready.includes(u));
  }
  for (const u of plans.filter((p) => p.action === "update")) {
    const id = ids.get(u.name)!;
    // Only what changed: the administrator's own 组织部 keeps its place above, which the plan does not see.
    const fields = new Set(u.changes.map((c) => c.field));
    await tx.unit.update({
      where: { id },
      data: {
        ...(fields.has("类别") ? { kind: u.kind } : {}),
        ...(fields.has("排名分组") ? { rankGroup: u.rankGroup } : {}),
        ...(fields.has("上级单位") ? { parentId: u.parent ? ids.get(u.parent)! : null } : {}),
        ...(fields.has("排序") ? { sortOrder: u.sortOrder } : {}),
      },
    });
    entries.push({ actorId: actor.id, action: "unit.update", entityType: "Unit", entityId: id, data: { changes: u.changes } });
  }
  await auditMany(tx, entries);
  return ids;
}
