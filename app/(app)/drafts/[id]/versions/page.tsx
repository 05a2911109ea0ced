import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { requireUser } from "@/lib/auth/current-user";
import { getDraftDetail } from "@/lib/drafts/detail";
import { diffDraft, hasChanges } from "@/lib/drafts/diff";
import { VERSION_REASON_LABELS } from "@/lib/drafts/version-labels";
import { KIND_LABELS } from "@/lib/drafts/kinds";
import { formatDateTime, formatIsoDate } from "@/lib/time";
import { loadOr404 } from "@/lib/load-or-404";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button";
import { SideBySide } from "@/components/draft-diff/side-by-side";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "版本对比" };

const CURRENT = "current";
const select = "rounded border border-stone-300 bg-white px-2 py-1.5 text-sm";

type Choice = {
  /** The query value: a version number, or "current". */
  key: string;
  label: string;
  /** Position in time: version number; the current text comes last. */
  order: number;
  title: string;
  body: string;
  kind: keyof typeof KIND_LABELS;
  eventDate: Date;
};

export default async function DraftVersionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const { id } = await params;
  const query = await searchParams;
  const draft = await loadOr404(() => getDraftDetail(user, id));
  const { versions } = draft;
  const draftHref = `/drafts/${draft.id}`;
  const compareHref = (a: string, b: string) => `${draftHref}/versions?a=${a}&b=${b}`;

  const header = (
    <>
      <PageHeader title="版本对比">
        <Link href={draftHref} className={buttonClass("secondary")}>
          返回稿件
        </Link>
      </PageHeader>
      <p className="mb-4 text-sm text-stone-600">稿件：{draft.title}</p>
    </>
  );

  if (versions.length === 0) {
    return (
      <div>
        {header}
        <p className="rounded border border-stone-200 bg-white p-6 text-center text-stone-500">还没有版本：提交审核时会保存第一个版本</p>
      </div>
    );
  }

  const choices: Choice[] = [
    ...versions.map((v) => ({
      key: String(v.number),
      label: `第${v.number}版（${VERSION_REASON_LABELS[v.reason]}）`,
      order: v.number,
      title: v.title,
      body: v.body,
      kind: v.kind,
      eventDate: v.eventDate,
    })),
    {
      key: CURRENT,
      label: "当前稿",
      order: Number.POSITIVE_INFINITY,
      title: draft.title,
      body: draft.body,
      kind: draft.kind,
      eventDate: draft.eventDate,
    },
  ];
  const byKey = new Map(choices.map((c) => [c.key, c]));

  // Default: the unit's 报送稿 against the text as it is now; without one, the first version against the last.
  const submitted = versions.filter((v) => v.reason === "SUBMITTED").at(-1);
  const first = versions[0];
  const last = versions.at(-1)!;
  const defaults: [string, string] = submitted
    ? [String(submitted.number), CURRENT]
    : first.number !== last.number
      ? [String(first.number), String(last.number)]
      : [String(first.number), CURRENT];
  const pick = (value: string | string[] | undefined, fallback: string) =>
    byKey.get(typeof value === "string" ? value.trim() : "") ?? byKey.get(fallback)!;
  let a = pick(query.a, defaults[0]);
  let b = pick(query.b, defaults[1]);
  if (a.order > b.order) [a, b] = [b, a]; // 旧 on the left, 新 on the right
  const same = a.key === b.key;
  const diff = same ? null : diffDraft(a, b);

  return (
    <div>
      {header}

      <section className="mb-5" aria-label="版本">
        <DataTable
          rows={[...versions.map((v, i) => ({ key: String(v.number), v, previous: i > 0 ? String(versions[i - 1].number) : null })), { key: CURRENT, v: null, previous: null }]}
          rowKey={(r) => r.key}
          rowClassName={(r) => (r.key === a.key || r.key === b.key ? "bg-amber-50 max-md:bg-amber-50" : "")}
          columns={[
            { header: "版本", title: true, cell: (r) => (r.v ? `第${r.v.number}版` : "当前稿"), className: "whitespace-nowrap" },
            { header: "原因", cell: (r) => (r.v ? VERSION_REASON_LABELS[r.v.reason] : <span className="text-stone-500">—</span>) },
            { header: "经办人", cell: (r) => r.v?.createdBy.name ?? <span className="text-stone-500">—</span>, phone: false },
            {
              header: "时间",
              className: "whitespace-nowrap",
              cell: (r) => <span className="text-stone-600">{r.v ? formatDateTime(r.v.createdAt) : `最后修改 ${formatDateTime(draft.updatedAt)}`}</span>,
            },
            {
              header: "对比",
              cell: (r) =>
                r.v && (
                  <span className="flex flex-wrap gap-x-3">
                    {r.previous && (
                      <Link className="text-party underline" href={compareHref(r.previous, r.key)}>
                        与上一版对比
                      </Link>
                    )}
                    <Link className="text-party underline" href={compareHref(r.key, CURRENT)}>
                      与当前稿对比
                    </Link>
                  </span>
                ),
            },
          ]}
        />
      </section>

      <form className="mb-4 flex flex-wrap items-center gap-3 rounded border border-stone-200 bg-white p-3 text-sm">
        <label className="flex items-center gap-1">
          旧稿
          <select name="a" defaultValue={a.key} className={select}>
            {choices.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-1">
          新稿
          <select name="b" defaultValue={b.key} className={select}>
            {choices.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <button className={buttonClass("secondary")}>对比</button>
      </form>

      {same || !diff ? (
        <p role="status" className="rounded border border-stone-200 bg-white p-6 text-center text-stone-500">
          两个版本相同：请选择不同的版本对比
        </p>
      ) : (
        <>
          <div role="status" className="mb-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
            {hasChanges(diff) ? (
              <span className="font-medium">
                改动：删去<span className="text-red-700">{diff.summary.removed}</span>字，增加
                <span className="text-green-700">{diff.summary.added}</span>字
              </span>
            ) : (
              <span className="font-medium">两稿标题和正文一致，没有改动</span>
            )}
            {a.kind !== b.kind && (
              <span>
                类别：{KIND_LABELS[a.kind]} → {KIND_LABELS[b.kind]}
              </span>
            )}
            {formatIsoDate(a.eventDate) !== formatIsoDate(b.eventDate) && (
              <span>
                事件日期：{formatIsoDate(a.eventDate)} → {formatIsoDate(b.eventDate)}
              </span>
            )}
          </div>
          <SideBySide title={diff.title} rows={diff.body} oldLabel={`旧：${a.label}`} newLabel={`新：${b.label}`} />
        </>
      )}
    </div>
  );
}
