import { z } from "zod";
import "./zod-config";
import { ROLES } from "@/lib/authz/permissions";
import { CHECK_CODES, type CheckCode } from "@/lib/checks/types";

const password = z
  .string({ message: "请填写密码" })
  .min(8, "密码至少8位")
  .max(64, "密码不能超过64位")
  .refine((s) => /[A-Za-z]/.test(s) && /\d/.test(s), "密码需同时包含字母和数字");

export const createUserSchema = z.object({
  username: z
    .string({ message: "请填写登录名" })
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9_.-]{3,32}$/, "登录名为3到32位小写字母、数字或 _ . -"),
  name: z.string({ message: "请填写姓名" }).trim().min(1, "请填写姓名").max(20, "姓名不能超过20个字"),
  unitId: z.string({ message: "请选择所属单位" }).uuid("请选择所属单位"),
  roles: z.array(z.enum(ROLES)).min(1, "至少选择一个角色"),
  phone: z.string().trim().max(20, "电话不能超过20位").optional().default(""),
  password,
});

export const setRolesSchema = z.object({
  userId: z.string().uuid(),
  roles: z.array(z.enum(ROLES)).min(1, "至少选择一个角色"),
});

export const setActiveSchema = z.object({ id: z.string().uuid(), active: z.boolean() });

export const resetPasswordSchema = z.object({ userId: z.string().uuid(), password });

/** What an administrator may add, in the form's order: reporting units, then a lower 组织部 (only below the own level: lib/units/labels mayAddUnder). */
export const UNIT_KINDS = ["TOWNSHIP", "SUBDISTRICT", "AGENCY", "SECTION", "CITY", "COUNTY"] as const;

export const createUnitSchema = z.object({
  name: z.string({ message: "请填写单位名称" }).trim().min(2, "请填写单位全称").max(40, "单位名称不能超过40个字"),
  kind: z.enum(UNIT_KINDS, { message: "请选择单位类别" }),
});

/** 稿件检查设置 (the watch list has its own page: watchTermSchema). */
export const checkSettingsSchema = z.object({
  titleMaxLength: z.number({ message: "请填写数字" }).int("请填写整数").min(10, "标题上限不能少于10个字").max(60, "标题上限不能超过60个字"),
  staleDays: z.number({ message: "请填写数字" }).int("请填写整数").min(1, "至少1天").max(90, "不能超过90天"),
  similarityPercent: z.number({ message: "请填写数字" }).int("请填写整数").min(30, "相似度阈值不能低于30%").max(100, "相似度阈值不能超过100%"),
  /** 紧急信息书面报送时限（小时）; left out by a form that does not show it, and then kept as it is. */
  urgentHours: z.number({ message: "请填写数字" }).int("请填写整数").min(1, "至少1小时").max(48, "不能超过48小时").optional(),
  severeChecks: z.array(z.enum(CHECK_CODES as unknown as [CheckCode, ...CheckCode[]])),
});

/** One entry the administrator adds to the watch list. */
export const watchTermSchema = z.object({
  term: z.string({ message: "请填写要留意的表述" }).trim().min(2, "请填写要留意的表述（至少2个字）").max(30, "每条表述不超过30个字"),
  why: z.string({ message: "请写明为什么要留意" }).trim().min(4, "请写明为什么要留意，审稿人会看到").max(200, "说明不超过200个字"),
  suggestion: z.string().trim().max(100, "建议写法不超过100个字").optional().default(""),
});

export const watchToggleSchema = z.object({ term: z.string().trim().min(1).max(30), enabled: z.boolean() });

/** 安全设置: idle logout and password rules (等保 asks for all three). */
export const securitySettingsSchema = z.object({
  idleMinutes: z.number({ message: "请填写数字" }).int("请填写整数").min(5, "至少5分钟").max(720, "不能超过720分钟"),
  passwordMinLength: z.number({ message: "请填写数字" }).int("请填写整数").min(8, "至少8位").max(64, "不能超过64位"),
  passwordExpiryDays: z.number({ message: "请填写数字" }).int("请填写整数").min(0, "不能小于0").max(3650, "不能超过3650天"),
});
