/** Bugs found while testing the reader, each pinned by the case that showed it. */
import { describe, expect, it } from 'vitest';
import { formatProblem, parseDocument, parseDocumentText, serializeDocument } from '../../../shared/document';
import { expectProblems, makeDocument, rawDocument } from '../../support/builders';

describe('document reader regressions', () => {
  it('words a user value that starts with "type." as data, not as a catalogue key', () => {
    const problems = expectProblems(
      parseDocument(
        rawDocument({
          team: [{ id: 't' }],
          stakeholders: [
            { id: 'a', name: 'A', ownerId: 'type.number' },
            { id: 'b', name: 'B' },
          ],
          relationships: [{ id: 'r', kind: 'ally', from: 'a', to: 'type.xyz' }],
        }),
      ),
    );
    const words = problems.map((p) => formatProblem(p, 'en'));
    expect(words).toContain('stakeholders[0].ownerId: no team member has the id "type.number".');
    expect(words).toContain('relationships[0].to: no stakeholder has the id "type.xyz".');
  });

  it('refuses __proto__ in a document handed over as an object, not only as text', () => {
    const input = JSON.parse(
      JSON.stringify(rawDocument({ stakeholders: [{ id: 's', name: 'S' }] })).replace(
        '"name":"S"',
        '"name":"S","__proto__":{"polluted":true}',
      ),
    ) as unknown;
    const problems = expectProblems(parseDocument(input));
    expect(problems.map((p) => [p.path.join('.'), p.code])).toEqual([['stakeholders.0.__proto__', 'forbidden_key']]);
  });

  it('reports the cross-check problems together with the schema problems', () => {
    const problems = expectProblems(
      parseDocument(
        rawDocument({
          stakeholders: [{ id: 'a', name: 'A', attitude: 'friendly' }],
          relationships: [{ id: 'r', kind: 'ally', from: 'a', to: 'ghost' }],
        }),
      ),
    );
    expect(problems.map((p) => p.code)).toEqual(['not_one_of', 'unknown_stakeholder']);
  });

  it('does not report references again when an id itself is broken', () => {
    const problems = expectProblems(
      parseDocument(
        rawDocument({
          stakeholders: [{ name: 'no id' }, { id: 'b', name: 'B' }],
          relationships: [{ id: 'r', kind: 'ally', from: 'b', to: 'a' }],
        }),
      ),
    );
    expect(problems.map((p) => p.code)).toEqual(['required']);
  });

  it("writes a stakeholder's position after the notes, and the interests in their own order", () => {
    const text = serializeDocument(makeDocument({ stakeholders: [{ id: 's', name: 'S' }] }));
    expect(text.indexOf('"notes"')).toBeLessThan(text.lastIndexOf('"position": {'));
    const interests = text.slice(text.indexOf('"interests"'), text.indexOf('"notes"'));
    expect(interests.indexOf('organizational')).toBeLessThan(interests.indexOf('"position"'));
    expect(interests.indexOf('"position"')).toBeLessThan(interests.indexOf('personal'));
    expect(parseDocumentText(text).ok).toBe(true);
  });
});
