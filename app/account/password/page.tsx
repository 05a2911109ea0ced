import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { requireUser } from "@/lib/auth/current-user";
import { currentSecurityRules } from "@/lib/auth/security-settings";
import { ChangePasswordForm } from "@/components/account/change-password-form";

export const metadata: Metadata = { title: "修改密码" };

const WHY = {
  initial: "您的密码是管理员设置的，请先改成只有您自己知道的密码，再开始使用。",
  expired: "您的密码已使用较长时间，按安全规定需要更换后才能继续使用。",
} as const;

export default async function ChangePasswordPage() {
  const user = await requireUser();
  const rules = await currentSecurityRules();
  return (
    <main className="flex min-h-screen flex-col items-center justify-center bg-stone-100 px-4">
      <div className="w-full max-w-sm rounded-lg bg-white p-6 shadow">
        <h1 className="text-xl font-bold text-party">修改密码</h1>
        <p className="mt-1 text-sm text-stone-500">
          {user.unitName} · {user.name}
        </p>
        {user.mustChangePassword && (
          <p role="status" className="mt-3 rounded bg-amber-50 px-3 py-2 text-sm text-amber-800">
            {WHY[user.mustChangePassword]}
          </p>
        )}
        <ChangePasswordForm minLength={rules.passwordMinLength} />
        {!user.mustChangePassword && (
          <Link href="/" className="mt-4 block text-center text-sm text-party hover:underline">
            返回首页
          </Link>
        )}
      </div>
    </main>
  );
}
