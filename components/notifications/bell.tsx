import Link from "@/components/ui/link";

/** The bell in the header: unread notifications, counted on every page load (with the session, see lib/auth/current-user.ts). */
export function Bell({ unread: n }: { unread: number }) {
  return (
    <Link href="/notifications" className="relative rounded px-2 py-1 hover:bg-white/10" aria-label={n > 0 ? `消息（${n}条未读）` : "消息"} data-testid="bell">
      <svg aria-hidden viewBox="0 0 24 24" className="inline h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {n > 0 && (
        <span className="absolute -right-1 -top-1 min-w-5 rounded-full bg-amber-400 px-1 text-center text-xs font-bold text-stone-900">{n > 99 ? "99+" : n}</span>
      )}
    </Link>
  );
}
