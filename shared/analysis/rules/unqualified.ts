import { QUALIFICATION_QUESTIONS } from '../../document/vocabulary';
import type { GapRule } from './rule';

/** UNQUALIFIED: one of the four qualifying questions (评估销售机会) is answered no. */
export const unqualified: GapRule = {
  code: 'UNQUALIFIED',
  check({ map }) {
    const noes = QUALIFICATION_QUESTIONS.filter((q) => map.deal.qualification[q] === 'no');
    if (noes.length === 0) return [];
    return [
      {
        code: 'UNQUALIFIED',
        severity: 'warning',
        key: 'UNQUALIFIED',
        stakeholderIds: [],
        params: { questions: noes.join(',') },
      },
    ];
  },
};
