/**
 * 操作日志 in plain Chinese: every action name written by audit(), grouped as the viewer's
 * 操作 filter offers them, the record types, and the keys of the details. A unit test checks
 * that every action name in lib/ has a label here.
 */

export type AuditGroup = { key: string; label: string; actions: Record<string, string> };

export const AUDIT_GROUPS: AuditGroup[] = [
  {
    key: "auth",
    label: "登录与账号安全",
    actions: {
      "auth.login": "登录",
      "auth.login_failed": "登录失败",
      "auth.logout": "退出登录",
      "auth.locked": "账号被锁定",
      "auth.unlock": "解除锁定",
      "auth.sessions_revoked": "结束全部登录",
    },
  },
  {
    key: "admin",
    label: "账号、单位与设置",
    actions: {
      "user.create": "新建账号",
      "user.setRoles": "修改角色",
      "user.enable": "启用账号",
      "user.disable": "停用账号",
      "user.resetPassword": "重置密码",
      "user.changePassword": "修改本人密码",
      "unit.create": "新建单位",
      "unit.enable": "启用单位",
      "unit.disable": "停用单位",
      "checks.settings": "修改稿件检查设置",
      "security.settings": "修改安全设置",
      "series.create": "新建刊物",
      "series.update": "修改刊物设置",
      "audit.export": "导出操作日志",
    },
  },
  {
    key: "draft",
    label: "稿件",
    actions: {
      "draft.create": "新建稿件",
      "draft.import": "从 Word 导入稿件",
      "draft.update": "修改稿件",
      "draft.submit": "提交审核",
      "draft.withdraw": "撤回稿件",
      "draft.approve": "审核通过并报送",
      "draft.reviewer_return": "组织委员退回",
      "draft.claim": "研究室开始修改",
      "draft.delete": "删除草稿",
      "draft.editor_return": "研究室退回",
      "draft.decline": "不予采用",
      "draft.adopt": "采用",
      "draft.unadopt": "撤销采用",
      "draft.publish": "刊发",
    },
  },
  {
    key: "issue",
    label: "期刊",
    actions: {
      "issue.create": "新建一期",
      "issue.edit": "修改本期（编者按、版记）",
      "issue.addItem": "编入稿件",
      "issue.removeItem": "移出稿件",
      "issue.editItem": "修改付印稿",
      "issue.reorder": "调整稿件顺序",
      "issue.send_for_signoff": "送领导签发",
      "issue.sign": "签发",
      "issue.return": "签发退回",
      "issue.recall": "撤回重编",
      "issue.publish": "发布",
      "issue.void": "作废",
    },
  },
  {
    key: "score",
    label: "积分",
    actions: {
      "score.record": "积分登记",
      "score.reverse": "冲销",
      "score.notice": "发出通报",
      "rule.version": "修改积分规则",
      "rule.recalculate": "按新规则重算",
      "category.update": "修改积分分类",
      "instruction.feedback": "反馈批示落实情况",
      "placement.report": "报送媒体发稿或网评",
      "placement.confirm": "确认发稿报送",
      "placement.return": "退回发稿报送",
      "placement.verify": "核实发稿并记分",
      "placement.reject": "发稿报送不予记分",
    },
  },
  {
    key: "planning",
    label: "计划、约稿与紧急信息",
    actions: {
      "plan.create": "新建信息计划",
      "plan.update": "修改信息计划",
      "plan.publish": "发布信息计划",
      "commission.create": "发出约稿",
      "commission.assign": "交办约稿",
      "commission.cancel": "取消约稿",
      "commission.overdue": "约稿逾期（系统）",
      "topic.create": "点题",
      "topic.cancel": "取消点题",
      "quota.set": "设定报送任务",
      "roster.file": "信息员变更备案",
      "urgent.open": "报告紧急信息",
      "urgent.phone": "登记电话报告",
      "urgent.close": "紧急信息办结",
      "urgent.late": "紧急信息超时（系统）",
      "notification.read": "已读消息",
    },
  },
];

export const ACTION_LABELS: Record<string, string> = Object.assign({}, ...AUDIT_GROUPS.map((g) => g.actions));

/** An action name nobody labelled yet still shows, as itself, rather than disappearing. */
export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

/** The actions a 操作 filter value stands for: a group key ("auth") or one action name. */
export function actionsOf(kind: string): string[] | null {
  const group = AUDIT_GROUPS.find((g) => g.key === kind);
  if (group) return Object.keys(group.actions);
  return kind in ACTION_LABELS ? [kind] : null;
}

export const ENTITY_LABELS: Record<string, string> = {
  User: "账号",
  Unit: "单位",
  CheckSettings: "稿件检查设置",
  SecuritySettings: "安全设置",
  Series: "刊物",
  Draft: "稿件",
  BulletinIssue: "期刊",
  ScoreRecord: "积分登记",
  Placement: "发稿报送",
  WatchTerm: "留意表述",
  ScoreNotice: "通报",
  ScoringRule: "积分规则",
  ScoringCategory: "积分分类",
  InstructionFollowUp: "批示落实",
  InfoPlan: "信息计划",
  Commission: "约稿",
  CommissionTarget: "约稿（单位）",
  TopicAssignment: "点题",
  UnitQuota: "报送任务",
  RosterChange: "信息员备案",
  UrgentCase: "紧急信息",
  Notification: "消息",
  AuditLog: "操作日志",
};

export function entityLabel(entityType: string): string {
  return ENTITY_LABELS[entityType] ?? entityType;
}

/** The keys that audit() callers put into data, as the details column names them. */
export const DATA_KEY_LABELS: Record<string, string> = {
  person: "人员",
  reason: "原因",
  comment: "意见",
  from: "原为",
  to: "改为",
  before: "修改前",
  after: "修改后",
  title: "标题",
  name: "名称",
  kind: "类别",
  roles: "角色",
  unitId: "单位",
  unitIds: "单位",
  origin: "来源",
  fileName: "文件名",
  images: "图片数",
  imagesSkipped: "未导入图片数",
  eventDateFound: "识别出事件日期",
  year: "年度",
  code: "代码",
  cap: "上限（原→新）",
  weight: "分值（原→新）",
  version: "版本",
  changed: "变动单位数",
  digest: "预览摘要",
  dueOn: "截止日期",
  effectiveOn: "生效日期",
  monthlyMin: "每月最少报送",
  flagshipTarget: "精品稿件数",
  adoptedTarget: "采用数",
  watchList: "留意表述条数",
  count: "条数",
  actionFilter: "操作",
  fromDate: "起始日期",
  toDate: "截止日期",
  recordType: "记录类型",
  recordId: "记录编号",
  addressFilter: "来源地址",
  address: "来源地址",
  dueAt: "时限",
  eventAt: "事发时间",
  deducted: "已扣分",
  reporter: "报告人",
  reportedAt: "报告时间",
  assigneeId: "交给",
  reversedDeductions: "冲回扣分",
  reversedEntries: "冲销分录",
  period: "期间",
  topics: "选题数",
  notified: "通知人数",
  units: "单位数",
  level: "级别",
  points: "分值",
  entries: "分录",
  draftId: "稿件编号",
  itemIds: "稿件顺序",
  itemId: "付印稿编号",
  fields: "修改项",
  number: "期号",
  totalNumber: "总期号",
  titleMaxLength: "标题字数上限",
  staleDays: "时效天数",
  similarityThreshold: "相似度阈值",
  severeChecks: "阻止提交的检查",
  urgentHours: "紧急信息时限（小时）",
  rows: "行数",
  ended: "结束的会话数",
  idleMinutes: "空闲退出（分钟）",
  passwordMinLength: "密码最短位数",
  passwordExpiryDays: "密码有效天数",
  userAgent: "浏览器",
};
