import { blockTypeOf } from "@/lib/drafts/body";
import { inlineSegments, sideText, type DiffRow, type Segment } from "@/lib/drafts/diff";

/*
 * 版本对比 views of `lib/drafts/diff.ts` rows. No hooks or state: usable from server and
 * client components alike.
 */

const DEL = "rounded-sm bg-red-100 text-red-900 line-through decoration-red-700";
const INS = "rounded-sm bg-green-100 text-green-900 no-underline";

function Segments({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.op === "del" ? (
          <del key={i} className={DEL}>
            {s.text}
          </del>
        ) : s.op === "ins" ? (
          <ins key={i} className={INS}>
            {s.text}
          </ins>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}

/** Headings (一、 / （一） / 1.) bold, as the body reads; paragraphs indented two characters. */
function blockClass(text: string): string {
  const type = blockTypeOf(text);
  return type === "h1" ? "h1 font-bold" : type === "h2" ? "h2 font-semibold" : type === "h3" ? "font-semibold" : "indent-8";
}

const CELL = "border-t border-stone-200 px-4 py-2 align-top";

function Cell({ segments, side, kind }: { segments: Segment[] | null; side: "old" | "new"; kind: DiffRow["kind"] }) {
  if (!segments) return <td className={`${CELL} bg-stone-50`} />;
  const tint = kind === "removed" ? "bg-red-50" : kind === "added" ? "bg-green-50" : "";
  return (
    <td className={`${CELL} ${side === "old" ? "border-r" : ""} ${tint}`}>
      <p className={blockClass(sideText(segments))}>
        <Segments segments={segments} />
      </p>
    </td>
  );
}

/**
 * Two columns, 旧 on the left with deletions struck through in red, 新 on the right with
 * insertions in green; each row one paragraph (the title first, if given).
 */
export function SideBySide({
  title,
  rows,
  oldLabel = "旧",
  newLabel = "新",
}: {
  title?: DiffRow;
  rows: DiffRow[];
  oldLabel?: React.ReactNode;
  newLabel?: React.ReactNode;
}) {
  return (
    <table className="bulletin w-full table-fixed border-collapse rounded border border-stone-200 bg-white text-[16px] leading-8">
      <thead className="bg-stone-50 font-sans text-sm text-stone-600">
        <tr>
          <th scope="col" className="w-1/2 border-r border-stone-200 px-4 py-2 text-left font-medium">
            {oldLabel}
          </th>
          <th scope="col" className="w-1/2 px-4 py-2 text-left font-medium">
            {newLabel}
          </th>
        </tr>
      </thead>
      <tbody>
        {title && (
          <tr>
            {(["old", "new"] as const).map((side) => {
              const segments = side === "old" ? title.left : title.right;
              return (
                <td key={side} className={`border-stone-200 px-4 py-3 text-center align-top text-lg font-bold ${side === "old" ? "border-r" : ""}`}>
                  {segments ? <Segments segments={segments} /> : <span className="text-stone-500">（无标题）</span>}
                </td>
              );
            })}
          </tr>
        )}
        {rows.map((row, i) => (
          <tr key={i}>
            <Cell segments={row.left} side="old" kind={row.kind} />
            <Cell segments={row.right} side="new" kind={row.kind} />
          </tr>
        ))}
        {rows.length === 0 && (
          <tr>
            <td colSpan={2} className={`${CELL} text-center font-sans text-sm text-stone-500`}>
              正文为空
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

/**
 * One column for small spaces: each deletion struck through just before the text that
 * replaces it. With `context`, unchanged paragraphs farther than that many from a change are
 * folded into “……（N段未改）”.
 */
export function InlineDiff({ title, rows, context }: { title?: DiffRow; rows: DiffRow[]; context?: number }) {
  const changed = rows.map((r) => r.kind !== "same");
  const shown = rows.map(
    (_, i) => context === undefined || changed.some((c, j) => c && Math.abs(i - j) <= context),
  );
  const items: React.ReactNode[] = [];
  let hidden = 0;
  const fold = (key: string) => {
    if (hidden > 0) {
      items.push(
        <p key={key} className="font-sans text-xs text-stone-500">
          ……（{hidden}段未改）
        </p>,
      );
    }
    hidden = 0;
  };
  rows.forEach((row, i) => {
    if (!shown[i]) {
      hidden++;
      return;
    }
    fold(`fold-${i}`);
    const text = sideText(row.right ?? row.left);
    items.push(
      <p key={i} className={`${blockClass(text)} ${row.kind === "added" ? "bg-green-50" : row.kind === "removed" ? "bg-red-50" : ""}`}>
        <Segments segments={inlineSegments(row)} />
      </p>,
    );
  });
  fold("fold-end");
  return (
    <div className="space-y-1 leading-7">
      {title && (
        <p className="text-center font-bold">
          <Segments segments={inlineSegments(title)} />
        </p>
      )}
      {items}
    </div>
  );
}
