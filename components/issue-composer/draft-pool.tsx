import { listPool } from "@/lib/bulletins/queries";
import { listSubmittingUnits } from "@/lib/admin/units";
import { DRAFT_KINDS, KIND_LABELS } from "@/lib/drafts/kinds";
import { poolParamsSchema } from "@/lib/validation/bulletin";
import type { Actor } from "@/lib/authz/permissions";
import { formatIsoDate } from "@/lib/time";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";
import { PoolAddButton } from "./pool-add-button";

const control = "rounded border border-stone-300 bg-white px-2 py-1 text-sm";

/** 待编稿件: adopted drafts not in any issue yet, filtered in the query string (p-prefixed keys). */
export async function DraftPool({ actor, issueId, version, params }: { actor: Actor; issueId: string; version: number; params: Record<string, string> }) {
  const f = poolParamsSchema.parse(params);
  const [pool, units] = await Promise.all([
    listPool(actor, { page: f.ppage, q: f.pq, unitId: f.punit, kind: f.pkind, from: f.pfrom, to: f.pto }),
    listSubmittingUnits(actor),
  ]);
  const filtered = !!(f.pq || f.punit || f.pkind || f.pfrom || f.pto);
  return (
    <section aria-label="待编稿件" className="rounded border border-stone-200 bg-white p-4">
      <h2 className="mb-2 font-semibold">待编稿件（已采用、未编期）</h2>
      <form className="mb-3 grid grid-cols-1 md:grid-cols-2 gap-2 text-sm">
        <input name="pq" defaultValue={f.pq} placeholder="标题或正文" aria-label="搜索待编稿件" className={`${control} col-span-2`} />
        <select name="punit" defaultValue={f.punit ?? ""} aria-label="单位" className={control}>
          <option value="">全部单位</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
        <select name="pkind" defaultValue={f.pkind ?? ""} aria-label="类别" className={control}>
          <option value="">全部类别</option>
          {DRAFT_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
        <label className="flex items-center gap-1">
          从 <input type="date" name="pfrom" defaultValue={f.pfrom ? formatIsoDate(f.pfrom) : ""} aria-label="事件日期从" className={control} />
        </label>
        <label className="flex items-center gap-1">
          到 <input type="date" name="pto" defaultValue={f.pto ? formatIsoDate(f.pto) : ""} aria-label="事件日期到" className={control} />
        </label>
        <button className={`${buttonClass("secondary")} col-span-2`}>筛选</button>
      </form>
      <ul className="divide-y divide-stone-100">
        {pool.rows.map((d) => (
          <li key={d.id} className="flex items-center gap-2 py-2">
            <div className="min-w-0 flex-1">
              <p className="text-sm font-medium">{d.title}</p>
              <p className="text-xs text-stone-500">
                {d.unit.name} · {KIND_LABELS[d.kind]} · {formatIsoDate(d.eventDate)}
              </p>
            </div>
            <PoolAddButton issueId={issueId} version={version} draftId={d.id} title={d.title} />
          </li>
        ))}
      </ul>
      {pool.rows.length === 0 && (
        <p className="py-4 text-center text-sm text-stone-500">{filtered ? "没有符合条件的待编稿件" : "没有待编稿件。在稿件池“采用”后会出现在这里。"}</p>
      )}
      <Pagination page={pool.page} pages={pool.pages} total={pool.total} params={params} basePath={`/issues/${issueId}`} pageKey="ppage" />
    </section>
  );
}
