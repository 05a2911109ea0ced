"use client";

import { useState, useSyncExternalStore } from "react";
import { signIn } from "next-auth/react";
import { ClientForm } from "@/components/ui/client-form";

const MESSAGES: Record<string, string> = {
  LOCKED: "该账号近期登录失败次数过多，15分钟内只能在您常用的电脑上登录；急用请联系管理员解除限制",
  ADDRESS: "这台电脑登录失败次数过多，请15分钟后再试，或联系管理员",
  INVALID: "用户名或密码不正确",
  ERROR: "登录服务暂时出了问题，请稍后再试；如一直不行，请联系管理员",
};

/** "WAIT:8" etc.: the server says how many seconds to wait before the next try. */
function messageOf(code: string | null | undefined): string {
  const [kind, seconds] = (code ?? "").split(":");
  if (kind === "WAIT") return `密码连续输错，请${seconds}秒后再试`;
  if (seconds && MESSAGES[kind]) return MESSAGES[kind];
  return MESSAGES[kind] ?? MESSAGES.INVALID;
}

const noSubscription = () => () => {};

/**
 * The fields are read from the form when it is sent, not kept in state: what someone types on a
 * slow phone before the page's script has started stays in the boxes and is what is sent. Until
 * then the button waits, and as a ClientForm the browser never sends the form by itself (with
 * the password in an address).
 */
export function LoginForm() {
  // false in the server's HTML, true once the script runs in the browser.
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  const [error, setError] = useState("");
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get("username") ?? "");
    const password = String(form.get("password") ?? "");
    if (!username.trim() || !password) {
      setError("请输入用户名和密码");
      return;
    }
    setPending(true);
    setError("");
    const result = await signIn("credentials", { username, password, redirect: false });
    setPending(false);
    if (result?.ok && !result.error) {
      // A full load of "/": the server answers with a redirect to the role's home page, so no
      // empty frame shows before it.
      window.location.replace("/");
    } else {
      setError(messageOf(result?.error));
    }
  }

  return (
    <ClientForm onSubmit={onSubmit} className="mt-8 space-y-4" noValidate>
      <label className="block">
        <span className="text-sm text-stone-700">用户名</span>
        <input
          name="username"
          autoComplete="username"
          className="mt-1 w-full rounded border border-stone-300 px-3 py-2 focus:border-party focus:outline-none"
        />
      </label>
      <label className="block">
        <span className="text-sm text-stone-700">密码</span>
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          className="mt-1 w-full rounded border border-stone-300 px-3 py-2 focus:border-party focus:outline-none"
        />
      </label>
      {error && (
        <p role="alert" className="rounded bg-red-50 px-3 py-2 text-sm text-red-700">
          {error}
        </p>
      )}
      <button
        type="submit"
        disabled={pending || !ready}
        className="w-full rounded bg-party py-2 font-medium text-white hover:bg-party-dark disabled:opacity-60"
      >
        {pending ? "正在登录…" : "登录"}
      </button>
    </ClientForm>
  );
}
