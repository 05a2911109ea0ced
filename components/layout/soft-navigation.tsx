"use client";

import { useRouter } from "next/navigation";
import { useEffect, useTransition } from "react";

/** Where a click on the app's Link (components/ui/link.tsx) goes in place, or null to leave it to the browser. */
function inPlaceTarget(event: MouseEvent): string | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = event.target instanceof Element ? event.target.closest("a[data-nav]") : null;
  if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== "_self") || link.hasAttribute("download")) return null;
  const url = new URL(link.href);
  if (url.origin !== location.origin) return null;
  // A jump within the page is the browser's.
  if (url.hash && url.pathname === location.pathname && url.search === location.search) return null;
  return url.pathname + url.search + url.hash;
}

/**
 * One listener for every Link of the app: a plain click opens the page in place through Next's
 * router, and a bar runs along the top until the page is there (a slow line or a busy server
 * shows that the click was taken). Ctrl/⌘-click, the middle button, a new tab: the browser's.
 * Before the page's scripts run, a click is an ordinary link and loads the page.
 */
export function SoftNavigation() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  useEffect(() => {
    function onClick(event: MouseEvent) {
      const href = inPlaceTarget(event);
      if (href === null) return;
      event.preventDefault();
      startTransition(() => router.push(href));
    }
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [router]);
  if (!pending) return null;
  return <div role="progressbar" aria-label="正在打开页面" className="nav-progress" />;
}
