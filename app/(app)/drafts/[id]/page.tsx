import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { nextDraftToReview } from "@/lib/drafts/queries";
import { getDraftDetail } from "@/lib/drafts/detail";
import { listAttachments } from "@/lib/drafts/attachments";
import { reviewFindings } from "@/lib/drafts/review-checks";
import { CheckList } from "@/components/checks/check-list";
import { composingIssueOptions } from "@/lib/bulletins/queries";
import { ISSUE_STATUS_LABELS } from "@/lib/bulletins/issue-workflow";
import { isIssueFinal } from "@/lib/bulletins/capabilities";
import { draftCapabilities } from "@/lib/drafts/capabilities";
import { KIND_LABELS } from "@/lib/drafts/kinds";
import { DRAFT_ACTIONS, MOVES, type DraftAction } from "@/lib/drafts/workflow";
import { formatDateTime, formatIsoDate, formatMonthDay } from "@/lib/time";
import { loadOr404 } from "@/lib/load-or-404";
import { PageHeader } from "@/components/ui/page-header";
import { DraftOriginLink } from "@/components/drafts/origin-link";
import { unitCheckContext } from "@/lib/units/labels";
import { StatusBadge } from "@/components/drafts/status-badge";
import { buttonClass } from "@/components/ui/button";
import { DraftBody } from "@/components/bulletin/draft-body";
import { InlineDiff } from "@/components/draft-diff/side-by-side";
import { countyChanges } from "@/lib/drafts/county-changes";
import { canSendTeachingNote } from "@/lib/training/teaching-notes";
import { TeachingNoteForm } from "@/components/training/teaching-note-form";
import { DraftActions } from "@/components/review-panel/draft-actions";
import { MoveDone } from "@/components/review-panel/move-done";
import { LEVEL_WORDS } from "@/lib/units/labels";
import { SentUpLine } from "@/components/drafts/sent-up-line";
import { cameByLeap, sendUpState } from "@/lib/drafts/send-up";

const doneMove = (v: string | undefined): DraftAction | null => ((DRAFT_ACTIONS as readonly string[]).includes(v ?? "") ? (v as DraftAction) : null);

export const metadata: Metadata = { title: "稿件" };

export default async function DraftPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requireUser();
  const { id } = await params;
  const draft = await loadOr404(() => getDraftDetail(user, id));
  const attachments = await listAttachments(draft.id);
  const { canEdit, canAdopt, canUnadopt, canDelete, seesWatchList, moves } = draftCapabilities(user, draft);
  const findings = (await reviewFindings(user, draft, new Date(), seesWatchList)).filter((f) => seesWatchList || f.code !== "WATCH_PHRASE");
  const done = doneMove((await searchParams).done);
  const nextId = done ? await nextDraftToReview(user, draft.id) : null;
  const issues = canAdopt ? await composingIssueOptions(user) : null;
  const isUnit = draft.unitId === user.unitId;
  const decided = draft.status === "ADOPTED" || draft.status === "PUBLISHED";
  const changes = countyChanges(draft);
  const comments = draft.events.filter((e) => e.comment);
  const upward = await sendUpState(user, draft);

  return (
    <div className="grid grid-cols-1 md:grid-cols-[1fr_20rem] gap-6">
      <div>
        {done && <MoveDone action={done} nextId={nextId} level={LEVEL_WORDS[user.nodeKind]} />}
        <PageHeader title={draft.title}>
          {canEdit && (
            <Link href={`/drafts/${draft.id}/edit`} className={buttonClass("secondary")}>
              修改稿件
            </Link>
          )}
        </PageHeader>
        <div className="mb-4 flex flex-wrap items-center gap-3 text-sm text-stone-600">
          <StatusBadge status={draft.status} level={unitCheckContext(draft.unit).readerLevel} />
          <span>{draft.unit.name}</span>
          <span>作者：{draft.author.name}</span>
          <span>类别：{KIND_LABELS[draft.kind]}</span>
          <span>事件日期：{formatIsoDate(draft.eventDate)}</span>
          {draft.isFlagship && <span className="rounded bg-amber-50 px-1.5 text-amber-700">精品稿件</span>}
          {draft.contact && <span>联系人：{draft.contact}</span>}
          <DraftOriginLink draft={draft} />
        </div>
        {(upward.chain.length > 0 || upward.upper) && (
          <SentUpLine chain={upward.chain} sender={draft.unit.name} upper={upward.upper} above={upward.above} leapt={cameByLeap(draft)} />
        )}
        {draft.status === "RETURNED" && comments.at(-1) && (
          <div role="note" className="mb-4 rounded border border-orange-200 bg-orange-50 p-3 text-sm text-orange-900">
            <p className="font-semibold">退回意见（{comments.at(-1)!.actor.name}）：</p>
            <p className="mt-1">{comments.at(-1)!.comment}</p>
          </div>
        )}
        <article className="bulletin rounded border border-stone-200 bg-white p-4 text-[17px] md:p-8">
          <DraftBody body={draft.body} />
        </article>
        {changes && (
          <details open={isUnit && decided} className="mt-4 rounded border border-stone-200 bg-white p-4 text-sm">
            <summary className="cursor-pointer font-medium">
              {isUnit && decided ? "研究室改了什么（对照本单位报送稿，可作为写作参考）" : `与单位报送原稿对比（${formatDateTime(changes.submittedAt)} 报送）`}
              <span className="ml-2 font-normal text-stone-500">
                删去{changes.diff.summary.removed}字，增加{changes.diff.summary.added}字
              </span>
            </summary>
            <div className="mt-3">
              <InlineDiff title={changes.diff.title} rows={changes.diff.body} context={1} />
            </div>
          </details>
        )}
        {canSendTeachingNote(user, draft, changes) && <TeachingNoteForm draftId={draft.id} authorName={draft.author.name} />}
        {draft.versions.length > 0 && (
          <p className="mt-3 text-sm">
            <Link className="text-party underline" href={`/drafts/${draft.id}/versions`}>
              版本对比（共{draft.versions.length}个版本）
            </Link>
          </p>
        )}
        {draft.issueItem && !isIssueFinal(draft.issueItem.issue.status) && can(user, "issue.compose") && (
          <p className="mt-4 text-sm">
            已编入
            <Link className="text-party underline" href={`/issues/${draft.issueItem.issueId}`}>
              《{draft.issueItem.issue.series.name}》{ISSUE_STATUS_LABELS[draft.issueItem.issue.status]}的一期
            </Link>
          </p>
        )}
        {draft.issueItem && isIssueFinal(draft.issueItem.issue.status) && (
          <p className="mt-4 text-sm">
            已刊于
            <Link className="text-party underline" href={`/issues/${draft.issueItem.issueId}`}>
              《{draft.issueItem.issue.series.name}》{draft.issueItem.issue.year}年第{draft.issueItem.issue.number}期
            </Link>
          </p>
        )}
      </div>
      <aside className="space-y-4">
        {(moves.length > 0 || issues || canUnadopt || canDelete || upward.may || upward.leap.may) && (
          <section className="rounded border border-stone-200 bg-white p-4">
            <h2 className="mb-3 font-semibold">办理</h2>
            <DraftActions draftId={draft.id} version={draft.version} moves={moves} issues={issues} canUnadopt={canUnadopt} canDelete={canDelete} canSendUp={upward.may}
              leap={upward.leap.may ? upward.leap : null}
              upperCommissions={upward.commissions.map((c) => ({ targetId: c.targetId, label: `约稿《${c.title}》（${formatMonthDay(c.dueOn)}截止）` }))}
            />
          </section>
        )}
        {draft.status !== "PUBLISHED" && (
          <section aria-label="稿件检查">
            <CheckList findings={findings} title={seesWatchList ? "稿件检查（请逐条核对）" : "稿件检查"} />
          </section>
        )}
        {attachments.length > 0 && (
          <section className="rounded border border-stone-200 bg-white p-4">
            <h2 className="mb-3 font-semibold">附件</h2>
            <ul className="space-y-2 text-sm">
              {attachments.map((a) => (
                <li key={a.id}>
                  <a className="text-party underline" href={`/api/attachments/${a.id}`}>
                    {a.kind === "ORIGINAL" ? "Word 原件：" : ""}
                    {a.fileName}
                  </a>
                  <span className="ml-1 text-stone-500">（{Math.max(1, Math.round(a.size / 1024))} KB）</span>
                  {a.kind === "IMAGE" && /^image\/(png|jpeg|gif|bmp|webp)$/.test(a.contentType) && (
                    // eslint-disable-next-line @next/next/no-img-element -- a stored attachment, served by our own route
                    <img src={`/api/attachments/${a.id}`} alt={a.fileName} className="mt-1 max-h-32 rounded border border-stone-200" />
                  )}
                </li>
              ))}
            </ul>
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
