import type { IntentRule } from './types';

/**
 * The intent rules, as data. They run after the safety triage and before any search.
 *
 * Patterns are regex sources over the same folded text as the triage rules (see `MatcherSpec` in
 * ../triage/text-matcher.ts): lowercase, no å/ä/ö (write them anyway, patterns are folded too),
 * hyphens inside words removed ("e-post" → `epost`), punctuation turned into single spaces.
 *
 * Order matters: the first rule that fires wins, so `human` comes first ("Hej! Jag vill prata med en
 * människa" wants a person, not a greeting back).
 *
 * Two kinds of rules:
 * - `human` patterns are unanchored: asking for a person anywhere in a message is enough.
 * - small talk and `about` are anchored with `^…$`: "Hej" is a greeting, "Hej, vad är nära vård?" is a
 *   question (detectIntent returns null and the engine searches `stripGreeting(text)` instead).
 *
 * Run `npx vitest run server/engine/intents` after a change: every example is checked, and the
 * must-not tables in detect-intent.test.ts catch a pattern that swallows questions about nära vård.
 */

const r = String.raw;

/**
 * Small talk is short. Anchored rules only look at messages up to this many words, which also keeps
 * their repeated groups ("tack tack tack …") from backtracking on a long message.
 */
const SMALL_TALK_MAX_WORDS = 12;

// ---- Vocabulary, folded-friendly. Typos on purpose: "hejj", "tjeena", "hallåå". ----

/** A greeting word or phrase. */
export const GREETING = r`((he+j+|he+j+sa+n+|hallå+|tja+|hello|hi|hey) (där|allihop|alla|there|everyone)|he+j+sa+n+ (hoppsan|svejsan)|tjena mittbena|he+j+|he+j+sa+n+|hejhej|hallå+j?|hallo+j?|tj[ae]+n[ae]+(re)?|tja+|tjo+|tjabba|tjenixen|morsning|mors|god (morgon|dag|middag|eftermiddag|kväll)|goddag|godmorgon|gomorron|morrn|morron|hello|hi|hey|heya|hiya|yo|good (morning|afternoon|evening|day)|hola|ja hej)`;

/** Thanks, alone or with what for. */
export const THANKS = r`(tack|tacka|tackar|tacksam|tusen tack|stort tack|tack tack|thanks|thank you|thx|tnx|ty|tack( så| så väldigt)? (mycket|jättemycket|hemskt mycket|väldigt mycket|himla mycket|mkt)( (för|för all) (hjälpen|svaret|svaren|infon|informationen|det|det här))?|tack (för|för all) (hjälpen|svaret|svaren|infon|informationen|det|det här|att du svarade|att (du|ni) (finns|hjälpte|hjälper))|tack ska du ha|tack snälla|thanks a lot|thank you so much)`;

/** A short acknowledgement that may come before or after thanks. */
const ACK = r`(ok|okej|okey|oki|okay|aha|ah|ja|jaha|jo|bra|jättebra|toppen|perfekt|super|superbra|najs|nice|fint|grymt|kanon|underbart|great|cool|härligt|utmärkt|lysande|schysst|tydligt|förstår|jag förstår|uppfattat|då vet jag|det (var|är) (jätte|väldigt |mycket |riktigt |så |super)?(bra|snällt|toppen|fint|tydligt|intressant|lärorikt)|det var (det jag undrade|till hjälp)|(bra|jättebra|tydligt|toppen|fint|utmärkt|snabbt) (svar|svarat|förklarat)|det var (ett |några )?(bra|fint|tydligt|tydliga|jättebra|toppen) svar|vad bra|(vad|så) (trevligt|kul|roligt|mysigt)|snällt|(that|this|it) (was|is) (very |really |so |super )?(helpful|useful|great|good|clear|nice)|(very |really )?helpful|got it|that helps|perfect|(det|detta|du|ni) (var|är|har varit) (till )?(stor |mycket |jätte|väldigt |god )?(hjälp|hjälpsam|hjälpsamma|till hjälp)|till stor hjälp|(nu )?(förstår|fattar|begriper) jag( det)?( bättre| mer| nu)?|now i (understand|get it)|(det var |det är )?(precis|just|exakt) (vad|det) (jag|vi) (behövde|behöver|ville veta|undrade|letade efter|sökte))`;

/** Praise for the guide ("Vad duktig du är!", "bra jobbat"): thanked for as thanks are. */
const COMPLIMENT = r`((vad|så|du är|du e|ni är) (himla |väldigt |jätte|super)?(duktig|duktiga|smart|klok|snäll|fiffig|hjälpsam|trevlig|gullig|grym|fantastisk|bäst)( (du|ni) (är|e))?|(bra|snyggt|grymt|starkt) jobbat|du är (guld|bäst|en pärla|en stjärna)|(you are|you're|youre) (so |very |really )?(great|smart|clever|awesome|amazing|the best|helpful|brilliant)|good job|well done|nice work)`;

/** A goodbye. Not "hej hej", which opens as often as it closes. */
const BYE = r`(hej ?då|hejdå|adjö|adjöss|ajöss|ha (det|de)( så)? (bra|gott|fint|skönt)|ha en (bra|trevlig|fin|skön) (dag|kväll|helg|eftermiddag)|vi (hörs|ses)|hörs|ses|bye|bye bye|goodbye|good bye|see you|see ya|god natt|godnatt|natti|tack och hej( leverpastej)?|hej så länge|över och ut|det var allt|det var bara det|inget mer|ingenting mer)`;

/** Asking how the guide is, which opens a chat as a greeting does. */
const HOW_ARE_YOU = r`(hur mår du|hur är det( med dig)?|hur har du det|hur står det till|hur är läget|how are you( doing)?|how is it going|hows it going)( idag| i dag| nu| today)?`;

/** Pleased to find the guide: "Vad roligt att ni har en chatt", "så bra att det finns en guide". */
const PLEASED = r`((vad|så) (roligt|kul|trevligt|bra|härligt|smidigt|fint|skönt|spännande) att (ni|du|det|man) (har|finns|är|kan chatta)( (en|ett|här))?( (chatt|chattbot|guide|tjänst|bot|sån här( \w+)?|möjlighet))?|(how )?(nice|great|cool) (that )?(you have|there is) (a )?(chat|guide|bot))`;

/** What may follow a greeting and still leave it just a greeting. */
const GREETING_TAIL = r`(${PLEASED}|(nice|good|great|lovely) to meet you|trevligt att (träffas|ses|råkas)|kul att (träffas|ses)|där|du|ni|alla|allihopa|på dig|på er|bot|boten|roboten|guiden|chatten|there|again|igen|jag har en fråga|jag har några frågor|jag undrar en sak|en fråga|kan du hjälpa mig|jag behöver hjälp|${HOW_ARE_YOU}|läget|allt bra|i need help|can you help me)`;

/** Whom a visitor asks to reach. */
const SOMEONE = r`(er|dig|kommunen|regionen|någon|nån|en handläggare|handläggaren|min handläggare|personal|personalen|kundtjänst|växeln|vårdcentralen|hälsocentralen|socialtjänsten|hemtjänsten|hemsjukvården|\w+mottagningen|\w+enheten|förvaltningen|kontaktcenter|en människa|en person)`;

/** A request verb with "I": jag vill, kan jag, skulle jag kunna … */
const WANT = r`(vill|ville|kan|får|skulle vilja|önskar|vill gärna|skulle kunna|behöver|måste)`;

export const INTENT_RULES: readonly IntentRule[] = [
  // ============================== human: wants a person ==============================
  {
    id: 'human-talk-to-person',
    kind: 'human',
    patterns: [
      // Only people after "med": "Hur pratar vårdcentralen med kommunen?" has no adverb slot for the subject.
      r`\b(prata|pratar|tala|talar|snacka|chatta|samtala|ringa|träffa) (direkt |gärna |lite |helst )?med (en |ett |någon |nån )?(riktig |verklig |levande |äkta |annan |vanlig )?(människa|människor|manniska|person|personal|handläggare|handläggaren|tjänsteman|tjänsteperson|kundtjänst|växeln|sjuksköterska|någon|nån|folk|er|kommunen|regionen|politiker|politikerna|ansvarig|ansvarige|den ansvariga|chef|chefen)\b`,
      r`\bmed (min|mitt|vår|er) (handläggare|biståndshandläggare|samordnare|kontakt)\b`,
      // Anyone asked for by the visitor, a person named too: "Kan jag få prata med Glenn Nordlund direkt?"
      r`\b(kan|får) (jag|vi) (få )?(prata|tala|snacka|träffa) (direkt |gärna )?med \w+`,
      // Someone's number asked for: "Vad har han för nummer?", "Vilket telefonnummer har hon?"
      r`\bvad har (han|hon|hen|ni|de|dom) för (telefon)?nummer\b|\bvilket (telefon)?nummer har (han|hon|hen|ni|de|dom)\b`,
      // "Kan ni koppla mig till någon på regionen som jobbar med nära vård?"
      r`\b((koppla|koppla vidare|slussa|skicka|hänvisa) (mig|oss)|(bli|blir) (kopplad|kopplade|vidarekopplad)) (vidare )?till (någon|nån|en (riktig |verklig |levande |äkta )?(person|människa|handläggare)|rätt person)\b|\b(put|connect) me through to (someone|a person|somebody)\b`,
      // Not how one keeps in touch with care: "Kan jag ha kontakt med vården via datorn istället?" asks about digital care.
      r`^(?!.*\b(via|genom|över|med hjälp av) (datorn|dator|nätet|internet|video\w*|appen|en app|mobilen|skärm\w*|chatt\w*)\b).*(\b(jag|vi) ${WANT} (ha|få) (\w+ )?(kontakt|tag) (med|på|i) \w+|\b${WANT} (jag|vi) (ha|få) (\w+ )?(kontakt|tag) (med|på|i) \w+)`,
      r`\b(jag|vi) ${WANT} (komma i|få) kontakt med\b|\b(vill|ville|skulle vilja|önskar|behöver) (komma i|få) kontakt med\b`,
      // The person first, the talking after: "finns det nån människa jag kan prata med?"
      r`\b(någon|nån|en) (riktig |verklig |levande )?(människa|person|handläggare|tjänsteperson|tjänsteman|sjuksköterska) (\w+ ){0,3}(prata|pratar|tala|snacka|ringa) med\b`,
      r`\b(inte|ingen) (prata med )?(en )?(robot|bot|maskin|chatbot|chattbot|dator)\b`,
      r`^(människa|en människa|person|en person|handläggare|kontakt|kontakta|kontakta er|kontaktuppgifter|telefon|ring|ringa|ring mig|personal)( tack| snälla| please)?$`,
    ],
    examples: ['Kan ni koppla mig till någon på regionen?', 'Kan jag bli kopplad till en människa istället för en robot?', 'snälla koppla mig till en riktig person', 'Jag vill prata med en människa', 'Jag vill komma i kontakt med den personen', 'finns det nån människa jag kan prata med', 'Jag är politiker och vill komma i kontakt med tjänstepersonen', 'Kan jag få prata med en handläggare?', 'Kan jag få prata med Glenn Nordlund direkt?', 'Vad har han för nummer?', 'Jag vill prata med någon som jobbar där', 'prata med en riktig person', 'jag vill inte prata med en robot', 'Jag vill ha kontakt med en handläggare', 'människa'],
  },
  {
    id: 'human-how-to-reach',
    kind: 'human',
    patterns: [
      // "Finns det någon på regionen jag kan ringa?", "Finns det en handläggare eller någon annan på kommunen som jag kan få prata med?"
      r`\bfinns det (någon|nån|en) (\w+ ){0,9}(som )?(jag|man|vi) kan (få )?(prata|tala|ringa|kontakta|vända mig till|vända oss till|fråga|skriva till|mejla|maila|intervjua|träffa|bjuda in)\b`,
      // "handläggare kontakt tack": a caseworker asked for in a few words.
      r`\b(kontakt\w*|prata|tala|nå|ringa|mejla|maila) (med |till )?(en |min |någon |nån )?handläggare\b|\bhandläggare\w* (kontakt\w*|nummer|telefon\w*|mejl\w*|mail\w*)\b`,
      r`\bvem (kontaktar|ringer|mejlar|mailar|skriver till|vänder) (jag|man|vi)\b`,
      // "Vem ska jag ringa om min mamma behöver hemtjänst?", "Vart vänder jag mig om pappa behöver hemtjänst?"
      // Not which of the two: "Vart vänder jag mig, kommunen eller regionen?" is what the base answers.
      r`^(?!.*\b(kommunen eller regionen|regionen eller kommunen)\b).*\b(vem (ska|bör|skall) (jag|man|vi) (ringa|kontakta|mejla|maila)|(vart|var) vänder (jag|man|vi) (mig|sig|oss))\b`,
      r`\bvem (på|i|hos) (\w+ )?\w+ kan (jag|man|vi) (prata|tala|ringa|kontakta|vända mig till|vända oss till|vända sig till|fråga|mejla|maila|skriva till)\b|\bvem kan (jag|man|vi) (prata|tala|ringa|kontakta|vända mig till|vända oss till|vända sig till|fråga|mejla|maila|skriva till|intervjua|träffa|bjuda in)\b`,
      r`\bvem (kan|ska|bör) (jag|man|vi) (höra av (mig|sig|oss) till|vända (mig|sig|oss) till)\b|\bvem hör (jag|man|vi) av (mig|sig|oss) till\b`,
      r`\b(hur|var|vart) (hör|ska|kan|får) (jag|man|vi) (höra )?av (mig|sig|oss)( till (er|dig|kommunen|regionen|någon|nån))?\b`,
      r`\b(hur|var|vart) (når|kontaktar|ringer|mejlar|mailar|skriver till) (jag|man|vi) ${SOMEONE}\b`,
      r`\b(hur|var) (kan|får|ska) (jag|man|vi) (nå|kontakta|ringa|mejla|maila|skriva till) ${SOMEONE}\b`,
      r`\b(hur|var) (får|kommer) (jag|man|vi) (tag på|tag i|kontakt med|i kontakt med)\b`,
      r`\b(hur|var) (kan|ska) (jag|man|vi) (få|komma) (tag på|tag i|kontakt med|i kontakt med)\b`,
      r`\b(jag|man|vi) (vill|ska|behöver|måste|skulle vilja|kan) (\w+ )?kontakta\b|\b(vill|kan|ska|behöver|måste) (jag|man|vi) (\w+ )?kontakta\b`,
      r`\bkontakta (er|dig|någon|nån|en (människa|person|handläggare))\b`,
    ],
    examples: ['Finns det någon jag kan ringa?', 'Finns det en person jag kan ringa istället?', 'handläggare kontakt tack', 'Finns det någon person vi kan intervjua om nära vård?', 'Jag saknar svar på min fråga, vem hör jag av mig till?', 'Hur hör jag av mig till er?', 'Hur når jag kommunen?', 'hur kontaktar jag er', 'kontakta er', 'vem kan jag prata med om hemtjänst', 'hur far jag tag pa nagon', 'Hur kommer jag i kontakt med er?'],
  },
  {
    id: 'human-contact-channel',
    kind: 'human',
    // "support", "kontaktperson" and "växel" alone are left out: "Vilket support finns?", "Vad är en
    // kontaktperson?" (an LSS service) and "växelvård" are questions for the guide.
    patterns: [
      r`\b(kontaktuppgift\w*|kontaktinfo\w*|kontaktinformation|telefonnummer\w*|telefonnr|telnr|tel nr|tfn|mobilnummer|mejladress\w*|mailadress\w*|epostadress\w*|epost|email|mejl|mail|mejla|maila|mejlar|mailar|kundtjänst|kundservice|växeln|kontaktcenter|servicecenter|medborgarservice|kundsupport)\b`,
      // A journalist's contact: "vem är presskontakt för nära vård?".
      r`\b(presskontakt\w*|pressansvarig\w*|presstjänst\w*|presstelefon\w*|pressekreterare\w*|pressavdelning\w*|press contact\w*|press office\w*)\b`,
      // "kontaktperson nära vård?": a person for the reform, not the LSS service.
      r`\bkontaktperson(en)? (för |om |inom |kring |i )?(nära vård|omställningen|målbilden|arbetet)\b`,
      r`\b(numret|nummer|nr) (till|hit|dit)\b|\bvad är ert nummer\b|\bhar (ni|du) (ett |något |nåt )?(nummer|telefonnummer|nr)\b`,
      // "Jag vill ringa någon på Region Värmland som jobbar med färdplanen": a person to call, not the färdplan.
      r`\b(jag|vi) (vill|skulle vilja|behöver|måste|ville) (\w+ )?ringa (någon|nån|en person|en människa|er|dig|till er)\b`,
      r`\b(kan|skulle) (någon|nån|ni|du) (\w+ ){0,2}(ringa|kontakta|mejla|maila|höra av sig till|återkomma till) (upp )?(mig|mej|oss)\b|\bring(a|er)? (upp |tillbaka )?(mig|mej)\b|\bbli uppringd\b`,
      // A contact person for the guide's subject, not the LSS service "Vad är en kontaktperson?".
      r`\b(finns det|har ni|vem är) (en |någon |nån )?kontaktperson (för|om|i|på|hos)\b|\b(ge|ger) (mig|oss) (en |någon |nån )?kontaktperson\b|\b(jag|vi|och) (vill|behöver) (ha )?(en |någon |nån )?kontaktperson\b`,
      r`\b(vill|kan|får|ska) (jag|vi|man) (få )?ringa (er|dig|någon|nån|till er|till kommunen|till regionen|till någon|hit)\b|\bringa (till )?er\b`,
    ],
    // Many numbers to keep track of is what a question about fragmented care complains of, not a request for one:
    // "måste hålla reda på en massa olika mottagningar och telefonnummer".
    unless: [r`\b(olika|många|flera|massa|alla|hålla reda på|hålla koll på) (\w+ ){0,4}(telefonnummer|nummer|kontaktuppgifter|mejladresser)\b`],
    examples: ['kan ni ge mig en kontaktperson', 'kontaktperson nära vård?', 'Jag är journalist – vem är presskontakt för nära vård?', 'telefonnummer', 'Vad är ert telefonnummer?', 'kan någon ringa mig', 'kan någon från regionen höra av sig till mig', 'finns det en kontaktperson för nära vård', 'kundtjänst', 'mejla', 'e-post till er', 'växeln', 'kan jag ringa er', 'Kan jag få ringa någon som kan det här?'],
  },
  {
    id: 'human-english',
    kind: 'human',
    patterns: [
      r`\b(talk|speak|chat) (to|with) (a |an |some )?(real |actual |live )?(human|person|agent|someone|somebody|representative|staff|operator|people)\b`,
      r`\b(human|real person|agent|operator) please\b|^(human|agent|operator)$`,
      r`\bcontact (you|someone|somebody|the municipality|the region|support|a person)\b|\b(phone number|customer (service|support)|email address)\b|\bcall me\b|\bcan i (email|call) (you|someone)\b`,
    ],
    // What was said about contacting them asks about what was said: "Who said it should be easy … whether they contact the
    // municipality …?", "Is it true that it shouldn't matter whether I first contact the municipality or the region?"
    unless: [r`\b(who|what|which \w+) (said|says|did (\w+ ){1,5}say|has said|have said)\b|\bwhether (i|we|they|you|people|residents) (first )?contact\b`],
    examples: ['talk to a human', 'Can I speak with a real person?', 'phone number please'],
  },

  // ============================== about: what the guide is ==============================
  {
    id: 'about-who-are-you',
    maxWords: SMALL_TALK_MAX_WORDS,
    kind: 'about',
    patterns: [
      // "vem är du egentligen? en robot?", "vem är du, är du en robot?": a filler, and the guess, after the question.
      r`^(${GREETING} )*(vem|vad) (är|e) (du|ni)( för (något|nåt|en|ett)( \w+)?)?( (egentligen|då|alltså|liksom))?( ((är|e) (du|ni) )?(en |ett )?(riktig |äkta )?(robot|bot|chatbot|chattbot|ai|människa|person|maskin|dator|program)( eller (en |ett )?(riktig |äkta |levande )?\w+)?)?$`,
      r`^(${GREETING} )*(är|e) (du|ni|det här|detta|det) (en |ett )?(riktig |äkta |levande |verklig )?(robot|bot|chatbot|chattbot|chatt bot|ai|människa|person|maskin|dator|program|datorprogram|automat|på riktigt|riktig|chatgpt|gpt)( eller (en |ett )?(riktig |äkta |levande )?\w+)?$`,
      r`^(${GREETING} )*(pratar|chattar|skriver) jag med (en |ett )?(riktig |äkta |levande )?(robot|bot|chatbot|människa|person|dator|maskin|ai|program)( eller (en |ett )?\w+)?$`,
      // "Hejsan! Vem pratar jag med?", "Hej, vem är det jag pratar med?"
      r`^(${GREETING} )*vem (är det (som )?)?(pratar|chattar|skriver) jag med( nu)?$|^(${GREETING} )*vem (är det|är) (jag|man) (pratar|chattar|skriver) med( nu)?$`,
      // "Vem är du och vad kan du hjälpa mig med?": who, and what it can do, in one.
      r`^(${GREETING} )*(vem|vad) (är|e) (du|ni),? (och )?vad kan (du|ni)( (göra|hjälpa (mig |oss |till )?med|svara på|berätta om))?$`,
      r`^(${GREETING} )*(vad heter du|vad kan du|vad kan du (göra|hjälpa (mig |till )?med|svara på|berätta om)|vad kan jag fråga (dig |om )?|hur (fungerar|funkar) (du|chatten|den här chatten|tjänsten|den här tjänsten)|vem har (gjort|byggt|skapat) (dig|chatten|den här chatten))$`,
      r`^(${GREETING} )*((who|what) are you|are you (a |an )?(bot|robot|human|real|person|ai|real person|machine)( or (a |an )?\w+)?|what can you (do|help (me )?with)|am i (talking|chatting) (to|with) (a |an )?(bot|robot|human|person|real person))$`,
    ],
    examples: ['vem är du', 'Vem är du?', 'vem är du egentligen? en robot?', 'Vem är du egentligen, är du en robot?', 'är du en robot', 'Är du en människa?', 'ar du en robot eller en manniska', 'pratar jag med en robot?', 'Hej! Vad kan du hjälpa mig med?', 'Vem är du och vad kan du hjälpa mig med?', 'who are you?', 'are you a bot'],
  },

  // ============================== small talk: only when that is all there is ==============================
  {
    id: 'goodbye',
    maxWords: SMALL_TALK_MAX_WORDS,
    kind: 'goodbye',
    patterns: [
      r`^((${ACK}|${THANKS}) (och )?)*${BYE}( (och )?(${BYE}|${THANKS}|${ACK}|du|ni|på dig|på er))*$`,
      // "Tack, hej!" is how a Swedish conversation ends.
      r`^((${ACK}) )*${THANKS}( ${THANKS})* (hej|hejsan)$`,
    ],
    examples: ['hej då', 'Hejdå!', 'tack och hej', 'ok tack, ha det bra', 'Okej, tack och hej då!', 'Tack, hej!', 'bye', 'Hej då och ha en fin dag!', 'Vad trevligt, ha en fin dag!'],
  },
  {
    id: 'thanks',
    maxWords: SMALL_TALK_MAX_WORDS,
    kind: 'thanks',
    patterns: [
      r`^((${ACK}|${GREETING}) )*${THANKS}( (${THANKS}|${ACK}|du|ni|igen|again|so much|very much|så mycket))*$`,
      // An acknowledgement alone ("ok", "jaha, uppfattat"), not "ja" or "bra", which answer a question.
      r`^(ok|okej|okey|oki|okay|aha|jaha|uppfattat|toppen|perfekt|förstår|jag förstår|got it)( (ok|okej|uppfattat|toppen|perfekt|då|tack))*$`,
      r`^((${ACK}|${GREETING}|${THANKS}) )*${COMPLIMENT}( (${THANKS}|${ACK}|${COMPLIMENT}))*$`,
    ],
    examples: ['ok', 'jaha, uppfattat', 'Tack så mycket, det var bra svar!', 'Tack!', 'tack så mycket', 'tusen tack', 'toppen, tack för hjälpen', 'thanks', 'Thanks, that was helpful!', 'Tack så mycket, det var till stor hjälp!', 'tack tack', 'tack så mycket för hjälpen', 'tack, bra svar', 'Tack, det var jättebra!', 'Vad duktig du är!', 'bra jobbat, tack', 'You are so helpful!', 'tack, det var väldigt tydligt', 'Tack så mycket för hjälpen, det var precis vad jag behövde!'],
  },
  {
    id: 'greeting',
    maxWords: SMALL_TALK_MAX_WORDS,
    kind: 'greeting',
    patterns: [r`^(${GREETING}|${HOW_ARE_YOU})( (${GREETING}|${GREETING_TAIL}))*$`],
    examples: ['Hej', 'Hejsan', 'hallå', 'hej där', 'god morgon', 'tjena', 'hello', 'hejj', 'Hej, jag har en fråga', 'hej hej', 'God morgon! Hur mår du idag?', 'Hejsan hoppsan, hur mår du idag?', 'Hejsan svejsan!', 'hur mår du?', 'Hejsan! Vad roligt att ni har en chatt.', 'Hej, så bra att det finns en guide'],
  },
];
