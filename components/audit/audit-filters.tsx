import { AUDIT_GROUPS, ENTITY_LABELS } from "@/lib/audit/labels";
import type { AuditParams } from "@/lib/validation/audit";
import { buttonClass } from "@/components/ui/button";

const control = "w-full rounded border border-stone-300 bg-white px-2 py-1.5 text-sm";
const label = "flex flex-col gap-1 text-xs text-stone-600";

/** The 操作日志 filters: a GET form, so a filtered view is a link that can be kept and shared. */
export function AuditFilters({ params, units }: { params: AuditParams; units: { id: string; name: string; active: boolean }[] }) {
  return (
    <form className="mb-4 grid grid-cols-1 gap-2 rounded border border-stone-200 bg-white p-3 sm:grid-cols-2 md:grid-cols-3 xl:grid-cols-6" role="search" aria-label="筛选操作日志">
      <label className={label}>
        人员
        <input aria-label="人员" name="who" defaultValue={params.who} placeholder="姓名或登录名" className={control} />
      </label>
      <label className={label}>
        单位
        <select aria-label="单位" name="unit" defaultValue={params.unit ?? ""} className={control}>
          <option value="">全部单位</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
              {u.active ? "" : "（已停用）"}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        操作
        <select aria-label="操作" name="kind" defaultValue={params.kind ?? ""} className={control}>
          <option value="">全部操作</option>
          {AUDIT_GROUPS.map((g) => (
            <optgroup key={g.key} label={g.label}>
              <option value={g.key}>全部{g.label}</option>
              {Object.entries(g.actions).map(([action, text]) => (
                <option key={action} value={action}>
                  {text}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label className={label}>
        起始日期
        <input aria-label="起始日期" type="date" name="from" defaultValue={params.from} className={control} />
      </label>
      <label className={label}>
        截止日期
        <input aria-label="截止日期" type="date" name="to" defaultValue={params.to} className={control} />
      </label>
      <div className="flex items-end justify-end">
        <button className={buttonClass("primary")}>查看</button>
      </div>
      {/* Asked for less often: folded away unless in use, so a phone sees the list sooner. */}
      <details className="col-span-full text-sm" open={!!(params.type || params.id || params.ip)}>
        <summary className="cursor-pointer py-1 text-stone-600">按记录或来源地址筛选</summary>
        <div className="grid grid-cols-1 gap-2 pt-2 sm:grid-cols-3">
          <label className={label}>
            记录类型
            <select aria-label="记录类型" name="type" defaultValue={params.type ?? ""} className={control}>
              <option value="">全部类型</option>
              {Object.entries(ENTITY_LABELS).map(([type, text]) => (
                <option key={type} value={type}>
                  {text}
                </option>
              ))}
            </select>
          </label>
          <label className={label}>
            记录编号
            <input aria-label="记录编号" name="id" defaultValue={params.id} placeholder="完整编号" className={control} />
          </label>
          <label className={label}>
            来源地址
            <input aria-label="来源地址" name="ip" defaultValue={params.ip} placeholder="如 192.168.1." inputMode="decimal" className={control} />
          </label>
        </div>
      </details>
    </form>
  );
}
