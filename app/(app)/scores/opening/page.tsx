import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { listParamsSchema } from "@/lib/validation/list";
import { listFigureImports } from "@/lib/onboarding/figures";
import { formatDateTime } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";
import { FiguresImport } from "@/components/onboarding/figures-import";
import { ReverseImportButton } from "@/components/onboarding/reverse-import-button";

export const metadata: Metadata = { title: "往年数字导入" };

const STEP = "space-y-3 rounded border border-stone-200 bg-white p-4";

export default async function OpeningFiguresPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!can(user, "figures.import")) notFound();
  const params = await searchParams;
  const { page } = listParamsSchema.parse(params);
  const imports = await listFigureImports(user, { page });
  return (
    <div className="space-y-5">
      <PageHeader title="往年数字导入" />
      <section className={STEP}>
        <h2 className="font-bold">导入开始使用本系统以前的各单位数字</h2>
        <p className="text-sm text-stone-600">
          报送数、采用数计入各单位当月（或全年）的统计，未采用数按“报送数－采用数”计；各类积分记入积分台账，标明“期初导入”和文件名。这样“积分看板”的与去年同期对比、走势和年度排名从第一天起就有去年的数。
        </p>
        <a href="/scores/opening/template" className={buttonClass("secondary")}>
          下载模板
        </a>
        <FiguresImport />
      </section>
      <section className={STEP}>
        <h2 className="font-bold">导入记录</h2>
        {imports.rows.length === 0 ? (
          <p className="text-sm text-stone-500">还没有导入过往年数字。</p>
        ) : (
          <ul className="divide-y divide-stone-100 text-sm">
            {imports.rows.map((r) => (
              <li key={r.importId} className="flex flex-col gap-2 py-3 md:flex-row md:items-center md:justify-between">
                <span className="break-words">
                  {r.fileName}（{r.years}年，{r.rows} 行）· {r.who} · {formatDateTime(r.createdAt)}
                  {r.reversedAt && <span className="ml-2 text-red-700">已冲销（{formatDateTime(r.reversedAt)}）</span>}
                </span>
                {!r.reversedAt && <ReverseImportButton importId={r.importId} fileName={r.fileName} />}
              </li>
            ))}
          </ul>
        )}
        <Pagination page={imports.page} pages={imports.pages} total={imports.total} params={params} basePath="/scores/opening" />
      </section>
    </div>
  );
}
