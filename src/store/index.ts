// The fact index: one SQLite transaction per article, entity resolution across articles.
export { openStore, type OpenOptions } from './sqlite.ts';
export type { ActorBrief, ActorNameRow, NameHit, SaveResult, Store } from './types.ts';
export { MIGRATIONS, SCHEMA_VERSION } from './schema.ts';
