import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkMustNotTrigger, checkMustTrigger } from '../../server/engine/triage';
import type { Problem } from '../../server/knowledge/problem';

/** The safety lists of a knowledge folder (safety/must-trigger.yaml, safety/must-not-trigger.yaml), checked against the triage. */
export const checkSafetyFolder = (root: string): Problem[] =>
  (
    [
      ['must-trigger.yaml', checkMustTrigger],
      ['must-not-trigger.yaml', checkMustNotTrigger],
    ] as const
  ).flatMap(([name, check]) => {
    const file = join(root, 'safety', name);
    if (!existsSync(file)) return [];
    const shown = relative(process.cwd(), file) || file;
    return check(readFileSync(file, 'utf8')).map(({ line, message }) => ({ severity: 'error' as const, file: shown, line, message }));
  });
