import { CURRENT_VERSION, DocumentSchema, FORMAT_NAME, type PowermapDocument } from '../../shared/document';
import { newId } from '../editor/ids';

/** An empty map for a new deal: one member on our team (the user), no people yet. */
export function newDealDocument(name: string, ownName: string): PowermapDocument {
  return DocumentSchema.parse({
    format: FORMAT_NAME,
    version: CURRENT_VERSION,
    deal: { id: newId('d'), name },
    team: [{ id: newId('t'), name: ownName, role: '' }],
  });
}

/** Case- and width-insensitive search over what the library shows. */
export function matchesQuery(fields: readonly string[], query: string): boolean {
  const needle = query.normalize('NFKC').trim().toLowerCase();
  if (needle === '') return true;
  return fields.some((field) => field.normalize('NFKC').toLowerCase().includes(needle));
}
