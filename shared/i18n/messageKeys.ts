/**
 * The message keys: the English catalogue's, which every other catalogue is typed against.
 * Types only, so naming a key loads no catalogue.
 */
import type { en } from './en';

export type MessageKey = keyof typeof en;
export type Catalogue = Readonly<Record<MessageKey, string>>;
