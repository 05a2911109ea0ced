"use client";

import { useEffect, useState } from "react";
import { deadlineClock } from "@/lib/urgent/clock";

/**
 * The time left to a due time, or how long it is over, re-read every 30 seconds. It starts
 * from the server's "now" so the page hydrates with the same text, then follows the browser.
 */
export function UrgentClock({ dueAt, serverNow, className = "" }: { dueAt: string; serverNow: string; className?: string }) {
  const [now, setNow] = useState(() => new Date(serverNow));
  useEffect(() => {
    // Hydrated with the server's time; from here on the browser's clock (read only in the browser).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const clock = deadlineClock(new Date(dueAt), now);
  return (
    <span data-testid="urgent-clock" className={`font-medium ${clock.overdue ? "text-red-700" : clock.remainingMs <= 60 * 60 * 1000 ? "text-amber-700" : "text-emerald-700"} ${className}`}>
      {clock.label}
    </span>
  );
}
