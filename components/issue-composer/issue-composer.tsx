"use client";

import { useState } from "react";
import Link from "@/components/ui/link";
import { removeItemAction, reorderItemsAction } from "@/actions/issues";
import type { ActionResult } from "@/lib/action-result";
import { Button } from "@/components/ui/button";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";
import { ItemEditor, type ComposerItem } from "./item-editor";

/**
 * The items of an issue being composed: order (up/down or drag), remove, and each item's
 * 栏目, 编者按 and print text. Every call carries the issue version shown here.
 */
export function IssueComposer({ issueId, version, items, sections }: { issueId: string; version: number; items: ComposerItem[]; sections: readonly string[] }) {
  const action = useAction();
  const pending = action.pending;
  const [dragged, setDragged] = useState<string | null>(null);

  // A stale issue version refuses every move: show the current order at once.
  const run = (call: () => Promise<ActionResult<unknown>>) => action.run(call, { refreshOnConflict: true });

  const reorder = (from: number, to: number) => {
    if (from === to || to < 0 || to >= items.length) return;
    const ids = items.map((i) => i.id);
    const [moved] = ids.splice(from, 1);
    ids.splice(to, 0, moved);
    run(() => reorderItemsAction({ issueId, version, itemIds: ids }));
  };

  return (
    <section aria-label="本期稿件">
      <ActionNotice action={action} />
      <datalist id="section-names">
        {sections.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <ol className="mt-2 space-y-2">
        {items.map((item, index) => (
          <li
            key={item.id}
            draggable={!pending}
            onDragStart={() => setDragged(item.id)}
            onDragEnd={() => setDragged(null)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              if (dragged) reorder(items.findIndex((i) => i.id === dragged), index);
            }}
            className={`rounded border bg-white p-3 ${dragged === item.id ? "border-party opacity-60" : "border-stone-200"}`}
          >
            {(index === 0 || items[index - 1].section !== item.section) && item.section && (
              <p className="mb-2 text-sm font-bold text-party">【{item.section}】</p>
            )}
            <div className="flex items-center gap-3">
              <span className="cursor-grab select-none text-stone-500" title="拖动可调整顺序" aria-hidden>
                ⠿
              </span>
              <span className="w-6 text-center text-lg font-bold text-stone-500">{index + 1}</span>
              <div className="min-w-0 flex-1">
                <Link href={`/drafts/${item.draftId}`} className="font-medium hover:text-party">
                  {item.title}
                </Link>
                <p className="text-sm text-stone-500">
                  {item.unit}
                  {item.edited && <span className="ml-2 rounded bg-amber-50 px-1 text-amber-700">已改付印稿</span>}
                  {item.editorNote && <span className="ml-2 rounded bg-sky-50 px-1 text-sky-700">有编者按</span>}
                </p>
              </div>
              <Button variant="secondary" aria-label={`上移 ${item.title}`} disabled={pending || index === 0} onClick={() => reorder(index, index - 1)}>
                上移
              </Button>
              <Button variant="secondary" aria-label={`下移 ${item.title}`} disabled={pending || index === items.length - 1} onClick={() => reorder(index, index + 1)}>
                下移
              </Button>
              <Button variant="danger" aria-label={`移出本期 ${item.title}`} disabled={pending} onClick={() => run(() => removeItemAction({ itemId: item.id, version }))}>
                移出
              </Button>
            </div>
            <ItemEditor item={item} version={version} />
          </li>
        ))}
      </ol>
      {items.length === 0 && (
        <p className="mt-2 rounded border border-dashed border-stone-300 p-8 text-center text-stone-500">本期还没有稿件，请从右侧“待编稿件”中编入。</p>
      )}
    </section>
  );
}
