import Link from "@/components/ui/link";
import { STATUS_LABELS, UPPER_STATUS_LABELS, type DraftStatus } from "@/lib/drafts/workflow";

/**
 * 报送上级 on a draft page: where a draft sent up came from (the township that wrote it, the
 * county that sent it), and, on the draft that was sent, how it stands at the desk above.
 */
export function SentUpLine({
  chain,
  sender,
  upper,
  above,
  leapt = false,
}: {
  chain: Array<{ unitName: string; draftId: string }>;
  sender: string;
  upper: Standing | null;
  /** What the desk above sent on (报送上级 there, or this office's 越级报送), two levels up. */
  above: Standing | null;
  /** This draft came up by 越级报送: the last of the chain sent it, and the sender got a copy. */
  leapt?: boolean;
}) {
  return (
    <div className="mb-4 space-y-1 rounded border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-950">
      {chain.length > 0 && (
        <p>
          来源：{chain.map((c) => c.unitName).join(" → ")}
          {leapt ? `越级报送（抄报${sender}）` : ` → ${sender}报送`}
        </p>
      )}
      {upper && (
        <p>
          已报送{upper.deskName}，<Outcome d={upper} />
        </p>
      )}
      {above && (
        <p>
          已报送{above.deskName}，<Outcome d={above} />
        </p>
      )}
    </div>
  );
}

/** A draft sent up, as it stands at the desk that reads it (deskName). */
type Standing = { id: string; status: DraftStatus; visible: boolean; deskName: string };

function Outcome({ d }: { d: Standing }) {
  const label = UPPER_STATUS_LABELS[d.status] ?? STATUS_LABELS[d.status];
  return d.visible ? (
    <Link className="text-party underline" href={`/drafts/${d.id}`}>
      {label}
    </Link>
  ) : (
    <>{label}</>
  );
}
