import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { getDraftDetail } from "@/lib/drafts/queries";
import { composingIssueOptions } from "@/lib/bulletins/queries";
import { ISSUE_STATUS_LABELS } from "@/lib/bulletins/issue-workflow";
import { offeredMoves } from "@/lib/drafts/offered-moves";
import { KIND_LABELS } from "@/lib/drafts/kinds";
import { MOVES, canMove, textOwner } from "@/lib/drafts/workflow";
import { canEditDraft } from "@/lib/drafts/access";
import { formatDateTime, formatIsoDate } from "@/lib/time";
import { loadOr404 } from "@/lib/load-or-404";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/button";
import { DraftBody } from "@/components/bulletin/draft-body";
import { DraftActions } from "@/components/review-panel/draft-actions";

export const metadata: Metadata = { title: "稿件" };

export default async function DraftPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const draft = await loadOr404(() => getDraftDetail(user, id));
  const moves = offeredMoves(user, draft);
  const canAdopt = can(user, "issue.compose") && canMove("ADOPT", draft.status);
  const issues = canAdopt ? await composingIssueOptions(user) : null;
  const canUnadopt =
    can(user, "issue.compose") && canMove("UNADOPT", draft.status) && (!draft.issueItem || draft.issueItem.issue.status === "COMPOSING");
  const owner = textOwner(draft.status);
  const issuePublished = draft.issueItem?.issue.status === "PUBLISHED" || draft.issueItem?.issue.status === "VOIDED";
  const canEdit = canEditDraft(user, draft);
  const submitted = draft.versions.filter((v) => v.reason === "SUBMITTED").at(-1);
  const comments = draft.events.filter((e) => e.comment);

  return (
    <div className="grid grid-cols-[1fr_20rem] gap-6">
      <div>
        <PageHeader title={draft.title}>
          {canEdit && (
            <Link href={`/drafts/${draft.id}/edit`} className={buttonClass("secondary")}>
              {owner === "unit" ? "修改" : "编辑稿件"}
            </Link>
          )}
        </PageHeader>
        <div className="mb-4 flex flex-wrap items-center gap-3 text-sm text-stone-600">
          <StatusBadge status={draft.status} />
          <span>{draft.unit.name}</span>
          <span>作者：{draft.author.name}</span>
          <span>类别：{KIND_LABELS[draft.kind]}</span>
          <span>事件日期：{formatIsoDate(draft.eventDate)}</span>
          {draft.isFlagship && <span className="rounded bg-amber-50 px-1.5 text-amber-700">精品稿件</span>}
          {draft.contact && <span>联系人：{draft.contact}</span>}
        </div>
        {draft.status === "RETURNED" && comments.at(-1) && (
          <div role="note" className="mb-4 rounded border border-orange-200 bg-orange-50 p-3 text-sm text-orange-900">
            <p className="font-semibold">退回意见（{comments.at(-1)!.actor.name}）：</p>
            <p className="mt-1">{comments.at(-1)!.comment}</p>
          </div>
        )}
        <article className="bulletin rounded border border-stone-200 bg-white p-8 text-[17px]">
          <DraftBody body={draft.body} />
        </article>
        {submitted && submitted.body !== draft.body && (
          <details className="mt-4 rounded border border-stone-200 bg-white p-4 text-sm">
            <summary className="cursor-pointer font-medium">查看单位报送原稿（{formatDateTime(submitted.createdAt)} 报送）</summary>
            <h3 className="mt-3 font-semibold">{submitted.title}</h3>
            <div className="bulletin mt-2">
              <DraftBody body={submitted.body} />
            </div>
          </details>
        )}
        {draft.issueItem && !issuePublished && can(user, "issue.compose") && (
          <p className="mt-4 text-sm">
            已编入
            <Link className="text-party underline" href={`/issues/${draft.issueItem.issueId}`}>
              《{draft.issueItem.issue.series.name}》{ISSUE_STATUS_LABELS[draft.issueItem.issue.status]}的一期
            </Link>
          </p>
        )}
        {draft.issueItem && issuePublished && (
          <p className="mt-4 text-sm">
            已刊于
            <Link className="text-party underline" href={`/issues/${draft.issueItem.issueId}`}>
              《{draft.issueItem.issue.series.name}》{draft.issueItem.issue.year}年第{draft.issueItem.issue.number}期
            </Link>
          </p>
        )}
      </div>
      <aside className="space-y-4">
        {(moves.length > 0 || issues || canUnadopt) && (
          <section className="rounded border border-stone-200 bg-white p-4">
            <h2 className="mb-3 font-semibold">办理</h2>
            <DraftActions draftId={draft.id} version={draft.version} moves={moves} issues={issues} canUnadopt={canUnadopt} />
          </section>
        )}
        <section className="rounded border border-stone-200 bg-white p-4">
          <h2 className="mb-3 font-semibold">流转记录</h2>
          <ol className="space-y-3 text-sm">
            <li className="text-stone-500">{formatDateTime(draft.createdAt)} 创建</li>
            {draft.events.map((e) => (
              <li key={e.id}>
                <p>
                  <span className="text-stone-500">{formatDateTime(e.createdAt)}</span> {e.actor.name} {MOVES[e.action].label}
                </p>
                {e.comment && <p className="mt-1 rounded bg-stone-50 px-2 py-1 text-stone-700">意见：{e.comment}</p>}
              </li>
            ))}
          </ol>
        </section>
      </aside>
    </div>
  );
}
