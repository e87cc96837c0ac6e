import { fold } from './fold';
import { normalizeText } from './normalize-text';
import { tokenize } from './tokenize';

/** Clauses as the visitor ended them: a sentence, or a lead-in closed by a colon ("Akut fråga inför mötet: …"). */
const CLAUSE = /[^.!?:;\n]+[.!?:;\n]*/g;

/** A clause that asks: one a question word or an asking verb opens (folded), or one ending with a question mark. */
const OPENS_A_QUESTION = /^\W*(och |men |sa )?(vad|va|vem|vilka|vilken|vilket|nar|varfor|hur|var|vart|kan|kommer|finns|ar|blir|far|ska|maste|behover|galler|stammer|betyder|innebar|what|who|which|when|why|how|where|can|is|are|does|do|will)\b/;
const asks = (folded: string) => /\?\s*$/.test(folded) || OPENS_A_QUESTION.test(folded);

/** A clause that says who is asking: "Hej, jag är …", "Vi är tre syskon …", "Jag jobbar som …", "Jag bor i …". */
const INTRODUCES = /^\W*((hej|hallo|hejsan|tjena|god (morgon|dag|kvall))\W+)?(jag|vi|ja|i) (ar|e|heter|jobbar|arbetar|bor|pluggar|studerar|sitter|am|work|live)\b/;

/** Where a clause turns from who is asking to what: "Jag är ordförande i en PRO-förening och undrar vad …". */
const TURNS_TO_ASK = /\b(och |,\s*)?(undrar|undrade|funderar pa|vill veta|ville veta|skulle vilja veta|vill fraga|ville fraga|wonder|would like to know|want to know)\b/;

/**
 * Words a visitor uses only to say who they are or why they ask, before the question: "Hej, jag är ordförande i en
 * lokal PRO-förening i Piteå och undrar …", "Akut fråga inför kvällens styrelsemöte: vilka är …?". In a message
 * with a clause that asks: a clause that introduces the asker ("Jag är …", "Vi bor …") or leads in with a colon, and
 * in an asking clause that opens so, what comes before "undrar" or "vill veta". Not a need told before the question
 * ("Jag behöver hjälp med min deklaration. Kan ni hjälpa mig?"), and not a word the question itself also uses.
 * Tokens as `tokenize(normalizeText(…))` gives them.
 */
export const asideWords = (text: string): ReadonlySet<string> => {
  const clauses = text.match(CLAUSE) ?? [];
  if (clauses.length < 2 && !TURNS_TO_ASK.test(fold(text.toLowerCase()))) return NONE;
  const aside: string[] = [];
  const asked: string[] = [];
  for (const clause of clauses) {
    const folded = fold(clause.toLowerCase());
    const turn = TURNS_TO_ASK.exec(folded);
    // Folding keeps the length: the turn's index is the clause's.
    if (turn && turn.index > 0 && INTRODUCES.test(folded)) {
      aside.push(clause.slice(0, turn.index));
      asked.push(clause.slice(turn.index));
    } else if (asks(folded)) {
      asked.push(clause);
    } else if (INTRODUCES.test(folded) || /:\s*$/.test(folded)) {
      aside.push(clause);
    }
  }
  if (!asked.length || !aside.length) return NONE;
  const words = (parts: string[]) => parts.flatMap((part) => tokenize(normalizeText(part)));
  const question = new Set(words(asked));
  const found = new Set(words(aside).filter((word) => !question.has(word)));
  return found.size ? found : NONE;
};

const NONE: ReadonlySet<string> = new Set();
