import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { matchingTriageRules, triage } from './triage';
import { TRIAGE_LEVELS, type TriageLevel } from './types';

/** One finding in a safety list, phrased for an editor (Swedish), with the line it is on. */
export type SafetyListProblem = { line: number; message: string };

/** What each level means to an editor, for the messages. */
const LEVEL_NAMES: Record<TriageLevel, string> = {
  emergency: 'emergency (112)',
  suicide: 'suicide (90101 och 112)',
  violence: 'violence (112 och Kvinnofridslinjen)',
  child: 'child (112, socialtjänsten, Bris)',
  psychiatric: 'psychiatric (112 och 1177)',
  poisoning: 'poisoning (Giftinformationscentralen)',
  medical: 'medical (1177)',
};

const HOW_TO_FIX = 'lägg till ordet i rätt ordlista i server/engine/triage/rules.ts (se "How to add a phrase" där), eller be en utvecklare om hjälp';

type Parsed<T> = { value: T; problems: SafetyListProblem[] };

const parse = (text: string): { doc: ReturnType<typeof parseDocument>; line: (node: Node | null | undefined) => number; problems: SafetyListProblem[] } => {
  const counter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: counter, prettyErrors: false });
  const line = (node: Node | null | undefined) => (node?.range ? counter.linePos(node.range[0]).line : 1);
  const problems = doc.errors.map((e) => ({ line: e.linePos?.[0]?.line ?? 1, message: `YAML-fel: ${e.message.split('\n')[0]} — rätta raden och spara filen igen` }));
  return { doc, line, problems };
};

/** The messages of one YAML list, each with its line; a problem for anything that is not a list of texts. */
const texts = (seq: unknown, line: (node: Node | null | undefined) => number, where: string): Parsed<{ text: string; line: number }[]> => {
  if (!isSeq(seq)) return { value: [], problems: [{ line: line(seq as Node), message: `${where} ska vara en lista med meddelanden ("- …") — skriv ett meddelande per rad` }] };
  const value: { text: string; line: number }[] = [];
  const problems: SafetyListProblem[] = [];
  for (const item of seq.items) {
    if (isScalar(item) && typeof item.value === 'string' && item.value.trim()) value.push({ text: item.value, line: line(item) });
    else problems.push({ line: line(item as Node), message: `${where}: varje rad ska vara ett meddelande i text — skriv det inom citattecken` });
  }
  return { value, problems };
};

/**
 * Checks knowledge/safety/must-trigger.yaml: every message must get exactly the level it is listed under.
 * The file maps each level (emergency, suicide…) to a list of messages.
 */
export const checkMustTrigger = (yamlText: string): SafetyListProblem[] => {
  const { doc, line, problems } = parse(yamlText);
  if (problems.length) return problems;
  if (!isMap(doc.contents)) return [{ line: 1, message: 'filen ska lista nivåer ("emergency:", "suicide:" …) med meddelanden under — se kommentaren överst i filen' }];
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!(TRIAGE_LEVELS as readonly string[]).includes(key)) {
      problems.push({ line: line(pair.key as Node), message: `okänd nivå "${key}" — använd en av ${TRIAGE_LEVELS.join(', ')}` });
      continue;
    }
    const level = key as TriageLevel;
    const listed = texts(pair.value, line, `nivån "${level}"`);
    problems.push(...listed.problems);
    for (const { text, line: at } of listed.value) {
      const got = triage(text);
      if (got?.level === level) continue;
      problems.push({
        line: at,
        message: got
          ? `"${text}" ska ge nivån ${LEVEL_NAMES[level]} men ger ${LEVEL_NAMES[got.level]} (regeln ${got.rule}) — flytta meddelandet till rätt nivå om det är rätt, annars ${HOW_TO_FIX}`
          : `"${text}" ska ge nivån ${LEVEL_NAMES[level]} men fångas inte — ${HOW_TO_FIX}`,
      });
    }
  }
  return problems;
};

/** Checks knowledge/safety/must-not-trigger.yaml: a list of ordinary questions no rule may fire on. */
export const checkMustNotTrigger = (yamlText: string): SafetyListProblem[] => {
  const { doc, line, problems } = parse(yamlText);
  if (problems.length) return problems;
  const listed = texts(doc.contents, line, 'filen');
  problems.push(...listed.problems);
  for (const { text, line: at } of listed.value) {
    const fired = matchingTriageRules(text);
    if (fired.length) {
      problems.push({
        line: at,
        message: `"${text}" ska besvaras som en vanlig fråga men triagen slår till (regeln ${fired.map((r) => r.rule).join(', ')}) — gör regelns villkor snävare i server/engine/triage/rules.ts, eller be en utvecklare om hjälp`,
      });
    }
  }
  return problems;
};
