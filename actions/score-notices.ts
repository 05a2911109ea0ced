"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/auth/action";
import { issueNotice, previewNotice } from "@/lib/scores/notices";

const MAX_INDEX = { MONTH: 12, QUARTER: 4, YEAR: 1 } as const;

/** The period chosen on the form; every mistake is reported at the period field. */
const noticePeriodSchema = z
  .object({
    kind: z.enum(["MONTH", "QUARTER", "YEAR"], { message: "请选择通报类型" }),
    year: z.coerce.number({ message: "请选择年份" }).int("请选择年份").min(2000, "请选择年份").max(2100, "请选择年份"),
    index: z.coerce.number().int().min(1).max(100).default(1),
  })
  .superRefine((p, ctx) => {
    if (p.year < 2000 || p.year > 2100) ctx.addIssue({ code: "custom", path: ["period"], message: "请选择年份" });
    if (p.kind !== "YEAR" && (p.index < 1 || p.index > MAX_INDEX[p.kind])) {
      ctx.addIssue({ code: "custom", path: ["period"], message: p.kind === "MONTH" ? "请选择月份" : "请选择季度" });
    }
  })
  .transform((p) => ({ kind: p.kind, year: p.year, index: p.kind === "YEAR" ? 1 : p.index }));

/** 预览: the figures and text a notice for the period would freeze now. */
export const previewNoticeAction = action(noticePeriodSchema, async (period, user) => previewNotice(user, { period }));

const issueNoticeSchema = z.object({ period: noticePeriodSchema, digest: z.string().regex(/^[0-9a-f]{64}$/, "请先预览再发布") });

export const issueNoticeAction = action(issueNoticeSchema, async ({ period, digest }, user) => {
  const notice = await issueNotice(user, { period, digest });
  revalidatePath("/scores/notices");
  return { id: notice.id, title: notice.title };
}, { once: "notice.issue" });
