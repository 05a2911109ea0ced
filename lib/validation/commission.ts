import { z } from "zod";
import "./zod-config";
import { DRAFT_KINDS } from "@/lib/drafts/kinds";
import { isUuid } from "@/lib/ids";
import { shanghaiDate } from "@/lib/time";
import { calendarDate, page } from "./common";

export const COMMISSION_TITLE_MAX = 60;

const title = z.string({ message: "请填写题目" }).trim().min(2, "请填写题目").max(COMMISSION_TITLE_MAX, `题目不能超过${COMMISSION_TITLE_MAX}个字`);
const guidance = z.string().trim().max(2000, "写作要求不能超过2000个字").optional().default("");
const id = z.string().uuid("记录编号不对");

/** A deadline day "2026-11-30", not before today in China (the use case checks again against its own clock). */
const dueOn = (label: string) =>
  calendarDate(label).refine((s) => s >= shanghaiDate(new Date()), `${label}不能早于今天`);

/** 约稿: what the research office asks of the chosen units. Form strings are accepted as typed. */
export const commissionSchema = z.object({
  title,
  guidance,
  // An empty box means no limit.
  wordLimit: z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? null : typeof v === "string" ? Number(v.trim()) : v),
    z.number({ message: "篇幅请填写字数，如 1500" }).int("篇幅请填写整数字数").min(100, "篇幅至少100字").max(20000, "篇幅不能超过20000字").nullable(),
  ),
  kind: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.enum(DRAFT_KINDS, { message: "请选择稿件类别" }).nullable()),
  dueOn: dueOn("截止日期"),
  unitIds: z
    .array(z.string(), { message: "请选择约稿单位" })
    .min(1, "请至少选择一个约稿单位")
    .max(500, "所选单位太多")
    .refine((ids) => ids.every(isUuid), "所选单位不存在或已停用")
    .transform((ids) => [...new Set(ids)]),
});
export type CommissionInput = z.output<typeof commissionSchema>;

export const cancelCommissionSchema = z.object({
  id,
  reason: z.string({ message: "请填写撤销原因" }).trim().min(2, "请填写撤销原因").max(200, "撤销原因不能超过200个字"),
});
export type CancelCommissionInput = z.output<typeof cancelCommissionSchema>;

/** 分派: `expectedAssigneeId` is who the page showed, so a stale page cannot overwrite someone else's choice. */
export const assignCommissionSchema = z.object({
  targetId: id,
  assigneeId: z.string({ message: "请选择信息员" }).uuid("请选择信息员"),
  expectedAssigneeId: id.nullable(),
});
export type AssignCommissionInput = z.output<typeof assignCommissionSchema>;

/** 点题: a reviewer asks one officer of the unit for a piece by a date. */
export const topicSchema = z.object({
  title,
  guidance,
  assigneeId: z.string({ message: "请选择信息员" }).uuid("请选择信息员"),
  dueOn: dueOn("完成日期"),
});
export type TopicInput = z.output<typeof topicSchema>;

export const cancelTopicSchema = z.object({ id });
export type CancelTopicInput = z.output<typeof cancelTopicSchema>;

export const COMMISSION_FILTERS = ["open", "closed", "cancelled"] as const;
export type CommissionFilter = (typeof COMMISSION_FILTERS)[number];
export const commissionListSchema = z.object({
  q: z.string().trim().max(50).optional().catch(undefined),
  state: z.enum(COMMISSION_FILTERS).optional().catch(undefined),
  page: page,
});
