"use client";

import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import type { NavItem } from "./nav";
import { NavLinks } from "./nav-links";
import { LogoutButton } from "./logout-button";

/**
 * The frame of every signed-in page. At the desk the menu stands on the left; on a phone it
 * sits behind the 菜单 button and the header keeps unit and person on one line.
 */
export function AppShell({
  items,
  who,
  roles,
  bell,
  children,
}: {
  items: NavItem[];
  who: string;
  roles: string;
  bell: React.ReactNode;
  children: React.ReactNode;
}) {
  // The menu is open on the page where it was opened: moving to another page closes it.
  const pathname = usePathname();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;

  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center gap-2 bg-party px-3 py-2 text-white shadow md:px-6 md:py-3">
        <button
          type="button"
          className="-ml-1 flex h-11 w-11 shrink-0 items-center justify-center rounded hover:bg-white/10 lg:hidden"
          aria-expanded={open}
          aria-controls="app-menu"
          aria-label={open ? "关闭菜单" : "打开菜单"}
          onClick={() => setOpenOn(open ? null : pathname)}
        >
          <svg aria-hidden viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="2">
            {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 6h16M4 12h16M4 18h16" />}
          </svg>
        </button>
        <Link href="/" className="shrink-0 whitespace-nowrap text-base font-bold tracking-wide md:text-lg">
          <span className="md:hidden">组工信息</span>
          <span className="hidden md:inline">组工信息报送编发平台</span>
        </Link>
        <div className="ml-auto flex min-w-0 items-center gap-2 text-sm md:gap-4">
          <span data-testid="current-user" className="min-w-0 truncate whitespace-nowrap">
            {who}
            <span className="hidden md:inline">（{roles}）</span>
          </span>
          {bell}
          <Link href="/account/password" className="hidden whitespace-nowrap hover:underline md:inline">
            修改密码
          </Link>
          <span className="hidden md:inline">
            <LogoutButton />
          </span>
        </div>
      </header>
      <div className="flex flex-1">
        <aside
          id="app-menu"
          className={`${open ? "fixed inset-x-0 bottom-0 top-[60px] z-40 overflow-y-auto" : "hidden"} w-full shrink-0 border-r border-stone-200 bg-white lg:static lg:block lg:w-44`}
        >
          <NavLinks items={items} />
          <div className="flex flex-col gap-2 border-t border-stone-200 p-3 md:hidden">
            <Link href="/account/password" className="flex min-h-11 items-center rounded px-3 text-sm text-stone-700 hover:bg-stone-100">
              修改密码
            </Link>
            <LogoutButton tone="light" />
          </div>
        </aside>
        <main className="min-w-0 flex-1 p-3 md:p-6">{children}</main>
      </div>
    </div>
  );
}
