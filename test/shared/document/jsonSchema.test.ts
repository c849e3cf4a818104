/**
 * The JSON Schema shipped in build/schema/ (PRODUCT.md section 2: "generated from the zod
 * schemas and shipped with the app") must be what the schemas generate now.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_FILE, JSON_SCHEMA_ID, documentJsonSchema, renderJsonSchema } from '../../../build/json-schema';
import { documentInputArb } from '../../support/arbitraries';
import { rawDocument } from '../../support/builders';
import { REPO_ROOT, SEED_FIXTURE, readFixtureJson } from '../../support/fixtures';

type Schema = {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  required?: string[];
  additionalProperties?: unknown;
  properties?: Record<string, Schema>;
  items?: Schema;
};

const schema = documentJsonSchema() as Schema;
const props = (s: Schema | undefined): Record<string, Schema> => s?.properties ?? {};

describe('the shipped JSON Schema', () => {
  it('is up to date with the zod schemas', () => {
    const shipped = readFileSync(resolve(REPO_ROOT, JSON_SCHEMA_FILE), 'utf8');
    expect(
      shipped === renderJsonSchema(),
      `${JSON_SCHEMA_FILE} differs from what the zod schemas generate: run \`npm run schema\` and commit the result.`,
    ).toBe(true);
  });

  it('is generated the same way every time', () => {
    expect(renderJsonSchema()).toBe(renderJsonSchema());
    expect(renderJsonSchema().endsWith('}\n')).toBe(true);
  });

  it('names itself', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(JSON_SCHEMA_ID);
    expect(schema.title).toBeTruthy();
    expect(schema.description).toBeTruthy();
    expect(Object.keys(schema).slice(0, 4)).toEqual(['$schema', '$id', 'title', 'description']);
  });

  it('requires only what PRODUCT.md requires (defaulted fields are optional)', () => {
    expect(schema.required).toEqual(['format', 'version', 'deal']);
    expect(props(schema)['deal']?.required).toEqual(['id', 'name']);
    expect(props(schema)['stakeholders']?.items?.required).toEqual(['id', 'name']);
    expect(props(schema)['team']?.items?.required).toEqual(['id']);
    expect(props(schema)['relationships']?.items?.required).toEqual(['id', 'kind', 'from', 'to']);
    expect(props(schema)['history']?.items?.required).toEqual(['id', 'takenAt', 'deal']);
  });

  it('allows unknown fields everywhere', () => {
    const objects: Schema[] = [];
    const walk = (s: Schema | undefined) => {
      if (!s || typeof s !== 'object') return;
      if (s.properties) objects.push(s);
      Object.values(s.properties ?? {}).forEach(walk);
      walk(s.items);
    };
    walk(schema);
    expect(objects.length).toBeGreaterThan(10);
    for (const object of objects) expect(object.additionalProperties).not.toBe(false);
  });
});

/**
 * Validation with a JSON Schema validator, when one is installed. The project does not depend
 * on one; Ajv 6 usually arrives with ESLint. It predates draft 2020-12, but this schema uses
 * only keywords whose meaning did not change, so it is checked with the `$schema` line removed.
 */
type Validate = ((data: unknown) => boolean) & { errors?: unknown };
function loadValidator(): Validate | null {
  try {
    const require = createRequire(resolve(REPO_ROOT, 'package.json'));
    const Ajv = require('ajv') as new (options: object) => { compile: (schema: object) => Validate };
    const { $schema: _draft, ...body } = documentJsonSchema();
    return new Ajv({ allErrors: true }).compile(body);
  } catch {
    return null;
  }
}
const validate = loadValidator();

describe.skipIf(validate === null)('validated with Ajv', () => {
  const check = validate ?? (() => false);

  it('accepts the seed example', () => {
    expect(check(readFixtureJson(SEED_FIXTURE)), JSON.stringify(validate?.errors)).toBe(true);
  });

  it('accepts a minimal document, defaults left out', () => {
    expect(check(rawDocument({ stakeholders: [{ id: 's-1', name: 'Zhang Hua' }] }))).toBe(true);
  });

  it('accepts every generated valid document', () => {
    fc.assert(
      fc.property(documentInputArb(), (raw) => {
        expect(check(raw), JSON.stringify(validate?.errors)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['a value outside the vocabulary', { stakeholders: [{ id: 's', name: 'S', attitude: 'friendly' }] }],
    ['a missing stakeholder name', { stakeholders: [{ id: 's' }] }],
    ['influence above 100', { stakeholders: [{ id: 's', name: 'S', influence: 101 }] }],
    ['a bad date', { deal: { id: 'd', name: 'n', decisionDate: '2026-02-30' } }],
    ['a bad strength', { relationships: [{ id: 'r', kind: 'ally', from: 'a', to: 'b', strength: 4 }] }],
    ['another format', { format: 'powerpoint' }],
  ])('rejects %s', (_name, change) => {
    expect(check(rawDocument(change))).toBe(false);
  });
});
