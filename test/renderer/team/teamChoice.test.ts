/**
 * The Share dialog's choice of team: the user's only team first, else none until chosen; "No
 * team" always offered; a deal's team the user has left still shown.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MyTeam } from '../../../renderer/team/teamApi';
import { LikelihoodModelSchema } from '../../../shared/document';
import { defaultTeam, NO_TEAM, teamModelOf, teamOfChoice, teamOptions } from '../../../renderer/team/teamChoice';

const team = (name: string, role: MyTeam['role'] = 'member'): MyTeam => ({
  id: `id-${name}`,
  name,
  role,
  likelihoodModel: null,
});

describe('the team a deal is published into', () => {
  it('is the user’s only team, and none when the user has no team or several', () => {
    expect(defaultTeam([team('Retail')])).toBe('Retail');
    expect(defaultTeam([team('Retail', 'lead')])).toBe('Retail');
    expect(defaultTeam([])).toBe(NO_TEAM);
    expect(defaultTeam([team('Retail'), team('Wholesale')])).toBe(NO_TEAM);
  });

  it('is sent as the team’s name, or null for "No team"', () => {
    expect(teamOfChoice(NO_TEAM)).toBeNull();
    expect(teamOfChoice('Retail')).toBe('Retail');
  });
});

describe('the teams offered', () => {
  it('are "No team" first, then the user’s teams by name', () => {
    expect(teamOptions([team('Wholesale'), team('Retail')])).toEqual([
      { value: NO_TEAM, name: null },
      { value: 'Retail', name: 'Retail' },
      { value: 'Wholesale', name: 'Wholesale' },
    ]);
  });

  it('keep the deal’s current team when the user has left it, once', () => {
    expect(teamOptions([team('Retail')], 'Audit').map((o) => o.value)).toEqual([NO_TEAM, 'Audit', 'Retail']);
    expect(teamOptions([team('Retail')], 'retail').map((o) => o.value)).toEqual([NO_TEAM, 'Retail']);
  });

  it('always offer "No team" once, each team once, and the default among them', () => {
    const names = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), {
      maxLength: 6,
      selector: (name) => name.toLowerCase(),
    });
    fc.assert(
      fc.property(names, (list) => {
        const teams = list.map((name) => team(name));
        const options = teamOptions(teams);
        expect(options.filter((o) => o.value === NO_TEAM)).toHaveLength(1);
        expect(options).toHaveLength(list.length + 1);
        expect(options.map((o) => o.value)).toContain(defaultTeam(teams));
      }),
    );
  });
});

describe('the model a deal published into a team takes', () => {
  const setting = {
    base: 42,
    gapCosts: { 'UNCOVERED.critical': 11 },
    adoptedBy: '陈美',
    adoptedAt: '2026-12-01T09:30:00.000Z',
    fittedFrom: { won: 60, lost: 55, point: 'last' },
  };
  const withModel = (name: string, likelihoodModel: unknown): MyTeam => ({ ...team(name), likelihoodModel });

  it('is the chosen team’s model, by name whatever its case; none for no team or a team on the standard model', () => {
    const teams = [withModel('Retail', setting), team('Wholesale')];
    expect(teamModelOf(teams, 'retail')).toEqual(setting);
    expect(teamModelOf(teams, 'Wholesale')).toBeNull();
    expect(teamModelOf(teams, null)).toBeNull();
    expect(teamModelOf(teams, 'Unknown')).toBeNull();
  });

  it('is never a setting the document would refuse, whatever the server answered', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (answer) => {
        const model = teamModelOf([withModel('Retail', answer)], 'Retail');
        expect(model === null || LikelihoodModelSchema.safeParse(model).success).toBe(true);
      }),
    );
    // A base past the schema's bound is refused, not passed on.
    expect(teamModelOf([withModel('Retail', { ...setting, base: 99 })], 'Retail')).toBeNull();
  });
});
