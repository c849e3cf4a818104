/**
 * The JSON Schema of the `.powermap` document, generated from the zod schemas (PRODUCT.md
 * section 2: "The JSON Schema for the format is generated from the zod schemas and shipped
 * with the app"). `npm run schema` writes it to JSON_SCHEMA_FILE; a test fails when the
 * shipped copy no longer matches what the schemas generate.
 *
 * The schema describes what may be written on disk (zod's `io: 'input'`): fields that have
 * a default are optional. It cannot state the cross-checks (unique ids, relationship ends
 * that exist, owners in the team) or the non-blank names: the reader still applies those.
 */
import { z } from 'zod';
import { CURRENT_VERSION, DocumentSchema, FORMAT_NAME } from '../shared/document/schema';

/** Where the shipped schema lives, relative to the repository root. */
export const JSON_SCHEMA_FILE = 'build/schema/powermap.schema.json';

export const JSON_SCHEMA_ID = `urn:${FORMAT_NAME}:document:v${CURRENT_VERSION}`;

export function documentJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(DocumentSchema, { io: 'input', target: 'draft-2020-12' });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: JSON_SCHEMA_ID,
    title: 'Powermap document',
    description:
      `One deal's power map (format "${FORMAT_NAME}", version ${CURRENT_VERSION}): the deal, ` +
      'our team, the stakeholders, the relationships between them and earlier snapshots. ' +
      'Fields with a default may be left out; unknown fields are allowed and kept. ' +
      'Readers also check that ids are unique, that relationship ends name stakeholders ' +
      'of the same map and differ, that owners are team members and that names are not blank.',
    ...rest,
  };
}

/** The file's exact text: two-space JSON and a final newline, the same bytes every run. */
export function renderJsonSchema(): string {
  return `${JSON.stringify(documentJsonSchema(), null, 2)}\n`;
}
