import { editDistance } from '../swedish/edit-distance';
import { foldPattern } from './fold-for-matching';

/**
 * What a rule looks for, in data. Shared by the safety triage and the intents.
 *
 * Every string is a regular-expression source matched against folded text
 * (see `foldForMatching`: lowercase a–z, 0–9 and single spaces, no å/ä/ö), so:
 * - write lowercase Swedish; å/ä/ö in a pattern are folded too, so `bröst` also matches "brost";
 * - words are separated by exactly one space; punctuation is gone, so never match on `?` or `,`;
 * - use `\b` for word edges; `^` and `$` are the start and end of the whole message.
 */
export type MatcherSpec = {
  /** The rule fires when ANY of these, a fuzzy word or a phrase matches (and `requires` and `unless` agree). */
  patterns?: readonly string[];
  /**
   * Single words matched with one typo allowed (a letter wrong, missing, extra or two swapped), as the
   * start of a word, so `självmord` also catches "sjävmordstankar". Only for words of 6+ letters that
   * are never harmless: the start-of-word match includes every compound.
   */
  fuzzy?: readonly string[];
  /**
   * Literal phrases, any of which fires the rule when it stands in the text as whole words ("ligger helt
   * stilla", "kameror i väggarna"): for long lists of the ways people describe one situation. Written as a
   * visitor writes them; compared after the same folding as the text.
   */
  phrases?: readonly string[];
  /** Every group must ALSO have a match: e.g. a symptom AND a person it happens to. */
  requires?: readonly (readonly string[])[];
  /** The rule does not fire when any of these matches: keep them narrow, a miss here is silent. */
  unless?: readonly string[];
};

/** A compiled spec: takes text already folded by `foldForMatching`. */
export type TextMatcher = (folded: string) => boolean;

/** Shortest word `fuzzy` accepts: shorter ones sit one typo away from too many innocent words. */
export const MIN_FUZZY_LENGTH = 6;

/** For phrases: what else a word of the text may stand for (what a slip of it may be), besides itself. */
export type WordVariants = (word: string) => readonly string[];
/** What most words stand for besides themselves. */
export const NO_OTHER_WORDS: readonly string[] = [];

/** Compiles a spec once; throws naming `id` when a pattern is not a valid regular expression. */
export const compileMatcher = (id: string, spec: MatcherSpec, variants: WordVariants = () => NO_OTHER_WORDS): TextMatcher => {
  const compile = (sources: readonly string[] = []): Gated[] =>
    sources.flatMap((source) => {
      try {
        const branches = splitTopLevel(foldPattern(source));
        // Unanchored, such a look-ahead is tried from every letter of the message and reads the rest each time.
        if (branches.some((branch) => /^\(\?[=!]\.\*/.test(branch))) {
          throw new Error('a look-ahead over the whole message ("(?=.*" or "(?!.*") must open with "^", and what follows it with ".*"');
        }
        // Each alternative at the top level on its own: one that opens with a word is tried only where that
        // word stands, and the rest ("^…", "\\w*…") together as one expression.
        const parts = branches.flatMap(splitWordEndings).map((branch) => ({ branch, starts: firstWordGate(branch) }));
        const rest = parts.filter(({ starts }) => !starts).map(({ branch }) => branch);
        // A branch over the whole message ("^(?!…).*\\bskjut …") on its own, so that the word it needs skips it
        // for most messages; the other ungated branches together.
        const whole = rest.filter((branch) => branch.startsWith('^'));
        const loose = rest.filter((branch) => !branch.startsWith('^'));
        return [
          ...parts.filter(({ starts }) => starts).map(({ branch, starts }) => gated(branch, starts)),
          ...whole.map((branch) => gated(branch, null)),
          ...(loose.length ? [gated(loose.join('|'), null)] : []),
        ];
      } catch (error) {
        throw new Error(`rule ${id}: invalid pattern ${JSON.stringify(source)}: ${(error as Error).message}`);
      }
    });
  const patterns = compile(spec.patterns);
  const requires = (spec.requires ?? []).map((group) => compile(group));
  const unless = compile(spec.unless);
  const fuzzy = (spec.fuzzy ?? []).map((word) => {
    const folded = foldPattern(word);
    if (!/^[a-z]+$/.test(folded) || folded.length < MIN_FUZZY_LENGTH) {
      throw new Error(`rule ${id}: fuzzy word ${JSON.stringify(word)} must be one word of at least ${MIN_FUZZY_LENGTH} letters`);
    }
    return folded;
  });
  const phrases = spec.phrases?.length ? phraseList(spec.phrases, variants) : undefined;
  if (!patterns.length && !fuzzy.length && !phrases) throw new Error(`rule ${id}: needs patterns, fuzzy words or phrases`);

  return (folded) => {
    const open = openingsOf(folded);
    const hit =
      anyPasses(patterns, folded, open) ||
      (fuzzy.length > 0 && wordsOf(folded).some((token) => fuzzy.some((word) => startsWithinOneEdit(token, word)))) ||
      (phrases !== undefined && phrases.found(folded));
    if (!hit) return false;
    for (const group of requires) if (!anyPasses(group, folded, open)) return false;
    if (anyPasses(unless, folded, open)) return false;
    return true;
  };
};

/**
 * A pattern with the starts of the words it can begin with, when its source says so plainly
 * (`\\b(ont|smärt\\w*|tryck…) …`). Such a pattern can only match from the start of a word that begins so:
 * it is tried there, and only there, as a sticky expression, instead of from every letter of the message.
 * Most patterns match nothing in most messages, and a text with no word that opens a pattern costs it nothing.
 * `contains`: the pieces of text one of which any match must contain (their numbers in the piece automaton, which finds
 * every piece of every pattern in one pass over a text), or null when there are none worth looking for. For a pattern
 * no word start can gate, what it opens with or needs further on: 49 such patterns a message took 18 µs as one regular
 * expression each. For a gated pattern, what it needs past its opening ("… (hotad|slagen|misshandlad)"), when sharper
 * than the gate: four in five words that opened a pattern were in a message without such a piece. `n`: its number
 * among all patterns, for the results of the text last read.
 */
type Gated = { re: RegExp; sticky: RegExp | null; gate: number; contains: readonly number[] | null; n: number };

/**
 * A gated pattern is also tried only in a text with one of the pieces it needs when the shortest is this long:
 * shorter ones ("ar", "av") stand in nearly every message and cost the piece automaton more than they save.
 */
const MIN_NEEDED_PIECE = 4;

/** Openings are compared at up to this many characters (letters and the spaces between words). */
const GATE_LENGTH = 5;

/** A letter tree of word starts: each node holds the patterns a word beginning so can open. */
type GateNode = { gates: number[]; next: Map<number, GateNode> };
const gateTree: GateNode = { gates: [], next: new Map() };
let gates = 0;
/** The pattern each gate opens (its number among all patterns). */
const patternOfGate: number[] = [];
/**
 * Every pattern compiled, by source. Rules share their conditions (a person of one's own, now, a question about
 * care…): each is compiled, gated and tested once for a text, however many rules name it. Without this the 81
 * triage rules held 12,211 gated patterns, and every word of a message opened 180 of them.
 */
const compiled = new Map<string, Gated>();
const gated = (source: string, starts: ReadonlySet<string> | null): Gated => {
  const known = compiled.get(source);
  if (known) return known;
  const made = makeGated(source, starts);
  compiled.set(source, made);
  return made;
};
const makeGated = (source: string, starts: ReadonlySet<string> | null): Gated => {
  const re = new RegExp(source);
  const n = compiled.size;
  if (!starts) {
    const pieces = containedPieces(source);
    return { re, sticky: null, gate: -1, contains: pieces && pieces.map(pieceNumber), n };
  }
  const gate = gates++;
  patternOfGate.push(n);
  for (const start of starts) {
    let node = gateTree;
    for (let i = 0; i < start.length; i++) {
      const code = start.charCodeAt(i);
      let next = node.next.get(code);
      if (!next) node.next.set(code, (next = { gates: [], next: new Map() }));
      node = next;
    }
    node.gates.push(gate);
  }
  const needed = requiredPieces(source);
  const sharp = needed && needed.every((piece) => piece.length >= MIN_NEEDED_PIECE);
  return { re, sticky: new RegExp(source, 'y'), gate, contains: sharp ? needed.map(pieceNumber) : null, n };
};

/**
 * The letter tree laid out in flat arrays for reading (every word of every message walks it): node n's child
 * for letter slot c is `child[n * SLOTS + c]` (0 for none; the root is 0 and never a child), and its patterns
 * are `gateList[gateFrom[n] … gateFrom[n + 1]]`. Made again when a matcher compiled since added gates.
 */
type FlatTree = { gates: number; child: NodeTable; gateFrom: Int32Array; gateList: Int32Array };
/**
 * A table of node numbers, a row of SLOTS per node: in 16 bits while the nodes fit. Every character of every message
 * reads a row of such a table at a node of its own, so its size is what a message costs: the piece automaton has some
 * 14,000 nodes, 2.1 MB in 32 bits and 1.05 MB in 16, which stays in a processor's cache more often (opening a message
 * took 10 % less).
 */
type NodeTable = Uint16Array | Int32Array;
const nodeTable = (nodes: number, length: number): NodeTable => (nodes <= 0xffff ? new Uint16Array(length) : new Int32Array(length));

/** a–z, 0–9 and the space: the characters of folded text. */
const SLOTS = 37;
const slotOf = (code: number): number => (code >= 97 && code <= 122 ? code - 97 : code >= 48 && code <= 57 ? code - 22 : code === 32 ? 36 : -1);
let flat: FlatTree | undefined;
const flatTree = (): FlatTree => {
  if (flat?.gates === gates) return flat;
  const nodes: GateNode[] = [];
  const number = new Map<GateNode, number>();
  const visit = (node: GateNode) => {
    number.set(node, nodes.length);
    nodes.push(node);
    for (const next of node.next.values()) visit(next);
  };
  visit(gateTree);
  const child = nodeTable(nodes.length, nodes.length * SLOTS);
  const gateFrom = new Int32Array(nodes.length + 1);
  const gateList = new Int32Array(nodes.reduce((sum, node) => sum + node.gates.length, 0));
  nodes.forEach((node, n) => {
    for (const [code, next] of node.next) {
      const slot = slotOf(code);
      if (slot >= 0) child[n * SLOTS + slot] = number.get(next)!;
    }
    gateList.set(node.gates, gateFrom[n]!);
    gateFrom[n + 1] = gateFrom[n]! + node.gates.length;
  });
  return (flat = { gates, child, gateFrom, gateList });
};

/**
 * The pieces of all patterns (`contains`), in one letter tree with a link from each node to the longest end of it that
 * is also a start of some piece (Aho–Corasick): a text is read once, a character a step, and every piece in it found.
 */
const pieceNumbers = new Map<string, number>();
const pieceNumber = (piece: string): number => {
  let known = pieceNumbers.get(piece);
  if (known === undefined) pieceNumbers.set(piece, (known = pieceNumbers.size));
  return known;
};

/**
 * The automaton in flat arrays: from node n on character slot c to `step[n * SLOTS + c]` (a child, or where its link
 * goes on c); the pieces that end at n are `ends[endFrom[n] … endFrom[n + 1]]`, and `more[n]` is the nearest node on
 * its links where more pieces end (0 for none).
 */
type PieceAutomaton = { pieces: number; step: NodeTable; endFrom: Int32Array; ends: Int32Array; more: Int32Array };
let automaton: PieceAutomaton | undefined;
const pieceAutomaton = (): PieceAutomaton => {
  if (automaton?.pieces === pieceNumbers.size) return automaton;
  const children: number[][] = [[]];
  const endsAt: number[][] = [[]];
  for (const [piece, number] of pieceNumbers) {
    let node = 0;
    for (let i = 0; i < piece.length; i++) {
      const slot = slotOf(piece.charCodeAt(i));
      let next = children[node]![slot];
      if (next === undefined) {
        next = children.length;
        children[node]![slot] = next;
        children.push([]);
        endsAt.push([]);
      }
      node = next;
    }
    endsAt[node]!.push(number);
  }
  const nodes = children.length;
  const step = nodeTable(nodes, nodes * SLOTS);
  const link = new Int32Array(nodes);
  const more = new Int32Array(nodes);
  // Breadth first, so that a node's link (a shorter string) is complete before the node.
  const queue: number[] = [];
  for (let slot = 0; slot < SLOTS; slot++) {
    const child = children[0]![slot];
    if (child !== undefined) {
      step[slot] = child;
      queue.push(child);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    more[node] = endsAt[link[node]!]!.length ? link[node]! : more[link[node]!]!;
    for (let slot = 0; slot < SLOTS; slot++) {
      const child = children[node]![slot];
      const onLink = step[link[node]! * SLOTS + slot]!;
      if (child === undefined) step[node * SLOTS + slot] = onLink;
      else {
        step[node * SLOTS + slot] = child;
        link[child] = onLink;
        queue.push(child);
      }
    }
  }
  const endFrom = new Int32Array(nodes + 1);
  for (let n = 0; n < nodes; n++) endFrom[n + 1] = endFrom[n]! + endsAt[n]!.length;
  const ends = new Int32Array(endFrom[nodes]!);
  endsAt.forEach((list, n) => ends.set(list, endFrom[n]!));
  return (automaton = { pieces: pieceNumbers.size, step, endFrom, ends, more });
};

/**
 * What a text is known not to match before any pattern is tried: a pattern gated on word starts cannot match a text
 * none of whose words opens it, nor one needing pieces a text without them. `unread` holds 2 (no match) for every such
 * pattern and 0 (not tried) for the rest, copied into a text's results before its words and pieces clear the ones they
 * may match: of about 780 patterns the rules of a message ask about, some 40 are then left to try. `byPiece`: for each
 * piece, the ungated patterns that need it.
 */
type Unread = { patterns: number; unread: Uint8Array; byPiece: number[][] };
let unreadState: Unread | undefined;
const unreadResults = (): Unread => {
  if (unreadState?.patterns === compiled.size) return unreadState;
  const unread = new Uint8Array(compiled.size);
  const byPiece: number[][] = Array.from({ length: pieceNumbers.size }, () => []);
  for (const { sticky, contains, n } of compiled.values()) {
    if (sticky) unread[n] = 2;
    else if (contains) {
      unread[n] = 2;
      for (const piece of contains) byPiece[piece]!.push(n);
    }
  }
  return (unreadState = { patterns: compiled.size, unread, byPiece });
};

/** Which pieces stand in a text (1 for each found), into `found`, cleared first. */
const findPieces = (folded: string, found: Uint8Array, results: Uint8Array): Uint8Array => {
  const { step, endFrom, ends, more } = pieceAutomaton();
  const { byPiece } = unreadResults();
  found.fill(0);
  let node = 0;
  for (let i = 0; i < folded.length; i++) {
    const slot = slotOf(folded.charCodeAt(i));
    node = slot < 0 ? 0 : step[node * SLOTS + slot]!;
    for (let n = endFrom[node] === endFrom[node + 1] ? more[node]! : node; n; n = more[n]!) {
      for (let e = endFrom[n]!; e < endFrom[n + 1]!; e++) {
        const piece = ends[e]!;
        if (found[piece]) continue;
        found[piece] = 1;
        // The ungated patterns that need this piece may match: to be tried.
        for (const pattern of byPiece[piece]!) results[pattern] = 0;
      }
    }
  }
  return found;
};

/** The words of the last text asked about: every rule with fuzzy words reads the same message. */
let lastWordsText: string | undefined;
let lastWords: string[] = [];
const wordsOf = (folded: string): string[] => {
  if (folded !== lastWordsText) {
    lastWordsText = folded;
    lastWords = folded.split(' ');
  }
  return lastWords;
};

/**
 * Where the words of the last text asked about start, for each gated pattern which of them open it (a bit each),
 * and each pattern's result on it once tested (0 not yet, 1 matches, 2 does not).
 */
type Openings = { text: string | undefined; starts: number[]; masks: Uint32Array; results: Uint8Array; long: boolean; pieces: Uint8Array };
const openings: Openings = { text: undefined, starts: [], masks: new Uint32Array(0), results: new Uint8Array(0), long: false, pieces: new Uint8Array(0) };
/** Past this many words a message is tested whole, as a bit per word no longer fits. */
const MAX_WORDS = 32;

const openingsOf = (folded: string): Openings => {
  // Valid for the text and the patterns there were: a matcher compiled since adds patterns.
  if (folded === openings.text && openings.results.length === compiled.size) return openings;
  const { child, gateFrom, gateList } = flatTree();
  const starts: number[] = [];
  // One array for every message, cleared, not made anew: every message reads it once per pattern.
  const masks = openings.masks.length === gates ? openings.masks.fill(0) : new Uint32Array(gates);
  const results = openings.results.length === compiled.size ? openings.results : new Uint8Array(compiled.size);
  results.set(unreadResults().unread);
  for (let i = 0; i < folded.length; ) {
    let end = folded.indexOf(' ', i);
    if (end < 0) end = folded.length;
    // Words past the 32nd share the last bit: such a text is tested whole anyway.
    const bit = 1 << Math.min(starts.length, MAX_WORDS - 1);
    starts.push(i);
    // Walk the tree from the start of the word, up to GATE_LENGTH letters: no strings made.
    let node = 0;
    for (let k = i; k < folded.length && k - i < GATE_LENGTH; k++) {
      const slot = slotOf(folded.charCodeAt(k));
      node = slot < 0 ? 0 : child[node * SLOTS + slot]!;
      if (!node) break;
      for (let g = gateFrom[node]!; g < gateFrom[node + 1]!; g++) {
        const gate = gateList[g]!;
        masks[gate]! |= bit;
        // A word opens the pattern: it is to be tried.
        results[patternOfGate[gate]!] = 0;
      }
    }
    i = end + 1;
  }
  openings.text = folded;
  openings.starts = starts;
  openings.masks = masks;
  openings.results = results;
  openings.long = starts.length > MAX_WORDS;
  openings.pieces = findPieces(folded, openings.pieces.length === pieceNumbers.size ? openings.pieces : new Uint8Array(pieceNumbers.size), results);
  return openings;
};

/** Whether one pattern matches, tested once per text: from the words that can open it, or the whole text when it has no gate or is long. */
const passes = (pattern: Gated, folded: string, open: Openings): boolean => {
  const known = open.results[pattern.n];
  if (known) return known === 1;
  const found = test(pattern, folded, open);
  open.results[pattern.n] = found ? 1 : 2;
  return found;
};

const test = ({ re, sticky, gate, contains }: Gated, folded: string, open: Openings): boolean => {
  let mask = sticky ? open.masks[gate]! : 0;
  if (sticky && !mask) return false;
  if (contains && !hasAny(contains, open.pieces)) return false;
  if (!sticky || open.long) return re.test(folded);
  while (mask) {
    const bit = 31 - Math.clz32(mask & -mask);
    mask &= mask - 1;
    sticky.lastIndex = open.starts[bit]!;
    if (sticky.test(folded)) return true;
  }
  return false;
};

/** Whether any of the pieces was found in the text. */
const hasAny = (pieces: readonly number[], found: Uint8Array): boolean => {
  for (const piece of pieces) if (found[piece] === 1) return true;
  return false;
};

/** Whether any of the patterns matches. */
const anyPasses = (patterns: readonly Gated[], folded: string, open: Openings): boolean => {
  for (const pattern of patterns) if (passes(pattern, folded, open)) return true;
  return false;
};

/**
 * The starts of the words a pattern can begin with, or null when its source does not say plainly: every
 * top-level branch must open with a word boundary and then a literal word or a group of alternatives that
 * each open with a literal word. Letters made optional or repeated (`a?`, `\\w`, `{…}`) end the literal.
 */
export const firstWordGate = (source: string): Set<string> | null => {
  const gate = new Set<string>();
  for (const branch of splitTopLevel(source)) {
    // A branch that may start inside a word cannot be gated by word starts.
    if (!branch.startsWith('\\b')) return null;
    const starts = literalOpenings(branch.slice(2), WORD_STARTS);
    if (!starts) return null;
    for (const start of starts) gate.add(start.slice(0, GATE_LENGTH));
  }
  return gate.size ? gate : null;
};

/** How a walk of a pattern's openings reads a branch: what it skips first, and the literal it takes then. */
type OpeningReader = {
  /** The branch past what takes no letters of the match it starts; null when that is not plain. */
  skip: (source: string) => string | null;
  /** The literal the rest opens with, or null when it has none worth gating on. */
  literal: (rest: string) => string | null;
};

/**
 * The literals a source can open with: one, or a group of alternatives each opening with one (recursively);
 * a group made optional (`(det )?trycker`) adds what follows it. Null when not plain.
 */
const literalOpenings = (source: string, read: OpeningReader): string[] | null => {
  const rest = read.skip(source);
  if (rest === null) return null;
  if (!rest.startsWith('(')) {
    const literal = read.literal(rest);
    return literal ? [literal] : null;
  }
  if (rest.startsWith('(?')) return null;
  const close = matchingParen(rest, 0);
  if (close < 0) return null;
  const after = rest.slice(close + 1);
  const optional = /^(\?|\*|\{0,)/.test(after);
  if (!optional && /^[+{]/.test(after)) return null;
  // What follows the group opens the matches of its plain words too: "(jag|ja|min \\w+) har" opens with
  // "jag har", "ja har" or "min ".
  const then = optional ? null : read.literal(after);
  const found: string[] = [];
  for (const alternative of splitTopLevel(rest.slice(1, close))) {
    const inner = literalOpenings(alternative, read);
    if (!inner) return null;
    found.push(...(then && /^[a-z0-9 ]+$/.test(alternative) ? inner.map((opening) => opening + then) : inner));
  }
  if (!optional) return found;
  const tail = after.slice(after.startsWith('{') ? after.indexOf('}') + 1 : 1);
  const next = literalOpenings(tail.startsWith('?') ? tail.slice(1) : tail, read);
  return next ? [...found, ...next] : null;
};

/** Word starts: past a word boundary and any lookaround (which takes no letters), the literal letters. */
const WORD_STARTS: OpeningReader = {
  skip: (source) => {
    let rest = source.startsWith('\\b') ? source.slice(2) : source;
    while (/^\(\?<?[!=]/.test(rest)) {
      const close = matchingParen(rest, 0);
      if (close < 0) return null;
      rest = rest.slice(close + 1);
      if (rest.startsWith('\\b')) rest = rest.slice(2);
    }
    return rest;
  },
  // Letters and spaces: "i think" is gated on "i thi", not on every word that begins with "i".
  literal: (rest) => literalOpening(rest, /^[a-z0-9 ]+/) || null,
};

/** Contained pieces: past word boundaries and leading `\\w*`/`\\w+`, letters and spaces, at least two. */
const PIECES: OpeningReader = {
  skip: (source) => {
    let rest = source;
    for (let stripped = true; stripped; ) {
      stripped = false;
      for (const prefix of ['\\b', '\\w*', '\\w+']) {
        if (rest.startsWith(prefix)) {
          rest = rest.slice(prefix.length);
          stripped = true;
        }
      }
    }
    return rest;
  },
  literal: (rest) => {
    const piece = literalOpening(rest, /^[a-z0-9 ]+/).trimEnd();
    return piece.length >= 2 ? piece : null;
  },
};

/**
 * For a pattern no word start gates (`\\b\\w*förgift\\w*`, `\\w+åring`): the literal pieces of 2+ characters one of
 * which every match must contain, found like the word starts but past a leading `\\w*` or `\\w+`. Null when a
 * branch has no such piece, or the source is not plain.
 */
export const containedPieces = (source: string): string[] | null => {
  const pieces: string[] = [];
  for (const branch of splitTopLevel(source)) {
    const opening = branch.startsWith('^') ? piecesOfWhole(branch.slice(1)) : branch.startsWith('(?') ? null : literalOpenings(branch, PIECES);
    // What the branch needs further on ("… (tar|tog) livet av …") may say more than a short opening ("om", "det").
    const found = sharper(opening, requiredPieces(branch));
    if (!found) return null;
    pieces.push(...found);
  }
  return pieces.length ? [...new Set(pieces)] : null;
};

/** Of two sets of pieces (one of which a match must contain), the one whose shortest piece is longer. */
const sharper = (a: string[] | null, b: string[] | null): string[] | null => {
  if (!a || !b) return a ?? b;
  const shortest = (pieces: string[]) => Math.min(...pieces.map((piece) => piece.length));
  return shortest(b) > shortest(a) ? b : a;
};

/**
 * Pieces one of which every match of a branch contains, from what it needs at its top level: a run of plain letters
 * (" livet av "), or a group none of whose alternatives goes without a piece ("(kommer att döda|dödar|will kill)").
 * Of those, the sharpest. Null when nothing is needed for sure (every element optional, repeated or a class).
 */
export const requiredPieces = (branch: string): string[] | null => {
  let best: string[] | null = null;
  let run = '';
  const end = () => {
    const piece = run.trim();
    if (piece.length >= 2) best = sharper(best, [piece]);
    run = '';
  };
  for (let i = 0; i < branch.length; ) {
    const c = branch[i]!;
    if (c === '(') {
      end();
      const close = matchingParen(branch, i);
      if (close < 0) return null;
      const inner = branch.slice(i + 1, close);
      i = close + 1;
      const optional = /^[?*{]/.test(branch.slice(i));
      i = skipQuantifier(branch, i);
      // A look-around takes no letters of its own (nor is another kind of "(?…" read); a group made optional may be left out.
      if (optional || (inner.startsWith('?') && !inner.startsWith('?:'))) continue;
      const alternatives = splitTopLevel(inner.startsWith('?:') ? inner.slice(2) : inner);
      const each = alternatives.map(requiredPieces);
      if (each.every((pieces) => pieces)) best = sharper(best, [...new Set(each.flatMap((pieces) => pieces!))]);
    } else if (c === '[' || c === '\\' || c === '.') {
      end();
      i = c === '[' ? branch.indexOf(']', i) + 1 : c === '\\' ? i + 2 : i + 1;
      if (i === 0) return null;
      i = skipQuantifier(branch, i);
    } else if (/[a-z0-9 ]/.test(c)) {
      const next = branch[i + 1];
      if (next === '?' || next === '*' || next === '{') {
        end();
        i = skipQuantifier(branch, i + 1);
      } else if (next === '+') {
        run += c;
        end();
        i += 2;
      } else {
        run += c;
        i++;
      }
    } else {
      end();
      i++;
    }
  }
  end();
  return best;
};

/** Past a quantifier at `i` (`?`, `*`, `+`, `{m,n}`, each maybe lazy), or `i` when there is none. */
const skipQuantifier = (source: string, i: number): number => {
  const c = source[i];
  let next = c === '{' ? source.indexOf('}', i) + 1 : c === '?' || c === '*' || c === '+' ? i + 1 : i;
  if (next > i && source[next] === '?') next++;
  return next;
};

/**
 * The pieces a branch over the whole message needs (what follows its "^"): those of its first look-ahead that
 * has them ("(?=.*\\b(kniv|yxa)\\b)"), past the look-aheads that forbid ("(?!.*…)"), or else those of what
 * it matches (".*\\bskjut …").
 */
const piecesOfWhole = (source: string): string[] | null => {
  let rest = source;
  while (rest.startsWith('(?=') || rest.startsWith('(?!')) {
    const close = matchingParen(rest, 0);
    if (close < 0) return null;
    if (rest.startsWith('(?=')) {
      const found = piecesOfEach(rest.slice(3, close));
      if (found) return found;
    }
    rest = rest.slice(close + 1);
  }
  return piecesOfEach(rest);
};

/** Pieces of every alternative of a source, each read past a leading ".*"; null when one has none. */
const piecesOfEach = (source: string): string[] | null => {
  const pieces: string[] = [];
  for (const branch of splitTopLevel(source)) {
    const found = literalOpenings(branch.startsWith('.*') ? branch.slice(2) : branch, PIECES);
    if (!found) return null;
    pieces.push(...found);
  }
  return pieces;
};

/** The literal a source opens with (`run` says which characters), up to a letter made optional or repeated. */
const literalOpening = (source: string, run: RegExp): string => {
  const literal = run.exec(source)?.[0] ?? '';
  const next = source[literal.length];
  return next === '?' || next === '*' || next === '{' || next === '+' ? literal.slice(0, -1) : literal;
};

/**
 * `\b(feber|hosta|\w*värk)\b` as two tests that mean the same: `\b(feber|hosta)\b`, which the word-start
 * gate can skip for most messages, and `(?:värk)\b`, a word ending in "värk". One alternative that may
 * start inside a word would otherwise leave the whole list ungated, tried at every position of every message.
 */
export const splitWordEndings = (source: string): string[] => {
  if (!source.startsWith('\\b(') || source[3] === '?') return [source];
  const close = matchingParen(source, 2);
  if (close < 0 || source.slice(close + 1) !== '\\b') return [source];
  const alternatives = splitTopLevel(source.slice(3, close));
  const endings = alternatives.filter((a) => /^\\w\*[a-z]/.test(a));
  if (!endings.length || endings.length === alternatives.length) return [source];
  const words = alternatives.filter((a) => !endings.includes(a));
  return [`\\b(${words.join('|')})\\b`, `(?:${endings.map((e) => e.slice(3)).join('|')})\\b`];
};

const splitTopLevel = (source: string): string[] => {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
};

const matchingParen = (source: string, open: number): number => {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
};

/**
 * The phrase lists of all matchers that share a way of reading words, in one tree of words: a message is walked
 * once for every list, and from each word only as deep as some phrase goes on ("jag har …" is not compared with
 * every phrase that opens so, only followed word by word).
 */
type PhraseNode = { next: Map<string, PhraseNode>; ends: number[] };
type PhraseBook = { root: PhraseNode; lists: number; lastText?: string; lastFound: Uint8Array };
const books = new Map<WordVariants, PhraseBook>();
const phraseNode = (): PhraseNode => ({ next: new Map(), ends: [] });

const phraseList = (phrases: readonly string[], variants: WordVariants): { found: (folded: string) => boolean } => {
  let book = books.get(variants);
  if (!book) books.set(variants, (book = { root: phraseNode(), lists: 0, lastFound: new Uint8Array(0) }));
  const list = book.lists++;
  for (const phrase of phrases) {
    const words = phrase.split(' ').filter(Boolean);
    if (!words.length) continue;
    let node = book.root;
    for (const word of words) {
      let next = node.next.get(word);
      if (!next) node.next.set(word, (next = phraseNode()));
      node = next;
    }
    if (!node.ends.includes(list)) node.ends.push(list);
  }
  const shared = book;
  return { found: (folded) => foundLists(shared, folded, variants)[list] === 1 };
};

/** Which lists have a phrase standing in the text as whole words, each word of the text read as any of its variants. */
const foundLists = (book: PhraseBook, folded: string, variants: WordVariants): Uint8Array => {
  if (folded === book.lastText && book.lastFound.length === book.lists) return book.lastFound;
  const words = folded.split(' ');
  // What else each word may stand for: nothing for most, so no list is made for them.
  const others = words.map((word) => variants(word));
  const found = new Uint8Array(book.lists);
  // From word i on, having come to `node`; `exact`: every word so far as written.
  const walk = (node: PhraseNode, i: number, exact: boolean, depth: number) => {
    // A one-word phrase matches only as written: a slip is forgiven only with the rest of a phrase around it.
    if (depth > 1 || exact) for (const list of node.ends) found[list] = 1;
    if (i === words.length || node.next.size === 0) return;
    const next = node.next.get(words[i]!);
    if (next) walk(next, i + 1, exact, depth + 1);
    for (const other of others[i]!) {
      const slip = node.next.get(other);
      if (slip) walk(slip, i + 1, false, depth + 1);
    }
  };
  for (let i = 0; i < words.length; i++) walk(book.root, i, true, 0);
  book.lastText = folded;
  book.lastFound = found;
  return found;
};

/** Fuzzy words this long forgive two slips ("sjävmrod" for "självmord"), shorter ones one. */
export const TWO_EDITS_FROM = 9;

/** True when some start of `token`, with the same first letter, is at most one edit (two for long words) from `word`. */
export const startsWithinOneEdit = (token: string, word: string): boolean => {
  // A slip in the first letter is rare, and the check is on every word of every message: the first letter must match.
  if (token.charCodeAt(0) !== word.charCodeAt(0)) return false;
  if (word.length >= TWO_EDITS_FROM) {
    if (token.length < word.length - 2) return false;
    for (let length = word.length - 2; length <= word.length + 2; length++) {
      if (length <= token.length && editDistance(token.slice(0, length), word, 2) <= 2) return true;
    }
    return false;
  }
  for (let length = word.length - 1; length <= word.length + 1; length++) {
    if (length <= token.length && withinOneEdit(token.slice(0, length), word)) return true;
  }
  return false;
};

/** Damerau distance ≤ 1: equal, or one substitution, insertion, deletion or swap of neighbours. */
export const withinOneEdit = (a: string, b: string): boolean => {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    return (
      a.slice(i + 1) === b.slice(i + 1) ||
      (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    );
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
};
