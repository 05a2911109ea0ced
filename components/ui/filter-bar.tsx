import Link from "@/components/ui/link";
import { buttonClass } from "./button";

/** The look of every control inside a FilterBar: full width on a phone, its own width at the desk. */
export const filterControlClass = "min-h-11 w-full rounded border border-stone-300 bg-white px-3 py-1.5 text-sm sm:w-auto md:min-h-0";

/**
 * A list's filters: a GET form, so what was asked for lives in the URL and survives paging,
 * refreshing and sharing a link. Controls wrap onto lines of their own on a phone. 重置 goes
 * back to `resetHref` (the list with nothing chosen).
 */
export function FilterBar({
  label,
  resetHref,
  keep,
  children,
  className = "mb-4",
}: {
  /** The form's accessible name ("筛选稿件"). */
  label: string;
  resetHref?: string;
  /** Query values the filters do not show but must keep (a chosen tab). */
  keep?: Record<string, string | undefined>;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <form role="search" aria-label={label} className={`flex w-full flex-col gap-2 sm:w-auto sm:flex-row sm:flex-wrap sm:items-center ${className}`}>
      {Object.entries(keep ?? {}).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      {children}
      <div className="flex gap-2">
        <button className={`${buttonClass("secondary")} max-sm:flex-1`}>查询</button>
        {resetHref && (
          <Link href={resetHref} className={`${buttonClass("secondary")} max-sm:flex-1`}>
            重置
          </Link>
        )}
      </div>
    </form>
  );
}

/** The search box of a FilterBar (the query key `q` unless told). */
export function FilterSearch({ name = "q", value, placeholder, label }: { name?: string; value?: string; placeholder: string; label: string }) {
  return <input type="search" name={name} defaultValue={value} placeholder={placeholder} aria-label={label} className={`${filterControlClass} sm:w-64`} />;
}

export type FilterOption = { value: string; label: string };

/** A choice in a FilterBar; the first option ("全部…") means no filter. */
export function FilterSelect({ name, value, label, all, options }: { name: string; value?: string; label: string; all: string; options: FilterOption[] }) {
  return (
    <select name={name} defaultValue={value ?? ""} aria-label={label} className={filterControlClass}>
      <option value="">{all}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
