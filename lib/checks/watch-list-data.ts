/**
 * The default watch list: wordings a reviewer should look at twice, each with why and a
 * suggested wording, grouped by the public guidance it comes from. Shipped reviewed; the
 * administrator switches entries on or off and adds the county's own (lib/admin/watch-terms.ts).
 *
 * Only entries that the cited public text itself names are here. Nothing is invented: a
 * wording the county wants checked beyond these is added by its administrator, as its own.
 *
 * Sources:
 * - XH2015: 新华社《新华社新闻报道中的禁用词（第一批）》，2015年11月（刊于新华社《新闻阅评动态》第315期）。
 * - XH2016: 新华社《新华社新闻信息报道中的禁用词和慎用词（2016年7月修订）》，在第一批45条基础上新增57条。
 * The item numbers below follow the 2016 edition's headings (一、时政和社会生活类 …).
 */
export type WatchEntry = { term: string; why: string; suggestion: string };
export type WatchGroup = { code: string; label: string; source: string; entries: WatchEntry[] };

export const WATCH_GROUPS: readonly WatchGroup[] = [
  {
    code: "PARTY_TERMS",
    label: "过时或不规范的提法",
    source: "XH2016 时政和社会生活类（新增条目）",
    entries: [
      { term: "八荣八耻", why: "新华社规范用语要求不使用“践行‘八荣八耻’”的提法", suggestion: "践行社会主义荣辱观" },
      { term: "一带一路战略", why: "新华社规范用语要求对“一带一路”不使用“战略”一词", suggestion: "“一带一路”倡议" },
      { term: "一带一路”战略", why: "新华社规范用语要求对“一带一路”不使用“战略”一词", suggestion: "“一带一路”倡议" },
      { term: "前苏联", why: "新华社规范用语列为不再使用的惯用提法", suggestion: "苏联" },
      { term: "少数民族上层人士", why: "新华社规范用语：除对过去特定历史时期的表述外，不再使用这一称谓", suggestion: "按具体身份称呼" },
    ],
  },
  {
    code: "TITLES",
    label: "职务和称谓",
    source: "XH2016 时政和社会生活类、法律法规类（新增条目）",
    entries: [
      { term: "村长", why: "村民委员会主任简称“村主任”，新华社规范用语要求不称“村长”", suggestion: "村主任（村民委员会主任）" },
      { term: "村官", why: "新华社规范用语列为不再使用的惯用提法；大学生到村任职的正式称谓是“大学生村干部”", suggestion: "大学生村干部" },
      { term: "省省委", why: "新华社规范用语：不宜称“中共XX省省委书记”", suggestion: "中共XX省委书记" },
      { term: "市市委", why: "新华社规范用语：不宜称“XX市市委书记”", suggestion: "XX市委书记" },
      { term: "老板", why: "新华社规范用语要求对国内领导干部和国有企业负责人不使用“老板”", suggestion: "负责人、主要负责同志，或写明职务" },
    ],
  },
  {
    code: "TONE",
    label: "对领导活动和会议的过度渲染",
    source: "XH2015 社会生活类第5条；XH2016 时政和社会生活类第5条",
    entries: [
      { term: "亲自", why: "新华社规范用语要求对各级领导同志的各种活动报道慎用“亲自”等词", suggestion: "删去“亲自”，直接写领导同志做了什么" },
      { term: "隆重召开", why: "新华社规范用语：除党中央、国务院召开的重要会议外，一般性会议不用“隆重召开”", suggestion: "召开" },
    ],
  },
  {
    code: "ABSOLUTE",
    label: "绝对化、极端评价的词语",
    source: "XH2015 社会生活类第2条；XH2016 时政和社会生活类第2条",
    entries: [
      { term: "最佳", why: "新华社规范用语要求报道事实时不使用具有极端评价色彩的词语", suggestion: "写明具体成效和数据" },
      { term: "最好", why: "新华社规范用语要求报道事实时不使用具有极端评价色彩的词语", suggestion: "写明具体成效和数据" },
      { term: "最著名", why: "新华社规范用语要求报道事实时不使用具有极端评价色彩的词语", suggestion: "写明具体情况" },
      { term: "最先进", why: "新华社规范用语要求报道事实时不使用具有极端评价色彩的词语", suggestion: "写明具体情况" },
    ],
  },
  {
    code: "PEOPLE",
    label: "对特定人群的称呼",
    source: "XH2015 社会生活类第1条、民族宗教类；XH2016 时政和社会生活类第1条",
    entries: [
      { term: "残废人", why: "新华社规范用语要求对有身体伤疾的人士不使用蔑称", suggestion: "残疾人" },
      { term: "瞎子", why: "新华社规范用语要求对有身体伤疾的人士不使用蔑称", suggestion: "盲人" },
      { term: "聋子", why: "新华社规范用语要求对有身体伤疾的人士不使用蔑称", suggestion: "聋人" },
      { term: "弱智", why: "新华社规范用语要求对有身体伤疾的人士不使用蔑称", suggestion: "智力障碍者" },
      { term: "蒙族", why: "新华社规范用语：少数民族名称不能随意简称", suggestion: "蒙古族" },
      { term: "维族", why: "新华社规范用语：少数民族名称不能随意简称", suggestion: "维吾尔族" },
    ],
  },
  {
    code: "LAW_SOVEREIGNTY",
    label: "法律和港澳的表述",
    source: "XH2015 法律类第8条、涉及我领土主权和港澳台类；XH2016 相应条目",
    entries: [
      { term: "罪犯", why: "新华社规范用语：对刑事案件当事人，在法院宣判有罪之前不使用“罪犯”", suggestion: "犯罪嫌疑人（判决前）" },
      { term: "推上被告席", why: "新华社规范用语：民事和行政案件中原被告法律地位平等，不用带主观色彩的说法", suggestion: "起诉" },
      { term: "中港", why: "新华社规范用语：不得将香港与中国并列提及", suggestion: "内地与香港" },
      { term: "内港", why: "新华社规范用语：不宜将内地与香港简称为“内港”", suggestion: "内地与香港" },
    ],
  },
];

/** Entries the administrator adds are filed under this group. */
export const CUSTOM_GROUP = { code: "CUSTOM", label: "本县添加" } as const;

export const DEFAULT_WATCH_TERMS: ReadonlyArray<WatchEntry & { group: string }> = WATCH_GROUPS.flatMap((g) => g.entries.map((e) => ({ ...e, group: g.code })));

export const WATCH_SOURCES: Record<string, string> = {
  XH2015: "新华社《新华社新闻报道中的禁用词（第一批）》（2015年11月）",
  XH2016: "新华社《新华社新闻信息报道中的禁用词和慎用词（2016年7月修订）》",
};
