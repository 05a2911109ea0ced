import { isNodeWide, type Actor, type Permission } from "@/lib/authz/permissions";
import { isUuid } from "@/lib/ids";

type Link = { permission: Permission; href: (id: string, data: Record<string, unknown>) => string | null };

const byId = (path: string) => (id: string) => (isUuid(id) ? `${path}/${id}` : null);

/** Where each record type has a page, and what opening it needs. */
const LINKS: Record<string, Link> = {
  Draft: { permission: "draft.read", href: byId("/drafts") },
  BulletinIssue: { permission: "issue.read", href: byId("/issues") },
  Commission: { permission: "commission.read", href: byId("/commissions") },
  InfoPlan: { permission: "plan.read", href: byId("/plans") },
  TopicAssignment: { permission: "topic.read", href: byId("/topics") },
  UrgentCase: { permission: "urgent.read", href: byId("/urgent") },
  UnitQuota: { permission: "quota.read", href: byId("/quotas") },
  RosterChange: { permission: "roster.read", href: (_id, data) => (typeof data.unitId === "string" ? byId("/roster")(data.unitId) : null) },
  TrainingSession: { permission: "training.read", href: byId("/training") },
  MentorPair: { permission: "training.read", href: () => "/training/pairs" },
  Series: { permission: "series.manage", href: byId("/series") },
  ScoreRecord: { permission: "scores.read", href: () => "/scores/records" },
  ScoreNotice: { permission: "scores.read", href: () => "/scores/notices" },
  Unit: { permission: "admin.manage", href: () => "/admin/units" },
  // A failed login names the typed login name: the accounts page finds it.
  User: { permission: "admin.manage", href: (id) => (isUuid(id) ? "/admin/users" : `/admin/users?q=${encodeURIComponent(id)}`) },
  ScoringRule: { permission: "admin.manage", href: () => "/admin/rules" },
  ScoringCategory: { permission: "admin.manage", href: () => "/admin/rules" },
  CheckSettings: { permission: "admin.manage", href: () => "/admin/checks" },
  SecuritySettings: { permission: "admin.manage", href: () => "/admin/security" },
};

/**
 * The page of the record a row is about, only where the viewer may open it county-wide:
 * a link that answers 404 helps nobody.
 */
export function recordLink(viewer: Actor, entityType: string, entityId: string, data: unknown): string | null {
  const link = LINKS[entityType];
  if (!link || !isNodeWide(viewer, link.permission)) return null;
  return link.href(entityId, data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {});
}
