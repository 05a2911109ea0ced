import Link from "@/components/ui/link";
import { buttonClass } from "@/components/ui/button";

/** 开始写稿 from the task; when a draft answering it is still being written (or came back), 继续写稿 opens it instead. */
export function WriteLink({ targetId, drafts, type = "commission" }: { targetId: string; drafts: Array<{ id: string; status: string }>; type?: "commission" | "topic" }) {
  const open = drafts.find((d) => d.status === "DRAFT" || d.status === "RETURNED");
  if (open) {
    return (
      <Link href={`/drafts/${open.id}`} className={buttonClass("secondary")}>
        继续写稿
      </Link>
    );
  }
  return (
    <Link href={`/drafts/new?from=${type}:${targetId}`} className={buttonClass()}>
      开始写稿
    </Link>
  );
}
