import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { listParamsSchema } from "@/lib/validation/list";
import { requireUser } from "@/lib/auth/current-user";
import { can, type Role } from "@/lib/authz/permissions";
import { listUsers } from "@/lib/admin/users";
import { throttleState } from "@/lib/auth/login";
import { formatDateTime } from "@/lib/time";
import { listAllUnits } from "@/lib/admin/units";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserRowActions } from "@/components/admin/user-row-actions";

export const metadata: Metadata = { title: "账号管理" };


function LoginTrouble({ username, state }: { username: string; state?: Awaited<ReturnType<typeof throttleState>> }) {
  if (!state?.recentFailures) return null;
  return (
    <p className="mt-1 text-xs text-red-700">
      近15分钟登录失败{state.recentFailures}次
      {state.lockedUntil && `，${formatDateTime(state.lockedUntil)}前陌生地址不能登录`}
      <Link prefetch={false} className="ml-1 underline" href={`/admin/audit?kind=auth.login_failed&who=${encodeURIComponent(username)}`}>
        查看记录
      </Link>
    </p>
  );
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!can(user, "admin.manage")) notFound();
  const params = await searchParams;
  const { q, page } = listParamsSchema.parse(params);
  const [result, units] = await Promise.all([listUsers(user, { q, page }), listAllUnits(user)]);
  const throttles = new Map(await Promise.all(result.rows.map(async (u) => [u.id, await throttleState(u.username)] as const)));
  return (
    <div className="space-y-5">
      <PageHeader title="账号管理" />
      <CreateUserForm units={units.filter((u) => u.active).map((u) => ({ id: u.id, name: u.name }))} />
      <form className="flex gap-2">
        <input name="q" defaultValue={q} placeholder="搜索姓名、登录名或单位" className="w-72 rounded border border-stone-300 px-3 py-1.5 text-sm" />
        <button className={buttonClass("secondary")}>搜索</button>
      </form>
      <table className="w-full rounded border border-stone-200 bg-white text-sm">
        <thead className="bg-stone-50 text-left text-stone-600">
          <tr>
            <th className="px-3 py-2">登录名</th>
            <th className="px-3 py-2">姓名</th>
            <th className="px-3 py-2">单位</th>
            <th className="px-3 py-2">状态</th>
            <th className="px-3 py-2">角色与操作</th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((u) => (
            <tr key={u.id} className="border-t border-stone-100 align-top">
              <td className="px-3 py-2 font-mono">{u.username}</td>
              <td className="px-3 py-2">{u.name}</td>
              <td className="px-3 py-2">{u.unit.name}</td>
              <td className="px-3 py-2">
                {u.active ? "正常" : <span className="text-red-600">已停用</span>}
                <LoginTrouble username={u.username} state={throttles.get(u.id)} />
              </td>
              <td className="px-3 py-2">
                <UserRowActions
                  user={{ id: u.id, username: u.username, active: u.active, roles: u.roles as Role[], locked: !!throttles.get(u.id)?.recentFailures }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination page={result.page} pages={result.pages} total={result.total} params={params} basePath="/admin/users" />
    </div>
  );
}
