/**
 * Which language a visitor wrote in: Swedish (the knowledge base's language) or English (the second
 * locale). Function words decide, because they are what a short question is mostly made of and the two
 * languages barely share them. Content words ("nära vård" in an English question) count for neither, and
 * neither do words both languages write the same way ("i", "man").
 */
export type Lang = 'sv' | 'en';

const ENGLISH = new Set(
  ('the a an is are was were be been am do does did what which who whom whose why when where how ' +
    'this that these those there here it its they them their you your yours we our us me my mine he she his her ' +
    'and or but not no of to for from with without about into at on by can could would should will shall may might must ' +
    'have has had get got want need tell please help explain mean means meaning anyone someone somebody ' +
    'hello hi hey thanks thank yes').split(' '),
);

const SWEDISH = new Set(
  ('och att det som en ett är var vad vem vilka vilken vilket hur när varför varifrån vart ' +
    'jag du ni vi han hon hen de dem den denna detta dessa min mitt mina din ditt dina er ert era vår vårt våra sig sin sitt sina ' +
    'med för på om av till från hos under över efter innan mellan utan ' +
    'inte ingen inget kan ska skall vill får måste bör behöver har hade blir blev kommer gör göra ' +
    'också eller men så då nu här där mer mest mycket lite hej tack ' +
    'ar vad nar varfor sa da har dar ocksa maste bor behover gor').split(' '),
);

/** Words both languages write the same way; they tell nothing. */
const SHARED = new Set(['i', 'hon', 'man', 'bra', 'for', 'far', 'under', 'over']);

const words = (text: string) => text.toLowerCase().match(/[\p{L}']+/gu) ?? [];

/** A quotation (Swedish quotes open and close with ”): "What does the motto 'digitalt när det går' mean?" is English whatever the quoted words are. */
const QUOTED = /["“”„«][^"”“»]*["”“»]|(?<!\p{L})['‘’][^'‘’]{2,}['‘’](?!\p{L})/gu;

/**
 * 'en' when the text reads as English, 'sv' when it reads as Swedish (a tie too), null when it has no
 * function word at all ("nara vard", "primary care"): then the conversation's language stands.
 *
 * @example detectLanguage('What is nära vård?') // 'en'
 * @example detectLanguage('vad är nära vård') // 'sv'
 * @example detectLanguage('målbild norrbotten') // null
 */
export const detectLanguage = (text: string): Lang | null => {
  let english = 0;
  let swedish = 0;
  const unquoted = text.replace(QUOTED, ' ');
  for (const word of words(unquoted.trim() ? unquoted : text)) {
    if (SHARED.has(word)) continue;
    if (ENGLISH.has(word) || word.endsWith("'s") || word.endsWith("n't")) english += 1;
    else if (SWEDISH.has(word)) swedish += 1;
  }
  if (english === 0 && swedish === 0) return null;
  return english > swedish ? 'en' : 'sv';
};
