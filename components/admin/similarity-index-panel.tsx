"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { rebuildSimilarityIndexAction } from "@/actions/admin";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";

export type IndexStatusView = {
  state: "none" | "waiting" | "building" | "done";
  done: number;
  total: number;
  /** 2026-12-02 09:15, in Shanghai time. */
  finishedAt?: string;
};

const REFRESH_MS = 5000;

/** 相似度索引: how far its background build is (refreshing itself while it runs), and a rebuild. */
export function SimilarityIndexPanel({ status }: { status: IndexStatusView }) {
  const router = useRouter();
  const action = useAction();
  const running = status.state === "waiting" || status.state === "building";

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [running, router]);

  const percent = status.total > 0 ? Math.min(100, Math.floor((status.done / status.total) * 100)) : 0;
  return (
    <section aria-labelledby="similarity-index" className="mb-6 max-w-3xl rounded border border-stone-200 bg-white p-4">
      <h2 id="similarity-index" className="mb-2 font-semibold">相似度索引</h2>
      <p className="mb-3 text-sm text-stone-600">
        查重靠这个索引把新稿件和已有稿件比对。新写的稿件随写随建；导入旧数据或升级后，由后台工作进程分批建立，不影响使用。
      </p>
      {status.state === "none" || status.state === "done" ? (
        <p className="text-sm">{status.state === "done" ? `已建好：${status.total.toLocaleString("zh-CN")} 篇稿件，${status.finishedAt}建成。` : "随写随建，已是最新。"}</p>
      ) : (
        <div className="space-y-1">
          <p className="text-sm">
            {status.state === "waiting"
              ? "等待后台工作进程开始（一般在一分钟内）……"
              : `正在建立：已完成 ${status.done.toLocaleString("zh-CN")} / ${status.total.toLocaleString("zh-CN")} 篇（${percent}%）。建好前，查重可能漏掉较早的稿件。`}
          </p>
          <progress className="h-2 w-full" max={100} value={percent} aria-label="相似度索引建立进度" />
        </div>
      )}
      <div className="mt-3">
        <ActionNotice action={action} />
        {!running && (
          <ConfirmButton
            label="重建索引"
            question="重建要把全部稿件重新比对一遍，稿件多时要几分钟到几十分钟，期间查重可能不全。确定重建吗？"
            confirmLabel="确定重建"
            pending={action.pending}
            onConfirm={() => action.run(() => rebuildSimilarityIndexAction({}))}
          />
        )}
      </div>
    </section>
  );
}
