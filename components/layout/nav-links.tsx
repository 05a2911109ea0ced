"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavItem } from "./nav";

export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav className="flex flex-col gap-1 p-3">
      {items.map((item) => {
        const path = item.href.split("?")[0];
        const active = pathname === path;
        return (
          <Link
            key={item.href}
            href={item.href}
            className={`rounded px-3 py-2 text-sm ${active ? "bg-party/10 font-semibold text-party" : "text-stone-700 hover:bg-stone-100"}`}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
