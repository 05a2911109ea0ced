import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { requireUser } from "@/lib/auth/current-user";
import { expectedNumber, getIssueDetail } from "@/lib/bulletins/queries";
import { ISSUE_STATUS_LABELS } from "@/lib/bulletins/issue-workflow";
import { issueCapabilities } from "@/lib/bulletins/capabilities";
import { SECTION_NAMES } from "@/lib/bulletins/sections";
import { issueForPrint, printedItems } from "@/lib/bulletins/content";
import { buildBulletinDocument } from "@/lib/bulletins/document";
import { bulletinPages } from "@/lib/bulletins/print/pages";
import { formatDateTime } from "@/lib/time";
import { loadOr404 } from "@/lib/load-or-404";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button";
import { PrintSheets } from "@/components/bulletin/print-sheets";
import { FontNote } from "@/components/bulletin/font-note";
import { IssueActions } from "@/components/issue-composer/issue-actions";
import { IssueComposer } from "@/components/issue-composer/issue-composer";
import { IssueDetailsForm } from "@/components/issue-composer/issue-details-form";
import { DraftPool } from "@/components/issue-composer/draft-pool";

export const metadata: Metadata = { title: "期刊" };

export default async function IssuePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  const { id } = await params;
  const issue = await loadOr404(() => getIssueDetail(user, id));
  const { canCompose, published, moves } = issueCapabilities(user, issue);
  const expected = published ? null : await expectedNumber(issue.seriesId);
  const pages = await bulletinPages(buildBulletinDocument(issueForPrint(issue)));
  const title = published ? `《${issue.series.name}》${issue.year}年第${issue.number}期` : `《${issue.series.name}》${ISSUE_STATUS_LABELS[issue.status]}`;

  return (
    <div>
      <PageHeader title={title}>
        <Link className={buttonClass("secondary")} href={`/print/issues/${issue.id}`} target="_blank">
          打印
        </Link>
        <a className={buttonClass("secondary")} href={`/issues/${issue.id}/docx`}>
          下载Word
        </a>
        <a className={buttonClass("secondary")} href={`/issues/${issue.id}/pdf`}>
          下载PDF
        </a>
      </PageHeader>
      <div className="mb-4 flex flex-wrap items-start justify-between gap-4 rounded border border-stone-200 bg-white p-4 text-sm">
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          <dt className="text-stone-500">状态</dt>
          <dd>
            {ISSUE_STATUS_LABELS[issue.status]}
            {expected && (
              <span className="ml-2 text-stone-500">
                （若现在发布，为{expected.year}年第{expected.number}期
                {issue.series.showTotalNumber ? `，总第${expected.totalNumber}期` : ""}）
              </span>
            )}
          </dd>
          {issue.series.requiresSignOff ? (
            <>
              <dt className="text-stone-500">签发</dt>
              <dd>{issue.signedBy && issue.signedAt ? `${issue.signedBy.name} 于 ${formatDateTime(issue.signedAt)} 签发` : "尚未签发"}</dd>
            </>
          ) : (
            <>
              <dt className="text-stone-500">签发</dt>
              <dd>本刊物不需要签发</dd>
            </>
          )}
          {issue.publishedAt && (
            <>
              <dt className="text-stone-500">发布</dt>
              <dd>
                {issue.publishedBy?.name} 于 {formatDateTime(issue.publishedAt)} 发布
              </dd>
            </>
          )}
          {issue.status === "VOIDED" && (
            <>
              <dt className="text-red-600">作废</dt>
              <dd className="text-red-700">
                {issue.voidedBy?.name} 于 {issue.voidedAt && formatDateTime(issue.voidedAt)} 作废。原因：{issue.voidReason}
              </dd>
            </>
          )}
          {issue.status === "COMPOSING" && issue.returnComment && (
            <>
              <dt className="text-orange-700">领导退回</dt>
              <dd className="text-orange-800">{issue.returnComment}</dd>
            </>
          )}
        </dl>
        <IssueActions issueId={issue.id} version={issue.version} moves={moves} />
      </div>

      {canCompose && (
        <div className="mb-6 grid grid-cols-1 md:grid-cols-[1fr_22rem] gap-4">
          <div className="space-y-4">
            <IssueComposer
              issueId={issue.id}
              version={issue.version}
              sections={SECTION_NAMES}
              items={printedItems(issue).map((p, k) => ({
                ...p,
                id: issue.items[k].id,
                unit: p.source,
                edited: issue.items[k].title != null || issue.items[k].body != null,
              }))}
            />
            <IssueDetailsForm issueId={issue.id} version={issue.version} details={issue} />
          </div>
          <DraftPool actor={user} issueId={issue.id} version={issue.version} params={await searchParams} />
        </div>
      )}

      <h2 className="mb-2 font-semibold text-stone-700">{published ? "本期全文（与打印、Word、PDF 版式一致）" : "付印预览"}</h2>
      <FontNote />
      <PrintSheets pages={pages} />
    </div>
  );
}
