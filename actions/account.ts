"use server";

import { z } from "zod";
import { action } from "@/lib/auth/action";
import { changeOwnPassword } from "@/lib/admin/users";
import "@/lib/validation/zod-config";

const changePasswordSchema = z
  .object({
    current: z.string().min(1, "请填写原密码").max(128),
    password: z.string().min(1, "请填写新密码").max(128, "密码最多128位"),
    confirm: z.string().max(128),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "两次填写的新密码不一致" });

export const changePasswordAction = action(
  changePasswordSchema,
  async (input, user) => changeOwnPassword(user, { current: input.current, password: input.password }),
  { beforePasswordChange: true },
);
