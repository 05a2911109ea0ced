import { z } from "zod";
import "./zod-config";
import { shanghaiDate } from "@/lib/time";

/** PostgreSQL's integer: anything larger is refused at the field instead of failing in the database. */
export const INT32_MAX = 2_147_483_647;

/** A record's optimistic-lock version. */
export const version = z.coerce.number().int("请刷新页面后再试").min(1, "请刷新页面后再试").max(INT32_MAX, "请刷新页面后再试");

/** Whether "2026-11-23" names a day that exists: Date.parse reads 2026-02-30 as 2 March, so a real date reads back unchanged. */
export function isCalendarDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().slice(0, 10) === s;
}

/** A calendar date field "2026-11-23" that exists; `label` names the field in the message when it is empty. */
export const calendarDate = (label: string) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 2026-11-23")
    .refine(isCalendarDate, "这个日期不存在");

/** A list's page number: anything odd falls back to the first page. */
export const page = z.coerce.number().int().min(1).max(100_000).catch(1).default(1);

/** The key a form sends with a create, so that a repeated submission is carried out once. */
export const requestKey = z.string().uuid("页面已过期，请刷新后再提交");

/** A calendar date (2026-11-23) that exists and is not later than today in the county. */
export const pastDate = (label: string) => calendarDate(label).refine((s) => s <= shanghaiDate(new Date()), "日期不能晚于今天");
