import type { RawFinding } from "./types";
import { finding, isHan, type Segment } from "./text";

/** Words that are written doubled on purpose (AA): 常常, 天天, 谢谢, 绿油油 … */
const AA = new Set(
  `常 天 人 年 月 日 夜 家 户 村 乡 县 处 时 事 个 层 节 步 点 滴 片 声 句 字 笔 份 场 次 回 代 辈 岁 条 件 样 项 桩 道 行 班 区
  渐 谢 看 试 想 说 听 走 聊 问 查 等 刚 仅 往 纷 默 悄 稍 久 早 好 慢 快 紧 牢 深 高 大 小 长 满 轻 静 匆 频 屡 偏 恰 明 暗 多 白 平 淡 浅 重 统 通 略 微 数 强 上 下 口 头 面 方 心 星 团
  乎 洋 滋 油 灿 彤 晶 甸 呵 眯 巴 丝 零 吞 糟 睁 赳 昂 喷 腾 当 邦 灵 秃 漉 冰 辣 堂 花 荡 蒙 茸 嘟 墩 溜 洒 烘 哄 悠 闪 绵 勃 炯 熠
  赫 累 济 切 殷 谆 拳 蒸 欣 孜 兢 源 生 息 津 井 侃 喋 姗 栩 历 比 芸 泛 草 遥 楚 恋 依 落 沾 念 格 彬 脉 熙 攘 浩 轰 烈 正 亭 袅 翩 冉 徐 皑 奄 惴 岌 振 滔 汹 咄 娓 潺 淙 涓 粼 郁 葱 苍 茫 漫 迢 区 寥 隐 连 熊
  妈 爸 爷 奶 哥 姐 弟 妹 叔 姑 舅 婆 公 宝 娃 姥 太 猩 蝈 蛐 哈 呵 嘻`
    .split(/\s+/)
    .filter(Boolean),
);

const NUMERALS = "〇零一二三四五六七八九十百千万亿两";

/**
 * A doubled character that belongs to two words: 学习习近平 (学习 + 习近平), 组织部部长,
 * 常委会会议, 人民民主. Key: the doubled character; value: characters that may follow the
 * pair, making the second copy the start of the next word. Any X X 长 (教育局局长) is fine too.
 */
const ACROSS: Record<string, string> = {
  习: "近惯俗", 民: "主生族意政俗宿营警兵间众心情风法事办航", 生: "活产态命动存源", 作: "风用为品",
  会: "议场务员上前后", 部: "署门分队", 委: "员托", 国: "际家防情企有内外务土庆旗歌资策", 员: "工额",
  了: "之解", 家: "庭风属", 理: "念论解由事", 力: "争量度", 设: "施计备置立",
  工: "资会作程人业匠具期地序艺种龄伤厂", 制: "度定", 务: "必实", 实: "事施际效践处绩", 动: "员力态作能",
  成: "效果绩员本就熟立", 育: "人", 学: "生习历校院科者位期年术会", 信: "息用访心念任", 中: "共央国心层小学级药医",
  有: "关效力序机利限益意", 关: "于心注爱键系", 新: "模路机方型思举技局格业时风貌征途动态兴村农", 进: "度行展取",
  法: "律治规院官人制", 级: "别", 位: "于置", 目: "标前的录", 标: "准志杆签识语牌", 资: "金源产料格质本",
  金: "额融", 量: "化", 计: "划算生", 持: "续久有", 化: "解肥工学", 政: "策务府治协法党", 治: "理安疗",
  安: "全排置装心定康", 全: "面体县镇市国员力部年程过覆域省村区乡方民", 议: "程题事定案", 程: "序度",
  规: "定范则划模", 定: "点期位向时额", 期: "间刊限末", 主: "义体题任要动导席持", 体: "系制检育现验", 系: "统列",
  书: "记写面籍", 记: "录者载忆账", 品: "牌质种德行位", 产: "值品业权量能", 业: "态务绩主内余", 能: "力手源够否",
  队: "伍员", 支: "出持部付", 城: "区市乡镇管建", 市: "容民场委政区级", 镇: "党政村干属直域区级人纪主宣组委机",
  展: "现示开览会", 室: "主内外", 办: "主公理事学法", 组: "员织建", 科: "员室技学研", 院: "落校士",
  校: "园区内外友风训", 所: "有在属", 局: "面势", 站: "点", 社: "区会员", 司: "机法", 厂: "区房", 馆: "藏", 厅: "级",
  核: "查实心准算定", 查: "处看找明实阅验询", 研: "究判讨发学", 改: "进革善造正变", 升: "级华值", 难: "题点度关",
  范: "围例本式", 导: "向师入则航", 传: "统播承达递", 建: "设立成强", 合: "作理力格规法", 任: "务职命期", 训: "练",
  出: "台发现色", 现: "场状实代有行在", 风: "气险貌尚采", 坚: "持决守定强实", 台: "账阶", 划: "定分拨",
  报: "告送道名表刊", 线: "上下索路", 价: "值格", 绩: "效", 领: "域导军会", 续: "写航签", 志: "愿向气",
  地: "方区域点位", 讲: "座话解述堂", 课: "件堂程题",
};

/** Words said twice on purpose (ABAB): 研究研究, 讨论讨论 … */
const ABAB = new Set(
  `研究 讨论 学习 商量 考虑 了解 休息 打扫 活动 锻炼 交流 沟通 整理 检查 准备 介绍 热闹 高兴 琢磨 合计 收拾 溜达
  清醒 放松 凉快 暖和 熟悉 体验 感受 思考 总结 梳理 打听 商议 议论 比划 雪白 通红 笔直 冰凉 滚烫 碧绿 漆黑 火红 金黄
  哗啦 扑通 叮当 轰隆 咕噜`
    .split(/\s+/)
    .filter(Boolean),
);

function allowedSingle(text: string, i: number): boolean {
  const c = text[i];
  const after = text[i + 2];
  if (AA.has(c)) return true;
  if (after === "长" || (after !== undefined && ACROSS[c]?.includes(after))) return true;
  // AABB: 的的确确, 家家户户, 认认真真 (first or second half).
  const n2 = text[i + 3];
  if (isHan(after) && after === n2 && after !== c) return true;
  const p1 = text[i - 1];
  if (isHan(p1) && p1 === text[i - 2] && p1 !== c) return true;
  return false;
}

function allowedWord(word: string): boolean {
  // 一个一个, 一步一步, 一户一户
  return ABAB.has(word) || (word.length === 2 && word[0] === "一");
}

/**
 * A character or a 2–4 character word typed twice in a row by mistake (的的, 推进推进),
 * not the doubled words Chinese uses on purpose (常常, 家家户户, 研究研究, 学习习近平).
 */
export function checkRepeated(seg: Segment): RawFinding[] {
  const text = seg.text;
  const out: RawFinding[] = [];
  for (let i = 0; i < text.length; ) {
    let next = i + 1;
    for (let len = 1; len <= 4 && i + 2 * len <= text.length; len++) {
      const unit = text.slice(i, i + len);
      if (!isHan(unit[len - 1])) break;
      if (text.slice(i + len, i + 2 * len) !== unit) continue;
      // 二〇〇〇年, 一一对应, 万万不可: numbers are not typos.
      if (len === 1 && NUMERALS.includes(unit)) continue;
      let times = 2;
      while (text.slice(i + times * len, i + (times + 1) * len) === unit) times++;
      if (times === 2 && (len === 1 ? allowedSingle(text, i) : allowedWord(unit))) continue;
      const end = i + times * len;
      const run = text.slice(i, end);
      out.push(
        finding(seg, "REPEATED", i, end, `“${run}”中“${unit}”重复了，可能是多打了`, {
          label: `删去重复的“${unit}”`,
          text: text.slice(0, i + len) + text.slice(end),
        }),
      );
      next = end;
      break;
    }
    i = next;
  }
  return out;
}
