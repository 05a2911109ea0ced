"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto mt-24 max-w-md rounded border border-stone-200 bg-white p-8 text-center shadow-sm">
      <h1 className="text-lg font-semibold">页面出错了</h1>
      <p className="mt-2 text-sm text-stone-600">请稍后再试。如果问题一直存在，请把错误编号告诉管理员。</p>
      {/* The digest is also in the server's JSON log line of this error (instrumentation.ts). */}
      <p className="mt-2 text-sm">
        错误编号：<span className="select-all font-mono font-semibold">{error.digest ?? "无"}</span>
      </p>
      <button onClick={reset} className="mt-6 rounded bg-party px-4 py-2 text-sm text-white hover:bg-party-dark">
        重新加载
      </button>
    </main>
  );
}
