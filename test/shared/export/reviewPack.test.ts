/** The review pack's model: its own words for its tables, counts that agree with their number. */
import { describe, expect, it } from 'vitest';
import { prepareExport } from '../../../shared/export/privacy';
import { reviewPack } from '../../../shared/export/reviewPack';
import type { Lang } from '../../../shared/i18n';
import { greenDeal, redDeal, type RawDocument, parsedDeal } from '../../support/pipelineDeals';

function packOf(raws: readonly RawDocument[], lang: Lang, asOf = '2026-11-26') {
  const views = raws.map((raw) => prepareExport(parsedDeal(raw), { lang, includePersonal: false, anonymous: false }));
  return reviewPack(views, { asOf, lang });
}

describe('reviewPack', () => {
  it('heads the totals with its own label, not the CSV’s "Totals: currency"', () => {
    expect(packOf([greenDeal()], 'en').totals.header[0]).toBe('Currency');
    expect(packOf([greenDeal()], 'zh-CN').totals.header[0]).toBe('币种');
  });

  it('words the status of a deal as a word, and the overdue deals in agreement with their count', () => {
    expect(packOf([greenDeal(), redDeal()], 'en').pipeline.rows.map((row) => row[0])).toEqual(['Red', 'Green']);
    // The red deal's decision date (2026-11-01) is before the quarter of 2027-01-05: counted, not drawn.
    expect(packOf([redDeal()], 'en', '2027-01-05').chart.overdue).toBe(
      '1 open deal is past its decision date (not drawn).',
    );
    const two = packOf([redDeal('r-1'), redDeal('r-2')], 'en', '2027-01-05');
    expect(two.chart.overdue).toBe('2 open deals are past their decision date (not drawn).');
  });
});
