/**
 * Composing an issue (编排): pulling adopted drafts in from the pool, ordering and grouping
 * them, notes, print edits and the 版记. Every change names the issue version the composer
 * saw, so of two people composing at once the second is told instead of overwriting.
 */
import "server-only";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { ConflictError, DomainError, NotFoundError, ValidationError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { normalizeBody } from "@/lib/drafts/body";
import { lockComposingIssue } from "./issue-access";

async function writeOrder(tx: Tx, ids: string[]) {
  // Two passes: positions are not unique, but dense 1..n keeps the order obvious.
  for (const [index, id] of ids.entries()) await tx.issueItem.update({ where: { id }, data: { position: index + 1 } });
}

async function itemOf(tx: Tx, itemId: string) {
  const item = isUuid(itemId) ? await tx.issueItem.findUnique({ where: { id: itemId } }) : null;
  if (!item) throw new NotFoundError("没有找到这条稿件");
  return item;
}

/** 编入本期: an adopted draft waiting in the pool becomes the issue's last item. */
export async function addItem(actor: Actor, input: { issueId: string; version: number; draftId: string }) {
  requirePermission(actor, "issue.compose");
  return db.$transaction(async (tx) => {
    const issue = await lockComposingIssue(tx, actor, input.issueId, input.version);
    // Lock the draft row: a concurrent 撤销采用 or another composer waits for this one.
    if (isUuid(input.draftId)) await tx.$executeRaw`SELECT 1 FROM "Draft" WHERE id = ${input.draftId}::uuid FOR UPDATE`;
    const draft = isUuid(input.draftId)
      ? await tx.draft.findUnique({ where: { id: input.draftId }, include: { issueItem: { select: { id: true } } } })
      : null;
    if (!draft) throw new NotFoundError("没有找到这篇稿件");
    // Only a draft of the node's own units: another node's adopted draft is not found.
    requirePermission(actor, "issue.compose", draft);
    if (draft.status !== "ADOPTED") throw new DomainError("只有已采用的稿件才能编入期刊");
    if (draft.issueItem) throw new ConflictError("这篇稿件已经编入了别的期，请刷新后再看");
    const last = await tx.issueItem.findFirst({ where: { issueId: issue.id }, orderBy: { position: "desc" } });
    const item = await tx.issueItem.create({ data: { issueId: issue.id, draftId: draft.id, position: (last?.position ?? 0) + 1 } });
    await audit(tx, { actorId: actor.id, action: "issue.addItem", entityType: "BulletinIssue", entityId: issue.id, data: { draftId: draft.id } });
    return item;
  });
}

/** 移出本期: the draft stays adopted and goes back to the pool. */
export async function removeItem(actor: Actor, input: { itemId: string; version: number }) {
  requirePermission(actor, "issue.compose");
  return db.$transaction(async (tx) => {
    const item = await itemOf(tx, input.itemId);
    await lockComposingIssue(tx, actor, item.issueId, input.version);
    await tx.issueItem.delete({ where: { id: item.id } });
    const rest = await tx.issueItem.findMany({ where: { issueId: item.issueId }, orderBy: { position: "asc" } });
    await writeOrder(tx, rest.map((i) => i.id));
    await audit(tx, { actorId: actor.id, action: "issue.removeItem", entityType: "BulletinIssue", entityId: item.issueId, data: { draftId: item.draftId } });
  });
}

/** Puts the items in the given order (up/down buttons and drag both send the whole order). */
export async function reorderItems(actor: Actor, input: { issueId: string; version: number; itemIds: string[] }) {
  requirePermission(actor, "issue.compose");
  return db.$transaction(async (tx) => {
    const issue = await lockComposingIssue(tx, actor, input.issueId, input.version);
    const items = await tx.issueItem.findMany({ where: { issueId: issue.id }, select: { id: true } });
    const known = new Set(items.map((i) => i.id));
    if (input.itemIds.length !== known.size || new Set(input.itemIds).size !== known.size || !input.itemIds.every((id) => known.has(id))) {
      throw new ConflictError("本期的稿件刚有变化，请刷新后再排序");
    }
    await writeOrder(tx, input.itemIds);
    await audit(tx, { actorId: actor.id, action: "issue.reorder", entityType: "BulletinIssue", entityId: issue.id, data: { itemIds: input.itemIds } });
  });
}

export type ItemChanges = {
  section?: string | null;
  editorNote?: string | null;
  /** Print text; null goes back to the author's text. */
  title?: string | null;
  body?: string | null;
};

const blankToNull = (text: string | null | undefined) => (text == null ? text : text.trim() || null);

/**
 * 栏目, item 编者按 and the print text of one item. The author's submitted version is never
 * touched: print edits live on the item. Setting a section moves the item to the end of that
 * section's group when it has one, so a section's items print together.
 */
export async function updateItem(actor: Actor, input: { itemId: string; version: number } & ItemChanges) {
  requirePermission(actor, "issue.compose");
  const title = blankToNull(input.title);
  if (title && title.length > 100) throw new ValidationError({ title: "标题不能超过100个字" });
  return db.$transaction(async (tx) => {
    const item = await itemOf(tx, input.itemId);
    await lockComposingIssue(tx, actor, item.issueId, input.version);
    const draft = await tx.draft.findUniqueOrThrow({ where: { id: item.draftId }, select: { title: true, body: true } });
    const section = blankToNull(input.section);
    const body = input.body == null ? null : normalizeBody(input.body) || null;
    // Text equal to the author's is no print edit: the item keeps following the draft.
    const data = {
      ...(input.section !== undefined ? { section } : {}),
      ...(input.editorNote !== undefined ? { editorNote: blankToNull(input.editorNote) } : {}),
      ...(input.title !== undefined ? { title: title === draft.title ? null : title } : {}),
      ...(input.body !== undefined ? { body: body === draft.body ? null : body } : {}),
    };
    await tx.issueItem.update({ where: { id: item.id }, data });
    if (input.section !== undefined && section !== item.section) {
      const items = await tx.issueItem.findMany({ where: { issueId: item.issueId }, orderBy: { position: "asc" } });
      const others = items.filter((i) => i.id !== item.id);
      const lastOfSection = others.findLastIndex((i) => (i.section ?? null) === section);
      // A section's first item stays where it is; later ones join the end of their group.
      if (lastOfSection !== -1) {
        const ids = others.map((i) => i.id);
        ids.splice(lastOfSection + 1, 0, item.id);
        await writeOrder(tx, ids);
      }
    }
    await audit(tx, { actorId: actor.id, action: "issue.editItem", entityType: "BulletinIssue", entityId: item.issueId, data: { itemId: item.id, fields: Object.keys(data) } });
  });
}

export type IssueChanges = {
  editorNote?: string | null;
  distributionReport?: string;
  distributionSend?: string;
  distributionIssue?: string;
  printCount?: number | null;
};

/** The issue's 编者按 and 版记 (报：/送：/发：, 共印N份). */
export async function updateIssue(actor: Actor, input: { issueId: string; version: number } & IssueChanges) {
  requirePermission(actor, "issue.compose");
  const { issueId, version, ...changes } = input;
  if (changes.printCount != null && (!Number.isInteger(changes.printCount) || changes.printCount < 1 || changes.printCount > 100000)) {
    throw new ValidationError({ printCount: "印数应是1到100000之间的整数" });
  }
  return db.$transaction(async (tx) => {
    await lockComposingIssue(tx, actor, issueId, version);
    const data = { ...changes, ...(changes.editorNote !== undefined ? { editorNote: blankToNull(changes.editorNote) } : {}) };
    await tx.bulletinIssue.update({ where: { id: issueId }, data });
    await audit(tx, { actorId: actor.id, action: "issue.edit", entityType: "BulletinIssue", entityId: issueId, data: { fields: Object.keys(data) } });
  });
}
