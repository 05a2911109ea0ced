"use client";

import { usePathname } from "next/navigation";

/** The layout's escalation line steps aside on /urgent, which shows the full list itself. */
export function NotOnUrgentPage({ children }: { children: React.ReactNode }) {
  return usePathname() === "/urgent" ? null : <>{children}</>;
}
