// The fact index: one SQLite transaction per article, entity resolution across articles.
export { openStore, type OpenOptions } from './sqlite.ts';
export type { ActorBrief, ActorNameRow, ChannelAddress, Delivery, DeliveryKind, Feed, FeedStore, NameHit, PlatformName, RoleNews, SaveResult, ScheduleStore, Store, Subscription, Watch } from './types.ts';
export { watchKey } from './schedule.ts';
export { MIGRATIONS, SCHEMA_VERSION } from './schema.ts';
