import type { SetAsidePart } from '../../shared/collab/setAside';
import type { PowermapDocument } from '../../shared/document';
import type { Edit } from '../editor/edit';

/**
 * The repair of a deal opened with parts set aside, as one edit: the deal and every item a
 * part names are written again as shown (a fresh object is a changed row to the saver), and
 * the records left out leave the stored order, so the saver deletes their rows. The
 * document's content does not change: what is shown is what gets stored.
 */
export function repairEdit(parts: readonly SetAsidePart[]): Edit {
  const ids = new Set(parts.map((part) => part.id).filter((id): id is string => id !== null));
  const fresh = <T extends { id: string }>(items: readonly T[]): T[] =>
    items.map((item) => (ids.has(item.id) ? { ...item } : item));
  return (doc: PowermapDocument) => ({
    ...doc,
    deal: { ...doc.deal },
    team: fresh(doc.team),
    stakeholders: fresh(doc.stakeholders),
    relationships: fresh(doc.relationships),
  });
}
