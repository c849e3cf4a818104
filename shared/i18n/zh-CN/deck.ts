import type { deck as en } from '../en/deck';

/** 项目评审用的 PowerPoint 演示文稿: 各页标题、赢率与缺口页的用语、形状名称 (PowerPoint 选择窗格中可见)。术语依照术语表。 */
export const deck: Record<keyof typeof en, string> = {
  // 标题页
  'deck.title.kicker': '项目评审',
  'deck.title.value': '项目金额: {value}',
  'deck.title.decisionDate': '决策日期: {date}',
  'deck.title.competitors': '竞争对手: {names}',
  'deck.title.people': '图中人物: {people} · 覆盖缺口: {gaps}',

  // 关系图页
  'deck.map.heading': '客户采购组织: {deal}',
  'deck.map.small': '共 {count} 人: 此尺寸下卡片只显示姓名, 请放大查看。',

  // 赢率页
  'deck.likelihood.heading': '赢率: {value}% (估计)',
  'deck.likelihood.column.term': '来源',
  'deck.likelihood.column.points': '分值',
  'deck.likelihood.more': '其余 {count} 项',
  'deck.likelihood.total': '赢率 (估计)',
  'deck.likelihood.note': '基数加上各项即为所示赢率。这是依据关系图的估计, 不是预测。',

  // 缺口页
  'deck.gaps.heading': '覆盖缺口与下一步行动',
  'deck.gaps.none': '没有发现覆盖缺口: 每次拜访后请及时更新关系图。',
  'deck.gaps.group': '{severity} ({count})',
  'deck.gaps.groupContinued': '{severity} (续)',
  'deck.gaps.action': '建议: {action}',
  'deck.severity.critical': '严重',
  'deck.severity.warning': '警告',
  'deck.severity.info': '提示',

  // 人员一览表
  'deck.table.heading': '人员一览',
  'deck.table.empty': '图中还没有人物。',

  // 同类多页
  'deck.page': '{heading} ({page}/{pages})',

  // 形状名称 (PowerPoint 选择窗格)
  'deck.shape.person': '人员: {name}',
  'deck.shape.card': '人员卡片: {name}',
  'deck.shape.line': '关系线: {label}',
  'deck.shape.heading': '标题',
  'deck.shape.legend': '图例',
  'deck.shape.table': '表格',
  'deck.shape.text': '文本',
  'deck.shape.likelihood': '赢率',
};
