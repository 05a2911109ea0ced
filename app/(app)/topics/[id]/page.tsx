import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { getTopic } from "@/lib/planning/topics";
import { isOpen } from "@/lib/planning/answer-status";
import { loadOr404 } from "@/lib/load-or-404";
import { formatChineseDate, formatDateTime, shanghaiDayStart } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/drafts/status-badge";
import { AnswerBadge } from "@/components/commissions/answer-badge";
import { CancelTopic } from "@/components/commissions/cancel-topic";
import { WriteLink } from "@/components/commissions/write-link";

export const metadata: Metadata = { title: "点题" };

export default async function TopicPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const t = await loadOr404(() => getTopic(user, id));
  const open = !t.cancelledAt && isOpen(t.status);
  return (
    <div className="space-y-5">
      <PageHeader title={`点题：${t.title}`}>
        {t.assigneeId === user.id && open && <WriteLink type="topic" targetId={t.id} drafts={t.drafts} />}
        {open && can(user, "commission.assign", t) && <CancelTopic id={t.id} />}
      </PageHeader>
      {t.cancelledAt && (
        <p role="status" className="rounded border border-stone-300 bg-stone-100 px-4 py-2 text-sm text-stone-700">
          <span className="font-medium">已撤销</span>（{formatDateTime(t.cancelledAt)}），不用再写这篇。
        </p>
      )}
      <section className="rounded border border-stone-200 bg-white p-4 text-sm">
        <dl className="grid grid-cols-[6rem_1fr] gap-y-2">
          <dt className="text-stone-500">情况</dt>
          <dd>
            <AnswerBadge status={t.status} cancelled={!!t.cancelledAt} late={t.late} />
          </dd>
          <dt className="text-stone-500">单位</dt>
          <dd>{t.unit.name}</dd>
          <dt className="text-stone-500">信息员</dt>
          <dd>{t.assignee.name}</dd>
          <dt className="text-stone-500">完成日期</dt>
          <dd>{formatChineseDate(shanghaiDayStart(t.dueOnText))}</dd>
          <dt className="text-stone-500">写作要求</dt>
          <dd className="whitespace-pre-line">{t.guidance || "（无）"}</dd>
          <dt className="text-stone-500">点题</dt>
          <dd>
            {t.assignedBy.name} {formatDateTime(t.createdAt)}
          </dd>
          <dt className="text-stone-500">稿件</dt>
          <dd>
            {t.drafts.length === 0 && <span className="text-stone-500">还没有稿件</span>}
            {t.drafts.map((d) => (
              <div key={d.id} className="flex items-center gap-2">
                {d.visible ? (
                  <>
                    <Link href={`/drafts/${d.id}`} className="hover:text-party">
                      {d.title}
                    </Link>
                    <StatusBadge status={d.status} />
                  </>
                ) : (
                  <span className="text-stone-500">（单位内撰写、审核中）</span>
                )}
              </div>
            ))}
          </dd>
        </dl>
      </section>
      <p className="text-sm">
        <Link href="/topics" className="text-stone-600 hover:text-party">
          ← 返回点题列表
        </Link>
      </p>
    </div>
  );
}
