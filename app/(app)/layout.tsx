import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { ROLE_LABELS } from "@/lib/authz/permissions";
import { navFor } from "@/components/layout/nav";
import { AppShell } from "@/components/layout/app-shell";
import { Bell } from "@/components/notifications/bell";
import { EscalationBanner } from "@/components/urgent/escalation-banner";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  if (user.mustChangePassword) redirect("/account/password");
  return (
    <AppShell
      items={navFor(user.roles, user.nodeKind, user.inNodeBelowDesk)}
      who={`${user.unitName} · ${user.name}`}
      roles={user.roles.map((r) => ROLE_LABELS[r]).join("、")}
      bell={<Bell unread={user.unreadNotifications} />}
    >
      <EscalationBanner />
      {children}
    </AppShell>
  );
}
