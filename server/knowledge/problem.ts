/** A problem found in the knowledge folder, phrased for a content editor (Swedish). */
export type Problem = {
  severity: 'error' | 'warning';
  /** Path relative to the knowledge root's parent, e.g. `knowledge/national/vad-ar-nara-vard.md`. */
  file: string;
  line: number;
  /** What is wrong and how to fix it, joined by " — ". */
  message: string;
};

export const formatProblem = (p: Problem): string =>
  `${p.file}:${p.line}: ${p.severity === 'warning' ? 'varning: ' : ''}${p.message}`;

/** Every message says how to fix it; messages that only say what is wrong get a generic fix. */
export const withFix = (message: string, fix = 'rätta värdet och spara filen igen'): string =>
  message.includes(' — ') ? message : `${message} — ${fix}`;
