"use client";

import Link from "@/components/ui/link";
import { usePathname, useSearchParams } from "next/navigation";
import type { NavItem } from "./nav";

function parse(href: string) {
  const [path, query] = href.split("?");
  return { path, wanted: new URLSearchParams(query ?? "").get("status") };
}

/** An entry is current when its path and its status filter (or the lack of one) match the page. */
function isCurrent(href: string, pathname: string, status: string | null) {
  const { path, wanted } = parse(href);
  return pathname === path && (wanted ? wanted === status : !status);
}

export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const status = useSearchParams().get("status");
  const anyExact = items.some((i) => isCurrent(i.href, pathname, status));
  return (
    <nav className="flex flex-col gap-1 p-3">
      {items.map((item) => {
        // Without an exact match (another status tab), the unfiltered entry of the same path is current.
        const { path, wanted } = parse(item.href);
        const active = isCurrent(item.href, pathname, status) || (!anyExact && pathname === path && !wanted);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? "page" : undefined}
            className={`flex min-h-11 items-center rounded px-3 py-2 text-sm lg:block lg:min-h-0 ${active ? "bg-party/10 font-semibold text-party" : "text-stone-700 hover:bg-stone-100"}`}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
