/**
 * 个人积分 for the demo county, through the same use cases as the pages: a 《组织人事报》 placement
 * and a 网评, each reported, confirmed and verified, and an officer who moved from 柳河乡 to
 * 县财政局 after her piece was published (filed as the roster's 专职信息员 change), so her record
 * shows work from two units. Runs once: after it, there are placements.
 */
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/permissions";
import { reportPlacement } from "@/lib/placements/report-placement";
import { movePlacement } from "@/lib/placements/move-placement";
import { fileRosterChange } from "@/lib/planning/roster";
import { placementSchema } from "@/lib/validation/placement";
import { shanghaiDate } from "@/lib/time";

const DAY = 86_400_000;
const daysAgo = (n: number) => shanghaiDate(new Date(Date.now() - n * DAY));

async function verified(p: Map<string, Actor>, unit: string, input: Record<string, unknown>) {
  const report = await reportPlacement(p.get(`${unit}_xxy`)!, placementSchema.parse(input));
  const confirmed = await movePlacement(p.get(`${unit}_zwy`)!, { id: report.id, version: report.version, move: "CONFIRM" });
  await movePlacement(p.get("editor")!, { id: report.id, version: confirmed.version, move: "VERIFY" });
}

export async function seedDemoCredit(p: Map<string, Actor>) {
  if ((await db.placement.count()) > 0) return;
  await verified(p, "shiqiao", {
    kind: "MEDIA",
    title: "石桥镇：履职积分让村干部干事有劲头",
    medium: "《组织人事报》",
    level: "NATIONAL",
    publishedOn: daysAgo(6),
    section: "第3版",
    keyPage: true,
    wordCount: "1500",
    link: "https://www.example.cn/zzrsb/shiqiao.html",
  });
  await verified(p, "jiaoyu", { kind: "COMMENTARY", title: "让青年教师在“青蓝结对”中成长", medium: "学习强国", publishedOn: daysAgo(4), link: "https://www.example.cn/xxqg/qinglan.html" });

  const moved = p.get("wangxh_xxy")!;
  const caizheng = await db.unit.findUniqueOrThrow({ where: { name: "县财政局" } });
  await db.user.update({ where: { id: moved.id }, data: { unitId: caizheng.id } });
  await fileRosterChange(p.get("editor")!, {
    unitId: caizheng.id,
    officerId: moved.id,
    phone: "0371-66880123",
    reason: "王小红由柳河乡调任县财政局，任专职信息员",
    effectiveOn: daysAgo(2),
    expectedLatestId: null,
  });
}
