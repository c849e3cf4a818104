/** Messages with a count agree with it in number: "1 deal", "2 deals", in the pipeline, the review, the library and the editor. */
import { describe, expect, it } from 'vitest';
import { translatePlural } from '../../../shared/i18n';
import { CATALOGUES } from '../../../shared/i18n/catalogue';

const AREAS =
  /^(pipeline|pipelineApp|pipelineExport|pipelineExportApp|review|calibration|library|editor|cli\.pipeline)\./;
/** A count right before a noun in the plural, maybe with one word between: "{count} open deals". */
const COUNTED_PLURAL = /\{(\w+)\} (?:[\p{L}-]+ )?(deals|days|people|persons|files|gaps|snapshots)\b/u;
/** Counts that are never one, so the plural always fits. */
const NEVER_ONE: Readonly<Record<string, string>> = {
  // The minimum of closed deals the review asks for (shared/calibration): more than one.
  'review.chart.desc': 'minimum',
  // A team model is fitted from at least the minimum of won and lost deals together.
  'review.model.team': 'lost',
  // Said only past the chart's named points (renderer/pipeline/DecisionChartView.tsx, NAMED_POINTS).
  'pipelineApp.chart.many': 'count',
  // A fit is made from at least the minimum of closed deals.
  'calibration.parameter': 'deals',
  // 30, 60 or 90 days before closing: the review's fixed points.
  'calibration.point.daysBefore': 'days',
};

describe('plural messages', () => {
  it('picks the .one form for one and the .other form otherwise, in English; Chinese has one form', () => {
    expect(translatePlural('en', 'review.undone', 1)).toBe('1 deal is back on the standard model.');
    expect(translatePlural('en', 'review.undone', 3)).toBe('3 deals are back on the standard model.');
    expect(translatePlural('en', 'review.undone', 0)).toBe('0 deals are back on the standard model.');
    expect(translatePlural('en', 'pipelineApp.count', 1, { shown: 1 })).toBe('1 of 1 deal');
    expect(translatePlural('en', 'pipelineApp.daysLeft', 1)).toBe('1 day left');
    expect(translatePlural('en', 'library.people', 1)).toBe('1 person');
    expect(translatePlural('en', 'editor.deletedPeople', 1)).toBe('1 person deleted.');
    expect(translatePlural('en', 'editor.deletedPeople', 2)).toBe('2 people deleted.');
    expect(translatePlural('zh-CN', 'editor.deletedPeople', 2)).toBe('已删除 2 人。');
    expect(translatePlural('zh-CN', 'review.undone', 1)).toBe('1 个商机已恢复标准模型。');
    expect(translatePlural('zh-CN', 'pipelineApp.count', 2, { shown: 1 })).toBe('1 / 2 个项目');
  });

  it('leaves no count before a plural noun outside a .other form, in the pipeline, review and library catalogues', () => {
    const offenders = Object.entries(CATALOGUES.en).filter(([key, text]) => {
      if (!AREAS.test(key) || key.endsWith('.other')) return false;
      const match = COUNTED_PLURAL.exec(text);
      return match !== null && NEVER_ONE[key] !== match[1];
    });
    expect(offenders).toEqual([]);
  });
});
