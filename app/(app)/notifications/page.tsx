import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { listNotifications } from "@/lib/notifications/queries";
import { listParamsSchema } from "@/lib/validation/list";
import { formatDateTime } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { FilterBar, FilterSearch } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { MarkAllRead } from "@/components/notifications/mark-all-read";
import { openNotification } from "@/actions/notifications";

export const metadata: Metadata = { title: "消息" };

const paramsSchema = listParamsSchema.extend({ unread: z.literal("1").optional().catch(undefined) });

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  const params = paramsSchema.parse(await searchParams);
  const list = await listNotifications(user.id, { page: params.page, unreadOnly: !!params.unread, q: params.q });
  return (
    <div>
      <PageHeader title="消息">
        <Link className={`text-sm underline ${params.unread ? "text-stone-600" : "font-semibold text-party"}`} href="/notifications">
          全部
        </Link>
        <Link className={`text-sm underline ${params.unread ? "font-semibold text-party" : "text-stone-600"}`} href="/notifications?unread=1">
          未读
        </Link>
        <MarkAllRead />
      </PageHeader>
      <FilterBar label="查找消息" keep={{ unread: params.unread }} resetHref="/notifications">
        <FilterSearch value={params.q} placeholder="按标题或内容查找" label="查找消息" />
      </FilterBar>
      {list.rows.length === 0 ? (
        <p className="rounded border border-stone-200 bg-white px-4 py-8 text-center text-stone-500">
          {params.q ? `没有找到含“${params.q}”的消息。` : params.unread ? "没有未读消息。" : "还没有消息。"}
        </p>
      ) : (
        <ul className="divide-y divide-stone-100 rounded border border-stone-200 bg-white" data-testid="notification-list">
          {list.rows.map((n) => (
            <li key={n.id} className={`px-4 py-3 ${n.readAt ? "" : "bg-amber-50"}`}>
              <form action={openNotification} className="flex items-start gap-3">
                <input type="hidden" name="id" value={n.id} />
                <span className={`mt-2 h-2 w-2 shrink-0 rounded-full ${n.readAt ? "bg-transparent" : "bg-party"}`} aria-label={n.readAt ? undefined : "未读"} />
                <div className="min-w-0 flex-1">
                  <button className="text-left font-medium text-stone-900 hover:text-party hover:underline">{n.title}</button>
                  {n.body && <p className="mt-0.5 text-sm text-stone-600">{n.body}</p>}
                </div>
                <span className="shrink-0 text-xs text-stone-500">{formatDateTime(n.createdAt)}</span>
              </form>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={list.page} pages={list.pages} total={list.total} params={{ q: params.q, unread: params.unread }} basePath="/notifications" />
    </div>
  );
}
