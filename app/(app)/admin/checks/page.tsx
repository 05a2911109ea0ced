import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { loadCheckSettings } from "@/lib/drafts/review-checks";
import { db } from "@/lib/db";
import { PageHeader } from "@/components/ui/page-header";
import { CheckSettingsForm } from "@/components/admin/check-settings-form";

export const metadata: Metadata = { title: "稿件检查设置" };

export default async function CheckSettingsPage() {
  const user = await requireUser();
  if (!can(user, "admin.manage")) notFound();
  const s = await loadCheckSettings();
  const row = await db.checkSettings.findUnique({ where: { id: 1 }, select: { updatedAt: true, urgentHours: true } });
  return (
    <div>
      <PageHeader title="稿件检查设置" />
      <p className="mb-4 max-w-3xl text-sm text-stone-600">
        信息员写稿时、组织委员和研究室审稿时，系统按这里的设置检查标点、重复字词、标题层级、时效、与已有稿件的相似度等。
        检查只作提醒；勾选为“必须改正”的问题不改正就不能提交。
      </p>
      <CheckSettingsForm
        seenAt={row?.updatedAt.toISOString()}
        initial={{ titleMaxLength: s.titleMaxLength, staleDays: s.staleDays, similarityPercent: Math.round(s.similarityThreshold * 100), severeChecks: s.severeChecks, urgentHours: row?.urgentHours ?? 4 }}
      />
    </div>
  );
}
