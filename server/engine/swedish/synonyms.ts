import { LineCounter, isNode, parseDocument } from 'yaml';
import { z } from 'zod';
import { fold, hasDiacritics } from './fold';
import { normalizeText } from './normalize-text';
import { stem } from './stem';
import { isContentWord } from './stopwords';
import { tokenize } from './tokenize';

/** One line of knowledge/synonyms.yaml: words and phrases that mean the same thing to the guide. */
export type SynonymGroup = {
  /** 1-based line of the group in its file, for messages. */
  line: number;
  /** The group's words and phrases, normalised ("nära vård", "hälsocentral"). */
  members: string[];
};

/** A word to search for because the query contained a synonym of it. */
export type SynonymExpansion = {
  word: string;
  weight: number;
  /** Indexes of the query tokens that matched (several for a phrase). */
  from: number[];
};

/** Another word a query position may stand for, e.g. the vocabulary's resolution of a typo. */
export type Alternative = { word: string; weight: number };

/** How much an expansion is trusted relative to the word the visitor wrote. */
export const SYNONYM_WEIGHT = 0.6;

/** Thrown by parseSynonyms. `message` is the first problem as `file:line: text — fix`. */
export class SynonymsError extends Error {
  constructor(readonly file: string, readonly problems: { line: number; message: string }[]) {
    const first = problems[0] ?? { line: 1, message: 'okänt fel' };
    super(`${file}:${first.line}: ${first.message}`);
    this.name = 'SynonymsError';
  }
}

// Messages are Swedish: content editors read them through `npm run kb:check`.
const GROUP_SHAPE = 'raden ska vara en lista med ord inom hakparenteser, till exempel - [vårdcentral, hälsocentral]';

// YAML reads `2022` as a number, `true` as a boolean and an empty place (`[a, ~]`) as null: words all the same.
const word = z.preprocess(
  (value) => (value === null ? '' : typeof value === 'number' || typeof value === 'boolean' ? String(value) : value),
  z.string({ error: 'ett ord ska vara text — skriv bara ordet, till exempel vårdcentral' }),
)
  .transform((value) => normalizeText(value))
  .refine((value) => value.length > 0, { message: 'ett ord i gruppen är tomt — skriv ordet eller ta bort kommatecknet', abort: true })
  .refine((value) => tokenize(value).some(isContentWord), {
    error: (issue) => `"${String(issue.input)}" består bara av småord som guiden hoppar över — skriv ett ord med innehåll eller ta bort det`,
  });

const group = z.array(word, { error: `${GROUP_SHAPE} — rätta raden` })
  .min(2, 'en grupp ska ha minst två ord — lägg till ett ord eller ta bort raden')
  .superRefine((members, ctx) => {
    const seen = new Set<string>();
    members.forEach((member, i) => {
      const key = tokenize(member).join(' ');
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i], message: `"${member}" står två gånger i gruppen — ta bort det ena` });
      seen.add(key);
    });
  });

const file = z.array(group, { error: `filen ska vara en lista med grupper, en per rad — ${GROUP_SHAPE}` }).nullable();

/**
 * Reads knowledge/synonyms.yaml. Throws SynonymsError naming `file:line` of every problem, in
 * Swedish, e.g. `knowledge/synonyms.yaml:4: en grupp ska ha minst två ord — lägg till ett ord eller ta bort raden`.
 * An empty file is valid and has no groups.
 */
export const parseSynonyms = (yamlText: string, fileName: string): SynonymGroup[] => {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText.replace(/^\uFEFF/, ''), { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length) {
    throw new SynonymsError(fileName, doc.errors.map((e) => ({
      line: e.linePos?.[0]?.line ?? counter.linePos(e.pos[0]).line,
      message: `YAML-fel: ${e.message.split('\n')[0] ?? e.message} — kontrollera hakparenteser, kommatecken och citattecken`,
    })));
  }
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
    }
    return 1;
  };
  const parsed = file.safeParse(doc.toJS());
  if (!parsed.success) {
    throw new SynonymsError(fileName, parsed.error.issues.map((issue) => ({ line: lineOf(issue.path), message: issue.message })));
  }
  return (parsed.data ?? []).map((members, i) => ({ line: lineOf([i]), members }));
};

type Member = { group: number; index: number; tokens: string[] };

/**
 * Finds synonyms — single words and phrases — in a query and says what else to search for.
 * Words match by stem ("hälsocentralen" finds the member "hälsocentral"), or by their
 * diacritic-free form when the visitor typed without å/ä/ö ("halsocentral"). Words inside a
 * phrase that are stopwords ("och" in "god och nära vård") must be there too.
 */
export class Synonyms {
  readonly groups: readonly SynonymGroup[];
  private readonly members: Member[][];
  private readonly byStem = new Map<string, Member[]>();
  private readonly byFold = new Map<string, Member[]>();
  /** The phrases of the groups by their words run together and folded: "naravard" → nära, vård. */
  private readonly together = new Map<string, readonly string[]>();

  constructor(groups: readonly SynonymGroup[]) {
    this.groups = groups;
    this.members = groups.map((g, group) => g.members.map((m, index) => ({ group, index, tokens: tokenize(normalizeText(m)) })));
    for (const member of this.members.flat()) {
      const first = member.tokens[0];
      if (first === undefined) continue;
      if (isContentWord(first)) push(this.byStem, stem(first), member);
      push(this.byFold, fold(first), member);
      if (member.tokens.length > 1) this.together.set(fold(member.tokens.join('')), member.tokens);
    }
  }

  /** The words of a phrase of the lexicon a visitor typed without spaces ("naravard", "jobbaihop"), or undefined. */
  typedTogether(token: string): readonly string[] | undefined {
    return this.together.get(fold(token));
  }

  static fromYaml(yamlText: string, fileName: string): Synonyms {
    return new Synonyms(parseSynonyms(yamlText, fileName));
  }

  /**
   * The other members of every group whose word or phrase occurs in `tokens` (normalised query
   * tokens, stopwords included so phrases line up), split into words, stopwords left out.
   * `alternatives[i]` are more words position i may stand for (the vocabulary's resolution of a
   * typo, say); a match through one is weighted by its weight. Longest match wins, left to right,
   * so "nära vård" is one phrase and not also the word "vård". One expansion per stem, and none
   * for a stem the matched tokens already stand for.
   */
  expand(tokens: readonly string[], alternatives: readonly (readonly Alternative[] | undefined)[] = []): SynonymExpansion[] {
    const options = tokens.map((t, i): Alternative[] => [{ word: t, weight: 1 }, ...(alternatives[i] ?? [])]);
    const found = new Map<string, SynonymExpansion>();
    let i = 0;
    while (i < options.length) {
      let longest = 0;
      let matches: { member: Member; weight: number }[] = [];
      for (const member of this.candidates(options[i]!)) {
        const weight = matchAt(member, options, i);
        if (weight === null) continue;
        if (member.tokens.length > longest) {
          longest = member.tokens.length;
          matches = [];
        }
        if (member.tokens.length === longest) matches.push({ member, weight });
      }
      if (!longest) {
        i++;
        continue;
      }
      const from = Array.from({ length: longest }, (_, k) => i + k);
      const present = new Set(from.flatMap((k) => options[k]!.filter((o) => isContentWord(o.word)).map((o) => stem(o.word))));
      for (const { member, weight } of matches) {
        // The member itself may have matched without its diacritics: its stems are "present" too.
        const matched = new Set(member.tokens.map(stem));
        const matchedContent = member.tokens.filter(isContentWord).map(stem);
        for (const other of this.members[member.group]!) {
          if (other.index === member.index) continue;
          // A longer member that contains the matched one ("god och nära vård" for "nära vård") only
          // qualifies it: its extra words ("god") are not synonyms of anything the visitor wrote.
          const otherStems = new Set(other.tokens.filter(isContentWord).map(stem));
          if (matchedContent.length && matchedContent.every((s) => otherStems.has(s))) continue;
          for (const w of other.tokens) {
            const key = stem(w);
            if (!isContentWord(w) || present.has(key) || matched.has(key)) continue;
            const expansionWeight = SYNONYM_WEIGHT * weight;
            // One expansion per stem: "vårdcentral" and "vårdcentralen" search the same term.
            const existing = found.get(key);
            if (!existing) found.set(key, { word: w, weight: expansionWeight, from: [...from] });
            else {
              existing.weight = Math.max(existing.weight, expansionWeight);
              existing.from = [...new Set([...existing.from, ...from])].sort((a, b) => a - b);
            }
          }
        }
      }
      i += longest;
    }
    return [...found.values()];
  }

  private candidates(options: readonly Alternative[]): Set<Member> {
    const out = new Set<Member>();
    for (const { word: w } of options) {
      if (isContentWord(w)) for (const m of this.byStem.get(stem(w)) ?? []) out.add(m);
      for (const m of this.byFold.get(fold(w)) ?? []) out.add(m);
    }
    return out;
  }
}

/** The weight of the weakest position if `member` matches the query at `start`, else null. */
const matchAt = (member: Member, options: readonly Alternative[][], start: number): number | null => {
  let weight = 1;
  for (let k = 0; k < member.tokens.length; k++) {
    const here = options[start + k];
    if (!here) return null;
    let best = 0;
    for (const o of here) if (o.weight > best && sameWord(o.word, member.tokens[k]!)) best = o.weight;
    if (!best) return null;
    weight = Math.min(weight, best);
  }
  return weight;
};

const sameWord = (query: string, member: string): boolean => {
  if (query === member) return true;
  // Small words in phrases ("och", the "e" of "e-tjänst") only need to agree without diacritics.
  if (!isContentWord(member)) return fold(query) === fold(member);
  if (!isContentWord(query)) return false;
  return stem(query) === stem(member) || (!hasDiacritics(query) && query === fold(member));
};

const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};
