import type { analysis as en } from '../en/analysis';

/** 缺口说明、建议行动与赢率构成 (中文)。 */
export const analysis: Record<keyof typeof en, string> = {
  'analysis.placeholder': '',
};
