import type { pipeline as en } from '../en/pipeline';

/** 项目管道的措辞: 严重缺口的规则名称、状态及其原因 (docs/PIPELINE.md)、项目结果、`powermap pipeline` 命令的输出。 */
export const pipeline: Record<keyof typeof en, string> = {
  // 规则名称 (不含人名)
  'pipeline.rule.MISSING_ROLE': '缺少采购角色',
  'pipeline.rule.ATTITUDE_UNKNOWN': '态度不清楚',
  'pipeline.rule.UNCOVERED': '关键人物未覆盖',
  'pipeline.rule.OPPONENT_KEY': '关键人物反对',
  'pipeline.rule.NO_EXECUTIVE_ACCESS': '未接触决策层',
  'pipeline.rule.NO_MIDDLE_ALLY': '管理层无盟友',
  'pipeline.rule.WEAK_COACH': '教练买家不得力',
  'pipeline.rule.SINGLE_THREADED': '单线联系',
  'pipeline.rule.INFLUENCE_INCOMPLETE': '影响比重不完整',
  'pipeline.rule.UNQUALIFIED': '销售机会评估为否',
  'pipeline.rule.OPPONENT_REACHES_DM': '反对者影响经济买家',
  'pipeline.rule.NO_PATH_TO_DM': '支持者到达不了经济买家',
  'pipeline.rule.STALE': '久未联系',
  'pipeline.rule.STEP_AHEAD': '销售步骤超前于关系图',
  'pipeline.rule.STEP_LAGS': '销售步骤落后于客户',
  'pipeline.rule.POSITION_BEHIND': '远落后于最强供应商',
  'pipeline.gap.named': '{rule}: {names}',
  'pipeline.gap.role': '{rule}: {role}',

  // 状态及其原因
  'pipeline.status.red': '红灯',
  'pipeline.status.amber': '黄灯',
  'pipeline.status.green': '绿灯',
  // 表格中单独出现的词 (同状态词)
  'pipeline.purchaseStage.needs': '发现需求',
  'pipeline.purchaseStage.deliberation': '内部酝酿',
  'pipeline.purchaseStage.design': '系统设计',
  'pipeline.purchaseStage.evaluation': '评估比较',
  'pipeline.purchaseStage.commitment': '购买承诺',
  'pipeline.purchaseStage.implementation': '安装实施',
  'pipeline.salesStep.account-analysis': '客户分析',
  'pipeline.salesStep.build-trust': '建立信任',
  'pipeline.salesStep.discover-needs': '挖掘需求',
  'pipeline.salesStep.present-value': '呈现价值',
  'pipeline.salesStep.win-commitment': '赢取承诺',
  'pipeline.salesStep.follow-up': '跟进服务',
  'pipeline.outcome.won': '赢单',
  'pipeline.outcome.lost': '丢单',
  'pipeline.outcome.no-decision': '客户未决策',
  'pipeline.outcome.withdrawn': '我方退出',
  'pipeline.reason.hostile-key-person': '关键人物反对我们: {names}',
  'pipeline.reason.decision-level-uncovered': '决策层没有人与我们密切或经常联系',
  'pipeline.reason.decision-date-passed.one': '决策日期已过 {count} 天',
  'pipeline.reason.decision-date-passed.other': '决策日期已过 {count} 天',
  'pipeline.reason.likelihood-low': '赢率低: {figure}%',
  'pipeline.reason.critical-gaps.one': '{count} 个严重缺口未解决',
  'pipeline.reason.critical-gaps.other': '{count} 个严重缺口未解决',
  'pipeline.reason.likelihood-middling': '赢率不足五成: {figure}%',
  'pipeline.reason.likelihood-fell': '赢率下降了 {figure} 个百分点',
  'pipeline.reason.no-decision-date': '没有决策日期',
  'pipeline.reason.coverage-low': '关键人物中只有 {figure}% 经常联系',

  // 关闭项目
  'pipeline.close.snapshotLabel': '项目关闭: {result}',

  // `powermap pipeline`
  'cli.help.pipeline': `用法: powermap pipeline 文件…|目录 [--json] [--lang en|zh-CN] [--as-of YYYY-MM-DD]
         [--since YYYY-MM-DD]

一览所有项目: 每个项目一行, 显示金额、阶段、决策日期、赢率 (估计) 及其变化、
严重缺口、关键人物的覆盖率, 以及红、黄、绿状态和原因; 然后按币种列出未关闭
项目的合计 (不同币种从不相加)。目录中读取其 .powermap 文件 (不含子目录)。
已关闭的项目列在未关闭项目之后。

选项:
  --json               输出一个 JSON 对象: asOf、since、rows、totals、problems
  --lang en|zh-CN      输出语言
  --as-of YYYY-MM-DD   分析日期 (默认: 今天)
  --since YYYY-MM-DD   以项目在该日期的状态为起点计算变化
                       (默认: 每个项目的最近一个快照)`,
  'cli.usage.badSince': '--since 应为 YYYY-MM-DD 格式的有效日期, 实际为 "{value}"。',
  'cli.pipeline.title': '{date} 的项目管道',
  'cli.pipeline.titleSince': '{date} 的项目管道, 自 {since} 以来的变化',
  'cli.pipeline.open': '未关闭项目 ({count})',
  'cli.pipeline.closed': '已关闭项目 ({count})',
  'cli.pipeline.empty': '没有项目。',
  'cli.pipeline.column.status': '状态',
  'cli.pipeline.column.deal': '项目',
  'cli.pipeline.column.account': '客户',
  'cli.pipeline.column.value': '金额',
  'cli.pipeline.column.stage': '阶段',
  'cli.pipeline.column.decision': '决策日期',
  'cli.pipeline.column.likelihood': '赢率',
  'cli.pipeline.column.move': '变化',
  'cli.pipeline.column.gaps': '严重缺口',
  'cli.pipeline.column.coverage': '覆盖率',
  'cli.pipeline.column.owner': '负责人',
  'cli.pipeline.column.outcome': '结果',
  'cli.pipeline.daysLeft': '{date} (还有 {days} 天)',
  'cli.pipeline.overdue': '{date} (已过 {days} 天)',
  'cli.pipeline.none': '–',
  'cli.pipeline.totals': '未关闭项目合计',
  'cli.pipeline.totals.row.one': '{currency}: {count} 个项目, 金额 {value}, 加权金额 {weighted}',
  'cli.pipeline.totals.row.other': '{currency}: {count} 个项目, 金额 {value}, 加权金额 {weighted}',
  'cli.pipeline.totals.moved.one': ' (自 {since}: {signedCount} 个项目, 金额 {value}, 加权金额 {weighted})',
  'cli.pipeline.totals.moved.other': ' (自 {since}: {signedCount} 个项目, 金额 {value}, 加权金额 {weighted})',
  'cli.pipeline.totals.unvalued': '; {count} 个未填金额',
  'cli.pipeline.noCurrency': '未填币种',
  'cli.pipeline.moved': '自 {since} 以来的变化',
  'cli.pipeline.movedNone': '没有项目的赢率变化。',
  'cli.pipeline.reasons': '原因',
  'cli.pipeline.noFiles': '{dir}: 此目录中没有 .powermap 文件',
  'cli.pipeline.skipped.one': '{count} 个文件无法读取 (见上文)。',
  'cli.pipeline.skipped.other': '{count} 个文件无法读取 (见上文)。',
};
