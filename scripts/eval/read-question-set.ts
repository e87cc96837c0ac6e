import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { EvalCase } from './grade';

const strings = z.array(z.string()).optional();

/** One line of a question set, as ../shared/eval/README.md describes it. */
const evalCase = z.object({
  id: z.string(),
  tenant: z.string(),
  cat: z.string(),
  kind: z.string().optional(),
  q: z.string().optional(),
  turns: z.array(z.string()).min(1).optional(),
  expect: z.enum(['answer', 'fallback', 'contact', 'safety', 'notsafety', 'smalltalk', 'any']),
  all: strings,
  any: strings,
  none: strings,
}).refine((c) => (c.q === undefined) !== (c.turns === undefined), { message: 'needs "q" or "turns", not both', path: ['q'] });

/** The lines of a question set (JSON Lines), each checked; a bad line throws naming the file, line and field. */
export const readQuestionSet = (file: string): EvalCase[] =>
  readFileSync(file, 'utf8').split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new Error(`${file}:${i + 1}: not JSON: ${(error as Error).message}`);
    }
    const parsed = evalCase.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${file}:${i + 1}: field "${issue.path.join('.') || '(line)'}": ${issue.message}`);
    }
    return [parsed.data as EvalCase];
  });
