/**
 * Reading a message against the conversation: "den andra" picks the second suggestion shown,
 * "När beslutades den?" asks about the entry the conversation is on.
 */

const ORDINALS: Record<string, number> = {
  första: 1, forsta: 1, andra: 2, tredje: 3, fjärde: 4, fjarde: 4, femte: 5, sjätte: 6, sjatte: 6,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6,
};
const CARDINALS: Record<string, number> = {
  ett: 1, en: 1, ettan: 1, två: 2, tva: 2, tvåan: 2, tvaan: 2, tre: 3, trean: 3, fyra: 4, fyran: 4, fem: 5, femman: 5, sex: 6,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6,
};
const ORD = Object.keys(ORDINALS).join('|');
const CARD = `${Object.keys(CARDINALS).join('|')}|\\d`;
const END = '(?=\\s|$|[?.!,])';
/** "den andra", "det tredje förslaget", "the second one". */
const BY_ORDINAL = new RegExp(`(?:^|\\s)(?:den|det|the)\\s+(${ORD})${END}|^(${ORD})[?.!]*$|(?:^|\\s)(${ORD})\\s+(?:förslaget|forslaget|alternativet|delen|punkten|frågan|fragan|one|option)${END}`, 'u');
/** "nummer 3", "alternativ två", "nr 2", "option 1", "trean". */
const BY_NUMBER = new RegExp(`(?:^|\\s)(?:nummer|nr\\.?|alternativ|alternativet|förslag|forslag|punkt|number|option)\\s*(${CARD})${END}|^(${CARD}|ettan|tvåan|tvaan|trean|fyran|femman)[?.!]*$`, 'u');
const LAST = /(?:^|\s)(?:den|det|the)\s+(?:sista|senaste|last)(?=\s|$|[?.!,])|(?:^|\s)sista\s+(?:förslaget|alternativet|delen)/u;

/**
 * Which suggestion (1-based) a message points at, or null. Only short, pointing messages count,
 * so that "andra regioner" in a real question is not read as "the second".
 */
export const ordinalReference = (text: string, suggestionCount: number): number | null => {
  if (suggestionCount === 0) return null;
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length > 9) return null;
  if (LAST.test(text)) return suggestionCount;
  const byOrdinal = BY_ORDINAL.exec(text);
  const byNumber = byOrdinal ? null : BY_NUMBER.exec(text);
  const word = byOrdinal ? (byOrdinal[1] ?? byOrdinal[2] ?? byOrdinal[3]) : (byNumber?.[1] ?? byNumber?.[2]);
  if (!word) return null;
  const n = ORDINALS[word] ?? CARDINALS[word] ?? (/^\d$/.test(word) ? Number(word) : undefined);
  return n && n <= suggestionCount ? n : null;
};

/** Words that point back at what was just said: "den", "det", "de", "dem", "dess", "sådana", "då" at the end, a leading "och". */
const BACK_REFERENCE = /(?:^|\s)(?:den|det|de|dom|dem|dess|denna|detta|dessa|där|dit|då|sådan|sådana|sådant|såna|sånt|fler exempel|han|hon|hen|hans|hennes|hens|honom|henne|it|that|they|them|this|he|she|his|her|him)(?=\s|$|[?.!,])|^(?:och|men|and)\s/u;
/**
 * A question word plus a verb and a pronoun ("när beslutades den?"), or a bare "och X då?"; up to twelve words, as a
 * polite follow-up runs ("Kan du ge ett exempel på en fråga man ställer då?": +4 over the sets, none lost; 16 words gained 1 more).
 */
export const isFollowUp = (text: string): boolean => {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= 12 && BACK_REFERENCE.test(text.replace(THERE_IS, ''));
};

/** The "det" of "finns det …?" points at nothing: "Finns det en strategi?" asks of a strategy, not of the topic. */
const THERE_IS = /(?:^|\s)(?:finns|fanns|funnits) det(?=\s|$|[?.!,])|(?:^|\s)det (?:finns|fanns)(?=\s|$|[?.!,])/giu;

/** Asking for more of the same: "berätta mer", "hur då?", "varför då?", "sedan när?", "i praktiken?", "tell me more". */
const MORE = /(?:^|\s)(?:berätta|beratta|förklara|forklara|utveckla|mer|mera|fler|fortsätt|fortsatt|exempel|praktiken|konkret|more|explain|example)(?=\s|$|[?.!,])|^(?:och |men |sen |sedan |since )?(?:varför|varfor|vrf|när|nar|hur|vem|vilka|vilken|vilket år|vilket|vad|var|why|when|how|who|what)(?: (?:då|da|så|sa|menar du|then))?[?.!]*$/u;

/**
 * A follow-up that leans on the conversation's topic with no words of its own to search: "och varför?",
 * "sen när då?", "vem sa det?", "berätta mer". Read with the topic: the engine answers from it.
 */
export const leansOnTopic = (text: string): boolean => {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= 8 && (BACK_REFERENCE.test(text) || MORE.test(text));
};

/** "vad har hon för roll?", "vad sa han?", "vem är mannen som berättar?": a short follow-up about a person. */
const PERSON = /(?:^|\s)(?:han|hon|hen|honom|henne|hans|hennes|hens|he|she|him|her|his|mannen|kvinnan|personen|the man|the woman)(?=\s|$|[?.!,])/u;
export const asksAboutAPerson = (text: string): boolean => text.split(/\s+/).filter(Boolean).length <= 8 && PERSON.test(text);

/** Asking to have the last answer said more simply: "kan du förklara enklare?", "med enklare ord", "på lätt svenska". */
const SIMPLER = /(?:^|\s)(?:(?:förklara|forklara|säga|saga|säg|sag|beskriva|skriva|ta)(?: \S+){0,3} (?:enklare|enkelt|lättare|lattare|tydligare)|(?:med|på|pa) (?:enklare|enkla|lättare|lattare|lätt|latt) (?:ord|svenska|sätt|satt)|enklare (?:tack|ord)|simpler|more simply|in plain (?:words|english|language))(?=\s|$|[?.!,])/u;
export const asksToSimplify = (text: string): boolean => text.split(/\s+/).filter(Boolean).length <= 10 && SIMPLER.test(text);
