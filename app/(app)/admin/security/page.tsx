import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { currentSecurityRules } from "@/lib/auth/security-settings";
import { PageHeader } from "@/components/ui/page-header";
import { SecuritySettingsForm } from "@/components/admin/security-settings-form";
import { DeploymentSettings } from "@/components/admin/deployment-settings";
import { atTopNode } from "@/lib/admin/deployment";

export const metadata: Metadata = { title: "安全设置" };

export default async function SecuritySettingsPage() {
  const user = await requireUser();
  if (!can(user, "admin.manage")) notFound();
  const [rules, top] = await Promise.all([currentSecurityRules(), atTopNode(user)]);
  return (
    <div>
      <PageHeader title="安全设置" />
      <p className="mb-4 max-w-3xl text-sm text-stone-600">
        按网络安全等级保护的要求：一段时间不操作自动退出登录；密码有最短长度、须含字母和数字，到期须更换。
        管理员新建账号或重置密码后，本人第一次登录须先改成自己的密码。
      </p>
      <DeploymentSettings editable={top}>
        <SecuritySettingsForm initial={rules} />
      </DeploymentSettings>
    </div>
  );
}
