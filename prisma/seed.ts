/**
 * Base data every deployment needs (the root unit, a county's unless there is one, and the
 * bulletin series) and, when asked, the demo: a county with units, one account per role and
 * drafts in every state, inside a city that publishes one of them.
 * Safe to run on every start: it only adds what is missing.
 */
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { loadActor } from "@/lib/auth/actor";
import type { Actor, Role } from "@/lib/authz/permissions";
import { createDraft } from "@/lib/drafts/create-draft";
import { moveDraft } from "@/lib/drafts/move-draft";
import { updateDraft } from "@/lib/drafts/update-draft";
import { createIssue } from "@/lib/bulletins/create-issue";
import { adoptDraft } from "@/lib/bulletins/adopt-draft";
import { publishIssue } from "@/lib/bulletins/publish-issue";
import { moveIssue } from "@/lib/bulletins/move-issue";
import { requestIndexBuildIfMissing } from "@/lib/similarity/build";
import { placeOf } from "@/lib/units/labels";
import { DEMO_DRAFTS, type DemoDraft } from "./demo/drafts";
import { seedDemoPlanning } from "./demo/planning";
import { seedDemoTraining } from "./demo/training";
import { seedDemoCredit } from "./demo/credit";
import { CITY_ROOT, seedDemoChainWork, seedDemoCity } from "./demo/city";

export const ROOT_UNIT = "中共示例县委组织部";
export const SERIES_NAME = "示例县组工信息";
export const DEMO_PASSWORD = "Demo1234";

export const DEMO_UNITS = [
  { name: "城关镇", kind: "TOWNSHIP" },
  { name: "青山镇", kind: "TOWNSHIP" },
  { name: "石桥镇", kind: "TOWNSHIP" },
  { name: "柳河乡", kind: "TOWNSHIP" },
  { name: "白云乡", kind: "TOWNSHIP" },
  { name: "龙泉镇", kind: "TOWNSHIP" },
  { name: "东坝镇", kind: "TOWNSHIP" },
  { name: "东城街道", kind: "SUBDISTRICT" },
  { name: "西城街道", kind: "SUBDISTRICT" },
  { name: "县教育局", kind: "AGENCY" },
  { name: "县卫生健康局", kind: "AGENCY" },
  { name: "县财政局", kind: "AGENCY" },
  { name: "县农业农村局", kind: "AGENCY" },
  { name: "县人力资源和社会保障局", kind: "AGENCY" },
] as const;

/** username, name, unit (null = the county department), roles: the county's, then the city's. */
export const DEMO_ACCOUNTS: Array<[string, string, string | null, Role[]]> = [
  ["admin", "赵管理", null, ["ADMIN"]],
  ["editor", "王编辑", null, ["EDITOR"]],
  ["editor2", "孙编辑", null, ["EDITOR"]],
  ["leader", "李部长", null, ["LEADER"]],
  ["qingshan_xxy", "陈晓燕", "青山镇", ["OFFICER"]],
  ["qingshan_zwy", "刘建国", "青山镇", ["REVIEWER"]],
  ["shiqiao_xxy", "周敏", "石桥镇", ["OFFICER"]],
  ["shiqiao_zwy", "吴海涛", "石桥镇", ["REVIEWER"]],
  ["dongcheng_xxy", "郑丽", "东城街道", ["OFFICER"]],
  ["dongcheng_zwy", "冯志强", "东城街道", ["REVIEWER"]],
  ["xicheng_xxy", "何静", "西城街道", ["OFFICER"]],
  ["xicheng_zwy", "高峰", "西城街道", ["REVIEWER"]],
  ["liuhe_xxy", "罗佳", "柳河乡", ["OFFICER"]],
  ["liuhe_zwy", "梁永", "柳河乡", ["REVIEWER"]],
  ["jiaoyu_xxy", "马琳", "县教育局", ["OFFICER"]],
  ["jiaoyu_zwy", "朱卫东", "县教育局", ["REVIEWER"]],
  ["weijian_xxy", "胡蓉", "县卫生健康局", ["OFFICER"]],
  ["weijian_zwy", "林涛", "县卫生健康局", ["REVIEWER"]],
  // Wrote for 柳河乡, then moved to 县财政局 (seedDemoCredit): her 个人积分 follows her.
  ["wangxh_xxy", "王小红", "柳河乡", ["OFFICER"]],
  ["shi_admin", "钱管理", CITY_ROOT, ["ADMIN"]],
  ["shi_editor", "韩编辑", CITY_ROOT, ["EDITOR"]],
  ["shi_leader", "曹部长", CITY_ROOT, ["LEADER"]],
  ["beishan_editor", "唐编辑", "中共北山县委组织部", ["EDITOR"]],
  ["nanhu_editor", "许编辑", "中共南湖县委组织部", ["EDITOR"]],
  ["shijiaoyu_xxy", "邓雪", "市教育局", ["OFFICER"]],
];

/** The root 组织部 (a county's, unless the deployment already has a tree above it) and its series. */
/**
 * The root 组织部 a new database starts with: the demo's county, or for a real deployment the one
 * named by ROOT_UNIT_NAME and ROOT_UNIT_KIND (县 COUNTY, 市 CITY, 省 PROVINCE), e.g. a city's
 * 中共××市委组织部 with its counties added under it afterwards.
 */
function rootToCreate(): { name: string; kind: "COUNTY" | "CITY" | "PROVINCE" } {
  const name = process.env.ROOT_UNIT_NAME?.trim() || ROOT_UNIT;
  const kind = process.env.ROOT_UNIT_KIND?.trim() || "COUNTY";
  if (kind !== "COUNTY" && kind !== "CITY" && kind !== "PROVINCE") throw new Error(`ROOT_UNIT_KIND 只能是 COUNTY（县）、CITY（市）或 PROVINCE（省），现为“${kind}”`);
  return { name, kind };
}

async function ensureBase() {
  const root = (await db.unit.findFirst({ where: { parentId: null } })) ?? (await db.unit.create({ data: { ...rootToCreate(), sortOrder: 0 } }));
  // The root's first series: 《示例县组工信息》 in the demo, 《××市组工信息》 for a root named by ROOT_UNIT_NAME.
  const seriesName = root.name === ROOT_UNIT ? SERIES_NAME : `${placeOf(root.name)}组工信息`;
  if (!(await db.series.findFirst({ where: { nodeId: root.id } }))) {
    await db.series.create({ data: { name: seriesName, mastheadTitle: seriesName, issuingBody: root.name, nodeId: root.id } });
  }
  // Drafts that have no similarity index yet (an upgrade, a restored backup, generated data): the
  // worker builds it in the background, so that the server starts at once.
  if (await requestIndexBuildIfMissing()) console.log("相似度索引：已有稿件尚未建索引，工作进程将在后台建立");
  const adminPassword = process.env.INITIAL_ADMIN_PASSWORD;
  if (adminPassword && !(await db.user.findFirst({ where: { roles: { has: "ADMIN" } } }))) {
    await db.user.create({
      data: { username: "admin", name: "系统管理员", unitId: root.id, roles: ["ADMIN"], passwordHash: await hashPassword(adminPassword) },
    });
    console.log("已创建管理员账号 admin（密码为 INITIAL_ADMIN_PASSWORD）");
  }
}

async function seedDemoPeople(countyId: string, withCity: boolean) {
  for (const [index, unit] of DEMO_UNITS.entries()) {
    await db.unit.upsert({
      where: { name: unit.name },
      create: { name: unit.name, kind: unit.kind, rankGroup: unit.kind === "AGENCY" ? "AGENCY" : "TOWNSHIP", parentId: countyId, sortOrder: index + 1 },
      update: {},
    });
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const actors = new Map<string, Actor>();
  for (const [username, name, unitName, roles] of DEMO_ACCOUNTS) {
    const unit = await db.unit.findUnique({ where: { name: unitName ?? ROOT_UNIT } });
    if (!unit && !withCity) continue;
    if (!unit) throw new Error(`示例单位“${unitName}”不存在`);
    const user = await db.user.upsert({
      where: { username },
      create: { username, name, unitId: unit.id, roles, passwordHash },
      update: {},
    });
    actors.set(username, await loadActor(user.id));
  }
  return actors;
}

async function walk(d: DemoDraft, people: Map<string, Actor>, issueFor: (state: DemoDraft["state"]) => Promise<string>) {
  const unitOfficer = DEMO_ACCOUNTS.find(([, , unit, roles]) => unit === d.unit && roles.includes("OFFICER"))![0];
  const officer = people.get(d.author ?? unitOfficer)!;
  const reviewer = people.get(unitOfficer.replace("_xxy", "_zwy"))!;
  const editor = people.get("editor")!;
  let draft = await createDraft(officer, { ...d, isFlagship: !!d.isFlagship, contact: "" });
  const move = async (actor: Actor, action: Parameters<typeof moveDraft>[1]["action"], comment?: string) => {
    await moveDraft(actor, { id: draft.id, version: draft.version, action, comment, secrecyConfirmed: action === "SUBMIT" });
    draft = await db.draft.findUniqueOrThrow({ where: { id: draft.id } });
  };
  if (d.state === "DRAFT") return;
  await move(officer, "SUBMIT");
  if (d.state === "SUBMITTED") return;
  if (d.state === "RETURNED") return move(reviewer, "REVIEWER_RETURN", d.comment);
  await move(reviewer, "APPROVE");
  if (d.state === "FORWARDED") return;
  if (d.state === "NOT_ADOPTED") return move(editor, "DECLINE", d.comment);
  // The research office polishes the text, as it does: officers see what it changed.
  draft = await updateDraft(editor, {
    ...d,
    body: polish(d.body),
    id: draft.id,
    version: draft.version,
    isFlagship: !!d.isFlagship,
    contact: "",
    title: d.title,
  });
  if (d.state === "EDITING") return;
  await adoptDraft(editor, { id: draft.id, version: draft.version, issueId: await issueFor(d.state) });
}

/** A research office's typical light edit: tighter wording in the opening sentence. */
function polish(body: string): string {
  return body.replace(/^(.*?)坚持/, "$1始终坚持").replace("全部突破", "均突破");
}

async function seedDemoWork(people: Map<string, Actor>) {
  if ((await db.draft.count()) > 0) return;
  const editor = people.get("editor")!;
  const series = await db.series.findUniqueOrThrow({ where: { name: SERIES_NAME } });
  const issues = new Map<string, string>();
  const issueFor = async (state: DemoDraft["state"]) => {
    if (!issues.has(state)) issues.set(state, (await createIssue(editor, { seriesId: series.id })).id);
    return issues.get(state)!;
  };
  for (const d of DEMO_DRAFTS) await walk(d, people, issueFor);
  const toPublish = issues.get("PUBLISHED");
  if (toPublish) {
    const { version } = await db.bulletinIssue.findUniqueOrThrow({ where: { id: toPublish } });
    await moveIssue(editor, { issueId: toPublish, version, move: "SEND_FOR_SIGNOFF" });
    await moveIssue(people.get("leader")!, { issueId: toPublish, version: version + 1, move: "SIGN" });
    await publishIssue(editor, { issueId: toPublish, version: version + 2 });
  }
}

/** The demo series' 版记 and a second series, 专报, numbered on its own. */
async function seedDemoSeries(root: { id: string; name: string }) {
  const distribution = {
    distributionReport: "市委组织部，县委常委",
    distributionSend: "县人大常委会、县政府、县政协党组",
    distributionIssue: "各乡镇党委，各街道党工委，县直各单位党组（党委）",
  };
  await db.series.updateMany({ where: { name: SERIES_NAME, printCount: null }, data: { ...distribution, printCount: 60 } });
  await db.series.upsert({
    where: { name: `${SERIES_NAME}·专报` },
    create: { name: `${SERIES_NAME}·专报`, mastheadTitle: "组工信息·专报", issuingBody: root.name, nodeId: root.id, showTotalNumber: false, ...distribution, printCount: 30 },
    update: {},
  });
}

/**
 * demo: the demo county's units and accounts, and (city, default true) the demo city above it;
 * work (default true with demo): drafts in every state, a published issue in the county and
 * one in the city. The browser tests take people without work, so their own publication is
 * the year's 第1期.
 */
export default async function seed(opts: { demo: boolean; work?: boolean; city?: boolean }) {
  await ensureBase();
  if (!opts.demo) return;
  const county = await db.unit.findUniqueOrThrow({ where: { name: ROOT_UNIT } });
  const withCity = opts.city ?? true;
  if (withCity) await seedDemoCity(county);
  const people = await seedDemoPeople(county.id, withCity);
  await seedDemoSeries(county);
  if (opts.work ?? true) {
    await seedDemoWork(people);
    await seedDemoPlanning(people);
    await seedDemoTraining(people);
    await seedDemoCredit(people);
    if (withCity) await seedDemoChainWork(people);
  }
  console.log(`示例数据已就绪：${DEMO_ACCOUNTS.length} 个示例账号，密码均为 ${DEMO_PASSWORD}`);
}
