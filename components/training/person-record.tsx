import Link from "@/components/ui/link";
import type { personRecord } from "@/lib/training/people";
import { diffDraft } from "@/lib/drafts/diff";
import { FORM_LABELS } from "@/lib/training/labels";
import { formatChineseDate, formatDateTime, formatIsoDate } from "@/lib/time";
import { InlineDiff } from "@/components/draft-diff/side-by-side";
import { Pagination } from "@/components/ui/pagination";
import { DataTable } from "@/components/ui/data-table";

type TrainingRecord = Awaited<ReturnType<typeof personRecord>>;

const box = "rounded border border-stone-200 bg-white p-4";

/** One person's training: the next session, sessions attended, 传帮带 and 改稿说明. */
export function PersonRecord({ record, params, basePath }: { record: TrainingRecord; params: { [key: string]: string | undefined }; basePath: string }) {
  const { person, sessions, notes, pairs, next } = record;
  return (
    <div className="space-y-4">
      <section aria-label="概况" className={`${box} text-sm`}>
        <p>
          {person.unit.name} · {person.name}：{record.year}年已参加培训 <b className="text-base">{record.thisYearCount}</b> 次
          {record.thisYearCount === 0 && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-800">今年还没有参加培训</span>}
        </p>
        <p className="mt-2 text-stone-600">
          下一次培训：
          {next ? `${formatChineseDate(next.heldOn)}，${FORM_LABELS[next.form]}“${next.topic}”${next.trainer ? `，主讲：${next.trainer}` : ""}` : "研究室还没有安排"}
        </p>
      </section>

      <section aria-label="参加的培训" className={box}>
        <h2 className="mb-2 font-semibold">参加的培训</h2>
        {sessions.total === 0 ? (
          <p className="text-sm text-stone-500">还没有参加培训的记录</p>
        ) : (
          <DataTable
            rows={sessions.rows}
            rowKey={(s) => s.id}
            columns={[
              { header: "日期", cell: (s) => formatIsoDate(s.heldOn), className: "whitespace-nowrap" },
              { header: "主题", title: true, cell: (s) => <span className="font-medium">{s.topic}</span> },
              { header: "形式", cell: (s) => FORM_LABELS[s.form] },
              { header: "主讲人", cell: (s) => s.trainer || "—" },
              {
                header: "材料",
                cell: (s) =>
                  s.materials.length === 0
                    ? "—"
                    : s.materials.map((m) => (
                        <a key={m.id} href={`/api/training/materials/${m.id}`} className="mr-2 block text-party underline">
                          {m.fileName}
                        </a>
                      )),
              },
            ]}
          />
        )}
        {sessions.pages > 1 && <Pagination page={sessions.page} pages={sessions.pages} total={sessions.total} params={params} basePath={basePath} pageKey="spage" />}
      </section>

      <section aria-label="传帮带" className={box}>
        <h2 className="mb-2 font-semibold">传帮带</h2>
        {pairs.length === 0 ? (
          <p className="text-sm text-stone-500">没有传帮带结对</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {pairs.map((p) => (
              <li key={p.id}>
                {p.mentor.id === person.id ? `带 ${p.mentee.name}（${p.mentee.unit.name}）` : `由 ${p.mentor.name}（${p.mentor.unit.name}）带`}
                <span className="ml-2 text-stone-500">
                  {formatIsoDate(p.startedOn)} 起{p.endedOn ? `，${formatIsoDate(p.endedOn)} 结束` : "，仍在带"}
                </span>
                {p.note && <span className="ml-2 text-stone-600">{p.note}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-label="改稿说明" className={box}>
        <h2 className="mb-2 font-semibold">改稿说明（研究室改了什么、为什么改）</h2>
        {notes.total === 0 ? (
          <p className="text-sm text-stone-500">还没有收到改稿说明</p>
        ) : (
          <ol className="space-y-4">
            {notes.rows.map((n) => {
              const diff = diffDraft({ title: n.beforeTitle, body: n.beforeBody }, { title: n.afterTitle, body: n.afterBody });
              return (
                <li key={n.id} id={`note-${n.id}`} className="rounded border border-stone-200 p-3 text-sm">
                  <p className="font-medium">
                    <Link href={`/drafts/${n.draftId}`} className="text-party hover:underline">
                      {n.afterTitle}
                    </Link>
                  </p>
                  <p className="mt-1 text-xs text-stone-500">
                    {n.editor.name} · {formatDateTime(n.sentAt)}
                  </p>
                  <p className="mt-2 rounded bg-amber-50 px-3 py-2 whitespace-pre-line text-stone-800">{n.note}</p>
                  <details className="mt-2">
                    <summary className="cursor-pointer text-stone-600">
                      看对照（删去{diff.summary.removed}字，增加{diff.summary.added}字）
                    </summary>
                    <div className="mt-2">
                      <InlineDiff title={diff.title} rows={diff.body} context={1} />
                    </div>
                  </details>
                </li>
              );
            })}
          </ol>
        )}
        {notes.pages > 1 && <Pagination page={notes.page} pages={notes.pages} total={notes.total} params={params} basePath={basePath} pageKey="npage" />}
      </section>
    </div>
  );
}
