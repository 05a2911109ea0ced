/**
 * 通报: the research office's monthly, quarterly or yearly notice of each unit's figures.
 * Issuing freezes the period table as it stands: the figures and both files (Word and Excel)
 * are stored with the notice and never recomputed, so a later ledger change shows only in a
 * new notice. Issuing a period again (a corrected notice) adds another one; both stay listed.
 */
import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { paginate } from "@/lib/paging";
import { getPeriodTable, type PeriodRow } from "./period-table";
import { parsePeriod, periodKey, periodLabel, periodRange, type Period } from "./period";
import { noticeSummary, renderNoticeDocx } from "./notice-docx";
import { renderNoticeXlsx } from "./notice-xlsx";
import { shanghaiMonth } from "@/lib/time";
import type { NoticeContent } from "./notice-content";
import { LEVEL_WORDS, type DeskKind } from "@/lib/units/labels";

export type NoticeFileKind = "docx" | "xlsx";

export const NOTICE_CONTENT_TYPES: Record<NoticeFileKind, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** "2026年11月份", "2026年第四季度", "2026年度": how a notice's title names its period. */
export function noticePeriodText(p: Period): string {
  if (p.kind === "MONTH") return `${p.year}年${p.index}月份`;
  if (p.kind === "YEAR") return `${p.year}年度`;
  return periodLabel(p);
}

export function noticeTitle(p: Period, nodeKind: DeskKind = "COUNTY"): string {
  return `关于${noticePeriodText(p)}全${LEVEL_WORDS[nodeKind]}组工信息工作情况的通报`;
}

/** The last month that has fully ended at `now` (local time): the usual period of a notice. */
export function lastCompleteMonth(now: Date = new Date()): Period {
  const { year, month } = shanghaiMonth(now);
  return month === 1 ? { kind: "MONTH", year: year - 1, index: 12 } : { kind: "MONTH", year, index: month - 1 };
}

/** The department the documents are issued in the name of: the actor's 组织部. */
export async function issuerName(actor: Actor): Promise<string> {
  const node = await db.unit.findUnique({ where: { id: actor.nodeId }, select: { name: true } });
  return node?.name ?? "县委组织部";
}

/** The period's figures and text as they stand now: what a preview shows and an issue freezes. */
async function composeNotice(actor: Actor, input: { period: Period; now?: Date }): Promise<NoticeContent> {
  requirePermission(actor, "scores.notice");
  const now = input.now ?? new Date();
  const { period } = input;
  if (periodRange(period).from.getTime() > now.getTime()) throw new ValidationError({ period: "这个时段还没有开始" });
  const rows = await getPeriodTable(actor, period);
  return { title: noticeTitle(period, actor.nodeKind), periodLabel: periodLabel(period), issuerName: await issuerName(actor), nodeKind: actor.nodeKind, issuedAt: now, rows };
}

/** A fingerprint of the figures, so that what is confirmed is what was previewed. */
export function figuresDigest(rows: PeriodRow[]): string {
  return createHash("sha256").update(JSON.stringify(rows)).digest("hex");
}

/** 预览: the text and figures a notice would freeze now, and their fingerprint for the confirmation. */
export async function previewNotice(actor: Actor, input: { period: Period; now?: Date }) {
  const content = await composeNotice(actor, input);
  return { title: content.title, periodLabel: content.periodLabel, summary: noticeSummary(content), rows: content.rows, digest: figuresDigest(content.rows) };
}

/** The Word or Excel file a notice for the period would be issued with, before issuing. */
export async function previewNoticeFile(actor: Actor, input: { period: Period; kind: NoticeFileKind; now?: Date }) {
  const content = await composeNotice(actor, input);
  const body = input.kind === "docx" ? await renderNoticeDocx(content) : await renderNoticeXlsx(content);
  return { fileName: `${content.title}（预览）.${input.kind}`, contentType: NOTICE_CONTENT_TYPES[input.kind], body: new Uint8Array(body) };
}

/**
 * 发布通报. With the preview's `digest`, refuses when the figures changed since (a record or a
 * 冲销 came in between): the office issues exactly what it read.
 */
export async function issueNotice(actor: Actor, input: { period: Period; digest?: string; now?: Date }) {
  const content = await composeNotice(actor, input);
  const { rows } = content;
  if (input.digest && input.digest !== figuresDigest(rows)) {
    throw new ConflictError("预览之后数字有了变化（有新的登记、冲销或稿件），请重新预览，核对后再发布");
  }
  const [docx, xlsx] = await Promise.all([renderNoticeDocx(content), renderNoticeXlsx(content)]);
  const now = content.issuedAt;

  return db.$transaction(async (tx) => {
    const notice = await tx.scoreNotice.create({
      data: {
        nodeId: actor.nodeId,
        period: periodKey(input.period),
        title: content.title,
        figures: rows,
        docx: new Uint8Array(docx),
        xlsx: new Uint8Array(xlsx),
        issuedById: actor.id,
        issuedAt: now,
      },
      select: { id: true, period: true, title: true, issuedAt: true },
    });
    await audit(tx, { actorId: actor.id, action: "score.notice", entityType: "ScoreNotice", entityId: notice.id, data: { period: notice.period, units: rows.length } });
    return notice;
  });
}

/** Notices, newest first, without their files. */
export async function listNotices(actor: Actor, opts: { page: number }) {
  requirePermission(actor, "scores.read");
  const result = await paginate(
    opts.page,
    () => db.scoreNotice.count({ where: { nodeId: actor.nodeId } }),
    (skip, take) =>
      db.scoreNotice.findMany({
        where: { nodeId: actor.nodeId },
        orderBy: [{ issuedAt: "desc" }, { id: "asc" }],
        select: { id: true, period: true, title: true, issuedAt: true, issuedBy: { select: { name: true } } },
        skip,
        take,
      }),
  );
  return {
    ...result,
    rows: result.rows.map((r) => {
      const p = parsePeriod(r.period);
      return { ...r, periodLabel: p ? periodLabel(p) : r.period };
    }),
  };
}

/** The figures a notice was issued with. */
export async function getNoticeFigures(actor: Actor, id: string): Promise<PeriodRow[]> {
  requirePermission(actor, "scores.read");
  if (!isUuid(id)) throw new NotFoundError("没有找到这份通报");
  const notice = await db.scoreNotice.findFirst({ where: { id, nodeId: actor.nodeId }, select: { figures: true } });
  if (!notice) throw new NotFoundError("没有找到这份通报");
  return notice.figures as unknown as PeriodRow[];
}

/** One stored file of a notice, byte for byte as issued. */
export async function getNoticeFile(actor: Actor, id: string, kind: NoticeFileKind) {
  requirePermission(actor, "scores.read");
  if (!isUuid(id) || (kind !== "docx" && kind !== "xlsx")) throw new NotFoundError("没有找到这份通报");
  const notice = await db.scoreNotice.findFirst({
    where: { id, nodeId: actor.nodeId },
    select: { title: true, period: true, docx: kind === "docx", xlsx: kind === "xlsx" },
  });
  if (!notice) throw new NotFoundError("没有找到这份通报");
  const body = kind === "docx" ? notice.docx : notice.xlsx;
  if (!body) throw new NotFoundError("没有找到这份通报");
  return { fileName: `${notice.title}.${kind}`, contentType: NOTICE_CONTENT_TYPES[kind], body: new Uint8Array(body) };
}
