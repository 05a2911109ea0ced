import Link from "next/link";
import { STATUS_LABELS, UPPER_STATUS_LABELS, type DraftStatus } from "@/lib/drafts/workflow";

/**
 * 报送上级 on a draft page: where a draft sent up came from (the township that wrote it, the
 * county that sent it), and, on the draft that was sent, how it stands at the desk above.
 */
export function SentUpLine({
  chain,
  sender,
  upper,
}: {
  chain: Array<{ unitName: string; draftId: string }>;
  sender: string;
  upper: { id: string; status: DraftStatus; visible: boolean } | null;
}) {
  return (
    <div className="mb-4 space-y-1 rounded border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-950">
      {chain.length > 0 && (
        <p>
          来源：{chain.map((c) => c.unitName).join(" → ")} → {sender}报送
        </p>
      )}
      {upper && (
        <p>
          已报送上级，
          {upper.visible ? (
            <Link className="text-party underline" href={`/drafts/${upper.id}`}>
              {UPPER_STATUS_LABELS[upper.status] ?? STATUS_LABELS[upper.status]}
            </Link>
          ) : (
            <>{UPPER_STATUS_LABELS[upper.status] ?? STATUS_LABELS[upper.status]}</>
          )}
        </p>
      )}
    </div>
  );
}
