import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { loadOr404 } from "@/lib/load-or-404";
import { placementMovesFor } from "@/lib/placements/access";
import { getPlacementDetail, placementScorePreview } from "@/lib/placements/queries";
import { levelLabel, pageLine, PLACEMENT_KIND_LABELS } from "@/lib/placements/labels";
import { PLACEMENT_MOVES, PLACEMENT_STATUS_LABELS } from "@/lib/placements/workflow";
import { formatDateTime, formatIsoDate } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button";
import { MovePanel } from "@/components/placements/move-panel";
import { PlacementStatusBadge } from "@/components/placements/placement-status";

export const metadata: Metadata = { title: "发稿报送" };

export default async function PlacementPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const p = await loadOr404(() => getPlacementDetail(user, id));
  const moves = placementMovesFor(user, p);
  const preview = moves.includes("VERIFY") ? await placementScorePreview(p) : [];
  const total = preview.reduce((s, r) => s + r.points, 0);
  const closed = p.status === "RETURNED" || p.status === "REJECTED";
  const evidenceHref = `/api/placements/${p.id}/evidence`;
  const rows: Array<[string, React.ReactNode]> = [
    ["单位", p.unit.name],
    ["报送人", p.reportedBy.name],
    [p.kind === "MEDIA" ? "媒体" : "平台", `${p.medium}（${levelLabel(p.kind, p.level)}）`],
    ["刊发日期", formatIsoDate(p.publishedOn)],
    ...(p.kind === "MEDIA" ? ([["版面和篇幅", pageLine(p) || "—"]] as Array<[string, React.ReactNode]>) : []),
    [
      "网址",
      p.link ? (
        // Shown as text to open by hand: the system never fetches it.
        <span className="break-all">{p.link}</span>
      ) : (
        "—"
      ),
    ],
  ];
  return (
    <div className="max-w-4xl space-y-4">
      <PageHeader title={p.title}>
        <PlacementStatusBadge status={p.status} />
      </PageHeader>
      {p.comment && (
        <p role="note" className={`rounded border px-3 py-2 text-sm ${p.status === "REJECTED" ? "border-red-200 bg-red-50 text-red-800" : "border-orange-200 bg-orange-50 text-orange-800"}`}>
          {p.status === "REJECTED" ? "不予记分的原因" : "退回的原因"}：{p.comment}
        </p>
      )}
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 rounded border border-stone-200 bg-white p-4 text-sm md:grid-cols-2">
        <div className="flex gap-3">
          <dt className="w-20 shrink-0 text-stone-500">类别</dt>
          <dd>{PLACEMENT_KIND_LABELS[p.kind]}</dd>
        </div>
        {rows.map(([label, value]) => (
          <div key={label} className="flex gap-3">
            <dt className="w-20 shrink-0 text-stone-500">{label}</dt>
            <dd className="min-w-0">{value}</dd>
          </div>
        ))}
      </dl>
      {p.evidence && (
        <section aria-label="证明材料" className="rounded border border-stone-200 bg-white p-4 text-sm">
          <h2 className="mb-2 font-semibold">证明材料</h2>
          {p.evidence.contentType.startsWith("image/") ? (
            <a href={evidenceHref} target="_blank" rel="noopener">
              {/* The evidence route checks the signed-in user: next/image's optimizer would fetch it without the session. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={evidenceHref} alt={`证明材料：${p.evidence.fileName}`} className="max-h-96 max-w-full rounded border border-stone-200" />
            </a>
          ) : (
            <a className="text-party underline" href={evidenceHref} download={p.evidence.fileName}>
              下载 {p.evidence.fileName}（{Math.ceil(p.evidence.size / 1024)} KB）
            </a>
          )}
        </section>
      )}
      {moves.length > 0 && (
        <MovePanel
          id={p.id}
          version={p.version}
          moves={moves}
          scoreHint={moves.includes("VERIFY") ? (preview.length ? `按${p.publishedOn.getUTCFullYear()}年积分规则记 ${preview.map((r) => `${r.label} ${r.points}分`).join(" + ")}，共 ${total} 分` : "按本年度积分规则，这一项不记分") : undefined}
        />
      )}
      {p.entries.length > 0 && (
        <section aria-label="得分" className="rounded border border-stone-200 bg-white p-4 text-sm">
          <h2 className="mb-2 font-semibold">记入积分台账</h2>
          <ul className="space-y-1">
            {p.entries.map((e) => (
              <li key={e.id} className="flex justify-between gap-3">
                <span>
                  {e.label}（第{e.version}版规则）{e.reversal && <span className="ml-1 text-red-600">冲销</span>}
                </span>
                <span className="font-semibold">{e.points > 0 ? `+${e.points}` : e.points}</span>
              </li>
            ))}
          </ul>
          {p.scoreRecord?.reversedAt && <p className="mt-2 text-red-700">研究室已冲销这条记分：{p.scoreRecord.reverseReason}</p>}
        </section>
      )}
      <section aria-label="办理经过" className="rounded border border-stone-200 bg-white p-4 text-sm">
        <h2 className="mb-2 font-semibold">办理经过</h2>
        <ol className="space-y-1">
          {p.events.map((e) => (
            <li key={e.id}>
              <span className="text-stone-500">{formatDateTime(e.createdAt)}</span> {e.actor.name}{" "}
              {e.action === "REPORT" ? "报送" : PLACEMENT_MOVES[e.action as keyof typeof PLACEMENT_MOVES]?.label}
              {e.toStatus !== "REPORTED" && <span className="text-stone-500">（{PLACEMENT_STATUS_LABELS[e.toStatus]}）</span>}
              {e.comment && <span>：{e.comment}</span>}
            </li>
          ))}
        </ol>
      </section>
      <div className="flex flex-wrap gap-2">
        {closed && can(user, "placement.report", p) && (
          <Link href={`/placements/new?from=${p.id}`} className={buttonClass()}>
            改好后重新报送
          </Link>
        )}
        <Link href="/placements" className={buttonClass("secondary")}>
          返回列表
        </Link>
      </div>
    </div>
  );
}
