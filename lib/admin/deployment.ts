/**
 * Settings that hold for the whole deployment, one row each: 安全设置, 稿件检查设置 (with the
 * 紧急信息 time limit), the 留意表述清单 and the similarity index. The administrator of the top
 * 组织部 changes them; a lower node's administrator, who manages only their own branch, reads them.
 */
import "server-only";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { requirePermission, type Actor } from "@/lib/authz/permissions";

const RULE = "这些设置全系统各级通用，由最上级组织部的管理员修改";
export const DEPLOYMENT_SETTINGS_NOTE = `${RULE}；这里只能查看。`;

/** Whether the actor's 组织部 is the top of the tree. */
export async function atTopNode(actor: Actor): Promise<boolean> {
  const node = await db.unit.findUnique({ where: { id: actor.nodeId }, select: { parentId: true } });
  return node !== null && node.parentId === null;
}

/** Refuses (403, with the reason) unless the actor administers the top 组织部. */
export async function requireDeploymentAdmin(actor: Actor): Promise<void> {
  requirePermission(actor, "admin.manage");
  if (!(await atTopNode(actor))) throw new ForbiddenError(`${RULE}。`);
}
