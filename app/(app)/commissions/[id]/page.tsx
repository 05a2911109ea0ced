import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { requireUser } from "@/lib/auth/current-user";
import { can, isNodeWide } from "@/lib/authz/permissions";
import { getCommission } from "@/lib/planning/commissions";
import { isOpen } from "@/lib/planning/answer-status";
import { loadOr404 } from "@/lib/load-or-404";
import { KIND_LABELS } from "@/lib/drafts/kinds";
import { formatChineseDate, formatDateTime, shanghaiDayStart } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/drafts/status-badge";
import { AnswerBadge, AnswerCounts } from "@/components/commissions/answer-badge";
import { AssignControl } from "@/components/commissions/assign-control";
import { CancelCommission } from "@/components/commissions/cancel-commission";
import { WriteLink } from "@/components/commissions/write-link";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "约稿" };

export default async function CommissionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const c = await loadOr404(() => getCommission(user, id));
  // A commission the desk above sent the node's own unit: the node answers it, the desk above manages it.
  const county = isNodeWide(user, "commission.read") && !c.fromAbove;
  const cancelled = !!c.cancelledAt;
  const writer = can(user, "draft.write");
  return (
    <div className="space-y-5">
      <PageHeader title={`约稿：${c.title}`}>
        {can(user, "commission.manage") && !c.fromAbove && !cancelled && <CancelCommission id={c.id} />}
      </PageHeader>
      {cancelled && (
        <p role="status" className="rounded border border-stone-300 bg-stone-100 px-4 py-2 text-sm text-stone-700">
          <span className="font-medium">已撤销</span>（{formatDateTime(c.cancelledAt!)}）：{c.cancelReason}
        </p>
      )}
      <section className="rounded border border-stone-200 bg-white p-4 text-sm">
        <dl className="grid grid-cols-[6rem_1fr] gap-y-2">
          <dt className="text-stone-500">截止日期</dt>
          <dd>{formatChineseDate(shanghaiDayStart(c.dueOnText))}（当天24时前报送）</dd>
          <dt className="text-stone-500">篇幅</dt>
          <dd>{c.wordLimit ? `${c.wordLimit}字以内` : "不限"}</dd>
          <dt className="text-stone-500">稿件类别</dt>
          <dd>{c.kind ? KIND_LABELS[c.kind] : "不限"}</dd>
          <dt className="text-stone-500">写作要求</dt>
          <dd className="whitespace-pre-line">{c.guidance || "（无）"}</dd>
          <dt className="text-stone-500">发布</dt>
          <dd>
            {c.fromAbove && `${c.node.name} `}
            {c.createdBy.name} {formatDateTime(c.createdAt)}
          </dd>
          {county && !cancelled && (
            <>
              <dt className="text-stone-500">汇总</dt>
              <dd>
                <AnswerCounts counts={c.counts} />
              </dd>
            </>
          )}
        </dl>
      </section>
      <DataTable
        rows={c.targets}
        rowKey={(t) => t.id}
        rowTestId={(t) => `unit-row-${t.unit.name}`}
        columns={[
          { header: "单位", title: true, cell: (t) => <span className="font-medium">{t.unit.name}</span>, className: "whitespace-nowrap" },
          { header: "情况", cell: (t) => <AnswerBadge status={t.status} cancelled={cancelled} late={t.late} /> },
          {
            header: "撰写人",
            cell: (t) => (
              <>
                {t.assignee?.name ?? t.drafts[0]?.author.name ?? <span className="text-stone-500">未分派</span>}
                {t.unitId === user.unitId && !cancelled && isOpen(t.status) && can(user, "commission.assign", t) && (
                  <div className="mt-1">
                    <AssignControl targetId={t.id} assigneeId={t.assigneeId} officers={c.officers} />
                  </div>
                )}
              </>
            ),
          },
          {
            header: "报送稿件",
            cell: (t) => (
              <>
                {t.drafts.length === 0 && <span className="text-stone-500">—</span>}
                {t.drafts.map((d) => (
                  <div key={d.id} className="flex flex-wrap items-center gap-2">
                    {d.visible ? (
                      <Link href={`/drafts/${d.id}`} className="hover:text-party">
                        {d.title}
                      </Link>
                    ) : (
                      <span className="text-stone-500">（单位内撰写、审核中）</span>
                    )}
                    {d.visible && <StatusBadge status={d.status} />}
                  </div>
                ))}
              </>
            ),
          },
          {
            header: "",
            align: "right",
            cell: (t) => t.unitId === user.unitId && writer && !cancelled && isOpen(t.status) && <WriteLink targetId={t.id} drafts={t.drafts} />,
          },
        ]}
      />
      <p className="text-sm">
        <Link href="/commissions" className="text-stone-600 hover:text-party">
          ← 返回约稿列表
        </Link>
      </p>
    </div>
  );
}
