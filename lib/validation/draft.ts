import { z } from "zod";
import "./zod-config";
import { DRAFT_KINDS } from "@/lib/drafts/kinds";
import { PLAIN_MOVES } from "@/lib/drafts/workflow";
import { listParamsSchema } from "./list";
import { shanghaiDate } from "@/lib/time";
import { calendarDate, version } from "./common";

export const TITLE_MAX = 60;
export const BODY_MAX = 20000;

const id = z.string().uuid("记录编号不对");

/** 2026-11-23, not after today in China. */
const eventDate = calendarDate("事件日期").refine((s) => s <= shanghaiDate(new Date()), "事件日期不能晚于今天");

export const draftFieldsSchema = z.object({
  title: z.string({ message: "请填写标题" }).trim().min(1, "请填写标题").max(TITLE_MAX, `标题不能超过${TITLE_MAX}个字`),
  kind: z.enum(DRAFT_KINDS, { message: "请选择稿件类别" }),
  eventDate,
  body: z.string({ message: "请填写正文" }).trim().min(1, "请填写正文").max(BODY_MAX, `正文不能超过${BODY_MAX}个字`),
  isFlagship: z.boolean({ message: "精品稿件标记不对" }).default(false),
  contact: z.string().trim().max(50, "联系方式不能超过50个字").optional().default(""),
});
export type DraftFields = z.output<typeof draftFieldsSchema>;

export const ORIGIN_TYPES = ["commission", "topic", "plan", "urgent"] as const;
/** What a new draft answers (lib/drafts/origin.ts). */
export const originSchema = z.object({ type: z.enum(ORIGIN_TYPES), id });
export type DraftOrigin = z.output<typeof originSchema>;

/** The new draft's id comes from the editor, so a repeated save cannot create it twice. */
export const createDraftSchema = draftFieldsSchema.extend({ id: id.optional(), origin: originSchema.optional() });

export const updateDraftSchema = draftFieldsSchema.extend({
  id,
  version,
});

export const moveDraftSchema = z.object({
  id,
  version,
  action: z.enum(PLAIN_MOVES),
  comment: z.string().trim().max(500, "意见不能超过500个字").optional().default(""),
  secrecyConfirmed: z.boolean().optional(),
});

export const adoptDraftSchema = z.object({
  id,
  version,
  issueId: z.string().uuid("请选择要编入的期").nullable(),
});

export const draftRefSchema = z.object({ id, version });

/** 报送上级, answering the desk above's 约稿 when one is chosen. */
export const sendUpSchema = draftRefSchema.extend({ commissionTargetId: z.string().uuid().nullable().optional(), leap: z.boolean().optional() });

export const draftFilterSchema = z.object({
  unitId: z.string().uuid().optional().catch(undefined),
  kind: z.enum(DRAFT_KINDS).optional().catch(undefined),
  status: z.string().optional().catch(undefined),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
}).extend(listParamsSchema.shape);
export type DraftFilter = z.output<typeof draftFilterSchema>;
