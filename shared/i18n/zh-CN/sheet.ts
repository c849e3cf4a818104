import type { sheet as en } from '../en/sheet';

/** 项目评审表 (中文): 评审会上销售经理阅读的打印页。术语依照术语表。 */
export const sheet: Record<keyof typeof en, string> = {
  'sheet.kind': '项目评审',
  'sheet.fact.account': '客户',
  'sheet.fact.stage': '采购流程阶段',
  'sheet.fact.value': '项目金额',
  'sheet.fact.valueNone': '未知',
  'sheet.fact.decisionDate': '预计决策日期',
  'sheet.fact.decisionDateNone': '未定',
  'sheet.fact.asOf': '截至',
  'sheet.fact.team': '编制',
  'sheet.fact.competitors': '竞争对手',

  'sheet.section.map': '客户采购组织',
  'sheet.section.likelihood': '赢率',
  'sheet.section.gaps': '覆盖缺口与下一步行动',
  'sheet.section.stakeholders': '干系人',

  'sheet.likelihood.note': '这是根据关系图得出的估计, 并非预测: 每一项都说明了来源。',
  'sheet.likelihood.total': '赢率 (估计)',
  'sheet.likelihood.zero': '另有 {count} 项为 0 分',

  'sheet.gaps.none': '未发现覆盖缺口。',
  'sheet.gaps.group': '{severity} ({count})',
  'sheet.gaps.action': '建议行动: {action}',
  'sheet.gaps.people': '相关人物: {names}',

  'sheet.table.none': '图中还没有人物。',

  'sheet.footer.confidential': '机密: 仅供客户团队及其主管使用',
  'sheet.footer.anonymous': '匿名版本: 姓名已替换为职务',
  'sheet.footer.page': '第 {page} 页, 共 {pages} 页',
  'sheet.footer.continued': '{section} (续)',
} as const;
