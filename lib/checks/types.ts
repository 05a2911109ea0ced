/**
 * Types shared by the draft checks. Pure data: the checks run in the browser while an
 * officer types and again on the server before a draft is submitted.
 */

export type CheckCode =
  | "HALF_WIDTH_PUNCT"
  | "REPEATED"
  | "UNBALANCED"
  | "HEADING_ORDER"
  | "TITLE_LENGTH"
  | "MISSING_DATE"
  | "MISSING_UNIT"
  | "EMPTY_PARAGRAPH"
  | "WATCH_PHRASE"
  | "STALE_EVENT"
  | "SIMILAR";

export const CHECK_CODES: readonly CheckCode[] = [
  "HALF_WIDTH_PUNCT",
  "REPEATED",
  "UNBALANCED",
  "HEADING_ORDER",
  "TITLE_LENGTH",
  "MISSING_DATE",
  "MISSING_UNIT",
  "EMPTY_PARAGRAPH",
  "WATCH_PHRASE",
  "STALE_EVENT",
  "SIMILAR",
];

export const CHECK_LABELS: Record<CheckCode, string> = {
  HALF_WIDTH_PUNCT: "半角标点",
  REPEATED: "重复字词",
  UNBALANCED: "引号括号不配对",
  HEADING_ORDER: "标题层级",
  TITLE_LENGTH: "标题过长",
  MISSING_DATE: "缺少事件日期",
  MISSING_UNIT: "未写单位名称",
  EMPTY_PARAGRAPH: "空段落",
  WATCH_PHRASE: "需留意的表述",
  STALE_EVENT: "信息时效",
  SIMILAR: "与已有稿件相似",
};

export type CheckSettings = {
  /** 标题最多几个字（不算空格）。 */
  titleMaxLength: number;
  /** 事件日期早于今天多少天以上算时效性差。 */
  staleDays: number;
  /** 需要审核人留意的提法，逐处标出，附为什么和建议写法。 */
  watchList: ReadonlyArray<{ term: string; why?: string; suggestion?: string }>;
  /** 这些检查项查出问题时，必须改正后才能提交。 */
  severeChecks: CheckCode[];
};

/**
 * The 稿件检查设置 until the administrator saves them: the one place for their defaults (the
 * table's column defaults in prisma/schema.prisma say the same; settings-defaults.test.ts checks).
 */
export const CHECK_SETTING_DEFAULTS = {
  titleMaxLength: 30,
  staleDays: 7,
  /** 相似度阈值: from this share of shared text on, a draft is shown as similar to an earlier one. */
  similarityThreshold: 0.6,
  severeChecks: [] as CheckCode[],
  /** 紧急信息: a written report within this many hours of the event. */
  urgentHours: 4,
};

/** The checks' settings with the defaults and no watch-list (the unit tests', the benchmark's). */
export const DEFAULT_CHECK_SETTINGS: CheckSettings = {
  titleMaxLength: CHECK_SETTING_DEFAULTS.titleMaxLength,
  staleDays: CHECK_SETTING_DEFAULTS.staleDays,
  watchList: [],
  severeChecks: CHECK_SETTING_DEFAULTS.severeChecks,
};

export type CheckInput = {
  title: string;
  /** Raw text as typed: may contain empty lines and \r\n. */
  body: string;
  /** "YYYY-MM-DD", or null / "" when not filled in. */
  eventDate: string | null;
  unitName: string;
  /** The level of the desk that reads the draft (县里、市里看稿), 县 when not given. */
  readerLevel?: "县" | "市" | "省";
  /** "YYYY-MM-DD", the local date (Asia/Shanghai), passed in so the checks are deterministic. */
  today: string;
  settings: CheckSettings;
};

export type Finding = {
  code: CheckCode;
  /** severe iff code is in settings.severeChecks; a severe finding blocks submission. */
  severity: "warning" | "severe";
  /** Chinese: what and where. */
  message: string;
  field: "title" | "body" | "eventDate";
  /** 1-based line of the raw body (every line counts, empty ones too), for body findings. */
  line?: number;
  /** UTF-16 offsets of the offending text within that line (or within the title). */
  start?: number;
  end?: number;
  /** The offending text with a little context. */
  excerpt?: string;
  /**
   * When the correction is obvious: the whole corrected line (or title). For a body finding
   * an empty `text` means "delete this line" (see applyFix).
   */
  fix?: { label: string; text: string };
};

/** What a single check returns; runChecks adds the severity. */
export type RawFinding = Omit<Finding, "severity">;
