import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { loadOr404 } from "@/lib/load-or-404";
import { todosFor } from "@/lib/todo";
import type { TodoItem } from "@/lib/todo/types";
import { listParamsSchema } from "@/lib/validation/list";
import { PAGE_SIZE } from "@/lib/paging";
import { formatDateTime } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { FilterBar, FilterSearch } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";

export const metadata: Metadata = { title: "待办事项" };

function Due({ item }: { item: TodoItem }) {
  if (!item.due) return null;
  return (
    <span className={`ml-auto shrink-0 text-xs md:ml-0 ${item.overdue ? "font-semibold text-red-700" : "text-stone-500"}`}>
      {item.overdue ? "已逾期 · " : "截止 "}
      {formatDateTime(item.due)}
    </span>
  );
}

/** 待办事项: what the person must act on now, from every part of the system. */
export default async function TodoPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  const params = listParamsSchema.extend({ q: z.string().trim().max(50).optional().catch(undefined) }).parse(await searchParams);
  const all = await loadOr404(() => todosFor(user));
  const found = params.q ? all.filter((i) => `${i.title} ${i.detail ?? ""} ${i.group}`.includes(params.q!)) : all;
  const pages = Math.max(1, Math.ceil(found.length / PAGE_SIZE));
  const page = Math.min(params.page, pages);
  const rows = found.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const overdue = all.filter((i) => i.overdue).length;
  return (
    <div>
      <PageHeader title="待办事项">
        <span className="text-sm text-stone-600">
          共{all.length}项{overdue > 0 && <b className="text-red-700">，其中{overdue}项已逾期</b>}
        </span>
      </PageHeader>
      <FilterBar label="筛选待办" resetHref="/todo">
        <FilterSearch value={params.q} placeholder="按标题查找待办" label="查找待办" />
      </FilterBar>
      {rows.length === 0 ? (
        <p className="rounded border border-stone-200 bg-white px-4 py-8 text-center text-stone-500">
          {params.q ? `没有找到含“${params.q}”的待办。` : "眼下没有要您办理的事项。"}
        </p>
      ) : (
        <ul className="divide-y divide-stone-100 rounded border border-stone-200 bg-white" data-testid="todo-list">
          {rows.map((item) => (
            <li key={item.key} className={item.overdue ? "todo-row bg-red-50" : "todo-row"}>
              <span className="todo-group">{item.group}</span>
              <div className="todo-main">
                <Link href={item.href}>{item.title}</Link>
                {item.detail && <p>{item.detail}</p>}
              </div>
              <Due item={item} />
            </li>
          ))}
        </ul>
      )}
      {found.length > PAGE_SIZE && <Pagination page={page} pages={pages} total={found.length} params={{ q: params.q }} basePath="/todo" />}
    </div>
  );
}
