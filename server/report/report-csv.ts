import type { DailyFigures, EditorsReport } from './build-report';

/**
 * A cell as a spreadsheet reads it safely: quoted when it holds a comma, quote or line break, and a leading
 * = + - @ (or tab, CR) made text with an apostrophe, so what a visitor typed never runs as a formula.
 */
export const csvCell = (value: string | number): string => {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

const row = (cells: (string | number)[]) => cells.map(csvCell).join(',');

/**
 * The report's figures a day and its groups of unanswered questions as CSV (UTF-8 with a byte order mark, so a
 * spreadsheet shows å, ä, ö), in Swedish like the rest of the editors' pages.
 */
export const reportCsv = (daily: readonly DailyFigures[], groups: EditorsReport['unanswered']['groups']): string => [
  row(['dag', 'frågor', 'besvarade', 'obesvarade', 'tummen ner']),
  ...daily.map((d) => row([d.day, d.questions, d.answers, d.fallbacks, d.notHelpful])),
  '',
  row(['antal', 'obesvarad fråga', 'även', 'senast']),
  ...groups.map((g) => row([g.count, g.example, g.variants.join(' | '), g.lastAskedAt])),
].map((line) => `${line}\r\n`).join('').replace(/^/, '\uFEFF');
