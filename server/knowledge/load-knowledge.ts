import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep, basename } from 'node:path';
import type { z } from 'zod';
import { entryFrontMatter, type Entry, ANSWER_WORDS_HARD, ANSWER_WORDS_SOFT, MIN_QUESTIONS } from './entry-schema';
import { tenantConfig, type TenantConfig } from './tenant-schema';
import { parseFrontMatter, parseYamlWithLines, type FrontMatter } from './front-matter';
import { type Problem, withFix } from './problem';
import { type Knowledge, NATIONAL } from './knowledge';
import { parseSynonyms } from '../engine/swedish';
import { contrastRatio, MIN_CONTRAST } from './contrast';

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
};

const SOURCE_LINE = /^källa:/im;

/** Reads and validates the whole knowledge folder. Never throws for bad content: it reports problems. */
export const loadKnowledge = async (root: string, { now = new Date(), reviewMaxAgeDays = 365 }: LoadOptions = {}): Promise<LoadResult> => {
  const problems: Problem[] = [];
  const display = (file: string) => relative(process.cwd(), file).split(sep).join('/') || file;
  const error = (file: string, line: number, message: string) => problems.push({ severity: 'error', file: display(file), line, message: withFix(message) });
  const warn = (file: string, line: number, message: string) => problems.push({ severity: 'warning', file: display(file), line, message: withFix(message) });

  const zodProblems = (file: string, fm: FrontMatter, err: z.ZodError) => {
    for (const issue of err.issues) {
      const field = issue.path.join('.');
      error(file, fm.lineOf(issue.path as PropertyKey[]), field ? `fältet "${field}" ${issue.message}` : issue.message);
    }
  };

  let files: string[];
  try {
    files = (await readdir(root, { recursive: true })).map((f) => join(root, f));
  } catch {
    error(root, 0, 'mappen för kunskapsbasen finns inte — kontrollera KNOWLEDGE_DIR eller skapa mappen');
    return { knowledge: null, problems };
  }
  files.sort();

  // ---- tenants ----
  const tenants = new Map<string, TenantConfig>();
  const tenantFiles = files.filter((f) => /tenants[\\/][^\\/]+[\\/]tenant\.ya?ml$/.test(relative(root, f)));
  for (const file of tenantFiles) {
    const folder = basename(join(file, '..'));
    const fm = parseYamlWithLines(await readFile(file, 'utf8'));
    if (fm.errors.length) {
      for (const e of fm.errors) error(file, e.line, `YAML-fel: ${e.message} — kontrollera indrag, kolon och citattecken`);
      continue;
    }
    const parsed = tenantConfig.safeParse(fm.data);
    if (!parsed.success) { zodProblems(file, fm, parsed.error); continue; }
    if (parsed.data.id !== folder) {
      error(file, fm.lineOf(['id']), `fältet "id" är "${parsed.data.id}" men mappen heter "${folder}" — ge dem samma namn`);
      continue;
    }
    const { accent, accentText } = parsed.data.theme;
    const ratio = contrastRatio(accent, accentText);
    if (ratio < MIN_CONTRAST) {
      error(file, fm.lineOf(['theme', 'accentText']), `färgerna ${accent} och ${accentText} har kontrasten ${ratio.toFixed(2)}:1, men texten måste ha minst ${MIN_CONTRAST}:1 för att alla ska kunna läsa den — välj en mörkare accent eller en ljusare textfärg`);
      continue;
    }
    tenants.set(folder, parsed.data);
  }

  // ---- entries ----
  const entries = new Map<string, Entry>();
  const entryLines = new Map<string, FrontMatter>();
  for (const file of files.filter((f) => f.endsWith('.md'))) {
    const rel = relative(root, file).split(sep);
    if (rel.length === 1) continue; // knowledge/README.md and other top-level documentation
    const folderTenant = rel[0] === 'national' && rel.length === 2 ? NATIONAL
      : rel[0] === 'tenants' && rel.length === 3 ? rel[1]! : null;
    if (folderTenant === null) {
      error(file, 1, 'filen ligger på fel ställe — lägg nationella svar i knowledge/national/ och en organisations egna i knowledge/tenants/<id>/');
      continue;
    }
    const text = await readFile(file, 'utf8');
    const fm = parseFrontMatter(text);
    if (!fm) {
      error(file, 1, 'inledningen (front matter) saknas — börja filen med en rad "---", fälten id, tenant, questions, source, owner, reviewed, related och en rad "---"');
      continue;
    }
    if (fm.errors.length) {
      for (const e of fm.errors) error(file, e.line, `YAML-fel i inledningen: ${e.message} — kontrollera indrag, kolon och citattecken`);
      continue;
    }
    if (typeof fm.data !== 'object' || fm.data === null || Array.isArray(fm.data)) {
      error(file, 2, 'inledningen ska bestå av fält som "id: …" — se exemplet i knowledge/README.md');
      continue;
    }
    const parsed = entryFrontMatter.safeParse(fm.data);
    if (!parsed.success) { zodProblems(file, fm, parsed.error); continue; }
    const entry: Entry = { ...parsed.data, body: fm.body, file: display(file) };

    if (entry.tenant !== folderTenant) {
      error(file, fm.lineOf(['tenant']), folderTenant === NATIONAL
        ? `fältet "tenant" är "${entry.tenant}" men filen ligger i national/ — skriv "tenant: national" eller flytta filen till knowledge/tenants/${entry.tenant}/`
        : `fältet "tenant" är "${entry.tenant}" men filen ligger i tenants/${folderTenant}/ — skriv "tenant: ${folderTenant}" eller flytta filen`);
      continue;
    }
    if (entry.tenant !== NATIONAL && !tenants.has(entry.tenant)) {
      error(file, fm.lineOf(['tenant']), `okänd organisation "${entry.tenant}" — det finns ingen knowledge/tenants/${entry.tenant}/tenant.yaml`);
      continue;
    }
    const existing = entries.get(entry.id);
    if (existing) {
      error(file, fm.lineOf(['id']), `id "${entry.id}" används redan i ${existing.file} — ge posten ett eget id`);
      continue;
    }
    if (basename(file, '.md') !== entry.id) {
      warn(file, fm.lineOf(['id']), `filen heter "${basename(file)}" men id är "${entry.id}" — döp om filen till ${entry.id}.md så att den är lätt att hitta`);
    }
    if (!entry.body) {
      error(file, fm.bodyLine || 1, 'svarstexten saknas — skriv svaret under inledningens avslutande "---"');
      continue;
    }
    const answerWords = countAnswerWords(entry.body);
    if (answerWords > ANSWER_WORDS_HARD) {
      error(file, fm.bodyLine, `svaret är alldeles för långt (${answerWords} ord) — korta det till högst ${ANSWER_WORDS_SOFT} ord eller dela upp det i flera poster`);
      continue;
    } else if (answerWords > ANSWER_WORDS_SOFT) {
      warn(file, fm.bodyLine, `svaret är långt (${answerWords} ord) — sikta på högst ${ANSWER_WORDS_SOFT} ord i klarspråk`);
    }
    if (!SOURCE_LINE.test(entry.body)) {
      warn(file, fm.bodyLine, 'svaret slutar inte med källan — avsluta med en rad "Källa: [sidans titel](https://…)"');
    }
    if (entry.questions.length < MIN_QUESTIONS) {
      warn(file, fm.lineOf(['questions']), `fältet "questions" har ${entry.questions.length} fråga/frågor — skriv huvudfrågan och minst tre andra sätt som en besökare kan fråga på`);
    }
    const ageDays = (now.getTime() - Date.parse(entry.reviewed)) / 86_400_000;
    if (ageDays > reviewMaxAgeDays) {
      warn(file, fm.lineOf(['reviewed']), `texten granskades senast ${entry.reviewed}, för mer än 12 månader sedan — läs igenom den och uppdatera "reviewed"`);
    }
    entries.set(entry.id, entry);
    entryLines.set(entry.id, fm);
  }

  // ---- cross-entry checks, per tenant: national entries are part of every tenant's set ----
  const scopes = [NATIONAL, ...tenants.keys()];
  for (const entry of entries.values()) {
    const fm = entryLines.get(entry.id)!;
    entry.related.forEach((id, i) => {
      const target = entries.get(id);
      if (!target) {
        error(entry.file, fm.lineOf(['related', i]), `fältet "related" pekar på "${id}" som inte finns — kontrollera stavningen eller ta bort raden`);
      } else if (target.tenant !== NATIONAL && target.tenant !== entry.tenant) {
        error(entry.file, fm.lineOf(['related', i]), `fältet "related" pekar på "${id}" som hör till ${target.tenant} och inte syns hos ${entry.tenant === NATIONAL ? 'alla organisationer' : entry.tenant} — peka bara på nationella poster eller organisationens egna`);
      }
    });
  }
  for (const scope of scopes) {
    const seen = new Map<string, Entry>();
    const visible = [...entries.values()].filter((e) => e.tenant === NATIONAL || e.tenant === scope);
    for (const entry of visible) {
      entry.questions.forEach((q, i) => {
        const key = questionKey(q);
        const other = seen.get(key);
        if (other && other.id !== entry.id) {
          // Report national duplicates once (in the national pass), tenant ones in their tenant's pass.
          if (scope === NATIONAL || entry.tenant !== NATIONAL || other.tenant !== NATIONAL) {
            error(entry.file, entryLines.get(entry.id)!.lineOf(['questions', i]), `frågan "${q}" finns redan i ${other.file} — en fråga får bara höra till en post; ta bort den ena eller formulera om den`);
          }
        } else seen.set(key, entry);
      });
    }
  }

  // ---- synonyms ----
  let synonymsYaml = '';
  const synonymsFile = join(root, 'synonyms.yaml');
  if (files.includes(synonymsFile)) {
    synonymsYaml = await readFile(synonymsFile, 'utf8');
    try {
      parseSynonyms(synonymsYaml, display(synonymsFile));
    } catch (e) {
      const m = /^(.*?):(\d+): (.*)$/s.exec((e as Error).message);
      error(synonymsFile, m ? Number(m[2]) : 1, m ? m[3]! : (e as Error).message);
    }
  }

  const failed = problems.some((p) => p.severity === 'error');
  return {
    knowledge: failed ? null : { tenants, entries, synonymsYaml, loadedAt: now },
    problems: dedupe(problems),
  };
};

/** Words of the answer itself, not counting the closing source line. */
export const countAnswerWords = (body: string): number =>
  body.split('\n').filter((l) => !SOURCE_LINE.test(l)).join(' ').split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;

const questionKey = (q: string) => q.normalize('NFC').toLocaleLowerCase('sv').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const dedupe = (problems: Problem[]) => {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}:${p.line}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};
