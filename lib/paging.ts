export const PAGE_SIZE = 20;

export type Page<T> = { rows: T[]; total: number; page: number; pages: number };

/**
 * One page of a list: counts first, so a page number past the end shows the last page.
 * Callers order by something unique last (id), so rows never repeat or vanish between pages.
 */
export async function paginate<T>(
  requested: number,
  count: () => Promise<number>,
  fetch: (skip: number, take: number) => Promise<T[]>,
  size = PAGE_SIZE,
): Promise<Page<T>> {
  const total = await count();
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, requested), pages);
  const rows = total === 0 ? [] : await fetch((page - 1) * size, size);
  return { rows, total, page, pages };
}
