/** Documents the export tests share: the course example, and a small map full of hostile and Chinese text. */
import { ATTITUDES, CLOSENESS, parseDocumentText, type PowermapDocument } from '../../../shared/document';
import { makeDocument, member, person, relationship } from '../../support/builders';
import { readFixtureText, SEED_FIXTURE } from '../../support/fixtures';

/** The course's example, parsed. */
export function seed(): PowermapDocument {
  const result = parseDocumentText(readFixtureText(SEED_FIXTURE));
  if (!result.ok) throw new Error('the seed fixture does not parse');
  return result.document;
}

export const XSS_NAME = '<script>alert(1)</script>';
export const XSS_TITLE = '"><img onerror=alert(1)>';

/** Twelve people with every attitude and closeness, every line kind, hostile and Chinese text. */
export function twelve(): PowermapDocument {
  const names = [
    XSS_NAME,
    '张华',
    XSS_TITLE,
    'Wang Sang',
    '李建',
    'Zhou Min',
    '欧阳明月',
    'Chen Jie',
    'Sun Li',
    'Liu Yang',
    '赵',
    ']]>&amp;',
  ];
  return makeDocument({
    deal: { id: 'd-1', name: 'Core banking <upgrade> & "more"', account: '示例客户', purchaseStage: 'evaluation' },
    team: [member('t-1', { name: 'Li Na' }), member('t-2', { name: '王小明' })],
    stakeholders: names.map((name, i) =>
      person(`s-${i}`, {
        name,
        title: i === 2 ? XSS_TITLE : ['CEO', '技术总监', '', 'CFO'][i % 4]!,
        department: ['Head office', '科技处', 'IT', ''][i % 4]!,
        roles: [['decision-maker'], ['technical', 'coach'], [], ['financial', 'user']][i % 4] as never,
        attitude: ATTITUDES[i % ATTITUDES.length],
        closeness: CLOSENESS[i % CLOSENESS.length],
        influence: i % 5 === 4 ? null : i * 7,
        ownerId: [null, 't-1', 't-2'][i % 3],
        notes: `note of ${i} «note-${i}»`,
        interests: { organizational: `«org-${i}»`, position: `«pos-${i}»`, personal: `«personal-${i}»` },
        position: { x: (i % 4) * 300, y: Math.floor(i / 4) * 180 },
      }),
    ),
    relationships: [
      relationship('r-1', 'reports-to', 's-1', 's-0'),
      relationship('r-2', 'influences', 's-2', 's-1', { strength: 1 }),
      relationship('r-3', 'influences', 's-3', 's-0', { strength: 3 }),
      relationship('r-4', 'ally', 's-4', 's-5'),
      relationship('r-5', 'conflict', 's-6', 's-7'),
      relationship('r-6', 'reports-to', 's-8', 's-4'),
      relationship('r-7', 'influences', 's-4', 's-8'),
      relationship('r-"8"<', 'ally', 's-10', 's-11'),
      relationship('r-9', 'conflict', 's-4', 's-5'),
    ],
  });
}
