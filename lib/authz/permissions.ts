/**
 * Role -> permission table. "self" means only records about the actor as a person (their own
 * 个人积分); "unit" means only records of the actor's own unit; "all" means every unit of the
 * actor's node: the 组织部 (编辑部) the actor works in or reports to, and the units reporting to
 * it. A city's office sees its counties' departments, 市直单位 and 科室, not the townships below a
 * county: those report to the county. Anything not listed is refused.
 */
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { Role as RoleEnum } from "@/lib/generated/prisma/enums";
import type { DeskKind } from "@/lib/units/labels";

export const ROLES = Object.values(RoleEnum);
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  OFFICER: "信息员",
  REVIEWER: "组织委员",
  EDITOR: "研究室编辑",
  LEADER: "部领导",
  ADMIN: "系统管理员",
};

export type Permission =
  | "draft.read" // read drafts (county roles: only drafts that reached the county)
  | "draft.write" // create and edit the unit's own drafts
  | "draft.submit" // submit / withdraw
  | "draft.review" // approve or return before the county
  | "draft.decide" // county: edit, return, decline, adopt
  | "draft.sendOwn" // 研究室：把本部门自己写的稿件直接报送上级（组织部自己没有组织委员审核）
  | "issue.compose" // compose issues, send them for sign-off
  | "issue.signoff" // 签发 or send back
  | "issue.publish"
  | "issue.void" // 作废 a published issue
  | "issue.read"
  | "issue.readBelow" // 下级各组织部已发布的期刊（只读）
  | "series.manage" // series settings: masthead, 版记, sign-off
  | "scores.read"
  | "scores.readBelow" // 下级各组织部的积分排名（只读）
  | "scores.own" // 本单位的得分、名次、得分明细
  | "scores.record" // 研究室：登记上级采用、媒体发稿、网评文章、扣分和领导批示，每一类
  | "scores.instruction" // 登记领导批示（部领导只登记这一类）
  | "scores.reverse" // 研究室：冲销一条登记
  | "scores.notice" // 研究室：发布月度、季度、年度通报
  | "plan.read" // 信息计划：本单位收到的，或全县的（研究室还看未发布的）
  | "plan.manage" // 研究室：编写、发布信息计划
  | "commission.read" // 约稿：本单位的那一份，或全县每个单位的
  | "commission.manage" // 研究室：约稿、撤销约稿
  | "commission.assign" // 组织委员：把约稿交给信息员、给信息员点题
  | "topic.read" // 点题：信息员看交给自己的，组织委员看本单位的，研究室和部领导看全县的
  | "quota.read" // 报送任务和完成情况：本单位的，或全县的
  | "quota.manage" // 研究室：定各单位的报送任务，看全县本月未报送的单位（待办）
  | "roster.read" // 信息员名册：本单位的备案记录，或全县名册
  | "roster.file" // 专职信息员变更备案
  | "urgent.read" // 紧急信息：本单位的，或全县的（含超时未报的提醒）
  | "urgent.report" // 报告紧急情况（开一件紧急信息）
  | "urgent.manage" // 研究室：登记电话报告、办结紧急信息
  | "placement.read" // 媒体发稿和网评的报送：看本单位的，或全县已确认的
  | "placement.report" // 本单位报送媒体发稿、网评文章
  | "placement.confirm" // 组织委员：确认本单位的报送，或退回
  | "placement.verify" // 研究室：核实记分，或写明原因不予记分
  | "training.own" // 本人的培训记录：参加的培训、传帮带、收到的改稿说明
  | "training.read" // 人员的培训记录：本单位的人，或全县（培训、传帮带名单只给全县范围）
  | "training.manage" // 研究室：登记培训和参训人员、上传材料、传帮带结对、发改稿说明
  | "admin.manage"
  | "people.import" // 导入单位与人员、打印账号通知单（重置密码）、导出单位与人员
  | "figures.import" // 导入往年各单位数字（期初台账）
  | "audit.read" // 操作日志: read and export the whole audit trail (logins, addresses)
  | "credit.read" // 个人积分: 信息员看自己的，组织委员看本单位人员的，研究室和部领导看全县的
  | "credit.shortlist" // 年度先进个人建议名单：查看、导出 Word
  | "credit.rules"; // 研究室：设置年度先进个人的推荐条件

/** Narrowest first: a wider scope includes the narrower ones. */
export const SCOPES = ["self", "unit", "all"] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * What a permission is checked against: the unit a record belongs to and, for records about a
 * person, that person (their account's current unit is the record's unit).
 */
export type ScopedRecord = { unitId: string; userId?: string };

export const PERMISSIONS: Record<Role, Partial<Record<Permission, Scope>>> = {
  OFFICER: {
    "draft.read": "unit",
    "draft.write": "unit",
    "draft.submit": "unit",
    "issue.read": "all",
    "scores.own": "unit",
    "plan.read": "unit",
    "commission.read": "unit",
    "topic.read": "self",
    "quota.read": "unit",
    "roster.read": "unit",
    "urgent.read": "unit",
    "urgent.report": "unit",
    "placement.read": "unit",
    "placement.report": "unit",
    "training.own": "unit",
    "credit.read": "self",
  },
  REVIEWER: {
    "draft.read": "unit",
    "draft.review": "unit",
    "issue.read": "all",
    "scores.own": "unit",
    "plan.read": "unit",
    "commission.read": "unit",
    "commission.assign": "unit",
    "topic.read": "unit",
    "quota.read": "unit",
    "roster.read": "unit",
    "roster.file": "unit",
    "urgent.read": "unit",
    "urgent.report": "unit",
    "placement.read": "unit",
    "placement.report": "unit",
    "placement.confirm": "unit",
    "training.own": "unit",
    "training.read": "unit",
    "credit.read": "unit",
  },
  EDITOR: {
    "draft.read": "all",
    // The office's own pieces (综合信息), written in the 组织部's own unit and sent to the desk above.
    "draft.write": "unit",
    "draft.sendOwn": "unit",
    "draft.decide": "all",
    "issue.compose": "all",
    "issue.publish": "all",
    "issue.void": "all",
    "issue.read": "all",
    "issue.readBelow": "all",
    "series.manage": "all",
    "scores.read": "all",
    "scores.readBelow": "all",
    "scores.record": "all",
    "scores.instruction": "all",
    "scores.reverse": "all",
    "scores.notice": "all",
    "plan.read": "all",
    "plan.manage": "all",
    "commission.read": "all",
    "commission.manage": "all",
    "topic.read": "all",
    "quota.read": "all",
    "quota.manage": "all",
    "roster.read": "all",
    "roster.file": "all",
    "urgent.read": "all",
    "urgent.report": "all",
    "urgent.manage": "all",
    "placement.read": "all",
    "placement.verify": "all",
    "figures.import": "all",
    "training.read": "all",
    "training.manage": "all",
    "credit.read": "all",
    "credit.shortlist": "all",
    "credit.rules": "all",
  },
  LEADER: {
    "draft.read": "all",
    "issue.read": "all",
    "issue.readBelow": "all",
    "issue.signoff": "all",
    "scores.read": "all",
    "scores.readBelow": "all",
    // Leaders record the instructions they or others gave; the other kinds are the office's.
    "scores.instruction": "all",
    "plan.read": "all",
    "commission.read": "all",
    "topic.read": "all",
    "quota.read": "all",
    "roster.read": "all",
    "urgent.read": "all",
    "placement.read": "all",
    "training.read": "all",
    "credit.read": "all",
    "credit.shortlist": "all",
  },
  // 操作日志 only for the administrator: it shows every account's logins and addresses, which
  // the office and the leaders do not need for their work (each record's own history does).
  ADMIN: { "issue.read": "all", "series.manage": "all", "admin.manage": "all", "people.import": "all", "audit.read": "all" },
};

export type Actor = {
  id: string;
  roles: readonly Role[];
  unitId: string;
  /** The 编辑部 the actor belongs to: their unit when it is a 组织部, else the one it reports to. */
  nodeId: string;
  /** The node's level (县、市、省委组织部): what its pages and notices call it. */
  nodeKind: DeskKind;
  /** The node's units: the 组织部 itself and every unit reporting to it. Scope "all" covers these. */
  nodeUnitIds: readonly string[];
};

/** The widest scope any of the actor's roles gives for a permission. */
export function scopeOf(actor: Pick<Actor, "roles">, permission: Permission): Scope | null {
  let best = -1;
  for (const role of actor.roles) {
    const scope = PERMISSIONS[role]?.[permission];
    if (scope) best = Math.max(best, SCOPES.indexOf(scope));
  }
  return best < 0 ? null : SCOPES[best];
}

/**
 * Decisions of a desk: they cover the units reporting to the node, not the node's own unit.
 * A lower 组织部's unit is one of the units of the node above, so the records that node keeps
 * about it (its drafts sent up, 报送上级, the adopted copies and issues made of them, the
 * 积分登记, 往年数字, 紧急信息 and 信息员备案 the node above holds for it) carry its unit too: the desk above
 * decides them, never the 组织部 itself.
 */
const DESK_DECISIONS: readonly Permission[] = ["draft.decide", "issue.compose", "issue.publish", "scores.record", "scores.reverse", "figures.import", "urgent.manage", "roster.file"];

/** Whether a record lies within a scope: the node's, the actor's unit's, or the actor's own. */
function covers(actor: Actor, scope: Scope, record: ScopedRecord): boolean {
  if (scope === "all") return actor.nodeUnitIds.includes(record.unitId);
  if (scope === "unit") return record.unitId === actor.unitId;
  return record.userId === actor.id;
}

/**
 * The permission that reads the records another acts on: who may read a record but not act on
 * it is told 403 (a leader before a draft in the pool), who may not even read it 404.
 */
const READ_OF: Partial<Record<Permission, Permission>> = {
  "draft.write": "draft.read",
  "draft.submit": "draft.read",
  "draft.review": "draft.read",
  "draft.decide": "draft.read",
  "draft.sendOwn": "draft.read",
  "issue.compose": "issue.read",
  "issue.signoff": "issue.read",
  "issue.publish": "issue.read",
  "issue.void": "issue.read",
  "scores.record": "scores.read",
  "scores.reverse": "scores.read",
  "plan.manage": "plan.read",
  "commission.manage": "commission.read",
  "commission.assign": "commission.read",
  "quota.manage": "quota.read",
  "roster.file": "roster.read",
  "urgent.manage": "urgent.read",
  "placement.confirm": "placement.read",
  "placement.verify": "placement.read",
  "training.manage": "training.read",
};

/** Whether the actor sees a record they may not act on: by its reading permission, or (none named) in their own unit. */
function seesRecord(actor: Actor, permission: Permission, record: ScopedRecord): boolean {
  const read = READ_OF[permission];
  if (!read) return record.unitId === actor.unitId;
  const scope = scopeOf(actor, read);
  return !!scope && covers(actor, scope, record);
}

/** A desk's decision on its own 组织部's record: the node sees it, the desk above decides it. */
const decidedAbove = (actor: Actor, record: ScopedRecord, permission: Permission) => DESK_DECISIONS.includes(permission) && record.unitId === actor.nodeId;

export function can(actor: Actor, permission: Permission, record?: ScopedRecord): boolean {
  const scope = scopeOf(actor, permission);
  if (!scope) return false;
  return !record || (covers(actor, scope, record) && !decidedAbove(actor, record, permission));
}

/** Whether the actor holds the permission for every unit of their node, not only their own unit or person. */
export function isNodeWide(actor: Pick<Actor, "roles">, permission: Permission): boolean {
  return scopeOf(actor, permission) === "all";
}

/**
 * The filter a list applies for a permission: the node's units node-wide, the actor's unit
 * otherwise (a "self" scope narrows further by person, which each list names for its own model).
 * `onlyUnitId` narrows to one unit (a filter on the page). Refuses with 403 when no role grants the permission.
 */
export function unitWhere(actor: Actor, permission: Permission, onlyUnitId?: string): { unitId: string | { in: string[] } } {
  const ids = unitIdsFor(actor, permission);
  if (!onlyUnitId) return ids.length === 1 ? { unitId: ids[0] } : { unitId: { in: ids } };
  // A unit asked for by a filter: itself when in scope, nothing when not (never another node's).
  return ids.includes(onlyUnitId) ? { unitId: onlyUnitId } : { unitId: { in: [] } };
}

/** The units a list may show for a permission (a desk's decisions: not the node's own unit). */
export function unitIdsFor(actor: Actor, permission: Permission): string[] {
  requirePermission(actor, permission);
  if (!isNodeWide(actor, permission)) return [actor.unitId];
  return DESK_DECISIONS.includes(permission) ? actor.nodeUnitIds.filter((id) => id !== actor.nodeId) : [...actor.nodeUnitIds];
}

/** Refuses with 403 unless the actor holds the permission node-wide (the office's and leaders' overviews). */
export function requireNodeWide(actor: Actor, permission: Permission): void {
  requirePermission(actor, permission);
  if (!isNodeWide(actor, permission)) throw new ForbiddenError();
}

/**
 * Refuses with 403 when no role grants the permission, and with 404 when the record lies
 * outside the actor's scope (another unit's, another person's): it must look exactly like
 * missing data. A desk decision on the node's own record (its draft sent up, 报送上级) is
 * 403: the node sees that record, only the desk above decides it.
 */
export function requirePermission(actor: Actor, permission: Permission, record?: ScopedRecord): void {
  const scope = scopeOf(actor, permission);
  if (!scope) throw record && !seesRecord(actor, permission, record) ? new NotFoundError() : new ForbiddenError();
  if (!record) return;
  if (!covers(actor, scope, record)) throw new NotFoundError();
  if (decidedAbove(actor, record, permission)) throw new ForbiddenError();
}
