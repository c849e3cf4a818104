import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, parseDocument, parseDocumentText, type PowermapDocument } from '../../../shared/document';
import { expectDocument, expectProblems, rawDocument } from '../../support/builders';
import { SEED_FIXTURE, fixturePath, readFixtureJson, readFixtureText, sharedExamplePath } from '../../support/fixtures';

const emptyInterests = { organizational: '', position: '', personal: '' };

describe('the seed example', () => {
  it('is a byte-for-byte copy of ../shared/examples when that folder exists', () => {
    const original = sharedExamplePath(SEED_FIXTURE);
    if (original === null) return; // the copy in test/fixtures is then the reference
    expect(readFileSync(fixturePath(SEED_FIXTURE), 'utf8')).toBe(readFileSync(original, 'utf8'));
  });

  it('parses from text, not migrated', () => {
    const result = parseDocumentText(readFixtureText(SEED_FIXTURE));
    expectDocument(result);
    expect(result.ok && result.migratedFrom).toBe(CURRENT_VERSION);
  });

  it('keeps the values written and fills the defaults left out', () => {
    const document = expectDocument(parseDocumentText(readFixtureText(SEED_FIXTURE)));
    expect(document.format).toBe('powermap');
    expect(document.version).toBe(1);
    expect(document.deal).toEqual({
      id: 'seed-example',
      name: '设备采购项目',
      account: '示例客户',
      value: null,
      currency: 'CNY',
      decisionDate: null,
      purchaseStage: 'evaluation',
      qualification: { opportunity: 'yes', solution: 'yes', canWin: 'unsure', worthWinning: 'yes' },
      competitors: [],
      salesStep: null,
      needsRecord: null,
      standing: { bestSupplier: null, scores: {} },
      outcome: null,
      likelihoodModel: null,
    });
    expect(document.team).toEqual([{ id: 't-1', name: '客户经理', role: 'client manager' }]);
    expect(document.stakeholders.map((s) => s.id)).toEqual(['s-zhanghua', 's-lijian', 's-wangsang', 's-vp']);
    expect(document.stakeholders[0]).toEqual({
      id: 's-zhanghua',
      name: '张华',
      title: '采购',
      department: '设备科',
      function: 'procurement',
      level: 'operational',
      roles: [],
      attitude: 'supporter',
      closeness: 'frequent',
      stage: 'engaged',
      influence: 30,
      style: 'unknown',
      ownerId: 't-1',
      lastContact: null, // not in the file: defaulted
      interests: emptyInterests, // not in the file: defaulted
      notes: '信息收集',
      position: { x: 0, y: 300 },
    });
    const vp = document.stakeholders[3];
    expect(vp).toMatchObject({
      name: '副总',
      level: 'decision',
      roles: ['decision-maker'],
      attitude: 'unknown',
      closeness: 'none',
      stage: 'none',
      influence: 0,
      ownerId: null,
      position: { x: 150, y: 0 },
    });
    for (const person of document.stakeholders) {
      expect(person.lastContact).toBeNull();
      expect(person.interests).toEqual(emptyInterests);
    }
    expect(document.relationships).toEqual([
      { id: 'r-1', kind: 'reports-to', from: 's-zhanghua', to: 's-lijian', strength: 2 },
      { id: 'r-2', kind: 'reports-to', from: 's-lijian', to: 's-vp', strength: 2 },
      { id: 'r-3', kind: 'reports-to', from: 's-wangsang', to: 's-vp', strength: 2 },
    ]);
    expect(document.history).toEqual([]);
  });

  it('parses the same from text and from already-parsed JSON', () => {
    expect(parseDocument(readFixtureJson(SEED_FIXTURE))).toEqual(parseDocumentText(readFixtureText(SEED_FIXTURE)));
  });

  it('does not change the input object', () => {
    const input = readFixtureJson(SEED_FIXTURE);
    const before = structuredClone(input);
    parseDocument(input);
    expect(input).toEqual(before);
  });
});

describe('defaults (PRODUCT.md section 2)', () => {
  it('fill every field of a minimal document', () => {
    const minimal = {
      format: 'powermap',
      version: 1,
      deal: { id: 'd-1', name: 'Core banking upgrade' },
      stakeholders: [{ id: 's-1', name: 'Zhang Hua' }],
    };
    const expected: PowermapDocument = {
      format: 'powermap',
      version: 1,
      deal: {
        id: 'd-1',
        name: 'Core banking upgrade',
        account: '',
        value: null,
        decisionDate: null,
        purchaseStage: 'needs',
        qualification: { opportunity: 'unsure', solution: 'unsure', canWin: 'unsure', worthWinning: 'unsure' },
        competitors: [],
        salesStep: null,
        needsRecord: null,
        standing: { bestSupplier: null, scores: {} },
        outcome: null,
        likelihoodModel: null,
      },
      team: [],
      stakeholders: [
        {
          id: 's-1',
          name: 'Zhang Hua',
          title: '',
          department: '',
          function: 'other',
          level: 'operational',
          roles: [],
          attitude: 'unknown',
          closeness: 'none',
          stage: 'none',
          influence: null,
          style: 'unknown',
          ownerId: null,
          lastContact: null,
          interests: emptyInterests,
          notes: '',
          position: { x: 0, y: 0 },
        },
      ],
      relationships: [],
      history: [],
    };
    const document = expectDocument(parseDocument(minimal));
    expect(document).toEqual(expected);
    // `currency` is optional with no default: absent, not undefined-valued.
    expect(Object.keys(document.deal)).not.toContain('currency');
  });

  it('make stakeholders optional too', () => {
    expect(expectDocument(parseDocument(rawDocument())).stakeholders).toEqual([]);
  });

  it('give a relationship strength 2 and a snapshot an empty label and empty lists', () => {
    const document = expectDocument(
      parseDocument(
        rawDocument({
          stakeholders: [
            { id: 'a', name: 'A' },
            { id: 'b', name: 'B' },
          ],
          relationships: [{ id: 'r', kind: 'influences', from: 'a', to: 'b' }],
          history: [{ id: 'h', takenAt: '2026-10-01T09:00:00Z', deal: { id: 'd-1', name: 'Deal' } }],
        }),
      ),
    );
    expect(document.relationships[0]?.strength).toBe(2);
    expect(document.history[0]).toMatchObject({ label: '', team: [], stakeholders: [], relationships: [] });
    expect(document.history[0]?.deal.purchaseStage).toBe('needs');
  });

  it('fill a partly written nested object field by field', () => {
    const document = expectDocument(
      parseDocument(
        rawDocument({
          deal: { id: 'd', name: 'n', qualification: { canWin: 'no' } },
          stakeholders: [{ id: 's', name: 'S', interests: { personal: 'golf' }, position: { y: 5 } }],
        }),
      ),
    );
    expect(document.deal.qualification).toEqual({
      opportunity: 'unsure',
      solution: 'unsure',
      canWin: 'no',
      worthWinning: 'unsure',
    });
    expect(document.stakeholders[0]?.interests).toEqual({ organizational: '', position: '', personal: 'golf' });
    expect(document.stakeholders[0]?.position).toEqual({ x: 0, y: 5 });
  });

  it('do not replace an explicit null or a value written', () => {
    const document = expectDocument(
      parseDocument(
        rawDocument({ stakeholders: [{ id: 's', name: 'S', influence: 0, ownerId: null, roles: ['coach'] }] }),
      ),
    );
    expect(document.stakeholders[0]).toMatchObject({ influence: 0, ownerId: null, roles: ['coach'] });
  });
});

describe('a failed parse', () => {
  it('returns problems and no document, not even a partial one', () => {
    const input = rawDocument({ stakeholders: [{ id: 's', name: 'S', attitude: 'friendly' }] });
    const result = parseDocument(input);
    expect(result.ok).toBe(false);
    expect(Object.keys(result).sort()).toEqual(['ok', 'problems']);
    expect(result).not.toHaveProperty('document');
  });

  it('reports every schema problem at once', () => {
    const input = readFixtureJson(SEED_FIXTURE) as {
      deal: Record<string, unknown>;
      stakeholders: Record<string, unknown>[];
      relationships: Record<string, unknown>[];
    };
    delete input.deal['name'];
    input.stakeholders[0]!['name'] = '  ';
    input.stakeholders[2]!['attitude'] = 'friendly';
    input.stakeholders[3]!['influence'] = 500;
    input.relationships[1]!['strength'] = 7;
    const problems = expectProblems(parseDocument(input));
    expect(problems.map((p) => [p.path.join('.'), p.code])).toEqual([
      ['deal.name', 'required'],
      ['stakeholders.0.name', 'blank'],
      ['stakeholders.2.attitude', 'not_one_of'],
      ['stakeholders.3.influence', 'too_big'],
      ['relationships.1.strength', 'bad_strength'],
    ]);
  });

  it('reports every cross-check problem at once', () => {
    const input = readFixtureJson(SEED_FIXTURE) as {
      stakeholders: Record<string, unknown>[];
      relationships: Record<string, unknown>[];
      team: Record<string, unknown>[];
    };
    input.team.push({ id: 't-1', name: 'again' });
    input.stakeholders[1]!['ownerId'] = 't-9';
    input.relationships[0]!['from'] = 's-ghost';
    input.relationships[2]!['from'] = 's-vp';
    input.relationships[1]!['id'] = 'r-1';
    const problems = expectProblems(parseDocument(input));
    expect(problems.map((p) => [p.path.join('.'), p.code]).sort()).toEqual(
      [
        ['team.1.id', 'duplicate_id'],
        ['relationships.1.id', 'duplicate_id'],
        ['stakeholders.1.ownerId', 'unknown_owner'],
        ['relationships.0.from', 'unknown_stakeholder'],
        ['relationships.2.to', 'self_relationship'],
      ].sort(),
    );
  });
});
