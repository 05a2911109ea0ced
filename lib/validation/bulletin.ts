import { z } from "zod";
import "./zod-config";
import { DRAFT_KINDS } from "@/lib/drafts/kinds";
import { SIGN_OFF_MOVES } from "@/lib/bulletins/issue-workflow";
import { page, version } from "./common";

const line = (label: string, max: number) => z.string().trim().max(max, `${label}不能超过${max}个字`);
const printCount = z
  .number({ message: "印数请填数字" })
  .int("印数请填整数")
  .min(1, "印数至少1份")
  .max(100000, "印数不能超过100000份")
  .nullable();

/** 刊物设置: the fields an administrator or the office sets for a series. */
export const seriesSchema = z.object({
  name: z.string({ message: "请填写刊物名称" }).trim().min(2, "请填写刊物名称").max(30, "刊物名称不能超过30个字"),
  mastheadTitle: z.string({ message: "请填写报头文字" }).trim().min(2, "请填写报头文字").max(20, "报头文字不能超过20个字"),
  issuingBody: z.string({ message: "请填写编印单位" }).trim().min(2, "请填写编印单位").max(40, "编印单位不能超过40个字"),
  showTotalNumber: z.boolean(),
  requiresSignOff: z.boolean(),
  distributionReport: line("“报”", 200),
  distributionSend: line("“送”", 200),
  distributionIssue: line("“发”", 200),
  printCount,
  active: z.boolean(),
});
export type SeriesInput = z.output<typeof seriesSchema>;

const uuid = z.string().uuid();

/** 送签 / 签发 / 退回 / 撤回: the moves of the issue move table's sign-off path (a required comment is the use case's check). */
export const moveIssueSchema = z.object({
  issueId: uuid,
  version,
  move: z.enum(SIGN_OFF_MOVES),
  comment: z.string().trim().max(500, "意见不能超过500字").optional(),
});

/** 作废 a published issue, with its reason. */
export const voidIssueSchema = z.object({
  issueId: uuid,
  reason: z.string({ message: "请填写作废原因" }).trim().min(1, "请填写作废原因").max(500, "作废原因不能超过500字"),
});
export type VoidIssueInput = z.output<typeof voidIssueSchema>;

export const issueDetailsSchema = z.object({
  editorNote: line("编者按", 2000).nullable().optional(),
  distributionReport: line("“报”", 200).optional(),
  distributionSend: line("“送”", 200).optional(),
  distributionIssue: line("“发”", 200).optional(),
  printCount: printCount.optional(),
});

export const itemChangesSchema = z.object({
  section: line("栏目名称", 12).nullable().optional(),
  editorNote: line("编者按", 1000).nullable().optional(),
  title: line("标题", 100).nullable().optional(),
  body: z.string().max(30000, "正文不能超过30000字").nullable().optional(),
});

/** The composer's pool filter, from the query string; anything odd falls back. */
export const poolParamsSchema = z.object({
  pq: z.string().trim().max(50).optional().catch(undefined),
  punit: z.string().uuid().optional().catch(undefined),
  pkind: z.enum(DRAFT_KINDS).optional().catch(undefined),
  pfrom: z.coerce.date().optional().catch(undefined),
  pto: z.coerce.date().optional().catch(undefined),
  ppage: page,
});

export const archiveParamsSchema = z.object({
  q: z.string().trim().max(50).optional().catch(undefined),
  series: z.string().uuid().optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  page: page,
});
