/**
 * The demo county's planning work, made through the same use cases as the pages: a 约稿
 * under way, one past its deadline, a 点题, and two urgent events (one reported in time, one
 * logged from a phone call and now overdue). Relative to today, so the clocks mean something.
 */
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/permissions";
import { createDraft } from "@/lib/drafts/create-draft";
import { moveDraft } from "@/lib/drafts/move-draft";
import { assignCommission, createCommission } from "@/lib/planning/commissions";
import { scheduleCommissionReminders } from "@/lib/planning/commission-reminders";
import { createTopic } from "@/lib/planning/topics";
import { createPlan, publishPlan } from "@/lib/planning/plans";
import { setQuota } from "@/lib/planning/quotas";
import { fileRosterChange } from "@/lib/planning/roster";
import { logPhoneReport, openUrgentCase } from "@/lib/urgent/cases";
import { toLocalInput } from "@/lib/urgent/clock";
import { shanghaiDate } from "@/lib/time";
import type { DraftOrigin } from "@/lib/validation/draft";

const DAY = 86_400_000;
const day = (offset: number) => shanghaiDate(new Date(Date.now() + offset * DAY));

type People = Map<string, Actor>;

async function unitId(name: string) {
  return (await db.unit.findUniqueOrThrow({ where: { name } })).id;
}

async function answer(p: People, unit: string, origin: DraftOrigin, title: string, body: string, until: "DRAFT" | "SUBMITTED" | "FORWARDED") {
  const officer = p.get(`${unit}_xxy`)!;
  const kind = origin.type === "urgent" ? "URGENT" : "EXPERIENCE";
  const d = await createDraft(officer, { title, kind, eventDate: origin.type === "urgent" ? day(0) : day(-1), body, isFlagship: false, contact: "", origin });
  if (until === "DRAFT") return d;
  await moveDraft(officer, { id: d.id, version: d.version, action: "SUBMIT", secrecyConfirmed: true });
  if (until === "FORWARDED") await moveDraft(p.get(`${unit}_zwy`)!, { id: d.id, version: d.version + 1, action: "APPROVE" });
  return d;
}

const target = async (commissionId: string, unit: string) =>
  db.commissionTarget.findFirstOrThrow({ where: { commissionId, unitId: await unitId(unit) } });

export async function seedDemoPlanning(p: People) {
  if ((await db.commission.count()) > 0) return;
  const editor = p.get("editor")!;
  const today = day(0);

  // This month's 信息计划, published; one topic only for the townships and subdistricts.
  const townships = (await db.unit.findMany({ where: { rankGroup: "TOWNSHIP" }, select: { id: true } })).map((u) => u.id);
  const plan = await createPlan(editor, {
    title: `${Number(today.slice(5, 7))}月组工信息选题计划`,
    period: today.slice(0, 7),
    intro: "围绕县委中心工作和组织工作重点任务，请各单位对照选题及时报送，避免“有什么写什么”。",
    topics: [
      { title: "抓党建促乡村振兴的新做法新成效", guidance: "写清具体举措、典型事例和数据成效。", kind: "EXPERIENCE", unitIds: townships },
      { title: "年轻干部培养选拔工作动态", guidance: "反映本单位年轻干部实践锻炼、导师帮带等做法。", kind: "NEWS", unitIds: [] },
      { title: "基层减负工作中发现的问题和建议", guidance: "问题要具体，建议要可行。", kind: "PROBLEM", unitIds: [] },
    ],
  });
  await publishPlan(editor, { id: plan.id, version: plan.version });
  const topic = await db.planTopic.findFirstOrThrow({ where: { planId: plan.id }, orderBy: { sortOrder: "asc" } });
  await answer(p, "dongcheng", { type: "plan", id: topic.id }, "东城街道“红色网格”助推基层治理",
    "一、主要做法\n东城街道把党组织建在网格上，划分42个红色网格。\n二、取得成效\n群众诉求办结率提高到96%。", "FORWARDED");

  // 报送任务: the defaults, with 县教育局 asked for more this year.
  await setQuota(editor, { unitId: await unitId("县教育局"), year: Number(today.slice(0, 4)), monthlyMin: 3, flagshipTarget: 4, adoptedTarget: 8 });

  // 专职信息员备案: most units have filed their officer; 石桥镇 changed officer once; 柳河乡 has filed none.
  for (const unit of ["qingshan", "dongcheng", "xicheng", "jiaoyu", "weijian", "shiqiao"]) {
    const officer = p.get(`${unit}_xxy`)!;
    await fileRosterChange(editor, {
      unitId: officer.unitId,
      officerId: officer.id,
      phone: `0371-6${unit.length}80${String(unit.charCodeAt(0)).padStart(3, "0")}`,
      reason: "年初明确专职信息员",
      effectiveOn: `${today.slice(0, 4)}-01-05`,
      expectedLatestId: null,
    });
  }
  const shiqiao = p.get("shiqiao_xxy")!;
  const latest = await db.rosterChange.findFirstOrThrow({ where: { unitId: shiqiao.unitId }, orderBy: { createdAt: "desc" } });
  await fileRosterChange(p.get("shiqiao_zwy")!, {
    unitId: shiqiao.unitId,
    officerId: shiqiao.id,
    phone: "13803710099",
    reason: "原办公电话撤销，改用手机联系",
    effectiveOn: day(-20),
    expectedLatestId: latest.id,
  });

  // A 约稿 under way: 青山镇 has reported, 石桥镇 is writing, 柳河乡 and 县教育局 have not answered.
  const c1 = await createCommission(editor, {
    title: "基层党组织在乡村振兴中发挥作用的典型做法",
    guidance: "围绕抓党建促乡村振兴，写清具体做法、取得的成效和可复制的经验，用数据和事例说话。",
    wordLimit: 1500,
    kind: "EXPERIENCE",
    dueOn: day(5),
    unitIds: [await unitId("青山镇"), await unitId("石桥镇"), await unitId("柳河乡"), await unitId("县教育局")],
  });
  for (const unit of ["qingshan", "shiqiao"]) {
    const t = await target(c1.id, unit === "qingshan" ? "青山镇" : "石桥镇");
    await assignCommission(p.get(`${unit}_zwy`)!, { targetId: t.id, assigneeId: p.get(`${unit}_xxy`)!.id, expectedAssigneeId: null });
  }
  await answer(p, "qingshan", { type: "commission", id: (await target(c1.id, "青山镇")).id }, "青山镇“党建+合作社”带动村集体增收",
    "一、主要做法\n青山镇党委推行“党支部+合作社+农户”模式，12个村党支部领办合作社。\n二、取得成效\n今年全镇村集体经济收入平均增长18%。", "FORWARDED");
  await answer(p, "shiqiao", { type: "commission", id: (await target(c1.id, "石桥镇")).id }, "石桥镇党员示范田带富一方",
    "一、主要做法\n石桥镇组织党员带头建设示范田。", "DRAFT");

  // A 约稿 whose deadline has passed: 柳河乡 answered in time, 县卫生健康局 did not (the
  // reminder worker marks it overdue and writes the year's deduction on its first sweep).
  const c2 = await createCommission(editor, {
    title: "年终党建述职评议工作动态",
    guidance: "反映本单位开展年度党建述职评议的做法和成效。",
    wordLimit: null,
    kind: "NEWS",
    dueOn: day(0),
    unitIds: [await unitId("柳河乡"), await unitId("县卫生健康局")],
  });
  await answer(p, "liuhe", { type: "commission", id: (await target(c2.id, "柳河乡")).id }, "柳河乡开展村党组织书记述职评议",
    "一、基本情况\n柳河乡组织14名村党组织书记现场述职，乡党委逐一点评。", "FORWARDED");
  const past = day(-3);
  await db.commission.update({ where: { id: c2.id }, data: { dueOn: new Date(past), createdAt: new Date(Date.now() - 10 * DAY) } });
  await db.$transaction(async (tx) => {
    for (const t of await tx.commissionTarget.findMany({ where: { commissionId: c2.id } })) {
      await scheduleCommissionReminders(tx, t.id, past, new Date(Date.now() - 10 * DAY));
    }
  });

  // 点题: 青山镇's reviewer asks its officer for a piece.
  await createTopic(p.get("qingshan_zwy")!, {
    title: "青山镇“党员中心户”联系服务群众做法",
    guidance: "写清党员中心户怎么设、联系哪些户、办了哪些实事。",
    assigneeId: p.get("qingshan_xxy")!.id,
    dueOn: day(7),
  });

  // Urgent: 石桥镇 reported within the hour; 柳河乡 called the office and is now past its 4 hours.
  const now = Date.now();
  const quick = await openUrgentCase(p.get("shiqiao_xxy")!, { title: "石桥镇一处民房突发火情", eventAt: toLocalInput(new Date(now - 90 * 60_000)) });
  await answer(p, "shiqiao", { type: "urgent", id: quick.id }, "石桥镇迅速处置一处民房火情",
    "一、基本情况\n今日上午一处民房突发火情，镇党委第一时间组织党员应急分队赶赴现场，无人员伤亡。", "FORWARDED");
  await logPhoneReport(editor, {
    unitId: await unitId("柳河乡"),
    title: "柳河乡部分村组道路因暴雨受损",
    eventAt: toLocalInput(new Date(now - 5 * 3600_000)),
    reporter: "梁永",
    reportedAt: toLocalInput(new Date(now - 4.5 * 3600_000)),
    summary: "两个村组道路塌方，党员突击队正在抢修，暂无人员伤亡。",
  });
}
