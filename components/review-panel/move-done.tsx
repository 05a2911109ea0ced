import Link from "@/components/ui/link";
import { MOVES, type DraftAction } from "@/lib/drafts/workflow";
import { buttonClass } from "@/components/ui/button";

const SAID: Partial<Record<DraftAction, string>> = {
  SUBMIT: "已提交审核，组织委员会收到通知。",
  WITHDRAW: "已撤回，可以继续修改。",
  REVIEWER_RETURN: "已退回修改，信息员会收到通知和意见。",
  EDITOR_RETURN: "已退回修改，单位会收到通知和意见。",
  DECLINE: "已作不予采用处理，单位会收到通知和理由。",
  ADOPT: "已采用。",
  SEND_UP: "已报送上级，上级的处理结果会通知您。",
  OFFICE_SEND_UP: "已报送上级，上级的处理结果会通知您。",
  SEND_UP_LEAP: "已越级报送，并抄报上一级组织部；两级的处理结果都会通知您。",
};

/** What the last move on this page did, and where a reviewer goes next: no button simply vanishes. */
export function MoveDone({ action, nextId, level }: { action: DraftAction; nextId: string | null; level: string }) {
  const reviewing = action === "APPROVE" || action === "REVIEWER_RETURN";
  return (
    <div role="status" className="mb-4 flex flex-wrap items-center gap-3 rounded border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
      <span className="mr-auto">{action === "APPROVE" ? `已审核通过，报送${level}委组织部。` : (SAID[action] ?? `已${MOVES[action].label}。`)}</span>
      {reviewing && nextId && (
        <Link href={`/drafts/${nextId}`} className={buttonClass("primary")}>
          下一篇
        </Link>
      )}
      {reviewing && (
        <Link href="/drafts?status=SUBMITTED" className={buttonClass("secondary")}>
          {nextId ? "返回待我审核" : "待审稿件已审完，返回列表"}
        </Link>
      )}
    </div>
  );
}
