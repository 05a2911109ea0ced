import { scopeOf, type Permission, type Role, type Scope } from "@/lib/authz/permissions";
import { poolLabel, type DeskKind } from "@/lib/units/labels";

export type NavItem = { href: string; label: string };

/**
 * One menu entry, shown to whoever holds `permission` (the one table in lib/authz/permissions.ts
 * says who does): at exactly `scope` when given ("unit": the units' own pages, "all": the county's),
 * and not to those holding `unless`, whom another entry for the same page serves.
 */
type MenuEntry = NavItem & { permission: Permission; scope?: Scope; unless?: Permission; belowDesk?: true };

/** Stands for the pool's name at the person's level (县级稿件池, 市级稿件池). */
const POOL = "{pool}";

/** The menu in its order; a person's first entry is where signing in takes them. */
const MENU: MenuEntry[] = [
  { href: "/issues/compose", label: "待签发", permission: "issue.signoff", unless: "issue.compose" },
  { href: "/county", label: POOL, permission: "draft.decide" },
  { href: "/todo", label: "待办事项", permission: "draft.read" },
  { href: "/drafts?status=SUBMITTED", label: "待我审核", permission: "draft.review" },
  { href: "/drafts", label: "本单位稿件", permission: "draft.read", scope: "unit" },
  { href: "/drafts/new", label: "写稿件", permission: "draft.write", unless: "draft.sendOwn" },
  // The office writes pieces of its own for the desk above: only where there is one.
  { href: "/drafts/new", label: "写稿报送上级", permission: "draft.sendOwn", belowDesk: true },
  { href: "/issues/compose", label: "期刊编排", permission: "issue.compose" },
  { href: "/urgent", label: "紧急信息", permission: "urgent.read" },
  { href: "/commissions", label: "约稿和点题", permission: "commission.read", scope: "unit" },
  { href: "/commissions", label: "约稿", permission: "commission.read", scope: "all" },
  { href: "/plans", label: "信息计划", permission: "plan.read" },
  { href: "/quotas", label: "报送任务", permission: "quota.read" },
  { href: "/roster", label: "信息员备案", permission: "roster.file", scope: "unit" },
  { href: "/roster", label: "信息员名册", permission: "roster.read" },
  { href: "/training/mine", label: "我的培训", permission: "training.own" },
  { href: "/training/people", label: "本单位人员培训", permission: "training.read", scope: "unit" },
  { href: "/training", label: "培训", permission: "training.read", scope: "all" },
  { href: "/training/pairs", label: "传帮带", permission: "training.read", scope: "all" },
  { href: "/training/people", label: "人员培训情况", permission: "training.read", scope: "all" },
  { href: "/issues/mine", label: "本单位刊发", permission: "draft.read", scope: "unit" },
  { href: "/placements", label: "发稿和网评核实", permission: "placement.verify" },
  { href: "/placements", label: "媒体发稿和网评", permission: "placement.read" },
  { href: "/scores/mine", label: "本单位积分", permission: "scores.own" },
  { href: "/scores/dashboard", label: "积分看板", permission: "scores.read" },
  { href: "/scores", label: "积分排名", permission: "scores.read" },
  // The office records every kind of score; a leader the leaders' 批示 only.
  { href: "/scores/records", label: "积分登记", permission: "scores.record" },
  { href: "/scores/records", label: "登记领导批示", permission: "scores.instruction" },
  // An officer may see only their own record: the list page sends them straight to it.
  { href: "/scores/people", label: "我的积分", permission: "credit.read", scope: "self" },
  { href: "/scores/people", label: "个人积分", permission: "credit.read" },
  { href: "/scores/shortlist", label: "先进个人推荐", permission: "credit.shortlist" },
  { href: "/scores/ledger", label: "积分台账", permission: "scores.read" },
  { href: "/scores/notices", label: "通报", permission: "scores.read" },
  { href: "/scores/opening", label: "往年数字导入", permission: "figures.import" },
  { href: "/county?status=ALL", label: "稿件总览", permission: "draft.read", scope: "all", unless: "draft.decide" },
  { href: "/admin/users", label: "账号管理", permission: "admin.manage" },
  { href: "/admin/units", label: "单位管理", permission: "admin.manage" },
  { href: "/admin/onboarding", label: "导入单位与人员", permission: "people.import" },
  { href: "/series", label: "刊物设置", permission: "series.manage" },
  { href: "/admin/checks", label: "稿件检查设置", permission: "admin.manage" },
  { href: "/admin/watch-terms", label: "留意表述清单", permission: "admin.manage" },
  { href: "/admin/security", label: "安全设置", permission: "admin.manage" },
  { href: "/admin/rules", label: "积分规则", permission: "admin.manage" },
  { href: "/admin/audit", label: "操作日志", permission: "audit.read" },
  { href: "/issues", label: "期刊档案", permission: "issue.read" },
];

function shows(entry: MenuEntry, actor: { roles: readonly Role[] }, belowDesk: boolean): boolean {
  const scope = scopeOf(actor, entry.permission);
  if (!scope || (entry.scope && scope !== entry.scope) || (entry.belowDesk && !belowDesk)) return false;
  return !entry.unless || !scopeOf(actor, entry.unless);
}

/**
 * The menu for a person with one or more roles at a node of the kind: the entries their permissions
 * open, each page once. `belowDesk`: the person works in a 组织部 with a desk above it.
 */
export function navFor(roles: readonly Role[], nodeKind: DeskKind = "COUNTY", belowDesk = false): NavItem[] {
  const seen = new Set<string>();
  return MENU.filter((e) => shows(e, { roles }, belowDesk) && !seen.has(e.href) && seen.add(e.href)).map(({ href, label }) => ({ href, label: label === POOL ? poolLabel(nodeKind) : label }));
}

export function homeFor(roles: readonly Role[]): string {
  return navFor(roles)[0].href;
}
