import { describe, expect, it } from 'vitest';
import { check, gapsOf, map, type PersonInput } from '../helpers';

const key = (lastContact: string | null, extra: Partial<PersonInput> = {}): PersonInput => ({
  id: 'k',
  roles: ['technical'],
  lastContact,
  ...extra,
});

describe('STALE', () => {
  it('30 days before the analysis date is not stale', () => {
    expect(gapsOf('STALE', map([key('2026-11-20')]), '2026-12-20')).toEqual([]);
  });

  it('31 days before is stale: a warning naming the person, with the days and the date', () => {
    const content = map([key('2026-11-19')]);
    expect(gapsOf('STALE', content, '2026-12-20')).toEqual([['warning', 'STALE', ['k'], undefined]]);
    expect(check('STALE', content, '2026-12-20')).toEqual([
      {
        code: 'STALE',
        severity: 'warning',
        key: 'STALE:k',
        stakeholderIds: ['k'],
        params: { days: 31, date: '2026-11-19' },
      },
    ]);
  });

  it('without an analysis date nothing is ever stale', () => {
    const content = map([key('2000-01-01')]);
    expect(gapsOf('STALE', content)).toEqual([]);
    expect(gapsOf('STALE', content, null)).toEqual([]);
  });

  it('a person with no recorded contact is never stale', () => {
    expect(gapsOf('STALE', map([key(null)]), '2026-12-20')).toEqual([]);
  });

  it('people who are not key are not checked', () => {
    expect(gapsOf('STALE', map([{ id: 'x', lastContact: '2020-01-01' }]), '2026-12-20')).toEqual([]);
  });

  it('a contact after the analysis date is not stale', () => {
    expect(gapsOf('STALE', map([key('2027-06-01')]), '2026-12-20')).toEqual([]);
  });

  it.each([
    // Leap year: February 2028 has 29 days.
    ['2028-01-31', '2028-03-01', 30, false],
    ['2028-01-30', '2028-03-01', 31, true],
    // Common year: February 2027 has 28 days.
    ['2027-01-30', '2027-03-01', 30, false],
    ['2027-01-29', '2027-03-01', 31, true],
    // Across a year end.
    ['2026-12-01', '2026-12-31', 30, false],
    ['2026-12-31', '2027-01-31', 31, true],
    ['2027-01-01', '2027-01-31', 30, false],
    // 29 February itself.
    ['2028-02-29', '2028-03-30', 30, false],
    ['2028-02-29', '2028-03-31', 31, true],
  ] as const)('last contact %s, analysis date %s: %d days, stale %s', (lastContact, asOf, days, isStale) => {
    const findings = check('STALE', map([key(lastContact)]), asOf);
    if (isStale) expect(findings.map((f) => f.params['days'])).toEqual([days]);
    else expect(findings).toEqual([]);
  });

  it('reports each stale key person, in map order', () => {
    const content = map([
      { id: 'd', roles: ['decision-maker'], lastContact: '2026-01-01' },
      { id: 'x', lastContact: '2026-01-01' },
      { id: 'v', level: 'decision', lastContact: '2026-11-01' },
      { id: 't', roles: ['technical'], lastContact: '2026-12-01' },
    ]);
    expect(gapsOf('STALE', content, '2026-12-20')).toEqual([
      ['warning', 'STALE', ['d'], undefined],
      ['warning', 'STALE', ['v'], undefined],
    ]);
  });
});
