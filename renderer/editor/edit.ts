/**
 * An edit: a pure function from one document to the next. The editor store applies edits
 * (one undo step each, or merged with the last one), the commands make them, and a what-if
 * or a restore is an edit too. The one definition every part of the renderer uses.
 */
import type { PowermapDocument } from '../../shared/document';

export type Edit = (doc: PowermapDocument) => PowermapDocument;
