import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { listSlipUnits } from "@/lib/onboarding/slips";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button";
import { PeopleImport } from "@/components/onboarding/people-import";
import { SlipsRegenerate } from "@/components/onboarding/slips-regenerate";

export const metadata: Metadata = { title: "导入单位与人员" };

const STEP = "space-y-3 rounded border border-stone-200 bg-white p-4";

export default async function OnboardingPage() {
  const user = await requireUser();
  if (!can(user, "people.import")) notFound();
  const units = await listSlipUnits(user);
  return (
    <div className="space-y-5">
      <PageHeader title="导入单位与人员" />
      <section className={STEP}>
        <h2 className="font-bold">第一步　下载模板并填写</h2>
        <p className="text-sm text-stone-600">模板有“单位”“人员”两张表，填法见其中的“说明”表。要修改已有的单位和账号，可先导出，改好后再导入：只改有变化的项目，已有账号的密码不变。</p>
        <div className="flex flex-col gap-2 sm:flex-row">
          <a href="/admin/onboarding/template" className={buttonClass("secondary")}>
            下载空白模板
          </a>
          <a href="/admin/onboarding/export" className={buttonClass("secondary")}>
            导出现有单位与人员
          </a>
        </div>
      </section>
      <section className={STEP}>
        <h2 className="font-bold">第二步　上传，核对预览，确认导入</h2>
        <PeopleImport />
      </section>
      <section className={STEP}>
        <h2 className="font-bold">账号通知单遗失或需要重印</h2>
        <p className="text-sm text-stone-600">初始密码不在系统里保存，通知单只能重新生成：所选单位的账号将换成新的初始密码，本人须重新设置。</p>
        <SlipsRegenerate units={units} />
      </section>
    </div>
  );
}
