import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { loadOr404 } from "@/lib/load-or-404";
import { listWatchTerms } from "@/lib/admin/watch-terms";
import { CUSTOM_GROUP, WATCH_GROUPS, WATCH_SOURCES } from "@/lib/checks/watch-list-data";
import { PageHeader } from "@/components/ui/page-header";
import { FilterBar, FilterSearch } from "@/components/ui/filter-bar";
import { AddWatchTermForm, WatchTermToggle } from "@/components/admin/watch-terms";
import { DeploymentSettings } from "@/components/admin/deployment-settings";
import { atTopNode } from "@/lib/admin/deployment";

export const metadata: Metadata = { title: "留意表述清单" };

/** Where a group comes from, in words: the data file's source keys spelled out. */
const sourceText = (source: string) => Object.entries(WATCH_SOURCES).reduce((s, [key, full]) => s.replaceAll(key, full), source);

export default async function WatchTermsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  const { q } = await searchParams;
  const rows = await loadOr404(() => listWatchTerms(user, { q: q?.slice(0, 30) }));
  const top = await atTopNode(user);
  const groups = [...WATCH_GROUPS.map((g) => ({ code: g.code, label: g.label, source: sourceText(g.source) })), { ...CUSTOM_GROUP, source: "本县管理员添加" }];
  return (
    <div className="max-w-5xl space-y-4">
      <PageHeader title="留意表述清单" />
      <p className="text-sm text-stone-600">
        组织委员和研究室审稿时，稿件里出现下列表述会逐处标出，并显示为什么要留意和建议写法（只作提醒，由审稿人判断）。默认清单摘自公开的新闻报道用语规范，每组注明出处；可逐条停用，也可添加本县需要留意的表述。
      </p>
      <DeploymentSettings editable={top}>
        <AddWatchTermForm />
      </DeploymentSettings>
      <FilterBar label="查找留意表述" resetHref="/admin/watch-terms" className="">
        <FilterSearch value={q} placeholder="搜索表述、说明或建议写法" label="搜索留意表述" />
      </FilterBar>
      {groups.map((g) => {
        const entries = rows.filter((r) => r.group === g.code);
        if (entries.length === 0) return null;
        return (
          <section key={g.code} aria-label={g.label} className="rounded border border-stone-200 bg-white p-4">
            <h2 className="font-semibold">{g.label}</h2>
            <p className="mb-2 text-xs text-stone-500">出处：{g.source}</p>
            <ul className="divide-y divide-stone-100">
              {entries.map((e) => (
                <li key={e.term} className="flex flex-col gap-2 py-2 text-sm md:flex-row md:items-center md:justify-between">
                  <div className={e.enabled ? "" : "text-stone-400"}>
                    <span className="font-medium">“{e.term}”</span>
                    <span className="ml-2">{e.why}</span>
                    {e.suggestion && <span className="ml-2 text-emerald-800">建议：{e.suggestion}</span>}
                  </div>
                  {top && <WatchTermToggle term={e.term} enabled={e.enabled} />}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {rows.length === 0 && <p className="rounded border border-dashed border-stone-300 p-8 text-center text-stone-500">没有符合条件的表述</p>}
    </div>
  );
}
