/**
 * Raw documents for the pipeline's tests and benchmarks: a green deal (every key person
 * warm, a decision date ahead), a red one (a hostile decision-maker, the date passed, a
 * snapshot from before), and a lost one (an outcome recorded).
 */
import { parseDocument, type PowermapDocument } from '../../shared/document';

export type RawDocument = Record<string, unknown>;

const warm = { closeness: 'close', stage: 'allied', ownerId: 't-1', lastContact: '2026-11-20' } as const;
const frequent = { closeness: 'frequent', stage: 'trusted', ownerId: 't-1', lastContact: '2026-11-20' } as const;

export function greenDeal(id = 'd-green', overrides: Record<string, unknown> = {}): RawDocument {
  return {
    format: 'powermap',
    version: 1,
    deal: {
      id,
      name: 'Data centre',
      account: 'Harbour Bank',
      value: 800000,
      currency: 'USD',
      decisionDate: '2026-12-20',
      purchaseStage: 'evaluation',
      ...overrides,
    },
    team: [{ id: 't-1', name: 'Li Na', role: 'client manager' }],
    stakeholders: [
      { id: 'vp', name: 'Wang Wei', level: 'decision', roles: ['decision-maker'], attitude: 'champion', ...warm },
      { id: 'cto', name: 'Li Jian', level: 'managerial', roles: ['technical'], attitude: 'supporter', ...frequent },
      { id: 'cfo', name: 'Zhao Min', level: 'managerial', roles: ['financial'], attitude: 'supporter', ...frequent },
      { id: 'eng', name: 'Chen Bo', roles: ['user', 'coach'], attitude: 'champion', ...warm },
    ],
    relationships: [
      { id: 'r1', kind: 'influences', from: 'eng', to: 'vp' },
      { id: 'r2', kind: 'influences', from: 'cto', to: 'vp' },
    ],
  };
}

/** Red: the VP turned against us since the snapshot of 2026-11-10, and the decision date passed. */
export function redDeal(id = 'd-red'): RawDocument {
  const team = [{ id: 't-1', name: '客户经理' }];
  const coach = {
    id: 'eng',
    name: '工程师',
    roles: ['coach'],
    attitude: 'supporter',
    closeness: 'frequent',
    ownerId: 't-1',
  };
  return {
    format: 'powermap',
    version: 1,
    deal: {
      id,
      name: '设备采购',
      account: '示例客户',
      value: 1200000,
      currency: 'CNY',
      decisionDate: '2026-11-01',
      purchaseStage: 'commitment',
      competitors: ['Acme'],
    },
    team,
    stakeholders: [
      { id: 'vp', name: '副总', level: 'decision', roles: ['decision-maker'], attitude: 'opponent' },
      coach,
    ],
    history: [
      {
        id: 'h1',
        takenAt: '2026-11-10T09:00:00+08:00',
        label: 'visit',
        deal: { id, name: '设备采购', value: 1000000, currency: 'CNY', purchaseStage: 'evaluation' },
        team,
        stakeholders: [
          {
            id: 'vp',
            name: '副总',
            level: 'decision',
            roles: ['decision-maker'],
            attitude: 'neutral',
            closeness: 'frequent',
            ownerId: 't-1',
          },
          coach,
        ],
      },
    ],
  };
}

export function lostDeal(id = 'd-lost'): RawDocument {
  return greenDeal(id, {
    name: 'Old tender',
    value: 50000,
    outcome: { result: 'lost', closedOn: '2026-11-15', reason: 'price', note: '', competitor: 'Acme' },
  });
}

/** A fixture parsed as a deal; a fixture that does not parse fails the test with its problems. */
export function parsedDeal(raw: RawDocument): PowermapDocument {
  const result = parseDocument(raw);
  if (!result.ok) throw new Error(`the fixture does not parse: ${JSON.stringify(result.problems)}`);
  return result.document;
}
