import type { VersionReason } from "@/lib/generated/prisma/client";

/** Why a version of a draft was saved, as county staff say it. */
export const VERSION_REASON_LABELS: Record<VersionReason, string> = {
  SUBMITTED: "报送",
  RETURNED: "退回",
  REVIEWER_EDIT: "组织委员修改",
  COUNTY_EDIT: "研究室修改",
  PUBLISHED: "刊发",
};
