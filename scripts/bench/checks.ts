// `npm run -s bench:checks`: how long checking a 3,000-character draft takes
// against 60,000 earlier drafts — the similarity search (lib/similarity) alone, and with
// the other checks (lib/checks). Prints p50/p95/max of 50 runs after a warm-up; not a test.
// Goal: the whole check under 300 ms. (findSimilar runs after runChecks here; the
// app may run them side by side, so "the whole" is on the safe side.)
//
// Data: its own embedded PostgreSQL in .data/pg-bench (127.0.0.1:54349, database
// zugong_bench; DATABASE_URL is ignored so that a real database never gets the generated
// drafts). The first run generates 60,000 drafts of 30 units (300–3,000 characters,
// assembled from phrases in the style of prisma/demo/drafts.ts, 2 % of them copies of an
// earlier draft with small edits) and their similarity bands (a few minutes); they stay
// there, so later runs start measuring at once. Delete .data/pg-bench to start afresh.
import { performance } from "node:perf_hooks";
import type { DatabaseHandle } from "../db.ts";
import { migrateIfNeeded, ms, runBench, stats } from "./common.ts";
import { AGENCIES, TOWNSHIPS } from "./scores-data.ts";

const TARGET_DRAFTS = 60_000;
const RUNS = 50;
const WARMUP = 5;
const GOAL_MS = 300;
const QUERY_LENGTH = 3000;
const BATCH = 1000;

// ---------------------------------------------------------------------------
// Text generator (deterministic)
// ---------------------------------------------------------------------------

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    // mulberry32
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
type Rnd = ReturnType<typeof prng>;
const pick = <T>(r: Rnd, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rnd, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const TOPICS = [
  "党员积分制管理", "村级后备干部培养", "红色网格服务", "党员中心户评星定级", "老党员工作室建设", "村集体经济发展",
  "农村党员冬训", "软弱涣散村党组织整顿", "年轻干部实践锻炼", "党建引领乡村振兴", "新就业群体党建", "党员志愿服务",
  "干部作风建设", "驻村第一书记管理", "主题党日活动", "在外人才回引", "为基层减负", "党群服务中心提档升级",
  "小区物业党建联建", "流动党员教育管理", "发展党员质量提升", "村干部履职评价", "清廉村居建设", "产业链党建",
  "民情恳谈日", "书记抓党建项目", "乡土人才培育", "组织生活会质量提升", "机关党建与业务融合", "基层治理积分超市",
  "退役军人党员作用发挥", "网格员队伍建设", "村务监督委员会履职", "党员联系户制度", "社区工作者职业体系",
  "非公企业党组织覆盖", "青年人才党支部", "跨村联建党委", "人才驿站建设", "乡村振兴工作队",
];
const GROUPS = [
  "党员", "村干部", "网格员", "后备干部", "驻村干部", "退役军人党员", "致富带头人", "返乡大学生", "社区工作者",
  "机关党员干部", "党员教师", "党员医生", "新业态从业人员", "乡土人才", "老党员", "青年党员", "两代表一委员",
  "物业服务人员", "志愿者", "村监委委员",
];
const ACTIONS = [
  "走访群众", "调解纠纷", "政策宣讲", "结对帮扶", "业务培训", "安全隐患排查", "民主议事", "环境整治", "技术指导",
  "就业对接", "矛盾化解", "困难帮扶", "产业指导", "项目推进", "信访接待", "文明劝导", "防汛值守", "法律咨询",
  "健康义诊", "助老服务", "招商引资", "数据采集", "入户核查", "志愿巡逻",
];
const MEASURES = [
  "建立周例会、月调度、季考评工作机制", "制定任务清单、责任清单和问题清单", "推行“一线工作法”", "实行挂图作战、销号管理",
  "设立“红黑榜”定期通报", "开展“比学赶超”擂台赛", "组建专项工作专班", "落实“四议两公开”工作法",
  "推行“党支部+合作社+农户”模式", "建立“网格吹哨、部门报到”机制", "开展“亮身份、亮承诺、亮实绩”活动",
  "实行积分兑换、星级评定", "建立党员联系群众台账", "推行“党建+”工作模式", "开设“田间课堂”“板凳课堂”",
  "建立容错纠错和激励关怀机制", "实行“一村一策”精准施策", "选派机关干部下沉一线", "搭建线上线下服务平台",
  "建立“周走访、月分析、季研判”制度", "推行“双向培养”机制", "落实谈心谈话制度", "开展“回头看”专项检查",
  "实行“一人一档”动态管理", "建立导师帮带制度", "开展“擂台比武”晒成绩", "推行“最多跑一次”代办服务",
  "开展“两述两评”活动", "建立村级事务清单", "组建“红色代办员”队伍",
];
const RESULTS = [
  "群众满意度明显提升", "基层组织凝聚力和战斗力不断增强", "党员先锋模范作用充分发挥", "一批群众急难愁盼问题得到解决",
  "村级集体经济持续壮大", "干部干事创业热情进一步激发", "基层治理效能持续提升", "党群干群关系更加密切",
  "工作作风明显转变", "服务群众能力有效提升", "组织生活更加规范", "后备力量结构持续优化",
  "人才队伍活力充分释放", "矛盾纠纷就地化解率大幅提高", "产业发展呈现良好势头",
];
const HEADINGS = [
  "强化组织引领", "坚持问题导向", "健全工作机制", "创新方式方法", "突出示范带动", "严格考核管理", "注重结果运用",
  "夯实基层基础", "聚焦群众需求", "深化教育培训", "加强统筹协调", "压实工作责任", "激发内生动力", "拓宽服务渠道",
  "完善保障措施", "坚持典型引路", "做实日常监督", "推动资源下沉",
];
const OPENERS = ["今年以来", "近年来", "近日", "年初以来", "自开展工作以来", "下半年以来", "为进一步加强基层党建工作"];
const VILLAGE_CHARS = "东西南北上下前后大小新老红白黄青石李王张刘陈杨赵周吴孙马朱胡林郭何高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢岳齐梅莫庄辛管祝左涂谷祁时舒耿牟卜路詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵欧解强丛华车冉房边辜吉饶刁瞿戚丘古米池滕晋苑邬臧畅宫来缪苟全褚廉简娄盖符奚木穆党燕郎邸冀谈姬屠连郜晏栾郁商蒙计喻揭窦迟宇敖糜鄢冷卓花艾蓝都巩稽井练仲乐虞卞封竺冼原官衣楚佟栗匡宗应台巫鞠僧桑荆谌银扬明沙薄伏岑习胥保和蔺";
const villageChars = Array.from(VILLAGE_CHARS);

function village(r: Rnd): string {
  return `${pick(r, villageChars)}${pick(r, villageChars)}${pick(r, ["村", "村", "村", "社区"])}`;
}

function sentence(r: Rnd, unit: string, topic: string): string {
  const g = pick(r, GROUPS);
  const v = village(r);
  switch (int(r, 0, 13)) {
    case 0: return `${unit}${pick(r, MEASURES)}，推动${topic}走深走实。`;
    case 1: return `组织${int(r, 12, 680)}名${g}深入${int(r, 3, 46)}个村（社区）开展${pick(r, ACTIONS)}，累计${int(r, 100, 9800)}人次。`;
    case 2: return `${v}党支部${pick(r, MEASURES)}，${pick(r, RESULTS)}。`;
    case 3: return `截至${int(r, 1, 12)}月底，全${unit.endsWith("局") ? "系统" : unit.slice(-2, -1) === "街" ? "街道" : "镇"}共${pick(r, ACTIONS)}${int(r, 20, 3200)}次，解决实际问题${int(r, 10, 900)}个。`;
    case 4: return `针对${pick(r, GROUPS)}${pick(r, ["作用发挥不充分", "能力素质不适应", "年龄结构偏大", "流动性大、管理难", "参与积极性不高"])}等问题，${pick(r, MEASURES)}。`;
    case 5: return `在${v}、${village(r)}等${int(r, 2, 15)}个村先行试点，总结形成可复制的经验做法后全面推开。`;
    case 6: return `把${topic}纳入年度党建工作考核，考核结果与${pick(r, ["评先评优", "绩效报酬", "干部使用", "项目资金安排"])}挂钩。`;
    case 7: return `今年共投入资金${int(r, 5, 600)}万元，新建改建${pick(r, ["党群服务中心", "党员活动室", "便民服务站", "红色驿站", "议事长廊"])}${int(r, 2, 38)}个。`;
    case 8: return `${pick(r, ["镇党委", "街道党工委", "局党组", "县委组织部"])}${pick(r, ["主要负责同志", "分管负责同志", "班子成员"])}${int(r, 2, 12)}次深入一线调研指导，${pick(r, ["现场解决", "协调解决", "推动解决"])}问题${int(r, 3, 60)}个。`;
    case 9: return `${v}${g}${pick(r, ["主动认领", "带头承诺", "牵头落实"])}${pick(r, ACTIONS)}任务${int(r, 2, 90)}项，${pick(r, RESULTS)}。`;
    case 10: return `通过${pick(r, MEASURES).replace(/^(建立|推行|开展|实行|落实|组建|设立|制定|搭建|选派|开设)/, "")}，${pick(r, RESULTS)}，${pick(r, RESULTS)}。`;
    case 11: return `${int(r, 1, 12)}月${int(r, 1, 28)}日，${unit}召开${topic}推进会，${pick(r, ["总结前期工作", "交流经验做法", "分析存在问题"])}，部署下一阶段任务。`;
    case 12: return `全年培训${g}${int(r, 30, 2400)}人次，评选表彰优秀${g}${int(r, 5, 120)}名。`;
    default: return `${pick(r, ["下一步", "接下来", "今后"])}，${unit}将${pick(r, ["持续深化", "巩固拓展", "不断完善"])}${topic}，${pick(r, ["推动各项工作提质增效", "以高质量党建引领高质量发展", "切实把组织优势转化为发展优势"])}。`;
  }
}

const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八"];

/** A draft of about `length` characters (at least 300). */
function makeDraft(r: Rnd, unit: string, length: number): { title: string; body: string } {
  const topic = pick(r, TOPICS);
  const title = pick(r, [
    `${unit}推行${topic}`,
    `${unit}扎实推进${topic}`,
    `${unit}“${pick(r, ["三个聚焦", "四个强化", "五项机制", "双向发力", "三色管理"])}”推动${topic}见实效`,
    `${unit}以${topic}助力基层治理`,
    `关于${unit}${topic}情况的调研`,
  ]);
  const lines = [`${pick(r, OPENERS)}，${unit}${pick(r, ["围绕", "聚焦", "坚持抓好"])}${topic}，${sentence(r, unit, topic)}`];
  let size = lines[0].length;
  for (let h = 0; size < length && h < NUMERALS.length; h++) {
    const heading = `${NUMERALS[h]}、${pick(r, HEADINGS)}`;
    lines.push(heading);
    size += heading.length;
    for (let p = int(r, 1, 3); p > 0 && size < length; p--) {
      let para = "";
      for (let s = int(r, 2, 5); s > 0; s--) para += sentence(r, unit, topic);
      lines.push(para);
      size += para.length;
    }
  }
  while (size < length) {
    const para = sentence(r, unit, topic) + sentence(r, unit, topic);
    lines.push(para);
    size += para.length;
  }
  let body = lines.join("\n");
  if (body.length > length) {
    // Cut at the end of a sentence before `length`.
    const cut = body.lastIndexOf("。", length);
    body = body.slice(0, cut > length / 2 ? cut + 1 : length);
  }
  return { title, body };
}

/** The same text from another unit: names and some figures changed, a sentence dropped. */
function editCopy(r: Rnd, from: { title: string; body: string }, fromUnit: string, toUnit: string) {
  const swap = (s: string) =>
    s
      .split(fromUnit)
      .join(toUnit)
      .replace(/\d+/g, (n) => (r() < 0.3 ? String(Number(n) + int(r, 1, 9)) : n));
  const sentences = swap(from.body).split("。");
  if (sentences.length > 4) sentences.splice(int(r, 1, sentences.length - 2), 1);
  return { title: swap(from.title), body: sentences.join("。") };
}

// ---------------------------------------------------------------------------
// Database
// ---------------------------------------------------------------------------

function report(name: string, times: number[]) {
  const { p50, p95, max } = stats(times);
  console.log(`${name.padEnd(28)} p50 ${ms(p50)}   p95 ${ms(p95)}   max ${ms(max)}   goal < ${GOAL_MS} ms  ${max < GOAL_MS ? "ok" : p95 < GOAL_MS ? "ok (p95)" : "SLOW"}`);
}

async function main(handle: DatabaseHandle) {
  await migrateIfNeeded(handle.url);

  process.env.DATABASE_URL = handle.url;
  const { db } = await import("../../lib/db.ts");
  const { findSimilar, similarityText } = await import("../../lib/similarity/index.ts");
  const { reindexAll } = await import("../../lib/similarity/build.ts");
  const { BANDS, bands } = await import("../../lib/similarity/minhash.ts");
  const { runChecks, DEFAULT_CHECK_SETTINGS } = await import("../../lib/checks/index.ts");

  try {
    // --- Units and one officer each -------------------------------------------------
    let units = await db.unit.findMany({ where: { kind: { not: "COUNTY" } }, orderBy: { sortOrder: "asc" } });
    if (units.length === 0) {
      console.log("Creating 30 units...");
      const root = await db.unit.create({ data: { name: "中共示例县委组织部", kind: "COUNTY" } });
      for (const [i, name] of [...TOWNSHIPS, ...AGENCIES].entries()) {
        const township = i < TOWNSHIPS.length;
        await db.unit.create({
          data: {
            name,
            kind: township ? (name.endsWith("街道") ? "SUBDISTRICT" : "TOWNSHIP") : "AGENCY",
            rankGroup: township ? "TOWNSHIP" : "AGENCY",
            parentId: root.id,
            sortOrder: i + 1,
            users: { create: { username: `bench_${i + 1}`, name: `信息员${i + 1}`, passwordHash: "-", roles: ["OFFICER"] } },
          },
        });
      }
      units = await db.unit.findMany({ where: { kind: { not: "COUNTY" } }, orderBy: { sortOrder: "asc" } });
    }
    const authors = new Map((await db.user.findMany({ select: { id: true, unitId: true } })).map((u) => [u.unitId, u.id]));

    // --- Drafts ----------------------------------------------------------------------
    let count = await db.draft.count();
    if (count < TARGET_DRAFTS) {
      console.log(`${count} drafts; generating ${TARGET_DRAFTS - count} more...`);
      const started = performance.now();
      const r = prng(count + 1);
      const recent: Array<{ title: string; body: string; unit: string }> = [];
      const statuses = ["PUBLISHED", "ADOPTED", "NOT_ADOPTED", "NOT_ADOPTED", "FORWARDED", "SUBMITTED", "RETURNED", "DRAFT", "PUBLISHED", "NOT_ADOPTED"];
      const kinds = ["NEWS", "NEWS", "NEWS", "EXPERIENCE", "EXPERIENCE", "PROBLEM", "RESEARCH", "URGENT"];
      const now = Date.now();
      while (count < TARGET_DRAFTS) {
        const n = Math.min(BATCH, TARGET_DRAFTS - count);
        const cols = {
          unitId: [] as string[], authorId: [] as string[], title: [] as string[], kind: [] as string[],
          eventDate: [] as string[], body: [] as string[], status: [] as string[], createdAt: [] as Date[],
        };
        for (let i = 0; i < n; i++) {
          const unit = pick(r, units);
          // Mostly short pieces, some long ones: 300–3,000 characters, about 1,200 on average.
          const length = 300 + Math.floor(2700 * r() ** 2);
          let draft: { title: string; body: string };
          if (recent.length > 50 && r() < 0.02) {
            const src = pick(r, recent);
            draft = editCopy(r, src, src.unit, unit.name);
          } else draft = makeDraft(r, unit.name, length);
          if (recent.length < 500) recent.push({ ...draft, unit: unit.name });
          else recent[int(r, 0, 499)] = { ...draft, unit: unit.name };
          const created = new Date(now - Math.floor(r() * 5 * 365 * 86_400_000));
          cols.unitId.push(unit.id);
          cols.authorId.push(authors.get(unit.id)!);
          cols.title.push(draft.title);
          cols.kind.push(pick(r, kinds));
          cols.eventDate.push(new Date(created.getTime() - int(r, 0, 5) * 86_400_000).toISOString().slice(0, 10));
          cols.body.push(draft.body);
          cols.status.push(pick(r, statuses));
          cols.createdAt.push(created);
        }
        await db.$executeRaw`
          INSERT INTO "Draft" (id, "unitId", "authorId", title, kind, "eventDate", body, status, "createdAt", "updatedAt")
          SELECT gen_random_uuid(), u, a, t, k, e, b, s, c, c
          FROM unnest(${cols.unitId}::uuid[], ${cols.authorId}::uuid[], ${cols.title}::text[], ${cols.kind}::"DraftKind"[],
                      ${cols.eventDate}::date[], ${cols.body}::text[], ${cols.status}::"DraftStatus"[], ${cols.createdAt}::timestamp(3)[])
            AS x(u, a, t, k, e, b, s, c)`;
        count += n;
        if (count % 5000 === 0 || count === TARGET_DRAFTS) console.log(`  ${count}/${TARGET_DRAFTS} drafts (${((performance.now() - started) / 1000).toFixed(1)} s)`);
      }
    }
    console.log(`${count} drafts.`);

    // --- Bands: rebuilt when missing or made by another version of lib/similarity --------
    const bandRows = await db.draftSimilarityBand.count();
    const sample = await db.$queryRaw<Array<{ id: string; title: string; body: string }>>`
      SELECT id, title, body FROM "Draft" TABLESAMPLE SYSTEM (1) LIMIT 20`;
    let current = bandRows >= count * BANDS * 0.99;
    for (const d of current ? sample : []) {
      const stored = await db.draftSimilarityBand.findMany({ where: { draftId: d.id }, orderBy: { band: "asc" } });
      const fresh = bands(similarityText(d));
      if (JSON.stringify(stored.map((b) => [b.band, b.hash])) !== JSON.stringify(fresh.map((b) => [b.band, b.hash]))) current = false;
    }
    if (!current) {
      console.log(`Building similarity bands (${bandRows} rows found, ${count * BANDS} expected)...`);
      let last = 0;
      await reindexAll(1000, (done, total) => {
        if (done - last >= 5000 || done === total) {
          last = done;
          console.log(`  ${done}/${total} drafts indexed`);
        }
      });
      await db.$executeRawUnsafe(`VACUUM ANALYZE "DraftSimilarityBand"`);
      await db.$executeRawUnsafe(`VACUUM ANALYZE "Draft"`);
    }
    console.log(`${await db.draftSimilarityBand.count()} band rows.`);

    // --- Queries: half near-copies of an existing long draft, half new texts ----------------
    const long = await db.draft.findMany({
      where: { body: { not: "" } },
      select: { id: true, title: true, body: true, unit: { select: { name: true } } },
      orderBy: { createdAt: "desc" },
      take: 4000,
    });
    const longOnes = long.filter((d) => d.body.length >= 2400);
    const today = new Date().toISOString().slice(0, 10);
    const qr = prng(424242);
    const queries = Array.from({ length: WARMUP + RUNS }, (_, i) => {
      const unit = pick(qr, units).name;
      if (i % 2 === 0 && longOnes.length > 0) {
        const src = pick(qr, longOnes);
        const copy = editCopy(qr, src, src.unit.name, unit);
        const filler = makeDraft(qr, unit, QUERY_LENGTH).body;
        const body = (copy.body + "\n" + filler).slice(0, QUERY_LENGTH);
        return { kind: "copy" as const, sourceId: src.id, unit, title: copy.title, body, eventDate: today };
      }
      const d = makeDraft(qr, unit, QUERY_LENGTH + 200);
      return { kind: "new" as const, sourceId: undefined, unit, title: d.title, body: d.body.slice(0, QUERY_LENGTH), eventDate: today };
    });

    // Candidate counts (not timed): how selective the bands are on this data.
    const candidateCounts: number[] = [];
    for (const q of queries.slice(0, 10)) {
      const own = bands(similarityText(q));
      const [row] = await db.$queryRaw<Array<{ n: number }>>`
        SELECT count(DISTINCT b."draftId")::int AS n
        FROM unnest(${own.map((b) => b.band)}::int[], ${own.map((b) => b.hash)}::int[]) AS q(band, hash)
        JOIN "DraftSimilarityBand" b ON b.band = q.band AND b.hash = q.hash`;
      candidateCounts.push(row.n);
    }
    console.log(`Drafts sharing a band with a query (10 queries): ${candidateCounts.join(", ")}`);

    const similarTimes: number[] = [];
    const checkTimes: number[] = [];
    const wholeTimes: number[] = [];
    let copiesFound = 0;
    let copies = 0;
    let newWithHits = 0;
    for (const [i, q] of queries.entries()) {
      const t0 = performance.now();
      runChecks({ title: q.title, body: q.body, eventDate: q.eventDate, unitName: q.unit, today, settings: DEFAULT_CHECK_SETTINGS });
      const t1 = performance.now();
      const found = await findSimilar({ text: similarityText(q), threshold: 0.6 });
      const t2 = performance.now();
      if (i < WARMUP) continue;
      similarTimes.push(t2 - t1);
      checkTimes.push(t1 - t0);
      wholeTimes.push(t2 - t0);
      if (q.kind === "copy") {
        copies++;
        if (found.some((f) => f.draftId === q.sourceId)) copiesFound++;
      } else if (found.length > 0) newWithHits++;
    }

    console.log(`\nChecking a ${QUERY_LENGTH}-character draft against ${count} drafts: ${RUNS} runs after ${WARMUP} warm-up runs (Node ${process.version})`);
    report("findSimilar", similarTimes);
    report("runChecks", checkTimes);
    report("runChecks + findSimilar", wholeTimes);
    console.log(`Near-copies found at threshold 0.6: ${copiesFound}/${copies}; new texts with a hit: ${newWithHits}/${RUNS - copies}`);
  } finally {
    await db.$disconnect();
  }
}

await runBench({ dataDir: ".data/pg-bench", port: 54349, database: "zugong_bench" }, main);
