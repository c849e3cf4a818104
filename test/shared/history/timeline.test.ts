/** The timeline: one point per snapshot and one for the current map, each with what moved it most. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis';
import type { PowermapDocument } from '../../../shared/document';
import { mainChange, takeSnapshot, timeline } from '../../../shared/history';
import { makeDocument, member, person } from '../../support/builders';

const start = makeDocument({
  deal: { id: 'd', name: 'Core banking' },
  team: [member('t1')],
  stakeholders: [
    person('vp', { name: 'Wang Wei', level: 'decision', roles: ['decision-maker'], lastContact: '2026-09-20' }),
    person('cto', { name: 'Li Jian', roles: ['technical'], attitude: 'supporter', closeness: 'frequent' }),
  ],
});

function withVp(doc: PowermapDocument, changes: Partial<PowermapDocument['stakeholders'][number]>): PowermapDocument {
  return { ...doc, stakeholders: doc.stakeholders.map((p) => (p.id === 'vp' ? { ...p, ...changes } : p)) };
}

/** Three versions: the first visit, the VP won over, then a new finance head. */
function history(): PowermapDocument {
  const first = takeSnapshot(start, { id: 'h-1', takenAt: '2026-10-01T09:00:00+08:00', label: 'first visit' });
  const won = withVp(first, { attitude: 'supporter', closeness: 'close', ownerId: 't1' });
  const second = takeSnapshot(won, { id: 'h-2', takenAt: '2026-10-20T09:00:00+08:00', label: '' });
  return {
    ...second,
    stakeholders: [...second.stakeholders, person('cfo', { name: 'Zhao Min', roles: ['financial'] })],
  };
}

describe('timeline', () => {
  it('has one point per snapshot, oldest first, then the current map', () => {
    const doc = history();
    const points = timeline(doc, { asOf: '2026-11-26' });
    expect(points.map((p) => [p.id, p.index, p.takenAt, p.label])).toEqual([
      ['h-1', 0, '2026-10-01T09:00:00+08:00', 'first visit'],
      ['h-2', 1, '2026-10-20T09:00:00+08:00', ''],
      ['current', null, null, 'Current map'],
    ]);
    expect(timeline(doc, { lang: 'zh-CN' }).at(-1)!.label).toBe('当前关系图');
  });

  it('gives each version its likelihood and gap counts, a snapshot analysed as of its own day', () => {
    const doc = history();
    const points = timeline(doc, { asOf: '2026-11-26' });
    const first = analyze(doc.history[0]!, { asOf: '2026-10-01' });
    expect(points[0]!.winLikelihood).toBe(first.winLikelihood);
    expect(points[0]!.gaps).toEqual({
      critical: first.gaps.filter((g) => g.severity === 'critical').length,
      warning: first.gaps.filter((g) => g.severity === 'warning').length,
      info: first.gaps.filter((g) => g.severity === 'info').length,
    });
    expect(points[2]!.winLikelihood).toBe(analyze(doc, { asOf: '2026-11-26' }).winLikelihood);
    // The VP's last contact (2026-09-20) is stale by November, not on 2026-10-01.
    expect(first.gaps.some((g) => g.code === 'STALE')).toBe(false);
    expect(analyze(doc.history[0]!, { asOf: '2026-11-26' }).gaps.some((g) => g.code === 'STALE')).toBe(true);
    const same = timeline(doc, { asOf: '2026-11-26', sameDate: true });
    expect(same[0]!.winLikelihood).toBe(analyze(doc.history[0]!, { asOf: '2026-11-26' }).winLikelihood);
  });

  it('annotates each point after the first with the term that moved the likelihood most', () => {
    const points = timeline(history());
    expect(points[0]!.mainChange).toBeNull();
    // Winning the VP over: learning where they stand closed ATTITUDE_UNKNOWN, the largest single move
    // (their own term, a supporter with a default stake of 6/15.5, moved about 6.5).
    const won = points[1]!.mainChange!;
    expect(won.key).toBe('gap:ATTITUDE_UNKNOWN:vp');
    expect(won.delta).toBe(8);
    expect(won.label).toBe('critical gap: Attitude unknown: Wang Wei (closed)');
    const hired = points[2]!.mainChange!;
    expect(hired).toMatchObject({ key: 'gap:MISSING_ROLE:financial', delta: 3, points: 3 });
    expect(hired.label).toBe('warning gap: No financial buyer (closed)');
    expect(timeline(history(), { lang: 'zh-CN' })[2]!.mainChange!.label).toMatch(/\(已关闭\)$/);
  });

  it('gives no main change between two equal versions', () => {
    const doc = takeSnapshot(start, { id: 'h-1', takenAt: '2026-10-01T09:00:00Z', label: '' });
    expect(timeline(doc)[1]!.mainChange).toBeNull();
  });
});

describe('mainChange', () => {
  it('words a person added or removed, a gap opened or closed', () => {
    const before = analyze(start);
    const after = analyze({
      ...start,
      stakeholders: [
        ...start.stakeholders,
        person('champ', { attitude: 'champion', level: 'managerial', stage: 'allied', influence: 60 }),
      ],
    });
    const change = mainChange(before, after)!;
    expect(change.key).toBe('person:champ');
    expect(change.label).toMatch(/^Person champ: champion, .* \(added\)$/);
    const back = mainChange(after, before, 'zh-CN')!;
    expect(back.key).toBe('person:champ');
    expect(back.delta).toBe(-change.delta);
    expect(back.label).toMatch(/\(移除\)$/);
    expect(mainChange(before, before)).toBeNull();
  });
});
