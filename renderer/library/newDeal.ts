import { CURRENT_VERSION, DocumentSchema, FORMAT_NAME, type PowermapDocument } from '../../shared/document';
import { newId } from '../editor/ids';

/**
 * An empty map for a new deal: our team is the user, by the name they gave (firstRun.ts),
 * or nobody when they gave none; never an unnamed member shown as "(no name)".
 */
export function newDealDocument(name: string, ownName: string): PowermapDocument {
  const member = ownName.trim();
  return DocumentSchema.parse({
    format: FORMAT_NAME,
    version: CURRENT_VERSION,
    deal: { id: newId('d'), name },
    team: member === '' ? [] : [{ id: newId('t'), name: member, role: '' }],
  });
}

/** Case- and width-insensitive search over what the library shows. */
export function matchesQuery(fields: readonly string[], query: string): boolean {
  const needle = query.normalize('NFKC').trim().toLowerCase();
  if (needle === '') return true;
  return fields.some((field) => field.normalize('NFKC').toLowerCase().includes(needle));
}
