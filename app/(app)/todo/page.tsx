import type { Metadata } from "next";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { loadOr404 } from "@/lib/load-or-404";
import { todosFor } from "@/lib/todo";
import { listParamsSchema } from "@/lib/validation/list";
import { PAGE_SIZE } from "@/lib/paging";
import { PageHeader } from "@/components/ui/page-header";
import { FilterBar, FilterSearch } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { TodoList } from "@/components/todo/todo-list";

export const metadata: Metadata = { title: "待办事项" };

const paramsSchema = listParamsSchema.extend({ q: z.string().trim().max(50).optional().catch(undefined) });

/** 待办事项: what the person must act on now, from every part of the system. */
export default async function TodoPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  const params = paramsSchema.parse(await searchParams);
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
        <TodoList rows={rows} />
      )}
      {found.length > PAGE_SIZE && <Pagination page={page} pages={pages} total={found.length} params={{ q: params.q }} basePath="/todo" />}
    </div>
  );
}
