import { keyOfNormalized } from '../normalize';
import { fold } from '../swedish';

/** A question as the listed questions are looked up: its key, and the key without å, ä, ö. */
export type QuestionKeys = { key: string; folded: string };

/** The keys of normalizeQuestion's text, for TenantIndex.entryForKeys. */
export const questionKeysOf = (normalized: string): QuestionKeys => {
  const key = keyOfNormalized(normalized);
  return { key, folded: fold(key) };
};
