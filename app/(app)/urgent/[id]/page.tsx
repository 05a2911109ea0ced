import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { loadOr404 } from "@/lib/load-or-404";
import { formatLocal, isLate, toLocalInput } from "@/lib/urgent/clock";
import { getCaseOrThrow } from "@/lib/urgent/queries";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/drafts/status-badge";
import { buttonClass } from "@/components/ui/button";
import { CaseStateBadge } from "@/components/urgent/case-state-badge";
import { CloseCaseButton } from "@/components/urgent/close-case-button";
import { PhoneReportForm } from "@/components/urgent/phone-report-form";
import { UrgentClock } from "@/components/urgent/urgent-clock";

export const metadata: Metadata = { title: "紧急信息" };

export default async function UrgentCasePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const c = await loadOr404(() => getCaseOrThrow(user, id));
  const now = new Date();
  const open = !c.closedAt;
  const canWrite = open && can(user, "draft.write", c);
  const office = can(user, "urgent.manage");
  const first = c.reports.length === 0;
  return (
    <div className="max-w-4xl space-y-4">
      <PageHeader title={`紧急信息：${c.title}`}>
        {canWrite && (
          <Link href={`/drafts/new?from=urgent:${c.id}`} className={buttonClass()}>
            {first ? "写首报" : "写续报"}
          </Link>
        )}
        {office && open && <CloseCaseButton id={c.id} />}
      </PageHeader>

      <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-2 rounded border border-stone-200 bg-white p-4 text-sm">
        <dt className="text-stone-500">报告单位</dt>
        <dd>{c.unit.name}</dd>
        <dt className="text-stone-500">事发时间</dt>
        <dd>{formatLocal(c.eventAt)}</dd>
        <dt className="text-stone-500">书面报送时限</dt>
        <dd className="flex items-center gap-3">
          {formatLocal(c.dueAt)}
          {open && !c.firstReportAt && <UrgentClock dueAt={c.dueAt.toISOString()} serverNow={now.toISOString()} />}
        </dd>
        <dt className="text-stone-500">状态</dt>
        <dd className="flex items-center gap-2">
          <CaseStateBadge c={c} now={now} />
          {c.firstReportAt && <span>首报于{formatLocal(c.firstReportAt)}{isLate(c, now) ? "，晚于时限" : "，在时限内"}</span>}
          {c.closedAt && <span className="text-stone-500">{c.closedBy}于{formatLocal(c.closedAt)}办结</span>}
        </dd>
        <dt className="text-stone-500">建档</dt>
        <dd>
          {c.createdBy.name}，{formatLocal(c.createdAt)}
        </dd>
      </dl>

      <section aria-label="电话报告" className="rounded border border-stone-200 bg-white p-4 text-sm">
        <h2 className="mb-2 font-semibold">电话报告</h2>
        {c.phoneReportedAt ? (
          <div className="space-y-1">
            <p>
              {c.phoneReporter}于{formatLocal(c.phoneReportedAt)}电话报告（{c.phoneLoggedBy ?? "研究室"}登记）
            </p>
            <p className="whitespace-pre-line text-stone-700">{c.phoneSummary}</p>
          </div>
        ) : (
          <p className="text-stone-500">没有电话报告记录。</p>
        )}
      </section>
      {office && open && !c.phoneReportedAt && <PhoneReportForm caseId={c.id} now={toLocalInput(now)} />}

      <section aria-label="书面报告" className="rounded border border-stone-200 bg-white p-4 text-sm">
        <h2 className="mb-2 font-semibold">书面报告</h2>
        {c.reports.length === 0 ? (
          <p className="text-stone-500">还没有书面报告。{canWrite ? "请点“写首报”，在时限内报送。" : ""}</p>
        ) : (
          <ol className="space-y-2">
            {c.reports.map((r) => (
              <li key={r.id} className="flex items-center gap-3">
                <span className="w-12 font-medium">{r.label}</span>
                <StatusBadge status={r.status} />
                {r.visible ? (
                  <Link href={`/drafts/${r.id}`} className="text-party hover:underline">
                    《{r.title}》
                  </Link>
                ) : (
                  <span className="text-stone-500">单位审核中，报送后可查看</span>
                )}
                <span className="text-xs text-stone-500">{r.submittedAt ? `提交于${formatLocal(r.submittedAt)}` : `${formatLocal(r.createdAt)}起草`}</span>
              </li>
            ))}
          </ol>
        )}
        {!open && <p className="mt-2 text-xs text-stone-500">已办结，不再接收续报。</p>}
      </section>
      <Link href="/urgent" className="text-sm text-party hover:underline">
        返回紧急信息
      </Link>
    </div>
  );
}
