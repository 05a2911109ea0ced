import Link from "@/components/ui/link";

/** 约稿 | 点题: the two kinds of writing tasks a unit gets, side by side under one menu item. */
export function PlanningTabs({ current }: { current: "commissions" | "topics" }) {
  const tab = (key: typeof current, href: string, label: string) => (
    <Link
      href={href}
      aria-current={current === key ? "page" : undefined}
      className={`-mb-px border-b-2 px-4 py-2 text-sm ${current === key ? "border-party font-medium text-party" : "border-transparent text-stone-600 hover:text-stone-900"}`}
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label="约稿和点题" className="mb-4 flex border-b border-stone-200">
      {tab("commissions", "/commissions", "约稿")}
      {tab("topics", "/topics", "点题")}
    </nav>
  );
}
