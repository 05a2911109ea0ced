import Link from "@/components/ui/link";

/** Years to look at: last year, this year and next (for setting next year's quotas early). */
export function YearSwitch({ year, current, href }: { year: number; current: number; href: (y: number) => string }) {
  return (
    <nav aria-label="年度" className="inline-flex overflow-hidden rounded border border-stone-300 text-sm">
      {[current - 1, current, current + 1].map((y) => (
        <Link key={y} href={href(y)} aria-current={y === year ? "page" : undefined} className={`px-3 py-1 ${y === year ? "bg-party text-white" : "bg-white text-stone-700 hover:bg-stone-50"}`}>
          {y}年
        </Link>
      ))}
    </nav>
  );
}
