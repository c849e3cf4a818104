import type { history as en } from '../en/history';

/** 关系图历史用语: 自动快照的标签、时间线中的当前关系图、主要变化及赢率归因中非人员的条目。 */
export const history: Record<keyof typeof en, string> = {
  // 当前关系图, 与快照并列的一个版本
  'history.current': '当前关系图',
  'history.unlabelled': '(无标签)',

  // 自动快照的标签
  'history.auto.import': '导入前',
  'history.auto.layout': '自动排列前',
  'history.auto.restore': '因恢复“{label}”而被替换',
  'history.auto.daily': '{date} 首次编辑前',

  // 时间线上某一点的主要变化 (label 为赢率构成项的名称)
  'history.change.added': '{label} (新增)',
  'history.change.removed': '{label} (移除)',
  'history.change.opened': '{label} (出现)',
  'history.change.closed': '{label} (已关闭)',

  // 赢率归因: 每项变化带来的影响
  'history.attribution.deal': '项目本身 (竞争对手、资格评估)',
  'history.attribution.weights': '其他人 (影响比重随之变化)',
  'history.attribution.model': '赢率模型 (采用或撤销了团队模型)',
  'history.attribution.added': '新增',
  'history.attribution.removed': '移除',
  'history.attribution.changed': '变更',
  'history.attribution.relationships': '关系变更',
};
