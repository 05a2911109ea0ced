/**
 * The escalation of overdue urgent cases on the research office's and the leaders' screens:
 * a server component for the app layout that loads its own data and renders nothing when
 * no case is overdue, or for anyone else.
 */
import { requireUser } from "@/lib/auth/current-user";
import { isNodeWide } from "@/lib/authz/permissions";
import { countOverdue, overdueCases } from "@/lib/urgent/queries";
import { OverdueList } from "./overdue-list";
import { NotOnUrgentPage } from "./not-on-urgent-page";

const SHOWN = 5;

export async function EscalationBanner() {
  const user = await requireUser();
  if (!isNodeWide(user, "urgent.read")) return null;
  const now = new Date();
  const rows = await overdueCases(user, now, SHOWN);
  if (rows.length === 0) return null;
  // On every page for the office and leaders: count only when there are more than are shown.
  const total = rows.length < SHOWN ? rows.length : await countOverdue(user, now);
  return (
    <NotOnUrgentPage>
      <div className="mb-4">
        <OverdueList rows={rows} now={now} total={total} compact />
      </div>
    </NotOnUrgentPage>
  );
}
