"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";

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

export function LoginForm() {
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState("");
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
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
    <form onSubmit={onSubmit} className="mt-8 space-y-4" noValidate>
      <label className="block">
        <span className="text-sm text-stone-700">用户名</span>
        <input
          name="username"
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          className="mt-1 w-full rounded border border-stone-300 px-3 py-2 focus:border-party focus:outline-none"
        />
      </label>
      <label className="block">
        <span className="text-sm text-stone-700">密码</span>
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
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
        disabled={pending}
        className="w-full rounded bg-party py-2 font-medium text-white hover:bg-party-dark disabled:opacity-60"
      >
        {pending ? "正在登录…" : "登录"}
      </button>
    </form>
  );
}
