import { epochDay } from '../../values/date';
import type { Finding } from '../types';
import type { GapRule } from './rule';

/** Contact older than this many days is stale. */
export const STALE_AFTER_DAYS = 30;

/**
 * STALE: a key person's last recorded contact is more than 30 days before the analysis
 * date. Only with an analysis date; a person with no recorded contact is not stale (the
 * UNCOVERED rule speaks for people we do not reach).
 */
export const stale: GapRule = {
  code: 'STALE',
  check({ people, isKey, asOfDay }) {
    if (asOfDay === null) return [];
    const out: Finding[] = [];
    people.forEach((person, i) => {
      if (!isKey[i] || person.lastContact === null) return;
      const days = asOfDay - epochDay(person.lastContact);
      if (days <= STALE_AFTER_DAYS) return;
      out.push({
        code: 'STALE',
        severity: 'warning',
        key: `STALE:${person.id}`,
        stakeholderIds: [person.id],
        params: { days, date: person.lastContact },
      });
    });
    return out;
  },
};
