/**
 * The training course's example deal (设备采购项目), shipped inside the renderer so the
 * empty library can offer it. It is read by the same document reader as any opened file
 * (`parseDocument`, the reader behind `parseDocumentText`),
 * and opened as a copy with its own id, so importing the course's file later is not
 * taken for the same deal. The JSON is byte for byte the test fixture
 * (test/fixtures/seed-shortlisting.powermap.json); a unit test keeps them equal.
 */
import { parseDocument, type PowermapDocument } from '../../shared/document';
import { newId } from '../editor/ids';
import example from './courseExample.powermap.json';

/** The example as stored (plain JSON data, read only through `parseDocument`). */
export const COURSE_EXAMPLE_JSON: unknown = example;

/** The example deal's name, as the library offers it. */
export const COURSE_EXAMPLE_NAME = '设备采购项目';

/** A copy of the course example with a new deal id. */
export function courseExampleCopy(id: string = newId('d')): PowermapDocument {
  const parsed = parseDocument(structuredClone(COURSE_EXAMPLE_JSON));
  if (!parsed.ok) throw new Error('The shipped course example does not read as a .powermap document.');
  return { ...parsed.document, deal: { ...parsed.document.deal, id } };
}
