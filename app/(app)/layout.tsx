import Link from "next/link";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { ROLE_LABELS } from "@/lib/authz/permissions";
import { navFor } from "@/components/layout/nav";
import { NavLinks } from "@/components/layout/nav-links";
import { LogoutButton } from "@/components/layout/logout-button";
import { Bell } from "@/components/notifications/bell";
import { EscalationBanner } from "@/components/urgent/escalation-banner";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  if (user.mustChangePassword) redirect("/account/password");
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between bg-party px-6 py-3 text-white shadow">
        <span className="text-lg font-bold tracking-wide">组工信息报送编发平台</span>
        <div className="flex items-center gap-4 text-sm">
          <span data-testid="current-user">
            {user.unitName} · {user.name}（{user.roles.map((r) => ROLE_LABELS[r]).join("、")}）
          </span>
          <Bell userId={user.id} />
          <Link href="/account/password" className="hover:underline">
            修改密码
          </Link>
          <LogoutButton />
        </div>
      </header>
      <div className="flex flex-1">
        <aside className="w-44 shrink-0 border-r border-stone-200 bg-white">
          <NavLinks items={navFor(user.roles)} />
        </aside>
        <main className="min-w-0 flex-1 p-6">
          <EscalationBanner />
          {children}
        </main>
      </div>
    </div>
  );
}
