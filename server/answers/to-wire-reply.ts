import type { Reply } from '../protocol';
import type { EngineReply } from '../engine/engine';

/** The reply as API.md describes it: the engine's trace stays inside the server. */
export const toWireReply = ({ trace: _trace, ...reply }: EngineReply): Reply => reply;
