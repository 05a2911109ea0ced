"use client";

import { callAction } from "@/components/ui/call-action";
import type { ActionResult } from "@/lib/auth/action";
import { useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { moveItemAction, publishIssueAction, removeItemAction } from "@/app/(app)/issues/actions";
import { Button } from "@/components/ui/button";
import { ErrorBox } from "@/components/ui/flash";
import { PageHeader } from "@/components/ui/page-header";

type Item = { id: string; draftId: string; title: string; unit: string };

export function IssueComposer({ issue, items }: { issue: { id: string; version: number; seriesName: string }; items: Item[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState("");
  const run = (call: () => Promise<ActionResult<unknown>>, after?: () => void) =>
    startTransition(async () => {
      setError("");
      const result = await callAction(call);
      if (!result.ok) setError(result.error ?? "操作失败");
      else after?.();
      router.refresh();
    });

  return (
    <div className="max-w-4xl">
      <PageHeader title={`《${issue.seriesName}》编排中`}>
        <Button
          disabled={pending || items.length === 0}
          onClick={() => {
            if (confirm(`确定发布本期吗？发布后将生成期号，文章内容不能再修改。`)) {
              run(() => publishIssueAction({ issueId: issue.id, version: issue.version }));
            }
          }}
        >
          发布本期
        </Button>
      </PageHeader>
      <ErrorBox message={error} />
      <ol className="mt-4 space-y-2">
        {items.map((item, index) => (
          <li key={item.id} className="flex items-center gap-3 rounded border border-stone-200 bg-white p-3">
            <span className="w-8 text-center text-lg font-bold text-stone-400">{index + 1}</span>
            <div className="flex-1">
              <Link href={`/drafts/${item.draftId}`} className="font-medium hover:text-party">
                {item.title}
              </Link>
              <p className="text-sm text-stone-500">{item.unit}</p>
            </div>
            <Button variant="secondary" aria-label={`上移 ${item.title}`} disabled={pending || index === 0} onClick={() => run(() => moveItemAction({ itemId: item.id, direction: "up", version: issue.version }))}>
              上移
            </Button>
            <Button variant="secondary" aria-label={`下移 ${item.title}`} disabled={pending || index === items.length - 1} onClick={() => run(() => moveItemAction({ itemId: item.id, direction: "down", version: issue.version }))}>
              下移
            </Button>
            <Button variant="danger" disabled={pending} onClick={() => run(() => removeItemAction({ itemId: item.id, version: issue.version }))}>
              移出本期
            </Button>
          </li>
        ))}
      </ol>
      {items.length === 0 && (
        <p className="mt-4 rounded border border-dashed border-stone-300 p-8 text-center text-stone-500">
          本期还没有稿件。请到<Link href="/county" className="text-party underline">县级稿件池</Link>打开稿件并“采用”编入本期。
        </p>
      )}
    </div>
  );
}
