import { z } from "zod";
import "./zod-config";
import { RECORD_KINDS, RECORD_LEVEL_CODES, RECORD_LEVELS, SECRECY_LEVEL } from "@/lib/scores/record-kinds";
import { PERIOD_KINDS, PERIOD_YEARS, PERIODS_PER_YEAR } from "@/lib/scores/period";
import { page, pastDate } from "./common";

const text = (label: string, max: number) => z.string().trim().max(max, `${label}不能超过${max}个字`).optional().default("");

/** 登记: one upper-level adoption, media placement, online commentary or leader instruction. */
export const scoreRecordSchema = z
  .object({
    kind: z.enum(RECORD_KINDS, { message: "请选择登记类别" }),
    level: z.enum(RECORD_LEVEL_CODES, { message: "请选择级别" }),
    unitId: z.string({ message: "请选择单位" }).uuid("请选择单位"),
    draftId: z.string().uuid("稿件编号不对").nullable().optional(),
    /** 责任人 of a 保密 incident: one of the unit's people. */
    userId: z.string().uuid("请选择责任人").nullable().optional(),
    title: z.string({ message: "请填写标题" }).trim().min(2, "请填写标题").max(100, "标题不能超过100个字"),
    outlet: text("刊物或媒体名称", 60),
    issueNo: text("期号或版面", 30),
    leader: text("批示领导", 30),
    content: text("批示内容", 2000),
    occurredOn: pastDate("日期"),
  })
  .superRefine((r, ctx) => {
    if (!RECORD_LEVELS[r.kind][r.level]) ctx.addIssue({ code: "custom", path: ["level"], message: "请选择级别" });
    if (r.kind !== "INSTRUCTION" && r.kind !== "DEDUCTION" && !r.outlet) ctx.addIssue({ code: "custom", path: ["outlet"], message: "请填写刊物或媒体名称" });
    if (r.kind === "DEDUCTION" && !r.content) ctx.addIssue({ code: "custom", path: ["content"], message: "请写明扣分原因" });
    if (r.kind === "DEDUCTION" && r.level === SECRECY_LEVEL && !r.userId) ctx.addIssue({ code: "custom", path: ["userId"], message: "请选择责任人：保密问题记在本人名下" });
    if (r.kind === "INSTRUCTION" && !r.leader) ctx.addIssue({ code: "custom", path: ["leader"], message: "请填写批示领导" });
    if (r.kind === "INSTRUCTION" && !r.content) ctx.addIssue({ code: "custom", path: ["content"], message: "请填写批示内容" });
  });
export type ScoreRecordInput = z.output<typeof scoreRecordSchema>;

export const reverseRecordSchema = z.object({
  id: z.string().uuid(),
  reason: z.string().trim().min(1, "请填写冲销原因").max(200, "冲销原因不能超过200个字"),
});
export type ReverseRecordInput = z.output<typeof reverseRecordSchema>;

export const ledgerParamsSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  /** A month or quarter ("2026-11", "2026-Q4") instead of a whole year. */
  p: z.string().regex(/^\d{4}-(Q[1-4]|\d{2})$/).optional().catch(undefined),
  unit: z.string().uuid().optional().catch(undefined),
  /** One rule code, or several separated by commas. */
  rule: z.string().regex(/^[A-Z_]{2,40}(,[A-Z_]{2,40}){0,11}$/).optional().catch(undefined),
  /** A 组织部's part of its total: "own", or the child department the rows came up through. */
  via: z.union([z.literal("own"), z.string().uuid()]).optional().catch(undefined),
  page: page,
});

export const followUpFeedbackSchema = z.object({
  id: z.string().uuid(),
  feedback: z.string().trim().min(5, "请写明落实情况（至少5个字）").max(2000, "落实情况不能超过2000个字"),
});
export type FollowUpFeedbackInput = z.output<typeof followUpFeedbackSchema>;

const money = z.number({ message: "请填写数字" }).min(0, "不能为负数").max(1000, "不能超过1000");
export const categorySettingSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  code: z.string().regex(/^[A-Z_]{2,20}$/),
  cap: money.nullable(),
  weight: money,
});

export const nodeScoreMethodSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  method: z.enum(["OWN_PLUS_CHILD_AVERAGE", "OWN_PLUS_CHILD_SUM"], { message: "请选择总分的算法" }),
});

export const leapReportsSchema = z.object({ year: z.number().int().min(2000).max(2100), accepts: z.boolean() });

/** The period of a 通报 chosen on the form, bounded as lib/scores/period.ts says; every mistake is reported at the period field. */
export const noticePeriodSchema = z
  .object({
    kind: z.enum(PERIOD_KINDS, { message: "请选择通报类型" }),
    year: z.coerce.number({ message: "请选择年份" }).int("请选择年份"),
    index: z.coerce.number().int().default(1),
  })
  .superRefine((p, ctx) => {
    if (p.year < PERIOD_YEARS.min || p.year > PERIOD_YEARS.max) ctx.addIssue({ code: "custom", path: ["period"], message: "请选择年份" });
    if (p.kind !== "YEAR" && (p.index < 1 || p.index > PERIODS_PER_YEAR[p.kind])) {
      ctx.addIssue({ code: "custom", path: ["period"], message: p.kind === "MONTH" ? "请选择月份" : "请选择季度" });
    }
  })
  .transform((p) => ({ kind: p.kind, year: p.year, index: p.kind === "YEAR" ? 1 : p.index }));

/** 发布通报: the period as previewed, and the fingerprint of the figures the office read. */
export const issueNoticeSchema = z.object({ period: noticePeriodSchema, digest: z.string().regex(/^[0-9a-f]{64}$/, "请先预览再发布") });
