import type { calibration as en } from '../en/calibration';

/** 赢单/丢单复盘的文案: 校准、最少项目数与建议。 */
export const calibration: Record<keyof typeof en, string> = {
  'calibration.tooFew':
    '已结束的项目太少, 无法判断: 赢单或丢单共 {decided} 个 (赢 {won}, 丢 {lost}); 至少需要 {minimum} 个, 赢单和丢单各至少 {each} 个。',
  'calibration.figures':
    '基于 {decided} 个赢单或丢单项目: Brier 分数 {brier} (始终预测实际赢单占比时为 {baseRate}), 对数损失 {logLoss}。地图平均给出 {predicted}; 实际赢单 {observed}。',
  'calibration.apart': '未计入: 客户未决策 {noDecision} 个, 我方退出 {withdrawn} 个。',
  'calibration.unread.one': '{count} 个已决策项目在此时点没有快照, 未计入。',
  'calibration.unread.other': '{count} 个已决策项目在此时点没有快照, 未计入。',
  'calibration.point.last': '结单前的最后一个快照',
  'calibration.point.daysBefore': '结单前 {days} 天',
  'calibration.point.stage': '采购阶段为 {stage} 时',
  'calibration.advice.tooFew':
    '暂无建议: 赢单或丢单共 {decided} 个; 拟合至少需要 {minimum} 个, 赢单和丢单各至少 {each} 个。',
  'calibration.advice.keep': '保留当前模型: 按贵团队项目拟合的数值对留出项目的预测并不明显更好。',
  'calibration.advice.advise':
    '按贵团队项目拟合的数值对留出项目的预测更好 (对数损失 {fitted}, 当前为 {current})。团队负责人可以为团队采用。',
  'calibration.parameter': '{name}: 当前 {current}, 拟合 {fitted} ± {interval} (来自 {deals} 个项目){different}',
  'calibration.parameter.different': ', 明显不同',
  'calibration.parameter.base': '基础分',
};
