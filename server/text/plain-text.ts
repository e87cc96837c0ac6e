/**
 * What a visitor typed, made safe to store, log and show in a terminal or an e-mail: no control
 * characters (a terminal escape starts with one), no bidi controls that reorder what a reader sees.
 */

// C0 and C1 controls but tab and line feed, DEL, and the bidi marks, embeddings, overrides and isolates.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// Every way of ending a line: CR LF, a bare CR, NEL, the Unicode line and paragraph separators.
const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g;

/** Text with its lines kept (as \n) and every other control character removed. */
export const plainText = (text: string): string => text.replace(LINE_BREAKS, '\n').replace(CONTROLS, '');

/** Text on one line: controls removed, line breaks, tabs and runs of spaces made one space. */
export const oneLine = (text: string): string => plainText(text).replace(/\s+/g, ' ').trim();
