/**
 * The demo city above the demo county: 示例市委组织部 with 示例县 and two more counties, two 市直单位
 * and three 科室 of the city department, the city's own series 《示例市组工信息》, and one item
 * that went from 青山镇 through 示例县 up to a published city issue, scored on both ledgers:
 * the city's gives 示例县 its 市级采用, the county's gives 青山镇 its own.
 */
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/permissions";
import { sendUp } from "@/lib/drafts/send-up";
import { createIssue } from "@/lib/bulletins/create-issue";
import { adoptDraft } from "@/lib/bulletins/adopt-draft";
import { moveIssue } from "@/lib/bulletins/move-issue";
import { publishIssue } from "@/lib/bulletins/publish-issue";

export const CITY_ROOT = "中共示例市委组织部";
export const CITY_SERIES = "示例市组工信息";
/** The 示例县 item the demo reports up to the city. */
export const CHAIN_ITEM = "青山镇“三链融合”推动村集体经济提质增效";

export const CITY_UNITS = [
  { name: "中共北山县委组织部", kind: "COUNTY", rankGroup: "DEPARTMENT" },
  { name: "中共南湖县委组织部", kind: "COUNTY", rankGroup: "DEPARTMENT" },
  { name: "市教育局", kind: "AGENCY", rankGroup: "AGENCY" },
  { name: "市卫生健康委员会", kind: "AGENCY", rankGroup: "AGENCY" },
  { name: "市委组织部组织一科", kind: "SECTION", rankGroup: "SECTION" },
  { name: "市委组织部干部一科", kind: "SECTION", rankGroup: "SECTION" },
  { name: "市委组织部人才工作科", kind: "SECTION", rankGroup: "SECTION" },
] as const;

/**
 * The city department, created above the county root when there is none yet: both in one
 * transaction, since the tree may have only one root when it commits. Returns the city.
 */
export async function seedDemoCity(county: { id: string; name: string; parentId: string | null }) {
  const city = county.parentId
    ? await db.unit.findUniqueOrThrow({ where: { id: county.parentId } })
    : await db.$transaction(async (tx) => {
        const top = await tx.unit.create({ data: { name: CITY_ROOT, kind: "CITY", sortOrder: 0 } });
        await tx.unit.update({ where: { id: county.id }, data: { parentId: top.id, rankGroup: "DEPARTMENT" } });
        return top;
      });
  for (const [index, unit] of CITY_UNITS.entries()) {
    await db.unit.upsert({ where: { name: unit.name }, create: { ...unit, parentId: city.id, sortOrder: index + 2 }, update: {} });
  }
  await db.series.upsert({
    where: { name: CITY_SERIES },
    create: {
      name: CITY_SERIES,
      mastheadTitle: CITY_SERIES,
      issuingBody: city.name,
      nodeId: city.id,
      distributionReport: "省委组织部，市委常委",
      distributionSend: "市人大常委会、市政府、市政协党组",
      distributionIssue: "各县委组织部，市直各单位党组（党委），部机关各科室",
      printCount: 80,
    },
    update: {},
  });
  return city;
}

/** 示例县 reports its published 青山镇 item; the city adopts it, its leader signs and the office publishes. */
export async function seedDemoChainWork(people: Map<string, Actor>) {
  const series = await db.series.findUniqueOrThrow({ where: { name: CITY_SERIES } });
  if ((await db.bulletinIssue.count({ where: { seriesId: series.id } })) > 0) return;
  const item = await db.draft.findFirst({ where: { title: CHAIN_ITEM, status: "PUBLISHED", sentUpFromId: null } });
  if (!item) return;
  const cityEditor = people.get("shi_editor")!;
  const upper = await sendUp(people.get("editor")!, { id: item.id, version: item.version });
  const issue = await createIssue(cityEditor, { seriesId: series.id });
  await adoptDraft(cityEditor, { id: upper.id, version: upper.version, issueId: issue.id });
  let { version } = await db.bulletinIssue.findUniqueOrThrow({ where: { id: issue.id } });
  if (series.requiresSignOff) {
    await moveIssue(cityEditor, { issueId: issue.id, version, move: "SEND_FOR_SIGNOFF" });
    await moveIssue(people.get("shi_leader")!, { issueId: issue.id, version: version + 1, move: "SIGN" });
    version += 2;
  }
  await publishIssue(cityEditor, { issueId: issue.id, version });
}
