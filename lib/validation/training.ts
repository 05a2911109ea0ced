import { z } from "zod";
import "./zod-config";
import { TRAINING_FORMS } from "@/lib/training/labels";
import { shanghaiDate } from "@/lib/time";
import { calendarDate, pastDate, version } from "./common";

const uuid = z.string().uuid("请刷新页面后再试");
const text = (label: string, max: number) => z.string().trim().max(max, `${label}不能超过${max}个字`).optional().default("");

/** A session may be planned ahead (the next one), but not further than this. */
export const MAX_DAYS_AHEAD = 365;
export const latestSessionDay = (now = new Date()) => shanghaiDate(new Date(now.getTime() + MAX_DAYS_AHEAD * 86_400_000));

/** 登记或修改一次培训. */
export const sessionSchema = z.object({
  heldOn: calendarDate("培训日期")
    .refine((s) => s >= "2000-01-01", "培训日期不对，请核对年份")
    .refine((s) => s <= latestSessionDay(), "培训日期最晚只能安排到一年以内"),
  topic: z.string({ message: "请填写培训主题" }).trim().min(2, "请填写培训主题（至少2个字）").max(60, "培训主题不能超过60个字"),
  form: z.enum(TRAINING_FORMS, { message: "请选择培训形式" }),
  trainer: text("主讲人", 40),
  notes: text("培训内容", 2000),
});
export type SessionInput = z.output<typeof sessionSchema>;

export const updateSessionSchema = sessionSchema.extend({ id: uuid, version });
export type UpdateSessionInput = z.output<typeof updateSessionSchema>;

/** 登记参训人员: the whole list as ticked (added and removed at once). */
export const attendanceSchema = z.object({
  sessionId: uuid,
  userIds: z.array(uuid, { message: "参训人员选择有误，请刷新后再选" }).max(1000, "一次最多登记1000人"),
  version,
});
export type AttendanceInput = z.output<typeof attendanceSchema>;

export const removeMaterialSchema = z.object({ id: uuid });

/** 传帮带结对. */
export const pairSchema = z
  .object({
    mentorId: z.string({ message: "请选择带教人" }).uuid("请选择带教人"),
    menteeId: z.string({ message: "请选择新手" }).uuid("请选择新手"),
    startedOn: pastDate("开始日期"),
    note: text("备注", 200),
  })
  .refine((p) => p.mentorId !== p.menteeId, { path: ["menteeId"], message: "带教人和新手不能是同一个人" });
export type PairInput = z.output<typeof pairSchema>;

export const endPairSchema = z.object({ id: uuid, endedOn: pastDate("结束日期") });
export type EndPairInput = z.output<typeof endPairSchema>;

/** 发给作者作为改稿说明. */
export const teachingNoteSchema = z.object({
  draftId: uuid,
  note: z.string({ message: "请写几句改稿说明" }).trim().min(5, "请写几句改稿说明（至少5个字），说清改了什么、为什么这样改").max(2000, "改稿说明不能超过2000个字"),
});
export type TeachingNoteInput = z.output<typeof teachingNoteSchema>;
