import Link from "@/components/ui/link";
import { connection } from "next/server";

export default async function NotFound() {
  // Rendered per request, not prerendered: only then does Next put this request's CSP nonce on its scripts.
  await connection();
  return (
    <main className="mx-auto mt-24 max-w-md rounded border border-stone-200 bg-white p-8 text-center shadow-sm">
      <p className="text-5xl font-bold text-party">404</p>
      <h1 className="mt-4 text-lg font-semibold">没有找到您要的页面或记录</h1>
      <p className="mt-2 text-sm text-stone-600">可能是地址有误、记录已不存在，或者您没有查看它的权限。</p>
      <Link href="/" className="mt-6 inline-block rounded bg-party px-4 py-2 text-sm text-white hover:bg-party-dark">
        返回首页
      </Link>
    </main>
  );
}
