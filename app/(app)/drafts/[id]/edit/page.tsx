import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { draftCapabilities } from "@/lib/drafts/capabilities";
import { getDraftDetail } from "@/lib/drafts/detail";
import { textOwner } from "@/lib/drafts/workflow";
import { formatIsoDate, shanghaiDate } from "@/lib/time";
import { loadCheckSettings, writerSettings } from "@/lib/drafts/review-checks";
import { loadOr404 } from "@/lib/load-or-404";
import { unitCheckContext } from "@/lib/units/labels";
import { PageHeader } from "@/components/ui/page-header";
import { DraftForm } from "@/components/draft-editor/draft-form";

export const metadata: Metadata = { title: "修改稿件" };

export default async function EditDraftPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  const { id } = await params;
  const { imported, date, tables } = await searchParams;
  const draft = await loadOr404(() => getDraftDetail(user, id));
  const { ownsText, frozenByIssue } = draftCapabilities(user, draft);
  if (!ownsText) notFound();
  if (frozenByIssue && draft.issueItem) {
    return (
      <div>
        <PageHeader title="稿件暂不能修改" />
        <p className="max-w-2xl rounded border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
          这篇稿件所在的期已送领导签发或已签发，内容已锁定。确需修改，请先在
          <Link className="text-party underline" href={`/issues/${draft.issueItem.issueId}`}>
            期刊编排
          </Link>
          中“撤回重编”。
        </p>
      </div>
    );
  }
  const owner = textOwner(draft.status);
  const settings = await loadCheckSettings({ watchList: owner !== "unit" });
  return (
    <div>
      <PageHeader title="修改稿件" />
      {imported !== undefined && (
        <div role="status" className="mb-4 max-w-4xl rounded border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          <p>
            已从 Word 导入{Number(imported) > 0 ? `，文中${Number(imported)}张图片已作为附件保存` : ""}。请核对标题、类别、事件日期和各级标题，再保存或提交。
          </p>
          {date && <p className="mt-1 font-medium">文中没有找到事件日期，已暂填今天，请改为事件实际发生的日期。</p>}
          {Number(tables) > 0 && (
            <p className="mt-1 font-medium">
              文中有{Number(tables)}个表格。稿件正文只能是文字，表格已按行转成文字：有表头的，每行写成“表头：内容；表头：内容”；没有表头的，同一行的各格用“；”隔开。请核对这些段落，需要表格的请另附原件说明。
            </p>
          )}
        </div>
      )}
      {owner !== "unit" && (
        <p className="mb-4 max-w-4xl rounded bg-sky-50 px-3 py-2 text-sm text-sky-800">
          您的修改会另存为一个版本；信息员报送的原稿保持不变，随时可以对照。
        </p>
      )}
      <DraftForm
        // The office's own piece is sent from its page (报送上级), not submitted to a reviewer.
        allowSubmit={owner === "unit" && can(user, "draft.submit", draft)}
        backupScope={draft.id}
        checkContext={{ ...unitCheckContext(draft.unit), today: shanghaiDate(new Date()), settings: owner === "unit" ? writerSettings(settings) : settings }}
        draft={{ id: draft.id, version: draft.version }}
        initial={{
          title: draft.title,
          kind: draft.kind,
          eventDate: formatIsoDate(draft.eventDate),
          body: draft.body,
          isFlagship: draft.isFlagship,
          contact: draft.contact ?? "",
        }}
      />
    </div>
  );
}
