import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { listParamsSchema } from "@/lib/validation/list";
import { requireUser } from "@/lib/auth/current-user";
import { can, type Role } from "@/lib/authz/permissions";
import { listUsers } from "@/lib/admin/users";
import { throttleStates, type ThrottleState } from "@/lib/auth/login";
import { formatDateTime } from "@/lib/time";
import { listAllUnits } from "@/lib/admin/units";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { FilterBar, FilterSearch } from "@/components/ui/filter-bar";
import { DataTable } from "@/components/ui/data-table";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserRowActions } from "@/components/admin/user-row-actions";

export const metadata: Metadata = { title: "账号管理" };


function LoginTrouble({ username, state }: { username: string; state?: ThrottleState }) {
  if (!state?.recentFailures) return null;
  return (
    <p className="mt-1 text-xs text-red-700">
      近15分钟登录失败{state.recentFailures}次
      {state.lockedUntil && `，${formatDateTime(state.lockedUntil)}前陌生地址不能登录`}
      <Link className="ml-1 underline" href={`/admin/audit?kind=auth.login_failed&who=${encodeURIComponent(username)}`}>
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
  const throttles = await throttleStates(result.rows.map((u) => u.username));
  return (
    <div className="space-y-5">
      <PageHeader title="账号管理" />
      <CreateUserForm units={units.filter((u) => u.active).map((u) => ({ id: u.id, name: u.name }))} />
      <FilterBar label="查找账号" resetHref="/admin/users" className="">
        <FilterSearch value={q} placeholder="搜索姓名、登录名或单位" label="搜索账号" />
      </FilterBar>
      <DataTable
        rows={result.rows}
        rowKey={(u) => u.id}
        empty="没有符合条件的账号"
        columns={[
          { header: "登录名", cell: (u) => <span className="font-mono">{u.username}</span> },
          { header: "姓名", title: true, cell: (u) => u.name, className: "whitespace-nowrap" },
          { header: "单位", cell: (u) => u.unit.name },
          {
            header: "状态",
            cell: (u) => (
              <>
                {u.active ? "正常" : <span className="text-red-600">已停用</span>}
                <LoginTrouble username={u.username} state={throttles.get(u.username)} />
              </>
            ),
          },
          {
            header: "角色与操作",
            cell: (u) => <UserRowActions user={{ id: u.id, username: u.username, active: u.active, roles: u.roles as Role[], locked: !!throttles.get(u.username)?.recentFailures }} />,
          },
        ]}
      />
      <Pagination page={result.page} pages={result.pages} total={result.total} params={params} basePath="/admin/users" />
    </div>
  );
}
