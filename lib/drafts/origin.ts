/**
 * What a new draft answers: a 约稿 (the unit's share of it), a 点题, a topic of an 信息计划,
 * or an urgent event (首报 or 续报). The link is checked on the server against the writer:
 * another unit's commission, someone else's 点题 or a plan topic not meant for the unit is
 * "not found"; a cancelled or closed one is refused with a reason.
 */
import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/permissions";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { DraftKind } from "@/lib/drafts/kinds";
import type { DraftOrigin } from "@/lib/validation/draft";
import { isUuid } from "@/lib/ids";
import { concernsUnit } from "@/lib/planning/plans";
import { shanghaiDate, formatDateTime, formatMonthDay } from "@/lib/time";
import { quote } from "@/lib/quote";

export type OriginLink = { commissionTargetId?: string; topicAssignmentId?: string; planTopicId?: string; urgentCaseId?: string };

export type OriginPrefill = { origin: DraftOrigin; title: string; kind: DraftKind | null; banner: string; guidance: string; eventDate: string };


/** "commission:<id>" from the address of 写稿件; anything else is no origin. */
export function parseOrigin(from: string | undefined): DraftOrigin | null {
  const m = /^(commission|topic|plan|urgent):(.+)$/.exec(from ?? "");
  return m && isUuid(m[2]) ? { type: m[1] as DraftOrigin["type"], id: m[2] } : null;
}

async function load(tx: Tx, actor: Actor, origin: DraftOrigin) {
  const missing = new NotFoundError("没有找到这项任务");
  switch (origin.type) {
    case "commission": {
      const t = await tx.commissionTarget.findUnique({ where: { id: origin.id }, include: { commission: true } });
      if (!t || t.unitId !== actor.unitId) throw missing;
      if (t.commission.cancelledAt) throw new ValidationError({ origin: "这个约稿已撤销" }, "这个约稿已撤销");
      const c = t.commission;
      return {
        link: { commissionTargetId: t.id },
        title: c.title,
        kind: c.kind,
        banner: `回应约稿${quote(c.title)}，请于${formatMonthDay(c.dueOn)}前报送${c.wordLimit ? `，${c.wordLimit}字以内` : ""}`,
        guidance: c.guidance,
      };
    }
    case "topic": {
      const t = await tx.topicAssignment.findUnique({ where: { id: origin.id } });
      if (!t || t.assigneeId !== actor.id) throw missing;
      if (t.cancelledAt) throw new ValidationError({ origin: "这个点题已撤销" }, "这个点题已撤销");
      return { link: { topicAssignmentId: t.id }, title: t.title, kind: null, banner: `回应点题${quote(t.title)}，请于${formatMonthDay(t.dueOn)}前成稿`, guidance: t.guidance };
    }
    case "plan": {
      const t = await tx.planTopic.findFirst({ where: { id: origin.id, ...concernsUnit(actor) }, include: { plan: true } });
      if (!t || !t.plan.publishedAt) throw missing;
      return { link: { planTopicId: t.id }, title: t.title, kind: t.kind, banner: `按信息计划${quote(t.plan.title)}的选题${quote(t.title)}写稿`, guidance: t.guidance };
    }
    case "urgent": {
      const c = await tx.urgentCase.findUnique({ where: { id: origin.id }, include: { _count: { select: { drafts: true } } } });
      if (!c || c.unitId !== actor.unitId) throw missing;
      if (c.closedAt) throw new ValidationError({ origin: "这件紧急信息已办结，不能再续报" }, "这件紧急信息已办结，不能再续报");
      const first = c._count.drafts === 0;
      return {
        link: { urgentCaseId: c.id },
        title: first ? c.title : `${c.title}（续报）`,
        kind: "URGENT" as const,
        banner: first ? `紧急信息首报：事发${formatDateTime(c.eventAt)}，书面报告须在${formatDateTime(c.dueAt)}前报送` : `紧急信息续报：${c.title}`,
        guidance: c.phoneSummary ?? "",
        // The 首报's 事件日期 is the day the event happened (China time), not the day it is written.
        eventDate: shanghaiDate(c.eventAt),
      };
    }
  }
}

/** The foreign key a new draft gets, after checking the writer may answer this. */
export async function originLink(tx: Tx, actor: Actor, origin: DraftOrigin): Promise<OriginLink> {
  return (await load(tx, actor, origin)).link;
}

/** What 写稿件 fills in and shows when started from a task; null when it is not the writer's. */
export async function originPrefill(actor: Actor, origin: DraftOrigin | null): Promise<OriginPrefill | null> {
  if (!origin) return null;
  try {
    const o = await db.$transaction((tx) => load(tx, actor, origin));
    return { origin, title: o.title, kind: o.kind, banner: o.banner, guidance: o.guidance, eventDate: ("eventDate" in o && o.eventDate) || "" };
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ValidationError) return null;
    throw err;
  }
}
