"use client";

import { useState } from "react";
import { resetPasswordAction, revokeSessionsAction, setUserActiveAction, setUserRolesAction, unlockAccountAction } from "@/actions/admin";
import { ROLES, ROLE_LABELS, type Role } from "@/lib/authz/permissions";
import type { ActionResult } from "@/lib/action-result";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";

export function UserRowActions({ user }: { user: { id: string; username: string; active: boolean; roles: Role[]; locked: boolean } }) {
  const action = useAction();
  const pending = action.pending;
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [resetting, setResetting] = useState(false);
  const [password, setPassword] = useState("");
  const run = (call: () => Promise<ActionResult<unknown>>, ok: string, after?: () => void) => action.run(call, { success: ok, onSuccess: after });
  // Text buttons, tall enough to tap on a phone.
  const link = "min-h-11 whitespace-nowrap text-party hover:underline disabled:opacity-50 md:min-h-0";

  return (
    <div className="space-y-1 text-sm">
      <div className="flex flex-wrap gap-2">
        {ROLES.map((r) => (
          <label key={r} className="flex items-center gap-0.5">
            <input type="checkbox" checked={roles.includes(r)} onChange={(e) => setRoles(e.target.checked ? [...roles, r] : roles.filter((x) => x !== r))} />
            {ROLE_LABELS[r]}
          </label>
        ))}
      </div>
      <div className="flex flex-wrap gap-x-3">
        <button className={link} disabled={pending} onClick={() => run(() => setUserRolesAction({ userId: user.id, roles }), "角色已保存")}>
          保存角色
        </button>
        <button
          className={link}
          disabled={pending}
          onClick={() => run(() => setUserActiveAction({ id: user.id, active: !user.active }), user.active ? "已停用，该账号已被登出" : "已启用")}
        >
          {user.active ? "停用" : "启用"}
        </button>
        <button className={link} disabled={pending} onClick={() => setResetting(!resetting)}>
          重置密码
        </button>
        <button className={link} disabled={pending} onClick={() => run(() => revokeSessionsAction({ userId: user.id }), "已强制下线，该账号须重新登录")}>
          强制下线
        </button>
        {user.locked && (
          <button className={link} disabled={pending} onClick={() => run(() => unlockAccountAction({ userId: user.id }), "已解除登录限制")}>
            解除登录限制
          </button>
        )}
      </div>
      {resetting && (
        <div className="flex flex-wrap items-center gap-2">
          <input
            aria-label={`${user.username} 的新密码`}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            placeholder="新密码：至少8位，含字母和数字"
            className="min-h-11 w-60 max-w-full rounded border border-stone-300 px-2 py-1 md:min-h-0"
          />
          <button
            className={link}
            disabled={pending}
            onClick={() =>
              run(() => resetPasswordAction({ userId: user.id, password }), "密码已重置，原有登录已失效；本人下次登录须改成自己的密码", () => {
                setPassword("");
                setResetting(false);
              })
            }
          >
            确定
          </button>
        </div>
      )}
      <ActionNotice action={action} compact />
    </div>
  );
}
