export type { Store, UnansweredQuestion, FeedbackRecord, Handoff, HandoffPayload, Slice, Stored } from './store';
export { SqliteStore, migrate, type SqliteStoreOptions } from './sqlite-store';
