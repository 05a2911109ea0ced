import type { Role } from "@/lib/authz/permissions";

export type NavItem = { href: string; label: string };

const BY_ROLE: Record<Role, NavItem[]> = {
  OFFICER: [
    { href: "/todo", label: "待办事项" },
    { href: "/drafts", label: "本单位稿件" },
    { href: "/drafts/new", label: "写稿件" },
    { href: "/commissions", label: "约稿和点题" },
    { href: "/plans", label: "信息计划" },
    { href: "/urgent", label: "紧急信息" },
    { href: "/quotas", label: "报送任务" },
    { href: "/issues/mine", label: "本单位刊发" },
    { href: "/placements", label: "媒体发稿和网评" },
    { href: "/scores/mine", label: "本单位积分" },
  ],
  REVIEWER: [
    { href: "/todo", label: "待办事项" },
    { href: "/drafts?status=SUBMITTED", label: "待我审核" },
    { href: "/drafts", label: "本单位稿件" },
    { href: "/commissions", label: "约稿和点题" },
    { href: "/plans", label: "信息计划" },
    { href: "/urgent", label: "紧急信息" },
    { href: "/quotas", label: "报送任务" },
    { href: "/roster", label: "信息员备案" },
    { href: "/issues/mine", label: "本单位刊发" },
    { href: "/placements", label: "媒体发稿和网评" },
    { href: "/scores/mine", label: "本单位积分" },
  ],
  EDITOR: [
    { href: "/county", label: "县级稿件池" },
    { href: "/todo", label: "待办事项" },
    { href: "/issues/compose", label: "期刊编排" },
    { href: "/urgent", label: "紧急信息" },
    { href: "/commissions", label: "约稿" },
    { href: "/plans", label: "信息计划" },
    { href: "/quotas", label: "报送任务" },
    { href: "/roster", label: "信息员名册" },
    { href: "/scores", label: "积分排名" },
    { href: "/scores/dashboard", label: "积分看板" },
    { href: "/scores/records", label: "积分登记" },
    { href: "/placements", label: "发稿和网评核实" },
    { href: "/scores/ledger", label: "积分台账" },
    { href: "/scores/notices", label: "通报" },
    { href: "/series", label: "刊物设置" },
  ],
  LEADER: [
    { href: "/issues/compose", label: "待签发" },
    { href: "/todo", label: "待办事项" },
    { href: "/urgent", label: "紧急信息" },
    { href: "/scores/dashboard", label: "积分看板" },
    { href: "/scores", label: "积分排名" },
    { href: "/scores/ledger", label: "积分台账" },
    { href: "/scores/notices", label: "通报" },
    { href: "/scores/records", label: "登记领导批示" },
    { href: "/commissions", label: "约稿" },
    { href: "/plans", label: "信息计划" },
    { href: "/quotas", label: "报送任务" },
    { href: "/roster", label: "信息员名册" },
    { href: "/county?status=ALL", label: "稿件总览" },
  ],
  ADMIN: [
    { href: "/admin/users", label: "账号管理" },
    { href: "/admin/units", label: "单位管理" },
    { href: "/series", label: "刊物设置" },
    { href: "/admin/checks", label: "稿件检查设置" },
    { href: "/admin/watch-terms", label: "留意表述清单" },
    { href: "/admin/security", label: "安全设置" },
    { href: "/admin/rules", label: "积分规则" },
    { href: "/admin/audit", label: "操作日志" },
  ],
};

/** The menu for a person with one or more roles, each entry once, with the issue archive for all. */
export function navFor(roles: readonly Role[]): NavItem[] {
  const seen = new Set<string>();
  const items = [...roles.flatMap((r) => BY_ROLE[r]), { href: "/issues", label: "期刊档案" }];
  return items.filter((i) => !seen.has(i.href) && seen.add(i.href));
}

export function homeFor(roles: readonly Role[]): string {
  return navFor(roles)[0].href;
}
