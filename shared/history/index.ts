export * from './snapshots';
export * from './timeline';
export * from './labels';
export * from './compare';
export * from './dealId';
export * from './importOver';
