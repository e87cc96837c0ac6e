export type { Store, UnansweredQuestion, FeedbackRecord, Handoff, HandoffPayload } from './store';
export { SqliteStore, migrate, type SqliteStoreOptions } from './sqlite-store';
