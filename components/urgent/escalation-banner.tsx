/**
 * The escalation of overdue urgent cases on the research office's and the leaders' screens:
 * a server component for the app layout that loads its own data and renders nothing when
 * no case is overdue, or for anyone else.
 */
import { requireUser } from "@/lib/auth/current-user";
import { scopeOf } from "@/lib/authz/permissions";
import { countOverdue, overdueCases } from "@/lib/urgent/queries";
import { OverdueList } from "./overdue-list";

export async function EscalationBanner() {
  const user = await requireUser();
  if (scopeOf(user, "plan.read") !== "all") return null;
  const now = new Date();
  const rows = await overdueCases(user, now, 5);
  if (rows.length === 0) return null;
  return (
    <div className="mb-4">
      <OverdueList rows={rows} now={now} total={await countOverdue(now)} compact />
    </div>
  );
}
