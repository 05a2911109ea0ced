import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can, isNodeWide } from "@/lib/authz/permissions";
import { MAX_DAYS_AHEAD, pendingText, rosterHistory, unitOfficers } from "@/lib/planning/roster";
import { listParamsSchema } from "@/lib/validation/list";
import { loadOr404 } from "@/lib/load-or-404";
import { formatDateTime, formatIsoDate, shanghaiDate } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { RosterForm } from "@/components/roster/roster-form";
import { TraineeTable } from "@/components/training/trainee-table";
import { listTrainees } from "@/lib/training/people";
import { page as pageParam } from "@/lib/validation/common";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "专职信息员备案" };


/** A unit's 专职信息员 and every change filed; its reviewer or the research office files a new one here. */
export default async function UnitRosterPage({ params, searchParams }: { params: Promise<{ unitId: string }>; searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!can(user, "roster.read")) notFound();
  const { unitId } = await params;
  const query = await searchParams;
  const { page } = listParamsSchema.parse(query);
  const now = new Date();
  const history = await loadOr404(() => rosterHistory(user, unitId, { page }, now));
  const { unit, changes, latestId, current, pending } = history;
  const filer = can(user, "roster.file", { unitId: unit.id }) && unit.active;
  const officers = filer ? await unitOfficers(user, unit.id) : [];
  const untrained = can(user, "training.read", { unitId: unit.id }) ? await listTrainees(user, { unitId: unit.id, untrainedOnly: true, page: pageParam.parse(query.tpage) }, now) : null;
  return (
    <div className="space-y-4">
      <PageHeader title={`${unit.name} · 专职信息员`} />
      {isNodeWide(user, "roster.read") && (
        <Link href="/roster" className="text-sm text-party underline">
          ← 返回名册
        </Link>
      )}
      <section aria-label="现任专职信息员" className="rounded border border-stone-200 bg-white p-4 text-sm">
        {current && current.officerId ? (
          <p>
            现任专职信息员：<b className="text-base">{current.officerName}</b>
            <span className="ml-3">电话：{current.phone || "—"}</span>
            <span className="ml-3 text-stone-500">{formatIsoDate(current.effectiveOn)}起</span>
          </p>
        ) : (
          <p className="text-red-700">
            <span className="mr-2 rounded bg-red-100 px-1.5 py-0.5 text-xs font-medium">未明确专职信息员</span>
            {current ? `${formatIsoDate(current.effectiveOn)}起暂缺` : pending.length ? "还没有到任" : "还没有备案"}
          </p>
        )}
        {pending.map((p) => (
          <p key={p.id} className="mt-2 text-amber-800" data-testid="roster-pending">
            <span className="mr-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium">待生效</span>
            {pendingText(p)}
            {p.officerId && p.phone && <span className="ml-3 text-stone-500">电话：{p.phone}</span>}
          </p>
        ))}
      </section>
      {untrained && (
        <section aria-label="今年未参加培训">
          <h2 className="mb-2 font-semibold">
            {untrained.year}年未参加培训（{untrained.total}人）
          </h2>
          {untrained.total === 0 ? (
            <p className="rounded bg-emerald-50 px-3 py-2 text-sm text-emerald-800">本单位的信息员、组织委员{untrained.year}年都参加过培训了。</p>
          ) : (
            <TraineeTable rows={untrained.rows} empty="" />
          )}
          {untrained.pages > 1 && <Pagination page={untrained.page} pages={untrained.pages} total={untrained.total} params={query} basePath={`/roster/${unit.id}`} pageKey="tpage" />}
        </section>
      )}
      {filer && <RosterForm unitId={unit.id} officers={officers} latestId={latestId} today={shanghaiDate(now)} maxDay={shanghaiDate(new Date(now.getTime() + MAX_DAYS_AHEAD * 86_400_000))} />}
      <section aria-label="变更记录">
        <h2 className="mb-2 font-semibold">变更记录</h2>
        {history.total === 0 ? (
          <p className="rounded border border-dashed border-stone-300 p-6 text-center text-stone-500">还没有备案记录</p>
        ) : (
          <DataTable
            rows={changes}
            rowKey={(c) => c.id}
            columns={[
              { header: "起始日期", cell: (c) => formatIsoDate(c.effectiveOn), className: "whitespace-nowrap" },
              {
                header: "变更",
                title: true,
                cell: (c) => (
                  <>
                    {c.fromName ?? "（首次备案）"} → <b>{c.officerName}</b>
                  </>
                ),
              },
              { header: "联系电话", cell: (c) => c.phone || "—", className: "whitespace-nowrap" },
              { header: "原因", cell: (c) => c.reason },
              {
                header: "备案人",
                className: "whitespace-nowrap",
                cell: (c) => (
                  <span className="text-xs">
                    {c.filedBy.name}
                    <span className="block text-stone-500">{formatDateTime(c.createdAt)}</span>
                  </span>
                ),
              },
            ]}
          />
        )}
        {history.total > 0 && <Pagination page={history.page} pages={history.pages} total={history.total} params={query} basePath={`/roster/${unit.id}`} />}
      </section>
    </div>
  );
}
