import { buttonClass } from "./button";

/** A list's search box: a GET form, so the search lives in the URL and survives paging. */
export function SearchForm({ q, placeholder, label, className = "mb-4" }: { q?: string; placeholder: string; label: string; className?: string }) {
  return (
    <form className={`flex gap-2 ${className}`} role="search">
      <input name="q" defaultValue={q} placeholder={placeholder} aria-label={label} className="w-72 rounded border border-stone-300 px-3 py-1.5 text-sm" />
      <button className={buttonClass("secondary")}>搜索</button>
    </form>
  );
}
