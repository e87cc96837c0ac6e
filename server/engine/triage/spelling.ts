import { NO_OTHER_WORDS, withinOneEdit } from './text-matcher';
import { LruMemo } from '../lru-memo';

/**
 * Spelling repair before the triage rules run, toward the rules' own words. People in a crisis type fast
 * on a phone: "konstit", "vakner", "blodar", "biverkninar", "tvaal", "ontibrostet", "jatteforvirad".
 * The rules should not have to list every slip. First, chat words are read as the words the rules are
 * written in ("ja e" → "jag är") and fillers are dropped ("typ", "asså"). Then each token that is not a
 * word the rules or the common-word list know is read, in this order, as:
 * 1. the same word with a letter typed three or more times, or doubled, once ("doo" → "do", "tvaal" → "tval");
 * 2. a key word one edit away (a letter wrong, missing, extra, or two swapped) with the same first letter,
 *    when both are 5+ letters ("kostar" is never a slip for "hostar");
 *    when several are (mostly forms of one word: "konstit" → "konstig", "konstigt"), the one of the same
 *    length, then the first alphabetically, so the repair never depends on the order rules were written in;
 * 3. known words run together ("ontibrostet" → "ont i brostet", "villta" → "vill ta");
 * 4. an intensifier before a key word, one edit allowed in the key word ("jatteforvirad" → "jatte forvirrad").
 * A token already known is never changed: "andra" is not a slip for "andas".
 */
export type Speller = (folded: string) => string;

/** Shortest token and key word a one-edit repair is allowed between. */
const MIN_TYPO_LENGTH = 5;
/** Shortest token tried as words run together, and the shortest part (but for the listed short words). */
const MIN_RUN_TOGETHER = 5;
const MIN_PART = 3;
/** A token this long is a sentence typed without spaces, in which a key word may also be misspelled. */
const MIN_SENTENCE_TYPED_TOGETHER = 16;
/** Words run together this many or more are a sentence typed without spaces, whatever their first part. */
const MIN_PARTS_OF_A_SENTENCE = 4;

/**
 * The words (5+ letters) within one edit of a token with the same first letter, the token itself included when it
 * is one. Deletion neighbourhoods (SymSpell): two words are within one edit only if one of them, or both with one
 * letter removed, meet in the map. A lookup per deletion of the token, not a scan of the word list. The map is
 * keyed by a hash of each variant, worked out from the token's prefix and suffix hashes without making the
 * variant's string (every unknown word of every message is looked up so); a collision only adds a candidate,
 * and every candidate is checked.
 */
const oneEditIndex = (words: Iterable<string>): ((token: string) => string[]) => {
  const byDeletion = new Map<number, string[]>();
  const add = (variant: number, word: string) => {
    const found = byDeletion.get(variant);
    if (!found) byDeletion.set(variant, [word]);
    else if (!found.includes(word)) found.push(word);
  };
  for (const word of new Set(words)) {
    if (word.length < MIN_TYPO_LENGTH) continue;
    const hashes = deletionHashes(word);
    add(hashes.whole, word);
    for (let i = 0; i < word.length; i++) add(hashes.without(i), word);
  }
  return (token) => {
    if (token.length < MIN_TYPO_LENGTH) return [];
    const found = new Set<string>();
    const look = (variant: number) => {
      const words = byDeletion.get(variant);
      if (words) for (const word of words) if (word[0] === token[0] && withinOneEdit(token, word)) found.add(word);
    };
    const hashes = deletionHashes(token);
    look(hashes.whole);
    // Not the first letter: what only that deletion meets starts with another letter (a doubled first letter
    // gives the same variant as deleting the second).
    for (let i = 1; i < token.length; i++) look(hashes.without(i));
    return [...found];
  };
};

/** Polynomial hashes (32-bit) of a word and of the word with each letter left out. */
const HASH_BASE = 131;
const deletionHashes = (word: string): { whole: number; without: (i: number) => number } => {
  const n = word.length;
  // prefix[i]: hash of word[0, i); suffix[i]: hash of word[i, n); power[k]: HASH_BASE^k.
  const prefix = new Int32Array(n + 1);
  const suffix = new Int32Array(n + 1);
  const power = new Int32Array(n + 1);
  power[0] = 1;
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = (Math.imul(prefix[i]!, HASH_BASE) + word.charCodeAt(i)) | 0;
    power[i + 1] = Math.imul(power[i]!, HASH_BASE);
  }
  for (let i = n - 1; i >= 0; i--) suffix[i] = (Math.imul(word.charCodeAt(i), power[n - 1 - i]!) + suffix[i + 1]!) | 0;
  return { whole: prefix[n]!, without: (i) => (Math.imul(prefix[i]!, power[n - 1 - i]!) + suffix[i + 1]!) | 0 };
};

/**
 * What else a word of a message may stand for in a phrase: the phrase words one edit away with the
 * same first letter (5+ letters), unless it is a known word itself. Looser than the repair of the text, and safe for that reason: a slip only
 * counts where the whole phrase around it matches ("tagit massa tablettr" for "tagit massa tabletter").
 */
export const makePhraseVariants = (phraseWords: Iterable<string>, knownWords: ReadonlySet<string> = new Set()): ((word: string) => readonly string[]) => {
  const nearWords = oneEditIndex(phraseWords);
  // Bounded: visitors' words are unbounded, the ones worth remembering are not.
  const cache = new LruMemo<readonly string[]>(50_000);
  return (token) => {
    // Too short to be taken for a slip, or a word in its own right ("fråga" is not a slip for "fradga").
    if (token.length < MIN_TYPO_LENGTH || knownWords.has(token)) return NO_OTHER_WORDS;
    return cache.get(token, () => nearWords(token).filter((word) => word !== token));
  };
};

export const makeSpeller = (
  keyWords: Iterable<string>,
  commonWords: Iterable<string>,
  chatWords: Readonly<Record<string, string>> = {},
  functionWords: ReadonlySet<string> = new Set(),
): Speller => {
  const chat = new Map(Object.entries(chatWords));
  const keys = new Set(keyWords);
  const known = new Set([...keys, ...commonWords]);
  const nearKeyWords = oneEditIndex(keys);
  const oneEditFrom = (token: string): string | undefined => {
    const found = nearKeyWords(token);
    if (found.length <= 1) return found[0];
    return [...found].sort((a, b) => Number(b.length === token.length) - Number(a.length === token.length) || (a < b ? -1 : 1))[0];
  };

  const squeezed = (token: string): string | undefined => {
    if (!DOUBLED.test(token)) return undefined;
    const once = token.replace(/(.)\1{2,}/g, '$1');
    if (once !== token && known.has(once)) return once;
    // A doubled letter is ordinary Swedish ("timme"): undone only when that gives a key word ("doo" → "do").
    const single = token.replace(/(.)\1+/g, '$1');
    return single !== token && keys.has(single) ? single : undefined;
  };

  /** The token as known words run together, fewest parts first; undefined when it is not. */
  const split = (token: string): string[] | undefined => {
    if (token.length < MIN_RUN_TOGETHER) return undefined;
    // A known word of 5+ letters and an ending is that word inflected ("fästingen", "hjälpen"), not words run together.
    for (let n = MIN_TYPO_LENGTH; n < token.length; n++) if (token.length - n <= 3 && known.has(token.slice(0, n))) return undefined;
    const sentence = token.length >= MIN_SENTENCE_TYPED_TOGETHER;
    // best[i]: the fewest parts that spell token.slice(0, i).
    const best: (string[] | undefined)[] = [[]];
    for (let end = 1; end <= token.length; end++) {
      for (let start = Math.max(0, end - 24); start < end; start++) {
        const before = best[start];
        if (!before) continue;
        const part = token.slice(start, end);
        // In a whole sentence typed without spaces, a key word may carry a slip too ("minsonhardrucktklorin").
        const word = known.has(part) && (part.length >= MIN_PART || SHORT_PARTS.has(part)) ? part
          : sentence && part.length >= MIN_TYPO_LENGTH ? oneEditFrom(part) : undefined;
        if (word && (!best[end] || best[end]!.length > before.length + 1)) best[end] = [...before, word];
      }
    }
    const parts = best[token.length];
    // Words run together have a small word among them ("villta", "avmig", "ontibrostet"); two content words
    // are a compound and stay whole ("sexåring", "vårdskador"), and an ending is not a word ("hjälp|en").
    // Nor is a two-letter first part: "vi|sar" is "visar", "de|la" is "dela"; but a whole sentence run
    // together may open with one ("ar|det|farligt|att|blanda…").
    if (!parts || parts.length < 2 || (parts[0]!.length < 3 && parts.length < MIN_PARTS_OF_A_SENTENCE) || ENDINGS.has(parts[parts.length - 1]!)) return undefined;
    // A first part that is also a prefix of compounds ("om|ställning", "in|läggning") does not count.
    const small = (part: string) => functionWords.has(part) || SHORT_PARTS.has(part);
    if (!parts.some((part, i) => (small(part) || keys.has(part)) && !(i === 0 && PREFIXES.has(part)))) return undefined;
    // Nothing but small words is a word of its own that the lists lack ("januari" is not "ja nu ar i"), but in a sentence.
    if (!sentence && parts.every((part) => part.length < 4)) return undefined;
    // Nor a short word of some other kind among them: "digitala" is not "dig i tala".
    // A whole sentence typed without spaces ("tankerpaattdohelatiden") may hold any known word of four letters.
    // One of 16+ letters with two small words or more among its parts ("min|son|har|druckit|klorin"), of three;
    // a shorter one with three small words or more ("vill|ta|dod|pa|mej").
    const smallParts = parts.filter(small).length;
    const sentenceLike = parts.length >= MIN_PARTS_OF_A_SENTENCE && smallParts >= (sentence ? 2 : 3);
    const shortest = sentenceLike ? 3 : parts.length >= MIN_PARTS_OF_A_SENTENCE ? 4 : MIN_TYPO_LENGTH;
    return parts.every((part) => small(part) || keys.has(part) || part.length >= shortest) ? parts : undefined;
  };

  /** "jatteforvirad" → "jatte forvirrad": an intensifier before a key word, itself maybe misspelled. */
  const intensified = (token: string): string | undefined => {
    const prefix = INTENSIFIERS.find((p) => token.startsWith(p) && token.length >= p.length + MIN_TYPO_LENGTH);
    if (!prefix) return undefined;
    const rest = token.slice(prefix.length);
    const word = known.has(rest) ? rest : oneEditFrom(rest);
    return word ? `${prefix} ${word}` : undefined;
  };

  // Bounded: visitors' unknown words are unbounded, the repairs worth remembering are not.
  const repairs = new LruMemo<string>(20_000);
  const repair = (token: string): string => {
    if (known.has(token) || /\d/.test(token)) return token;
    return repairs.get(token, () => squeezed(token) ?? oneEditFrom(token) ?? split(token)?.join(' ') ?? intensified(token) ?? token);
  };

  const read = (token: string): string => {
    const standard = chat.get(token);
    return standard === undefined ? repair(token) : standard;
  };
  return (folded) => {
    const tokens = folded.split(' ');
    // A short message none of whose words is a word was typed with few spaces ("hanfollihop ochrycker ihelakroppen"):
    // it is read as one sentence typed without spaces, when it is one.
    if (tokens.length > 1 && tokens.length <= MAX_WORDS_OF_FEW_SPACES && tokens.every((token) => !known.has(token) && !chat.has(token))) {
      const together = tokens.join('');
      const parts = together.length >= MIN_SENTENCE_TYPED_TOGETHER ? split(together) : undefined;
      if (parts && parts.length >= MIN_PARTS_OF_A_SENTENCE) return parts.join(' ');
    }
    return tokens.map(read).filter(Boolean).join(' ');
  };
};

/** Most words a message typed with few spaces has (each of them unknown): more is a message in words. */
const MAX_WORDS_OF_FEW_SPACES = 4;

/** A letter twice in a row. */
const DOUBLED = /(.)\1/;

/** Endings of inflected words, never the last word of words run together. */
const ENDINGS = new Set(['en', 'et', 'an', 'na', 'er', 'ar', 'or', 'ne', 'de', 'te']);

/** Small words that also begin Swedish compounds: "om" in "omställning", "till" in "tillgänglighet". */
const PREFIXES = new Set(['om', 'in', 'ut', 'av', 'upp', 'till', 'for', 'over', 'under', 'pa', 'med', 'mot', 'fram', 'bort', 'efter', 'an', 'vid', 'bi', 'ner', 'ned', 'hem', 'sam', 'e']);

/** Prefixes that only make a word stronger. */
const INTENSIFIERS = ['jatte', 'skit', 'super', 'sjukt', 'asa'];

/** Short words that may be parts of words run together ("ontibrostet", "kanintеandas"). */
const SHORT_PARTS = new Set(['igen', 'jatte', 'sjukt', 'skit', 'super', 'i', 'pa', 'av', 'om', 'ut', 'in', 'ta', 'e', 'ar', 'en', 'ett', 'vi', 'ni', 'ja', 'jag', 'mig', 'mej', 'han', 'hon', 'ont', 'dor', 'do', 'sa', 'ga', 'fa', 'ma', 'nu', 'du']);

/**
 * The words a set of regular-expression sources spells out, for the speller's key words: letter runs
 * outside escapes (`\b`, `\w*`…), as folded text has them.
 */
export const wordsOfPatterns = (sources: Iterable<string>): Set<string> => {
  const words = new Set<string>();
  for (const source of sources) {
    for (const run of source.replace(/\\[a-zA-Z]/g, ' ').split(/[^a-z]+/)) if (run.length >= 2) words.add(run);
  }
  return words;
};
