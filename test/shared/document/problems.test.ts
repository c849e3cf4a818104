/**
 * Every kind of problem the reader reports: its code, its exact path, and a message a person
 * can read in both languages (`formatProblem(p, 'en')` and `'zh-CN'`).
 */
import { describe, expect, it } from 'vitest';
import {
  ATTITUDES,
  CURRENT_VERSION,
  formatPath,
  formatProblem,
  parseDocument,
  type Problem,
  type ProblemCode,
} from '../../../shared/document';
import { LANGS } from '../../../shared/i18n';
import { expectDocument, expectProblems, type JsonObject } from '../../support/builders';
import { SEED_FIXTURE, readFixtureJson } from '../../support/fixtures';

type Map = {
  deal: JsonObject;
  team: JsonObject[];
  stakeholders: JsonObject[];
  relationships: JsonObject[];
};
type Doc = Map & JsonObject & { history: (Map & JsonObject)[] };

/** The seed example, with one history snapshot holding a copy of its map. */
function baseDocument(): Doc {
  const seed = readFixtureJson(SEED_FIXTURE) as Doc;
  const { deal, team, stakeholders, relationships } = structuredClone(seed);
  seed.history = [
    { id: 'h-1', takenAt: '2026-10-01T09:00:00Z', label: 'first visit', deal, team, stakeholders, relationships },
  ];
  return seed;
}

/** Asserts a message is worded: path first, every placeholder filled, no raw keys. */
function expectReadable(problem: Problem, mentions: readonly string[] = []): void {
  const messages = LANGS.map((lang) => formatProblem(problem, lang));
  for (const message of messages) {
    if (problem.path.length > 0) expect(message.startsWith(`${formatPath(problem.path)}: `), message).toBe(true);
    expect(message, message).not.toMatch(/\{\w+\}/);
    expect(message, message).not.toMatch(/\bproblem\.|\btype\.|undefined|\[object Object\]/);
    const body = problem.path.length > 0 ? message.slice(formatPath(problem.path).length + 2) : message;
    expect(body.trim().length, message).toBeGreaterThan(3);
    for (const fragment of mentions) expect(message, `${message} should mention ${fragment}`).toContain(fragment);
  }
  const [en, zh] = messages;
  expect(zh).not.toBe(en);
  expect(zh, zh).toMatch(/[\u4e00-\u9fff]/);
}

/** Parses `input` and expects exactly one problem: the one described. */
function expectOnly(input: unknown, path: string, code: ProblemCode, mentions: readonly string[] = []): Problem {
  const result = parseDocument(input);
  const problems = expectProblems(result);
  expect(result).not.toHaveProperty('document');
  expect(problems.map((p) => `${formatPath(p.path)} ${p.code}`)).toEqual([`${path} ${code}`]);
  const [only] = problems as [Problem];
  expectReadable(only, mentions);
  return only;
}

it('the base document of these tests is valid', () => {
  expectDocument(parseDocument(baseDocument()));
});

interface MapCase {
  readonly name: string;
  readonly change: (map: Map) => void;
  /** The path inside the map. */
  readonly path: string;
  readonly code: ProblemCode;
  readonly mentions?: readonly string[];
  readonly params?: Record<string, string | number>;
}

const mapCases: MapCase[] = [
  {
    name: 'a value outside the vocabulary',
    change: (m) => (m.stakeholders[2]!['attitude'] = 'friendly'),
    path: 'stakeholders[2].attitude',
    code: 'not_one_of',
    mentions: ['"friendly"', ...ATTITUDES.map((a) => `"${a}"`)],
  },
  {
    name: 'an unknown relationship kind',
    change: (m) => (m.relationships[0]!['kind'] = 'boss'),
    path: 'relationships[0].kind',
    code: 'not_one_of',
    mentions: ['"boss"', '"reports-to"', '"conflict"'],
  },
  {
    name: 'a missing stakeholder name',
    change: (m) => delete m.stakeholders[1]!['name'],
    path: 'stakeholders[1].name',
    code: 'required',
  },
  {
    name: 'a missing stakeholder id',
    change: (m) => delete m.stakeholders[0]!['id'],
    path: 'stakeholders[0].id',
    code: 'required',
  },
  { name: 'a missing deal id', change: (m) => delete m.deal['id'], path: 'deal.id', code: 'required' },
  {
    name: 'a missing relationship end',
    change: (m) => delete m.relationships[2]!['to'],
    path: 'relationships[2].to',
    code: 'required',
  },
  {
    name: 'a blank stakeholder name',
    change: (m) => (m.stakeholders[0]!['name'] = '   '),
    path: 'stakeholders[0].name',
    code: 'blank',
  },
  {
    name: 'an empty stakeholder name',
    change: (m) => (m.stakeholders[0]!['name'] = ''),
    path: 'stakeholders[0].name',
    code: 'blank',
  },
  { name: 'a blank deal name', change: (m) => (m.deal['name'] = '\t\n'), path: 'deal.name', code: 'blank' },
  { name: 'an empty team member id', change: (m) => (m.team[0]!['id'] = ''), path: 'team[0].id', code: 'blank' },
  {
    name: 'a text where a number belongs',
    change: (m) => (m.stakeholders[1]!['influence'] = '50'),
    path: 'stakeholders[1].influence',
    code: 'wrong_type',
    params: { expected: 'number', received: 'string' },
  },
  {
    name: 'an object where a list belongs',
    change: (m) => (m.deal['competitors'] = { name: 'Acme' }),
    path: 'deal.competitors',
    code: 'wrong_type',
    params: { expected: 'array', received: 'object' },
  },
  {
    name: 'influence below 0',
    change: (m) => (m.stakeholders[0]!['influence'] = -1),
    path: 'stakeholders[0].influence',
    code: 'too_small',
    mentions: ['0', '-1'],
    params: { minimum: 0 },
  },
  {
    name: 'influence above 100',
    change: (m) => (m.stakeholders[0]!['influence'] = 101),
    path: 'stakeholders[0].influence',
    code: 'too_big',
    mentions: ['100', '101'],
    params: { maximum: 100 },
  },
  {
    name: 'a negative deal value',
    change: (m) => (m.deal['value'] = -5),
    path: 'deal.value',
    code: 'too_small',
    mentions: ['-5'],
  },
  {
    name: 'a date that does not exist',
    change: (m) => (m.stakeholders[3]!['lastContact'] = '2026-02-30'),
    path: 'stakeholders[3].lastContact',
    code: 'bad_date',
    mentions: ['2026-02-30'],
  },
  {
    name: '29 February of a common year',
    change: (m) => (m.deal['decisionDate'] = '2027-02-29'),
    path: 'deal.decisionDate',
    code: 'bad_date',
    mentions: ['2027-02-29'],
  },
  {
    name: 'a date in another notation',
    change: (m) => (m.deal['decisionDate'] = '31/03/2027'),
    path: 'deal.decisionDate',
    code: 'bad_date',
    mentions: ['31/03/2027'],
  },
  {
    name: 'a lower-case currency',
    change: (m) => (m.deal['currency'] = 'cny'),
    path: 'deal.currency',
    code: 'bad_currency',
    mentions: ['"cny"'],
  },
  {
    name: 'a currency that is not three letters',
    change: (m) => (m.deal['currency'] = 'YUAN'),
    path: 'deal.currency',
    code: 'bad_currency',
    mentions: ['"YUAN"'],
  },
  {
    name: 'a strength of 4',
    change: (m) => (m.relationships[1]!['strength'] = 4),
    path: 'relationships[1].strength',
    code: 'bad_strength',
    mentions: ['4'],
  },
  {
    name: 'a strength written as text',
    change: (m) => (m.relationships[1]!['strength'] = '2'),
    path: 'relationships[1].strength',
    code: 'bad_strength',
    mentions: ['"2"'],
  },
  {
    name: 'a strength of 1.5',
    change: (m) => (m.relationships[1]!['strength'] = 1.5),
    path: 'relationships[1].strength',
    code: 'bad_strength',
    mentions: ['1.5'],
  },
  {
    name: 'a role listed twice',
    change: (m) => (m.stakeholders[2]!['roles'] = ['technical', 'coach', 'technical']),
    path: 'stakeholders[2].roles[2]',
    code: 'duplicate_role',
    mentions: ['technical'],
    params: { role: 'technical' },
  },
  {
    name: 'two stakeholders with one id',
    change: (m) => m.stakeholders.push({ id: 's-vp', name: 'Another VP' }),
    path: 'stakeholders[4].id',
    code: 'duplicate_id',
    mentions: ['s-vp', 'stakeholders[3]'],
    params: { id: 's-vp', other: 'stakeholders[3]' },
  },
  {
    name: 'two team members with one id',
    change: (m) => m.team.push({ id: 't-1', name: 'Namesake' }),
    path: 'team[1].id',
    code: 'duplicate_id',
    mentions: ['t-1', 'team[0]'],
  },
  {
    name: 'two relationships with one id',
    change: (m) => (m.relationships[2]!['id'] = 'r-1'),
    path: 'relationships[2].id',
    code: 'duplicate_id',
    mentions: ['r-1', 'relationships[0]'],
  },
  {
    name: 'a relationship to a stakeholder that does not exist',
    change: (m) => (m.relationships[0]!['to'] = 's-nobody'),
    path: 'relationships[0].to',
    code: 'unknown_stakeholder',
    mentions: ['s-nobody'],
  },
  {
    name: 'a relationship from a stakeholder that does not exist',
    change: (m) => (m.relationships[1]!['from'] = 't-1'), // a team member is not a stakeholder
    path: 'relationships[1].from',
    code: 'unknown_stakeholder',
    mentions: ['t-1'],
  },
  {
    name: 'a relationship from a person to itself',
    change: (m) => (m.relationships[1]!['from'] = 's-vp'),
    path: 'relationships[1].to',
    code: 'self_relationship',
    mentions: ['s-vp'],
  },
  {
    name: 'an owner who is not in the team',
    change: (m) => (m.stakeholders[2]!['ownerId'] = 't-9'),
    path: 'stakeholders[2].ownerId',
    code: 'unknown_owner',
    mentions: ['t-9'],
  },
];

describe.each([
  { where: 'the current map', prefix: '', mapOf: (d: Doc): Map => d },
  { where: 'a history snapshot', prefix: 'history[0].', mapOf: (d: Doc): Map => d.history[0]! },
])('in $where', ({ prefix, mapOf }) => {
  it.each(mapCases)('$name', ({ change, path, code, mentions, params }) => {
    const document = baseDocument();
    change(mapOf(document));
    const found = expectOnly(document, `${prefix}${path}`, code, mentions);
    if (params) expect(found.params).toMatchObject(params);
  });
});

describe('in the history itself', () => {
  const snapshotAt = (takenAt: unknown) => {
    const document = baseDocument();
    document.history[0]!['takenAt'] = takenAt;
    return document;
  };

  it.each(['2026-10-01 09:00', '2026-10-01T09:00:00', '2026-02-30T09:00:00Z', '2026-10-01T25:00:00Z', 'yesterday'])(
    'a bad date and time (%s)',
    (takenAt) => {
      expectOnly(snapshotAt(takenAt), 'history[0].takenAt', 'bad_datetime', [takenAt]);
    },
  );

  it.each(['2026-10-01T09:00:00Z', '2026-10-01T09:00:00.250Z', '2026-10-01T17:00:00+08:00', '2028-02-29T00:00:00Z'])(
    'accepts the date and time %s',
    (takenAt) => {
      expectDocument(parseDocument(snapshotAt(takenAt)));
    },
  );

  it('a missing takenAt', () => {
    const document = baseDocument();
    delete document.history[0]!['takenAt'];
    expectOnly(document, 'history[0].takenAt', 'required');
  });

  it('a missing deal', () => {
    const document = baseDocument();
    delete (document.history[0] as JsonObject)['deal'];
    expectOnly(document, 'history[0].deal', 'required');
  });

  it('two snapshots with one id', () => {
    const document = baseDocument();
    document.history.push({ ...structuredClone(document.history[0]!), takenAt: '2026-11-01T09:00:00Z' });
    expectOnly(document, 'history[1].id', 'duplicate_id', ['h-1', 'history[0]']);
  });

  it('checks each snapshot against its own map, not the current one', () => {
    const document = baseDocument();
    document.history[0]!.stakeholders = document.history[0]!.stakeholders.filter((s) => s['id'] !== 's-vp');
    const problems = expectProblems(parseDocument(document));
    expect(problems.map((p) => formatPath(p.path))).toEqual([
      'history[0].relationships[1].to',
      'history[0].relationships[2].to',
    ]);
    expect(problems.every((p) => p.code === 'unknown_stakeholder' && p.params['id'] === 's-vp')).toBe(true);
  });
});

describe('the envelope', () => {
  it.each([
    { name: 'a list', input: [] as unknown, mentions: ['list', '列表'] },
    { name: 'null', input: null, mentions: ['null'] },
    { name: 'a number', input: 42, mentions: ['number', '数字'] },
    { name: 'a text', input: 'powermap', mentions: ['text', '文本'] },
  ])('refuses $name at the root', ({ input, mentions }) => {
    const problems = expectProblems(parseDocument(input));
    expect(problems).toHaveLength(1);
    const [p] = problems as [Problem];
    expect(p.code).toBe('not_object');
    expect(p.path).toEqual([]);
    const [en, zh] = LANGS.map((lang) => formatProblem(p, lang));
    expect(en).toContain(mentions[0]);
    expect(zh).toContain(mentions.at(-1));
    expectReadable(p);
  });

  it('refuses a wrong format', () => {
    const p = expectOnly({ ...baseDocument(), format: 'powerpoint' }, 'format', 'wrong_format', [
      '"powerpoint"',
      'powermap',
    ]);
    expect(p.params).toEqual({ received: '"powerpoint"' });
  });

  it('refuses a missing format', () => {
    const { format: _format, ...rest } = baseDocument();
    expectOnly(rest, 'format', 'wrong_format', ['powermap']);
  });

  it('checks the format before anything else', () => {
    expectOnly({ format: 'other', version: 99 }, 'format', 'wrong_format');
  });

  it('refuses a missing version', () => {
    const { version: _version, ...rest } = baseDocument();
    expectOnly(rest, 'version', 'missing_version', ['version: ']);
  });

  it.each([
    { version: '1', shown: '"1"' },
    { version: 0, shown: '0' },
    { version: -3, shown: '-3' },
    { version: 1.5, shown: '1.5' },
    { version: null, shown: 'null' },
  ])('refuses the version $shown', ({ version, shown }) => {
    expectOnly({ ...baseDocument(), version }, 'version', 'bad_version', [shown]);
  });

  it('refuses a version newer than the reader, naming both versions', () => {
    const future = CURRENT_VERSION + 6;
    const p = expectOnly({ ...baseDocument(), version: future }, 'version', 'future_version');
    expect(p.params).toEqual({ version: future, current: CURRENT_VERSION });
    for (const lang of LANGS) {
      const message = formatProblem(p, lang);
      expect(message).toMatch(new RegExp(`\\b${future}\\b`));
      expect(message).toMatch(new RegExp(`\\b${CURRENT_VERSION}\\b`));
    }
  });
});
