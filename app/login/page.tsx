import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { rootUnitName } from "@/lib/units/root";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "登录" };

const ENDED: Record<string, string> = {
  idle: "您已较长时间没有操作，为安全起见已自动退出，请重新登录",
  ended: "您的登录已失效（已退出、被管理员强制下线或密码已更改），请重新登录",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  if (await getCurrentUser()) redirect("/");
  const reason = (await searchParams).reason;
  const notice = reason ? ENDED[reason] : undefined;
  const owner = await rootUnitName();
  return (
    <main className="flex min-h-screen flex-col items-center justify-center bg-gradient-to-b from-party to-party-dark px-4">
      <div className="w-full max-w-sm rounded-lg bg-white p-8 shadow-xl">
        <h1 className="text-center text-2xl font-bold tracking-wide text-party">组工信息报送编发平台</h1>
        {owner && <p className="mt-2 text-center text-sm text-stone-500">{owner}</p>}
        {notice && (
          <p role="status" className="mt-4 rounded bg-amber-50 px-3 py-2 text-sm text-amber-800">
            {notice}
          </p>
        )}
        <LoginForm />
      </div>
      <p className="mt-6 text-xs text-red-100">本系统运行于内部网络，请勿处理涉密信息</p>
    </main>
  );
}
