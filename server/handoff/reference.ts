import { randomInt } from 'node:crypto';

/**
 * Letters and digits a person can read aloud on the phone without mix-ups: O, 0, I, 1, L, S, B, Z and 2
 * are left out (each looks or sounds like another). 27 of them.
 */
const ALPHABET = 'ACDEFGHJKMNPQRTUVWXY3456789';
const GROUPS = 3;
const GROUP_LENGTH = 4;

/**
 * A handoff's reference, the visitor's receipt and the contact centre's case number: three groups of four,
 * "K7MX-Q3PA-9HTR", short enough to read out and write down. 27^12 (about 1.5 × 10^17) of them: a clash is
 * as unlikely as with a UUID's useful part, and the store refuses one if it ever came.
 */
export const newReference = (): string =>
  Array.from({ length: GROUPS }, () => Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')).join('-');

/** Whether a text has a reference's shape (for tests and for a receiver's validation). */
export const REFERENCE = new RegExp(`^[${ALPHABET}]{${GROUP_LENGTH}}(-[${ALPHABET}]{${GROUP_LENGTH}}){${GROUPS - 1}}$`);
