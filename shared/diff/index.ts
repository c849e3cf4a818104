export { diffDocuments } from './diffDocuments';
export { directionOf, overallDirection } from './direction';
export { deepEqual } from './deepEqual';
export * from './types';
export * from './attribution';
