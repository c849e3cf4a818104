import { describe, expect, it } from 'vitest';
import { QUALIFICATION_QUESTIONS } from '../../../../shared/document';
import { check, gapsOf, healthyPeople, map } from '../helpers';

describe('UNQUALIFIED', () => {
  it('defaults (every answer unsure) do not fire', () => {
    expect(gapsOf('UNQUALIFIED', map(healthyPeople()))).toEqual([]);
  });

  it('all yes or unsure does not fire', () => {
    const qualification = { opportunity: 'yes', solution: 'unsure', canWin: 'yes', worthWinning: 'unsure' } as const;
    expect(gapsOf('UNQUALIFIED', map(healthyPeople(), [], { qualification }))).toEqual([]);
  });

  it.each(QUALIFICATION_QUESTIONS)('a no to %s fires a warning about no one', (question) => {
    const content = map(healthyPeople(), [], { qualification: { [question]: 'no' } });
    expect(gapsOf('UNQUALIFIED', content)).toEqual([['warning', 'UNQUALIFIED', [], undefined]]);
    expect(check('UNQUALIFIED', content)).toEqual([
      {
        code: 'UNQUALIFIED',
        severity: 'warning',
        key: 'UNQUALIFIED',
        stakeholderIds: [],
        params: { questions: question },
      },
    ]);
  });

  it('several noes make one gap listing them in the course order', () => {
    const content = map([], [], { qualification: { worthWinning: 'no', opportunity: 'no' } });
    expect(check('UNQUALIFIED', content)).toHaveLength(1);
    expect(check('UNQUALIFIED', content)[0]?.params).toEqual({ questions: 'opportunity,worthWinning' });
  });
});
