/**
 * The one list table. At the desk it is a table; below md (768 px) each row becomes a card:
 * the title column on top, every other cell under its column's name, columns marked
 * `phone: false` left out. Tailwind's `max-md:` prefix does it, so nothing scrolls sideways.
 * Its classes (data-table, data-row, data-cell …) are in app/globals.css rather than on each
 * cell: spelled out on every cell they were half of a 20-row page, sent twice (HTML and RSC).
 * A cell holds its content directly (a card's label is positioned beside it), no wrapper.
 */
export type Column<T> = {
  /** Column name: the table head at the desk, the cell's label in a card ("" for a column of buttons). */
  header: string;
  cell: (row: T) => React.ReactNode;
  /** The card's title on a phone (shown first, without a label). One column per table. */
  title?: boolean;
  /** Numbers align right at the desk. */
  align?: "right" | "center";
  /** false: not shown on a phone (a detail the card can do without). */
  phone?: boolean;
  /** Extra classes for the column's cells (widths, nowrap). */
  className?: string;
};

const ALIGN = { right: "md:text-right", center: "md:text-center" } as const;

export function DataTable<T>({
  rows,
  columns,
  rowKey,
  empty = "没有符合条件的记录",
  label,
  rowClassName,
  rowTestId,
}: {
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  empty?: string;
  /** The table's accessible name, when a page has more than one list. */
  label?: string;
  rowClassName?: (row: T) => string;
  /** A row's data-testid, for tests that pick one row out. */
  rowTestId?: (row: T) => string;
}) {
  // The title column comes first in a card, whatever its place at the desk.
  const titleIndex = columns.findIndex((c) => c.title);
  const cellClasses = columns.map((c, i) =>
    ["data-cell", c.align && ALIGN[c.align], i === titleIndex && "data-cell-title", c.phone === false && "max-md:hidden", c.className].filter(Boolean).join(" "),
  );
  return (
    <table aria-label={label} className="data-table">
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i} scope="col" className={c.align && ALIGN[c.align]}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} {...(rowTestId && { "data-testid": rowTestId(row) })} className={rowClassName ? `data-row ${rowClassName(row)}` : "data-row"}>
            {columns.map((c, i) => (
              <td key={i} {...(c.header && { "data-label": c.header })} className={cellClasses[i]}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
        {rows.length === 0 && (
          <tr className="max-md:block">
            <td colSpan={columns.length} className="px-3 py-8 text-center text-stone-500 max-md:block">
              {empty}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

/**
 * A grid of figures (rankings, period tables) that would make poor cards: it scrolls sideways
 * inside its own box, so the page itself never does. Mark the column that names the row
 * (the unit) with `stickyCell` so it stays in view while the figures scroll.
 */
export function ScrollTable({ label, children, className = "" }: { label: string; children: React.ReactNode; className?: string }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`max-w-full overflow-x-auto rounded border border-stone-200 bg-white ${className}`}>
      {children}
    </div>
  );
}

/** The unit's cell in a ScrollTable: stays at the left edge while the figures scroll under it. */
export const stickyCell = "sticky left-0 z-10 bg-white max-md:shadow-[1px_0_0_#e7e5e4]";
/** The same for its head cell. */
export const stickyHead = "sticky left-0 z-10 bg-stone-50";
