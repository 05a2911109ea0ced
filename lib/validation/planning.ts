import { z } from "zod";
import "./zod-config";
import { DRAFT_KINDS } from "@/lib/drafts/kinds";
import { calendarDate, page, version } from "./common";

const uuid = z.string().uuid();

/** "2026-11" (月度) or "2026-Q4" (季度). */
export const PLAN_PERIOD = /^(\d{4})-(0[1-9]|1[0-2]|Q[1-4])$/;

export const planTopicSchema = z.object({
  title: z.string({ message: "请填写选题" }).trim().min(2, "请填写选题（至少2个字）").max(60, "选题不能超过60个字"),
  guidance: z.string().trim().max(1000, "写作要求不能超过1000个字").optional().default(""),
  kind: z.enum(DRAFT_KINDS, { message: "请选择类别" }).nullable().optional().default(null),
  /** 面向单位；空为全县各单位 */
  unitIds: z.array(uuid, { message: "面向单位选择有误" }).max(200).optional().default([]),
});

export const planSchema = z.object({
  title: z.string({ message: "请填写计划名称" }).trim().min(2, "请填写计划名称").max(60, "计划名称不能超过60个字"),
  period: z
    .string({ message: "请选择计划期间" })
    .regex(PLAN_PERIOD, "请选择计划期间（某年某月或某年某季度）")
    .refine((p) => Number(p.slice(0, 4)) >= 2000 && Number(p.slice(0, 4)) <= 2100, "年份不对"),
  intro: z.string().trim().max(2000, "说明不能超过2000个字").optional().default(""),
  topics: z.array(planTopicSchema).min(1, "至少列一个选题").max(50, "选题不能超过50个"),
});
export type PlanInput = z.output<typeof planSchema>;

export const updatePlanSchema = planSchema.extend({ id: uuid, version });
export type UpdatePlanInput = z.output<typeof updatePlanSchema>;

export const publishPlanSchema = z.object({ id: uuid, version });

/** The plan list's query string. */
export const planListParamsSchema = z.object({
  q: z.string().trim().max(50).optional().catch(undefined),
  /** A year "2026", a month "2026-11" or a quarter "2026-Q4". */
  period: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]))?$/).optional().catch(undefined),
  page: page,
});

/**
 * A whole number typed in a form box. An empty (or blank) box is "not filled in", never 0:
 * z.coerce.number() would turn "" into 0 and silently save it.
 */
const count = (label: string, max: number) =>
  z.preprocess(
    (v) => {
      if (v === undefined || v === null) return undefined;
      if (typeof v === "string") return v.trim() === "" ? undefined : Number(v.trim());
      return v;
    },
    z
      .number({ error: (issue) => (issue.input === undefined ? `请填写${label}` : `${label}应为整数`) })
      .int(`${label}应为整数`)
      .min(0, `${label}不能为负数`)
      .max(max, `${label}不能超过${max}`),
  );

/** 报送任务 of one unit for one year. */
export const quotaSchema = z.object({
  unitId: uuid,
  year: z.coerce.number().int().min(2000).max(2100),
  monthlyMin: count("每月最少报送篇数", 100),
  flagshipTarget: count("精品稿件目标", 50),
  adoptedTarget: count("采用目标", 500),
});
export type QuotaInput = z.output<typeof quotaSchema>;

export const QUOTA_FILTERS = ["behind", "none"] as const;
export const quotaListParamsSchema = z.object({
  q: z.string().trim().max(50).optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  /** behind = 只看落后；none = 本月未报送 */
  show: z.enum(QUOTA_FILTERS).optional().catch(undefined),
  page: page,
});

/** 专职信息员变更备案. `officerId` null files a vacancy (暂缺). */
export const rosterChangeSchema = z
  .object({
    unitId: uuid,
    officerId: uuid.nullable(),
    phone: z.string().trim().max(30, "电话不能超过30个字符").optional().default(""),
    reason: z.string({ message: "请填写变更原因" }).trim().min(2, "请填写变更原因").max(200, "变更原因不能超过200个字"),
    effectiveOn: calendarDate("起始日期"),
    /** The latest change the page showed (null: none); a different one means someone filed in between. */
    expectedLatestId: uuid.nullable(),
  })
  .superRefine((r, ctx) => {
    if (r.officerId && !r.phone) ctx.addIssue({ code: "custom", path: ["phone"], message: "请填写联系电话" });
    if (r.phone && !/^[0-9０-９+\-（）() ]{7,30}$/.test(r.phone)) ctx.addIssue({ code: "custom", path: ["phone"], message: "电话号码只能包含数字、横线和括号" });
  });
export type RosterChangeInput = z.output<typeof rosterChangeSchema>;
