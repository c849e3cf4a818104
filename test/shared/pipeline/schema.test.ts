/** Stored rows read back: every row summarizeDeal makes survives JSON and the schema; a damaged one is refused. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPipelineRow, summarizeDeal } from '../../../shared/pipeline';
import { documentArb, isoDateArb } from '../../support/arbitraries';
import { rowArb } from './rowArbitrary';

describe('readPipelineRow', () => {
  it('reads back every row summarizeDeal makes, through JSON, unchanged', () => {
    fc.assert(
      fc.property(documentArb({ unknownFields: false }), isoDateArb, (doc, asOf) => {
        const row = summarizeDeal(doc, { asOf });
        expect(readPipelineRow(JSON.parse(JSON.stringify(row)))).toEqual(row);
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a row with a wrong field, and anything that is not a row', () => {
    fc.assert(
      fc.property(rowArb, (row) => {
        expect(readPipelineRow(row)).toEqual(row);
        expect(readPipelineRow({ ...row, likelihood: 101 })).toBeNull();
        expect(readPipelineRow({ ...row, status: 'blue' })).toBeNull();
        expect(readPipelineRow({ ...row, decisionDate: '2026-02-30' })).toBeNull();
        const { dealId: _dealId, ...withoutId } = row;
        expect(readPipelineRow(withoutId)).toBeNull();
      }),
      { numRuns: 30 },
    );
    for (const value of [null, 42, 'row', [], {}]) expect(readPipelineRow(value)).toBeNull();
  });
});
