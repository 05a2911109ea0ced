/** Sample drafts for the demo county: realistic 组工信息, one set per state. */
export type DemoDraft = {
  unit: string;
  title: string;
  kind: "NEWS" | "EXPERIENCE" | "PROBLEM" | "RESEARCH" | "URGENT";
  eventDate: string;
  isFlagship?: boolean;
  body: string;
  /** The officer who writes it (username), when not the unit's first 信息员. */
  author?: string;
  /** The state the demo leaves it in. */
  state: "DRAFT" | "SUBMITTED" | "RETURNED" | "FORWARDED" | "EDITING" | "NOT_ADOPTED" | "ADOPTED" | "PUBLISHED";
  comment?: string;
};

export const DEMO_DRAFTS: DemoDraft[] = [
  {
    unit: "柳河乡",
    author: "wangxh_xxy",
    state: "PUBLISHED",
    title: "柳河乡“田间党课”把党的声音送到地头",
    kind: "NEWS",
    eventDate: "2026-10-20",
    body: `柳河乡组织党员干部利用农闲时节走进田间地头，开设“田间党课”，把政策讲解和农技服务结合起来。
一、课堂搬到地头
全乡组建宣讲小分队8支，今年以来开展田间党课46场，覆盖群众2300余人次。
二、服务跟到田间
每场党课同步邀请农技人员现场答疑，帮助群众解决种植难题120余个。`,
  },
  {
    unit: "青山镇",
    state: "PUBLISHED",
    title: "青山镇“三链融合”推动村集体经济提质增效",
    kind: "EXPERIENCE",
    isFlagship: true,
    eventDate: "2026-10-28",
    body: `今年以来，青山镇坚持以党建链引领产业链、带动富民链，推动全镇12个村集体经济收入全部突破20万元。
一、建强组织链，把支部建在产业上
（一）成立产业党委。围绕茶叶、食用菌两大主导产业，成立联村产业党委2个，吸纳种植大户、合作社负责人中的党员46名。
（二）选派专职书记。从镇机关选派懂经营的干部担任产业党委专职副书记，每月召开一次产业发展联席会。
二、做实利益链，让群众得到实惠
推行“党支部+合作社+农户”模式，村集体以土地、设施入股，群众以劳务参与，年底按股分红，今年累计为群众分红86万元。`,
  },
  {
    unit: "东城街道",
    state: "PUBLISHED",
    title: "东城街道“红色网格”打通服务群众最后一米",
    kind: "NEWS",
    eventDate: "2026-11-02",
    body: `东城街道将辖区划分为58个网格，选派机关党员干部担任网格党小组长，推动力量下沉、服务前移。
一、人往格中去
全体机关干部下沉网格，每周至少两天在格内走访，收集群众诉求312件，办结298件。
二、事在格中办
建立“网格吹哨、部门报到”机制，对网格内难以解决的问题，由街道党工委统一调度相关部门限时办理。`,
  },
  {
    unit: "县教育局",
    state: "ADOPTED",
    title: "县教育局实施“青蓝工程”培养年轻党员教师",
    kind: "EXPERIENCE",
    eventDate: "2026-11-05",
    body: `县教育局针对青年教师党员比例偏低的问题，实施“青蓝工程”，由骨干党员教师与青年教师结对帮带。
一、结对帮带
全系统确定结对对子126对，明确帮带目标和考核办法。
二、压茬培养
把业务骨干培养成党员，把党员培养成业务骨干，今年发展青年教师党员14名。`,
  },
  {
    unit: "石桥镇",
    state: "ADOPTED",
    title: "石桥镇建立“村干部履职积分”管理办法",
    kind: "NEWS",
    eventDate: "2026-11-10",
    body: `石桥镇出台村干部履职积分管理办法，将日常工作、重点任务、群众评价等纳入积分，积分结果与绩效报酬挂钩。
办法实施以来，全镇村干部坐班率明显提高，群众满意度测评较去年同期提高6个百分点。`,
  },
  {
    unit: "西城街道",
    state: "EDITING",
    title: "西城街道党工委推行“周末议事厅”",
    kind: "NEWS",
    eventDate: "2026-11-12",
    body: `西城街道在各社区设立“周末议事厅”，每周六由社区党组织书记召集居民代表、物业、业委会共同议事。
今年以来，共议决小区停车、加装电梯等事项37件。`,
  },
  {
    unit: "青山镇",
    state: "FORWARDED",
    title: "青山镇开展“党员中心户”评星定级",
    kind: "NEWS",
    eventDate: "2026-11-15",
    body: `青山镇在全镇推行党员中心户评星定级，按照政治素质、带富能力、服务群众等5个方面评定星级。
首批评定五星级党员中心户18户，由镇党委统一授牌。`,
  },
  {
    unit: "县卫生健康局",
    state: "FORWARDED",
    title: "县卫生健康局组建党员医疗服务队下乡义诊",
    kind: "NEWS",
    eventDate: "2026-11-16",
    body: `县卫生健康局组建12支党员医疗服务队，每月深入乡村开展义诊，今年累计服务群众4300余人次。`,
  },
  {
    unit: "柳河乡",
    state: "NOT_ADOPTED",
    title: "柳河乡召开十一月份工作例会",
    kind: "NEWS",
    eventDate: "2026-11-03",
    body: `11月3日，柳河乡召开十一月份工作例会，传达学习上级会议精神，安排部署本月重点工作。`,
    comment: "例行会议，缺少具体做法和成效，不予采用。建议围绕某项工作的创新举措来写。",
  },
  {
    unit: "石桥镇",
    state: "SUBMITTED",
    title: "石桥镇“老党员工作室”发挥余热助力基层治理",
    kind: "EXPERIENCE",
    eventDate: "2026-11-18",
    body: `石桥镇在6个村建立老党员工作室，组织退休老党员参与矛盾调解、政策宣讲。
今年以来，老党员工作室调解邻里纠纷41起。`,
  },
  {
    unit: "青山镇",
    state: "SUBMITTED",
    title: "青山镇举办村级后备干部培训班",
    kind: "NEWS",
    eventDate: "2026-11-19",
    body: `11月19日，青山镇举办为期3天的村级后备干部培训班，全镇36名后备干部参加。
培训采取专题授课、现场教学、分组研讨相结合的方式进行。`,
  },
  {
    unit: "青山镇",
    state: "RETURNED",
    title: "青山镇强化农村党员冬训",
    kind: "NEWS",
    eventDate: "2026-11-08",
    body: `青山镇启动农村党员冬训工作。全镇党员参加冬训。`,
    comment: "内容太单薄，请补充冬训的具体安排、参训人数和特色做法，再报送。",
  },
  {
    unit: "青山镇",
    state: "DRAFT",
    title: "青山镇关于村级党组织书记队伍建设的调研",
    kind: "RESEARCH",
    eventDate: "2026-11-20",
    body: `一、基本情况
全镇12个村党组织书记平均年龄49.5岁，大专及以上学历5人。
二、存在的问题
（一）年龄结构偏大。
（二）后备力量不足。`,
  },
];
