import { z } from "zod";
import { ROLES } from "@/lib/authz/permissions";

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

export const UNIT_KINDS = ["TOWNSHIP", "SUBDISTRICT", "AGENCY"] as const;
export const UNIT_KIND_LABELS = { COUNTY: "县委组织部", TOWNSHIP: "乡镇", SUBDISTRICT: "街道", AGENCY: "县直单位" } as const;

export const createUnitSchema = z.object({
  name: z.string({ message: "请填写单位名称" }).trim().min(2, "请填写单位全称").max(40, "单位名称不能超过40个字"),
  kind: z.enum(UNIT_KINDS, { message: "请选择单位类别" }),
});
