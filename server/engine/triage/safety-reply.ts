import type { Contact } from '../../protocol';
import { NATIONAL_CONTACTS } from '../national-contacts';
import type { TriageLevel } from './types';

export type SafetyReply = { text: string; contacts: Contact[] };

/**
 * The fixed national reply for each level, in Swedish and English. A tenant cannot change these:
 * whichever site the guide sits on, a visitor in danger reads the same numbers. Short, calm and plain;
 * 112 first wherever a life may be at risk, then the line that fits the situation. Nothing from the
 * knowledge base goes beside them.
 */
const TEXTS: Record<TriageLevel, Record<'sv' | 'en', string>> = {
  emergency: {
    sv: 'Ring 112 nu om det är fara för liv. Jag är en digital guide och kan inte hjälpa till i en nödsituation. Behöver du råd om vård när det inte är akut, ring 1177 Vårdguiden.',
    en: 'Call 112 now if a life is in danger. I am a digital guide and cannot help in an emergency. For health advice when it is not urgent, call 1177 Vårdguiden.',
  },
  suicide: {
    sv: 'Ring Mind Självmordslinjen på 90101 eller chatta via mind.se, dygnet runt. Du är inte ensam, och det är bra att du skriver. Är du eller någon annan i fara just nu, ring 112.',
    en: 'Call Mind Självmordslinjen on 90101 or chat at mind.se, around the clock. You are not alone, and it is good that you wrote. If you or someone else is in danger right now, call 112.',
  },
  violence: {
    sv: 'Är du eller någon annan i fara nu, ring 112. Kvinnofridslinjen ger stöd dygnet runt på 020-50 50 50, gratis och utan att synas på telefonräkningen. Du kan vara anonym.',
    en: 'If you or someone else is in danger now, call 112. Kvinnofridslinjen gives support around the clock on 020-50 50 50, free and not shown on the phone bill. You can stay anonymous.',
  },
  child: {
    sv: 'Är ett barn i fara nu, ring 112. Är du orolig för ett barn kan du också kontakta socialtjänsten i kommunen. Barn och unga kan själva ringa Bris på 116 111, dygnet runt.',
    en: 'If a child is in danger now, call 112. If you are worried about a child, you can also contact the social services of the municipality. Children and young people can call Bris on 116 111, around the clock.',
  },
  psychiatric: {
    sv: 'Är någon i fara, för sig själv eller för andra, ring 112. Ring 1177 för att få råd om psykiatrisk hjälp dygnet runt. Finns tankar på att ta sitt liv, ring Mind Självmordslinjen på 90101.',
    en: 'If someone is a danger to themselves or others, call 112. Call 1177 for advice on psychiatric help around the clock. If there are thoughts of suicide, call Mind Självmordslinjen on 90101.',
  },
  poisoning: {
    sv: 'Mår personen dåligt, eller är det bråttom: ring 112 och be om Giftinformation. När det inte är bråttom svarar Giftinformationscentralen på 010-456 67 00, dygnet runt.',
    en: 'If the person feels unwell, or it is urgent: call 112 and ask for Poison Information (Giftinformation). When it is not urgent, Giftinformationscentralen answers on 010-456 67 00, around the clock.',
  },
  medical: {
    sv: 'Jag kan inte ge medicinska råd. Ring 1177 eller gå till 1177.se för råd om vård, dygnet runt. Vid fara för liv, ring 112.',
    en: 'I cannot give medical advice. Call 1177 or visit 1177.se for health advice, around the clock. If a life is in danger, call 112.',
  },
};

const { emergency112, vardguiden1177, mind90101, kvinnofridslinjen, giftinformation, bris } = NATIONAL_CONTACTS;

/** The contacts each level shows, in the order its text names them. */
const CONTACTS: Record<TriageLevel, readonly Contact[]> = {
  emergency: [emergency112, vardguiden1177],
  suicide: [mind90101, emergency112, vardguiden1177],
  violence: [emergency112, kvinnofridslinjen],
  child: [emergency112, bris],
  psychiatric: [emergency112, vardguiden1177, mind90101],
  poisoning: [emergency112, giftinformation, vardguiden1177],
  medical: [vardguiden1177, emergency112],
};

/** The reply to a message triage flagged: text leading with the right number, and the contacts to show. */
export const safetyReply = (level: TriageLevel, lang: 'sv' | 'en'): SafetyReply => ({
  text: TEXTS[level][lang],
  contacts: crisisContacts(level),
});

/** The contacts of a level: what a conversation that signalled this crisis keeps at the top of every later reply. */
export const crisisContacts = (level: TriageLevel): Contact[] =>
  // Copies: a caller that adds or edits a field must not change the national numbers for everyone.
  CONTACTS[level].map((contact) => ({ ...contact }));
