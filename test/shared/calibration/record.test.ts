/**
 * The per-deal calibration record (docs/CALIBRATION.md, "The team's closed deals"): what the
 * server keeps of a closed deal for the review. The review over records must be the review
 * over the documents; the record holds no person's name or free text; a damaged or foreign
 * record is refused.
 */
import { describe, expect, it } from 'vitest';
import {
  calibrate,
  calibrationRecord,
  closedDealsOfRecords,
  gapsVsOutcomes,
  readCalibrationRecord,
  readClosedDeals,
} from '../../../shared/calibration';
import { generateClosedDeals } from '../../support/closedDeals';

describe('calibration records', () => {
  const documents = generateClosedDeals({ count: 80, seed: 11, undecidedShare: 0.1 });

  it('give the same closed deals, calibration and gaps as the documents they came from', () => {
    const open = documents.filter((doc) => doc.deal.outcome === null).length;
    const records = documents.flatMap((doc) => {
      const record = calibrationRecord(doc);
      return record === null ? [] : [record];
    });
    const fromRecords = closedDealsOfRecords(records, open);
    const fromDocuments = readClosedDeals(documents);
    expect(fromRecords).toEqual(fromDocuments);
    expect(calibrate(fromRecords)).toEqual(calibrate(fromDocuments));
    expect(gapsVsOutcomes(fromRecords.decided)).toEqual(gapsVsOutcomes(fromDocuments.decided));
    // No decision and withdrawn are counted apart and carry no snapshot.
    const apart = records.filter((r) => r.result === 'no-decision' || r.result === 'withdrawn');
    expect(apart.length).toBeGreaterThan(0);
    expect(apart.every((r) => r.snapshots.length === 0)).toBe(true);
  });

  it('is null for an open deal', () => {
    const doc = documents[0]!;
    expect(calibrationRecord({ ...doc, deal: { ...doc.deal, outcome: null } })).toBeNull();
  });

  it('holds no person’s name, contact or note, nor the outcome’s own words', () => {
    const doc = documents.find((d) => d.deal.outcome?.result === 'lost')!;
    const marked = {
      ...doc,
      deal: { ...doc.deal, outcome: { ...doc.deal.outcome!, note: 'NOTE-SECRET', competitor: 'RIVAL-SECRET' } },
      stakeholders: doc.stakeholders.map((p) => ({ ...p, name: `PERSON-${p.id}`, notes: 'PRIVATE-NOTE' })),
      history: doc.history.map((s) => ({
        ...s,
        stakeholders: s.stakeholders.map((p) => ({ ...p, name: `PERSON-${p.id}`, notes: 'PRIVATE-NOTE' })),
      })),
    };
    const text = JSON.stringify(calibrationRecord(marked));
    expect(text).not.toMatch(/PERSON-|PRIVATE-NOTE|NOTE-SECRET|RIVAL-SECRET/u);
    expect(calibrationRecord(marked)?.snapshots.length).toBe(doc.history.length);
  });

  it('reads back what it wrote through JSON, and refuses what is not a record of this version', () => {
    const record = calibrationRecord(documents.find((d) => d.deal.outcome?.result === 'won')!)!;
    expect(readCalibrationRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
    expect(readCalibrationRecord({ ...record, version: 2 })).toBeNull();
    expect(readCalibrationRecord({ ...record, result: 'postponed' })).toBeNull();
    expect(readCalibrationRecord({ ...record, closedOn: '30/06/2026' })).toBeNull();
    expect(readCalibrationRecord(null)).toBeNull();
  });
});
