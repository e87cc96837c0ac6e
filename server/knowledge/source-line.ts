/**
 * An entry's text ends with its source as a line of its own, "Källa: [title](https://…)", for an editor reading
 * the file. The reply carries the source in `sources`, so the answer shown to a visitor is the text without it.
 */
const SOURCE_LINE = /^\s*källa:.*$/gim;

/** Whether a text has its source line. */
export const hasSourceLine = (body: string): boolean => /^\s*källa:/im.test(body);

/** The text without its source line(s), trimmed: the answer itself. */
export const withoutSourceLine = (body: string): string => body.replace(SOURCE_LINE, '').trim();
