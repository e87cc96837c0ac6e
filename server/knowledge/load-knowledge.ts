import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { z } from 'zod';
import { entryFrontMatter, type Entry, ANSWER_WORDS_HARD, ANSWER_WORDS_SOFT, MIN_QUESTIONS, REVIEW_MAX_AGE_DAYS } from './entry-schema';
import { tenantConfig, type TenantConfig } from './tenant-schema';
import { parseFrontMatter, parseYamlWithLines, type FrontMatter } from './front-matter';
import { type Problem, withFix } from './problem';
import { entriesByOwner, type Knowledge, NATIONAL } from './knowledge';
import { parseSynonyms, questionKey } from '../engine/swedish';
import { contrastRatio, MIN_CONTRAST } from './contrast';
import { hasSourceLine, withoutSourceLine } from './source-line';
import { findUnsafeMarkup } from './unsafe-markup';

export type LoadResult = {
  /** Null when any error was found: a broken base is never served. */
  knowledge: Knowledge | null;
  problems: Problem[];
};

export type LoadOptions = {
  /** "Today", for the review-age warning. @default new Date() */
  now?: Date;
  /** Entries reviewed longer ago than this get a warning. @default 365 */
  reviewMaxAgeDays?: number;
  /**
   * Files parsed by earlier loads of the same folder: a file whose size and times are unchanged
   * is not read or parsed again, and an entry keeps its `Entry` object (so the search index can reuse its
   * tokens). The checks across files run over every entry each time. Without it, everything is read.
   */
  cache?: KnowledgeCache;
  /**
   * Files (as problems name them) to serve at their version of the last load without errors instead of as they
   * are now, or to leave out when they have none: the watcher holds a broken file back so that it holds back
   * nothing else. Needs the cache, which keeps those versions.
   */
  holdBack?: ReadonlySet<string>;
  /**
   * Told of every entry file whose content differs from the cache's (a new text, or null: the file is gone), from
   * the second load of a cache on: an edit made outside the browser becomes a revision too.
   */
  onEntryFileChange?: (file: string, text: string | null) => void;
};

/** Where an entry's fields are in its file, kept instead of the parsed YAML document. */
type EntryLines = { id: number; tenant: number; questions: number; reviewed: number; body: number; question: number[]; related: number[]; extends: number };

/** One entry file as parsed and checked on its own: its problems when it does not parse, else its entry. */
type ParsedEntryFile =
  | { problems: Problem[]; entry?: undefined }
  | { problems?: undefined; entry: Entry; lines: EntryLines; answerWords: number; hasSource: boolean; questionKeys: string[] };

/** One tenant.yaml as parsed and checked on its own: its problems, else its configuration. */
type ParsedTenantFile = { problems: Problem[]; config?: undefined } | { problems?: undefined; config: TenantConfig };

type CachedFile<T> = { display: string; stamp: string; hash: string; verifiedAt: number; parsed: T };

/**
 * A file changed within this long of being read may change again without its time changing: it is
 * read again and compared by content until it is older. File systems that keep whole seconds (FAT,
 * ext3, some network mounts) need two seconds; the others tick every few milliseconds.
 */
/** More national entries changed than this: all their questions are claimed again. */
const MAX_NATIONAL_CHANGES_CLAIMED_ALONE = 200;

const racyMs = (mtimeNs: bigint) => (mtimeNs % 1_000_000_000n === 0n ? 2000 : 50);

/** The parsed files of one knowledge folder, between loads. Keep one per watcher: it is not shared state. */
export class KnowledgeCache {
  /** Entry files, by absolute-or-given file path. */
  readonly files = new Map<string, CachedFile<ParsedEntryFile>>();
  /** tenant.yaml files, the same way (at 300 organisations, parsing them all again was a third of a reload). */
  readonly tenants = new Map<string, CachedFile<ParsedTenantFile>>();
  /** The national entries' questions as last claimed, with the problems found then. */
  nationalQuestions?: { entries: readonly Entry[]; questions: Map<string, Entry>; problems: Problem[] };
  /** Every file as it was in the last load without errors: what a held-back file is served as. */
  lastGood?: { files: Map<string, CachedFile<ParsedEntryFile>>; tenants: Map<string, CachedFile<ParsedTenantFile>>; synonymsYaml: string };
}


/** Reads and validates the whole knowledge folder. Never throws for bad content: it reports problems. */
export const loadKnowledge = async (root: string, { now = new Date(), reviewMaxAgeDays = REVIEW_MAX_AGE_DAYS, cache, holdBack, onEntryFileChange }: LoadOptions = {}): Promise<LoadResult> => {
  const problems: Problem[] = [];
  const display = (file: string) => relative(process.cwd(), file).split(sep).join('/') || file;
  // The same for a path under root, without path.relative for each of ten thousand files.
  const rootShown = relative(process.cwd(), root);
  const displayUnder = (rel: string) => (rootShown ? join(rootShown, rel) : rel).split(sep).join('/');
  const error = (file: string, line: number, message: string) => problems.push({ severity: 'error', file: display(file), line, message: withFix(message) });
  const warn = (file: string, line: number, message: string) => problems.push({ severity: 'warning', file: display(file), line, message: withFix(message) });

  let listed: string[];
  try {
    listed = (await listFolder(root)).sort();
  } catch {
    error(root, 0, 'mappen för kunskapsbasen finns inte — kontrollera KNOWLEDGE_DIR eller skapa mappen');
    return { knowledge: null, problems };
  }
  const files = listed.map((rel) => join(root, rel));

  // ---- tenants ----
  const tenants = new Map<string, TenantConfig>();
  const tenantFiles = files.filter((_, i) => /tenants[\\/][^\\/]+[\\/]tenant\.ya?ml$/.test(listed[i]!));
  const held = <T>(good: Map<string, CachedFile<T>> | undefined, skip: T): Held<T> | undefined => (holdBack?.size ? { shown: holdBack, good, skip } : undefined);
  const parsedTenants = await readCached(tenantFiles.map((file) => ({ file, shown: display(file) })), cache?.tenants, parseTenantFile, held(cache?.lastGood?.tenants, { problems: [] }));
  parsedTenants.forEach((parsed) => {
    if (parsed.problems) problems.push(...parsed.problems);
    else tenants.set(parsed.config.id, parsed.config);
  });

  // ---- entries ----
  const entries = new Map<string, Entry>();
  const parsedById = new Map<string, ParsedEntryFile & { entry: Entry }>();
  const entryFiles: { file: string; shown: string; folderTenant: string | null }[] = [];
  files.forEach((file, i) => {
    if (!file.endsWith('.md')) return;
    const rel = listed[i]!.split(sep);
    if (rel.length === 1) return; // knowledge/README.md and other top-level documentation
    const folderTenant = rel[0] === 'national' && rel.length === 2 ? NATIONAL
      : rel[0] === 'tenants' && rel.length === 3 ? rel[1]! : null;
    entryFiles.push({ file, shown: displayUnder(listed[i]!), folderTenant });
  });
  const parsedFiles = await readCached(entryFiles.filter((f) => f.folderTenant !== null), cache?.files, parseEntryFile, held(cache?.lastGood?.files, { problems: [] }), onEntryFileChange);
  let next = 0;
  for (const { file, shown, folderTenant } of entryFiles) {
    if (folderTenant === null) {
      if (holdBack?.has(shown)) continue;
      error(file, 1, 'filen ligger på fel ställe — lägg nationella svar i knowledge/national/ och en organisations egna i knowledge/tenants/<id>/');
      continue;
    }
    const parsed = parsedFiles[next++]!;
    if (parsed.problems) {
      problems.push(...parsed.problems);
      continue;
    }
    const { entry, lines } = parsed;
    if (entry.tenant !== folderTenant) {
      error(file, lines.tenant, folderTenant === NATIONAL
        ? `fältet "tenant" är "${entry.tenant}" men filen ligger i national/ — skriv "tenant: national" eller flytta filen till knowledge/tenants/${entry.tenant}/`
        : `fältet "tenant" är "${entry.tenant}" men filen ligger i tenants/${folderTenant}/ — skriv "tenant: ${folderTenant}" eller flytta filen`);
      continue;
    }
    if (entry.tenant !== NATIONAL && !tenants.has(entry.tenant)) {
      error(file, lines.tenant, `okänd organisation "${entry.tenant}" — det finns ingen knowledge/tenants/${entry.tenant}/tenant.yaml`);
      continue;
    }
    const existing = entries.get(entry.id);
    if (existing) {
      error(file, lines.id, `id "${entry.id}" används redan i ${existing.file} — ge posten ett eget id`);
      continue;
    }
    if (basename(file, '.md') !== entry.id) {
      warn(file, lines.id, `filen heter "${basename(file)}" men id är "${entry.id}" — döp om filen till ${entry.id}.md så att den är lätt att hitta`);
    }
    const own = entryProblems(parsed, file, now, reviewMaxAgeDays);
    problems.push(...own);
    if (own.some((p) => p.severity === 'error')) continue;
    entries.set(entry.id, entry);
    parsedById.set(entry.id, parsed);
  }

  // ---- cross-entry checks, per tenant: national entries are part of every tenant's set ----
  const scopes = [NATIONAL, ...tenants.keys()];
  for (const entry of entries.values()) {
    const { lines } = parsedById.get(entry.id)!;
    entry.related.forEach((id, i) => {
      const target = entries.get(id);
      if (!target) {
        error(entry.file, lines.related[i]!, `fältet "related" pekar på "${id}" som inte finns — kontrollera stavningen eller ta bort raden`);
      } else if (target.tenant !== NATIONAL && target.tenant !== entry.tenant) {
        error(entry.file, lines.related[i]!, `fältet "related" pekar på "${id}" som hör till ${target.tenant} och inte syns hos ${entry.tenant === NATIONAL ? 'alla organisationer' : entry.tenant} — peka bara på nationella poster eller organisationens egna`);
      }
    });
  }
  // An organisation adds its own words to a national answer once: `extends` names a national entry, from a tenant's own.
  const extensions = new Map<string, Entry>();
  for (const entry of entries.values()) {
    if (!entry.extends) continue;
    const { lines } = parsedById.get(entry.id)!;
    const target = entries.get(entry.extends);
    const key = `${entry.tenant}\u0000${entry.extends}`;
    if (entry.tenant === NATIONAL) {
      error(entry.file, lines.extends, 'fältet "extends" hör bara hemma i en organisations egna poster — ta bort det här, eller flytta posten till organisationens mapp');
    } else if (!target) {
      error(entry.file, lines.extends, `fältet "extends" pekar på "${entry.extends}" som inte finns — kontrollera stavningen`);
    } else if (target.tenant !== NATIONAL) {
      error(entry.file, lines.extends, `fältet "extends" pekar på "${entry.extends}", som inte är en nationell post — en organisation lägger egna ord till ett nationellt svar`);
    } else if (extensions.has(key)) {
      error(entry.file, lines.extends, `${entry.tenant} lägger redan egna ord till "${entry.extends}" i ${extensions.get(key)!.file} — samla dem i en post`);
    } else {
      extensions.set(key, entry);
    }
  }
  // A question belongs to one entry among those a tenant's visitors see: the national ones and its own. The
  // national questions are gathered once; each tenant's own are checked against them and each other (the
  // check grows with the entries, not with tenants × national questions).
  const claimQuestions = (list: readonly Entry[], seen: Map<string, Entry>, before?: ReadonlyMap<string, Entry>) => {
    for (const entry of list) {
      const { questionKeys, lines } = parsedById.get(entry.id)!;
      entry.questions.forEach((q, i) => {
        const key = questionKeys[i]!;
        const other = seen.get(key) ?? before?.get(key);
        if (other && other.id !== entry.id) {
          error(entry.file, lines.question[i]!, `frågan "${q}" finns redan i ${other.file} — en fråga får bara höra till en post; ta bort den ena eller formulera om den`);
        } else seen.set(key, entry);
      });
    }
  };
  const byScope = entriesByOwner(entries.values(), scopes);
  const national = byScope.get(NATIONAL) ?? [];
  // The national questions, claimed again only for the national entries that changed (at 5,000 national entries,
  // claiming them all was most of a reload's checks): an unchanged file keeps its Entry object.
  const claimed = cache?.nationalQuestions;
  const changed = claimed && claimed.entries.length === national.length && !claimed.problems.length
    ? national.flatMap((entry, i) => (entry === claimed.entries[i] ? [] : [i])) : null;
  let nationalQuestions: Map<string, Entry>;
  const before = problems.length;
  if (changed && changed.length <= MAX_NATIONAL_CHANGES_CLAIMED_ALONE) {
    // A few national entries edited (an editor's save, a bulk change of a hundred): only theirs claimed again.
    nationalQuestions = new Map(claimed!.questions);
    for (const i of changed) {
      const old = claimed!.entries[i]!;
      for (const q of old.questions) if (nationalQuestions.get(questionKey(q)) === old) nationalQuestions.delete(questionKey(q));
    }
    claimQuestions(changed.map((i) => national[i]!), nationalQuestions);
  } else {
    nationalQuestions = new Map();
    claimQuestions(national, nationalQuestions);
  }
  if (cache) cache.nationalQuestions = { entries: national, questions: nationalQuestions, problems: problems.slice(before) };
  for (const [scope, list] of byScope) if (scope !== NATIONAL) claimQuestions(list, new Map(), nationalQuestions);

  // ---- synonyms ----
  let synonymsYaml = '';
  const synonymsFile = join(root, 'synonyms.yaml');
  if (holdBack?.has(display(synonymsFile))) {
    synonymsYaml = cache?.lastGood?.synonymsYaml ?? '';
  } else if (files.includes(synonymsFile)) {
    synonymsYaml = await readFile(synonymsFile, 'utf8');
    try {
      parseSynonyms(synonymsYaml, display(synonymsFile));
    } catch (e) {
      const m = /^(.*?):(\d+): (.*)$/s.exec((e as Error).message);
      error(synonymsFile, m ? Number(m[2]) : 1, m ? m[3]! : (e as Error).message);
    }
  }

  const failed = problems.some((p) => p.severity === 'error');
  if (cache && !failed) {
    // What is served now is good: the next broken edit of a file falls back to this version of it (a file held
    // back keeps the version it had).
    const kept = <T>(now: Map<string, CachedFile<T>>, before: Map<string, CachedFile<T>> | undefined) => {
      const files = new Map(now);
      for (const [file, good] of before ?? []) if (holdBack?.has(good.display) && !files.has(file)) files.set(file, good);
      return files;
    };
    cache.lastGood = { files: kept(cache.files, cache.lastGood?.files), tenants: kept(cache.tenants, cache.lastGood?.tenants), synonymsYaml };
  }
  return {
    knowledge: failed ? null : { tenants, entries, synonymsYaml, loadedAt: now },
    problems: dedupe(problems),
  };
};

/**
 * Each file parsed and checked on its own, in the order given: from the cache when the file is
 * unchanged, else read (in parallel) and parsed, and put in the cache.
 */
/** Files held back (by their shown names): served as their last good version, or as `skip` without one. */
type Held<T> = { shown: ReadonlySet<string>; good: Map<string, CachedFile<T>> | undefined; skip: T };

const readCached = async <T>(
  files: { file: string; shown: string }[], cache: Map<string, CachedFile<T>> | undefined, parse: (text: string, shown: string) => T,
  held?: Held<T>, onChange?: (file: string, text: string | null) => void,
): Promise<T[]> => {
  const previous = cache ?? new Map<string, CachedFile<T>>();
  // The first load of a cache reads everything: nothing has changed yet.
  const changes = onChange && previous.size ? onChange : undefined;
  const next = new Map<string, CachedFile<T>>();
  const result: (T | Promise<T>)[] = files.map(({ file, shown }) => {
    // Not kept as the file's current version: once the editor fixes it, the next load reads it again.
    if (held?.shown.has(shown)) return held.good?.get(file)?.parsed ?? held.skip;
    const cached = previous.get(file)?.display === shown ? previous.get(file) : undefined;
    // Stat before reading, so that a change while reading shows as a new stamp next time. Synchronous:
    // ten thousand stats take a fifth of the time they take through the thread pool.
    const stats = cache ? statSync(file, { bigint: true, throwIfNoEntry: false }) : undefined;
    const stamp = stats ? `${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}` : '';
    if (cached && stats && stamp === cached.stamp && Number(stats.mtimeMs) < cached.verifiedAt - racyMs(stats.mtimeNs)) {
      next.set(file, cached);
      return cached.parsed;
    }
    const verifiedAt = Date.now();
    return readFile(file, 'utf8').then((text) => {
      const hash = cache ? createHash('sha1').update(text).digest('base64') : '';
      // Touched but not changed (or recently changed and not since): the content decides.
      const parsed = cached?.hash === hash ? cached.parsed : parse(text, shown);
      if (changes && cached?.hash !== hash) changes(file, text);
      if (stamp) next.set(file, { display: shown, stamp, hash, verifiedAt, parsed });
      return parsed;
    });
  });
  const parsed = await Promise.all(result);
  if (changes) {
    const listed = new Set(files.map((f) => f.file));
    for (const file of previous.keys()) if (!listed.has(file)) changes(file, null);
  }
  if (cache) {
    cache.clear();
    for (const [file, cached] of next) cache.set(file, cached);
  }
  return parsed;
};

/** The paths under a folder, folders too, as `readdir(root, { recursive: true })` gives them, several times faster. */
const listFolder = async (root: string, under = ''): Promise<string[]> => {
  const paths: string[] = [];
  for (const dirent of await readdir(join(root, under), { withFileTypes: true })) {
    const path = under ? join(under, dirent.name) : dirent.name;
    paths.push(path);
    if (dirent.isDirectory()) paths.push(...await listFolder(root, path));
  }
  return paths;
};

/** A zod error as problems, each at its field's line. */
const zodProblems = (error: (line: number, message: string) => void, fm: FrontMatter, err: z.ZodError) => {
  for (const issue of err.issues) {
    const field = issue.path.join('.');
    error(fm.lineOf(issue.path as PropertyKey[]), field ? `fältet "${field}" ${issue.message}` : issue.message);
  }
};

/** A tenant.yaml parsed and checked on its own: its id must be its folder's name, its colours readable. */
const parseTenantFile = (text: string, shown: string): ParsedTenantFile => {
  const problems: Problem[] = [];
  const error = (line: number, message: string) => problems.push({ severity: 'error', file: shown, line, message: withFix(message) });
  const folder = basename(dirname(shown));
  const fm = parseYamlWithLines(text);
  if (fm.errors.length) {
    for (const e of fm.errors) error(e.line, `YAML-fel: ${e.message} — kontrollera indrag, kolon och citattecken`);
    return { problems };
  }
  const parsed = tenantConfig.safeParse(fm.data);
  if (!parsed.success) {
    zodProblems(error, fm, parsed.error);
    return { problems };
  }
  if (parsed.data.id !== folder) {
    error(fm.lineOf(['id']), `fältet "id" är "${parsed.data.id}" men mappen heter "${folder}" — ge dem samma namn`);
    return { problems };
  }
  const { accent, accentText } = parsed.data.theme;
  const ratio = contrastRatio(accent, accentText);
  if (ratio < MIN_CONTRAST) {
    error(fm.lineOf(['theme', 'accentText']), `färgerna ${accent} och ${accentText} har kontrasten ${ratio.toFixed(2)}:1, men texten måste ha minst ${MIN_CONTRAST}:1 för att alla ska kunna läsa den — välj en mörkare accent eller en ljusare textfärg`);
    return { problems };
  }
  return { config: parsed.data };
};

/** Everything about one entry file that does not depend on the other files or the date. */
/** One entry file's text checked on its own, as kb:check and the loader do: its entry, or its problems. */
export const checkEntryFile = (text: string, shown: string, now = new Date()): { entry?: Entry; problems: Problem[] } => {
  const parsed = parseEntryFile(text, shown);
  if (parsed.problems) return { problems: parsed.problems };
  const problems = entryProblems(parsed, shown, now);
  return problems.some((p) => p.severity === 'error') ? { problems } : { entry: parsed.entry, problems };
};

const parseEntryFile = (text: string, shown: string): ParsedEntryFile => {
  const problems: Problem[] = [];
  const error = (line: number, message: string) => problems.push({ severity: 'error', file: shown, line, message: withFix(message) });
  const fm = parseFrontMatter(text);
  if (!fm) {
    error(1, 'inledningen (front matter) saknas — börja filen med en rad "---", fälten id, tenant, questions, source, owner, reviewed, related och en rad "---"');
    return { problems };
  }
  if (fm.errors.length) {
    for (const e of fm.errors) error(e.line, `YAML-fel i inledningen: ${e.message} — kontrollera indrag, kolon och citattecken`);
    return { problems };
  }
  if (typeof fm.data !== 'object' || fm.data === null || Array.isArray(fm.data)) {
    error(2, 'inledningen ska bestå av fält som "id: …" — se exemplet i knowledge/README.md');
    return { problems };
  }
  const parsed = entryFrontMatter.safeParse(fm.data);
  if (!parsed.success) {
    zodProblems(error, fm, parsed.error);
    return { problems };
  }
  const entry: Entry = { ...parsed.data, body: fm.body, file: shown };
  const lines: EntryLines = {
    id: fm.lineOf(['id']),
    tenant: fm.lineOf(['tenant']),
    questions: fm.lineOf(['questions']),
    reviewed: fm.lineOf(['reviewed']),
    body: fm.bodyLine,
    question: entry.questions.map((_, i) => fm.lineOf(['questions', i])),
    related: entry.related.map((_, i) => fm.lineOf(['related', i])),
    extends: fm.lineOf(['extends']),
  };
  return { entry, lines, answerWords: countAnswerWords(entry.body), hasSource: hasSourceLine(entry.body), questionKeys: entry.questions.map(questionKey) };
};

/**
 * The checks of one entry on its own, beyond its front matter: an answer there, without HTML or unsafe links, not
 * far too long (errors); long, without its source line, with few questions, or due for review (warnings). The
 * loader and the editors' form use the same.
 */
export const entryProblems = (
  parsed: { entry: Entry; lines: Pick<EntryLines, 'body' | 'questions' | 'reviewed'>; answerWords: number; hasSource: boolean },
  file: string, now = new Date(), reviewMaxAgeDays = REVIEW_MAX_AGE_DAYS,
): Problem[] => {
  const { entry, lines, answerWords } = parsed;
  const problems: Problem[] = [];
  const shown = relative(process.cwd(), file).split(sep).join('/') || file;
  const error = (line: number, message: string) => problems.push({ severity: 'error', file: shown, line, message: withFix(message) });
  const warn = (line: number, message: string) => problems.push({ severity: 'warning', file: shown, line, message: withFix(message) });
  if (!entry.body) {
    error(lines.body || 1, 'svarstexten saknas — skriv svaret under inledningens avslutande "---"');
    return problems;
  }
  const unsafe = findUnsafeMarkup(entry.body);
  if (unsafe) {
    const line = lines.body + (entry.body.slice(0, unsafe.index).match(/\n/g)?.length ?? 0);
    error(line, unsafe.kind === 'html'
      ? `svaret innehåller HTML ("${unsafe.text}") — skriv vanlig text och Markdown; guiden visar aldrig HTML`
      : `länken "${unsafe.text}" är inte tillåten — länka bara till webbsidor (https://…), e-post (mailto:) eller telefon (tel:)`);
    return problems;
  }
  if (answerWords > ANSWER_WORDS_HARD) {
    error(lines.body, `svaret är alldeles för långt (${answerWords} ord) — korta det till högst ${ANSWER_WORDS_SOFT} ord eller dela upp det i flera poster`);
    return problems;
  } else if (answerWords > ANSWER_WORDS_SOFT) {
    warn(lines.body, `svaret är långt (${answerWords} ord) — sikta på högst ${ANSWER_WORDS_SOFT} ord i klarspråk`);
  }
  if (!parsed.hasSource) {
    warn(lines.body, 'svaret slutar inte med källan — avsluta med en rad "Källa: [sidans titel](https://…)"');
  }
  if (entry.questions.length < MIN_QUESTIONS) {
    warn(lines.questions, `fältet "questions" har ${entry.questions.length} fråga/frågor — skriv huvudfrågan och minst tre andra sätt som en besökare kan fråga på`);
  }
  const ageDays = (now.getTime() - Date.parse(entry.reviewed)) / 86_400_000;
  if (ageDays > reviewMaxAgeDays) {
    warn(lines.reviewed, `texten granskades senast ${entry.reviewed}, för mer än 12 månader sedan — läs igenom den och uppdatera "reviewed"`);
  }
  return problems;
};

/** Words of the answer itself, not counting the closing source line. */
export const countAnswerWords = (body: string): number =>
  withoutSourceLine(body).split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;


const dedupe = (problems: Problem[]) => {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}:${p.line}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};
