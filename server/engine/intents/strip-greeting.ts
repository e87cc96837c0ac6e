const r = String.raw;
const GAP = r`[\s\p{P}\p{S}]`;
/** A word ends at a gap or the end: "hejsan" is not "hej" + "san", "Hejdå" is not stripped. */
const END = r`(?=${GAP}|$)`;

const GREETING = r`(?:he+j+(?:sa+n+)?(?!${GAP}*d[åa]\b)|hejhej|hall[åa]+j?|hallo+j?|tj[ae]+n[ae]+(?:re)?|tja+|tjo+|tjabba|morsning|god${GAP}+(?:morgon|dag|middag|eftermiddag|kv[äa]ll)|goddag|gomorron|hello|hi|hey|hiya|good${GAP}+(?:morning|afternoon|evening))`;
// Not "tack vare" ("thanks to"), which starts a real question.
const THANKS = r`(?:tusen${GAP}+tack|stort${GAP}+tack|tack(?!${GAP}+vare\b)(?:${GAP}+s[åa]${GAP}+(?:mycket|j[äa]ttemycket|hemskt${GAP}+mycket))?(?:${GAP}+f[öo]r${GAP}+(?:svaret|hj[äa]lpen|infon|informationen|det))?|thanks|thank${GAP}+you)`;
/** Words that only make sense after a greeting: "Hej där, …", "Tack, men …", "Hej, jag har en fråga: …". */
const FILLER = r`(?:d[äa]r|alla|allihopa|igen|there|och|men|but|ok|okej|jag${GAP}+har${GAP}+en${GAP}+fr[åa]ga|jag${GAP}+undrar${GAP}+en${GAP}+sak|en${GAP}+fr[åa]ga)`;

const LEADING_GREETINGS = new RegExp(
  r`^${GAP}*(?:(?:${GREETING}|${THANKS})${END}${GAP}*)+(?:${FILLER}${END}${GAP}*)*`,
  'iu',
);

/**
 * Removes a leading greeting or thanks from a question, so "Hej! Vad är målbilden?" is searched as
 * "Vad är målbilden?" and the greeting does not pull in entries that happen to say "hej".
 *
 * Works on the visitor's own text (NFC), not the folded form, because the search does its own
 * processing and wants å/ä/ö; so the patterns spell both forms ([åa]). Returns '' when nothing but
 * greetings is left: call `detectIntent` first, which answers those.
 *
 * @example stripGreeting('hej vad är målbilden') // 'vad är målbilden'
 */
export const stripGreeting = (text: string): string => {
  const nfc = text.normalize('NFC');
  const match = LEADING_GREETINGS.exec(nfc);
  return (match ? nfc.slice(match[0].length) : nfc).trim();
};

const LEADING_THANKS = new RegExp(r`^${GAP}*${THANKS}`, 'iu');

/** What asks for something: a question mark, a question word opening a clause, or a request ("berätta", "förklara"). */
const ASKS = new RegExp(
  r`\?|(?:^|[.!,;:]${GAP}*|\b(?:och|men|but|and)${GAP}+)(?:vad(?!${GAP}+(?:roligt|kul|bra|trevligt|härligt|harligt|fint|skönt|skont|smidigt|spännande|spannande)\b)|hur|när|nar|var|vart|vem|vilk\w*|varför|varfor|kan|får|far|finns|ska|what|how|when|where|who|which|why|can|could|is|are|do|does)\b|\b(?:berätta|beratta|förklara|forklara|säg|sag|visa|undrar|vill veta|tell|explain|show|wonder|want to know)\b`,
  'iu',
);

/**
 * A message that opens with a greeting or thanks and asks nothing after it: "Hi there, nice to meet you!",
 * "Hej! Vad roligt att ni har en chatt." Read only when the search found nothing to answer with: small talk,
 * not "Det vet jag tyvärr inte". Null when it opens otherwise or asks something.
 */
export const greetingAlone = (text: string): 'greeting' | 'thanks' | null => {
  const nfc = text.normalize('NFC');
  const match = LEADING_GREETINGS.exec(nfc);
  if (!match || !match[0].trim()) return null;
  if (ASKS.test(nfc.slice(match[0].length))) return null;
  return LEADING_THANKS.test(nfc) ? 'thanks' : 'greeting';
};
