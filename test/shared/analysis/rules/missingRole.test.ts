import { describe, expect, it } from 'vitest';
import { BUYING_ROLES, type BuyingRole } from '../../../../shared/document';
import { check, gapsOf, healthyPeople, map } from '../helpers';

const SEVERITY: Record<BuyingRole, string> = {
  'decision-maker': 'critical',
  technical: 'warning',
  financial: 'warning',
  coach: 'warning',
  user: 'info',
};

describe('MISSING_ROLE', () => {
  it('an empty map misses all five buyers, one gap each, most severe first', () => {
    expect(gapsOf('MISSING_ROLE', map([]))).toEqual([
      ['critical', 'MISSING_ROLE', [], 'decision-maker'],
      ['warning', 'MISSING_ROLE', [], 'technical'],
      ['warning', 'MISSING_ROLE', [], 'financial'],
      ['warning', 'MISSING_ROLE', [], 'coach'],
      ['info', 'MISSING_ROLE', [], 'user'],
    ]);
  });

  it('people without roles do not hold any', () => {
    expect(gapsOf('MISSING_ROLE', map([{ id: 'a' }, { id: 'b', level: 'decision' }]))).toHaveLength(5);
  });

  it.each(BUYING_ROLES)('only the missing %s is reported, with its severity, role and key', (missing) => {
    const people = BUYING_ROLES.filter((r) => r !== missing).map((role) => ({ id: `p-${role}`, roles: [role] }));
    const findings = check('MISSING_ROLE', map(people));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'MISSING_ROLE',
      severity: SEVERITY[missing],
      key: `MISSING_ROLE:${missing}`,
      stakeholderIds: [],
      role: missing,
    });
    expect(gapsOf('MISSING_ROLE', map(people))).toEqual([[SEVERITY[missing], 'MISSING_ROLE', [], missing]]);
  });

  it('one person may hold several roles; attitude does not matter', () => {
    const people = [{ id: 'a', roles: [...BUYING_ROLES], attitude: 'blocker' as const }];
    expect(gapsOf('MISSING_ROLE', map(people))).toEqual([]);
  });

  it('a healthy map misses no role', () => {
    expect(gapsOf('MISSING_ROLE', map(healthyPeople()))).toEqual([]);
  });
});
