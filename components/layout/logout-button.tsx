"use client";

import { signOut } from "next-auth/react";

export function LogoutButton({ tone = "dark" }: { tone?: "dark" | "light" }) {
  return (
    <button
      onClick={() => signOut({ callbackUrl: "/login" })}
      className={
        tone === "dark"
          ? "whitespace-nowrap rounded border border-white/40 px-3 py-1 text-sm hover:bg-white/10"
          : "flex min-h-11 items-center whitespace-nowrap rounded border border-stone-300 px-3 text-sm text-stone-700 hover:bg-stone-100"
      }
    >
      退出登录
    </button>
  );
}
