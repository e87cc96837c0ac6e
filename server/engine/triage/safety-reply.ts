import type { Contact } from '../../protocol';
import { NATIONAL_CONTACTS } from '../national-contacts';
import type { TriageLevel } from './types';

export type SafetyReply = { text: string; contacts: Contact[] };

/**
 * The fixed national reply for each level, in Swedish and English. A tenant cannot change these:
 * whichever site the guide sits on, a visitor in danger reads the same numbers.
 * Each text opens with the number for its level, then the next best one.
 */
const TEXTS: Record<TriageLevel, Record<'sv' | 'en', string>> = {
  emergency: {
    sv: 'Ring 112 nu om det är fara för liv. Jag är en digital guide och kan inte hjälpa till i en nödsituation. Behöver du råd om vård när det inte är akut, ring 1177 Vårdguiden.',
    en: 'Call 112 now if a life is in danger. I am a digital guide and cannot help in an emergency. For health advice when it is not urgent, call 1177 Vårdguiden.',
  },
  suicide: {
    sv: 'Du är inte ensam. Ring Mind Självmordslinjen på 90101, dygnet runt, eller chatta via mind.se. Är det akut fara, ring 112.',
    en: 'You are not alone. Call Mind Självmordslinjen on 90101, around the clock, or chat at mind.se. If you are in immediate danger, call 112.',
  },
  medical: {
    sv: 'Jag kan inte ge medicinska råd. Ring 1177 eller gå till 1177.se för råd om vård, dygnet runt. Vid fara för liv, ring 112.',
    en: 'I cannot give medical advice. Call 1177 or visit 1177.se for health advice, around the clock. If a life is in danger, call 112.',
  },
};

const CONTACTS: Record<TriageLevel, readonly Contact[]> = {
  emergency: [NATIONAL_CONTACTS.emergency112, NATIONAL_CONTACTS.vardguiden1177],
  suicide: [NATIONAL_CONTACTS.mind90101, NATIONAL_CONTACTS.emergency112, NATIONAL_CONTACTS.vardguiden1177],
  medical: [NATIONAL_CONTACTS.vardguiden1177, NATIONAL_CONTACTS.emergency112],
};

/** The reply to a message triage flagged: text leading with the right number, and the contacts to show. */
export const safetyReply = (level: TriageLevel, lang: 'sv' | 'en'): SafetyReply => ({
  text: TEXTS[level][lang],
  // Copies: a caller that adds or edits a field must not change the national numbers for everyone.
  contacts: CONTACTS[level].map((contact) => ({ ...contact })),
});
