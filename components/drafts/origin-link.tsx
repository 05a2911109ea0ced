import Link from "@/components/ui/link";

type Origin = {
  commissionTarget: { commission: { id: string; title: string } } | null;
  topicAssignment: { id: string; title: string } | null;
  planTopic: { title: string; plan: { id: string; title: string } } | null;
  urgentCase: { id: string; title: string } | null;
};

/** "回应约稿：…" beside a draft's facts: what task the draft answers, linked. */
export function DraftOriginLink({ draft }: { draft: Origin }) {
  const o = draft.commissionTarget
    ? { label: "回应约稿", title: draft.commissionTarget.commission.title, href: `/commissions/${draft.commissionTarget.commission.id}` }
    : draft.topicAssignment
      ? { label: "回应点题", title: draft.topicAssignment.title, href: `/topics/${draft.topicAssignment.id}` }
      : draft.planTopic
        ? { label: "信息计划选题", title: draft.planTopic.title, href: `/plans/${draft.planTopic.plan.id}` }
        : draft.urgentCase
          ? { label: "紧急信息", title: draft.urgentCase.title, href: `/urgent/${draft.urgentCase.id}` }
          : null;
  if (!o) return null;
  return (
    <span data-testid="draft-origin-link">
      {o.label}：
      <Link className="underline hover:text-party" href={o.href}>
        {o.title}
      </Link>
    </span>
  );
}
