import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { checkSettingsForm } from "@/lib/admin/check-settings";
import { loadOr404 } from "@/lib/load-or-404";
import { PageHeader } from "@/components/ui/page-header";
import { CheckSettingsForm } from "@/components/admin/check-settings-form";
import { SimilarityIndexPanel } from "@/components/admin/similarity-index-panel";
import { similarityIndexStatus } from "@/lib/admin/similarity-index";
import { formatDateTime } from "@/lib/time";
import { DeploymentSettings } from "@/components/admin/deployment-settings";
import { atTopNode } from "@/lib/admin/deployment";

export const metadata: Metadata = { title: "稿件检查设置" };

export default async function CheckSettingsPage() {
  const user = await requireUser();
  const [{ seenAt, initial }, index] = await Promise.all([
    loadOr404(() => checkSettingsForm(user)),
    loadOr404(() => similarityIndexStatus(user)),
  ]);
  const top = await atTopNode(user);
  return (
    <div>
      <PageHeader title="稿件检查设置" />
      <p className="mb-4 max-w-3xl text-sm text-stone-600">
        信息员写稿时、组织委员和研究室审稿时，系统按这里的设置检查标点、重复字词、标题层级、时效、与已有稿件的相似度等。
        检查只作提醒；勾选为“必须改正”的问题不改正就不能提交。
      </p>
      <DeploymentSettings editable={top}>
      <CheckSettingsForm seenAt={seenAt?.toISOString()} initial={initial} />
      <SimilarityIndexPanel
        status={{
          state: index?.state ?? "none",
          done: index?.done ?? 0,
          total: index?.total ?? 0,
          finishedAt: index?.finishedAt ? formatDateTime(index.finishedAt) : undefined,
        }}
      />
      </DeploymentSettings>
    </div>
  );
}
