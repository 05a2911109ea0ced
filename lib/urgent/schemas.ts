/** The forms of 紧急信息, used in the browser and on the server alike. */
import { z } from "zod";
import { listParamsSchema } from "@/lib/validation/list";
import { parseLocal } from "./clock";

const localTime = (missing: string) =>
  z
    .string({ message: missing })
    .trim()
    .min(1, missing)
    .refine((s) => parseLocal(s) !== null, "时间格式不对，请重新选择");

const title = z.string({ message: "请填写事件简题" }).trim().min(1, "请填写事件简题").max(60, "事件简题不能超过60个字");

/** 报告紧急情况: a unit opens a case (the research office names the unit). */
export const openCaseSchema = z.object({
  title,
  eventAt: localTime("请填写事发时间"),
  unitId: z.string().uuid("请选择单位").optional(),
});
export type OpenCaseInput = z.output<typeof openCaseSchema>;

const phoneFields = {
  reporter: z.string({ message: "请填写报告人" }).trim().min(1, "请填写报告人").max(20, "报告人不能超过20个字"),
  reportedAt: localTime("请填写报告时间"),
  summary: z.string({ message: "请填写简要情况" }).trim().min(1, "请填写简要情况").max(500, "简要情况不能超过500个字"),
};

/** 登记电话报告: a new case from a phone call. */
export const phoneReportSchema = z.object({
  unitId: z.string({ message: "请选择单位" }).uuid("请选择单位"),
  title,
  eventAt: localTime("请填写事发时间"),
  ...phoneFields,
});
export type PhoneReportInput = z.output<typeof phoneReportSchema>;

/** 补登电话报告 on a case a unit opened itself. */
export const addPhoneReportSchema = z.object({ caseId: z.string().uuid(), ...phoneFields });
export type AddPhoneReportInput = z.output<typeof addPhoneReportSchema>;

export const closeCaseSchema = z.object({ id: z.string().uuid() });

export const CASE_FILTERS = { waiting: "未报", reported: "已报", closed: "已办结", late: "迟报" } as const;
export type CaseFilter = keyof typeof CASE_FILTERS;

export const caseListSchema = listParamsSchema.extend({
  filter: z.enum(Object.keys(CASE_FILTERS) as [CaseFilter, ...CaseFilter[]]).optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
});
