// The catalogues themselves are not exported here: the app loads the language it shows
// (loadCatalogue); programs that word in every language import ./catalogue, which loads all.
export * from './langs';
export type { Catalogue, MessageKey } from './messageKeys';
export * from './loaded';
export * from './translate';
