import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { unitOfficers } from "@/lib/planning/topics";
import { shanghaiDate } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { PlanningTabs } from "@/components/commissions/planning-tabs";
import { TopicForm } from "@/components/commissions/topic-form";

export const metadata: Metadata = { title: "点题" };

export default async function NewTopicPage() {
  const user = await requireUser();
  if (!can(user, "commission.assign", { unitId: user.unitId })) notFound();
  const officers = await unitOfficers(user);
  return (
    <div>
      <PageHeader title="给信息员点题" />
      <PlanningTabs current="topics" />
      {officers.length === 0 ? (
        <p className="rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">本单位还没有在岗的信息员账号，请先联系管理员开通。</p>
      ) : (
        <TopicForm officers={officers} today={shanghaiDate(new Date())} />
      )}
    </div>
  );
}
