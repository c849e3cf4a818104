import { BUYING_ROLES, type BuyingRole } from '../../document/vocabulary';
import type { Severity } from '../types';
import type { GapRule } from './rule';

/** How much each missing buyer matters (the likelihood prices an empty seat by it). */
export const MISSING_ROLE_SEVERITY: Readonly<Record<BuyingRole, Severity>> = {
  'decision-maker': 'critical',
  technical: 'warning',
  financial: 'warning',
  coach: 'warning',
  user: 'info',
};

/** MISSING_ROLE: one gap for each of the five buyers nobody on the map is. */
export const missingRole: GapRule = {
  code: 'MISSING_ROLE',
  check({ people }) {
    const held = new Set<BuyingRole>();
    for (const person of people) for (const role of person.roles) held.add(role);
    return BUYING_ROLES.filter((role) => !held.has(role)).map((role) => ({
      code: 'MISSING_ROLE',
      severity: MISSING_ROLE_SEVERITY[role],
      key: `MISSING_ROLE:${role}`,
      stakeholderIds: [],
      role,
      params: { role },
    }));
  },
};
