import type { legend as en } from '../en/legend';

/** 关系图的图例用语: 画布、SVG 图和演示文稿共用一套 (图例模型见 shared/mapLayout/legend.ts)。术语依照术语表。 */
export const legend: Record<keyof typeof en, string> = {
  'legend.title': '图例',
  'legend.attitude': '态度 (卡片颜色和文字)',
  'legend.closeness': '联系 (卡片边框)',
  'legend.lines': '关系线',
  'legend.reportsTo': '汇报给 (箭头指向上级)',
  'legend.influences': '影响 (箭头指向被影响的人)',
  'legend.strength': '影响: 弱、中、强',
  'legend.ally': '利益一致',
  'legend.conflict': '利益纠纷',
  'legend.influence': '影响项目的比重 (条形, 0 到 100%)',
  'legend.influenceSample': '已评估',
  'legend.influenceNone': '尚未评估',
  'legend.roles': '采购角色',
  'legend.rings': '外框',
  'legend.selected': '已选中',
  'legend.highlighted': '缺口涉及的人物',
};
