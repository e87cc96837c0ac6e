import { randomFillSync } from 'node:crypto';

const A = 'a'.charCodeAt(0);
/** 24 letters from 26: about 112 bits, as unguessable as a UUID. */
const LENGTH = 24;

/** Random bytes drawn from the system in blocks: one call a few dozen ids instead of one per id. */
const pool = Buffer.alloc(4096);
let used = pool.length;
const codes: number[] = new Array<number>(LENGTH).fill(0);

const randomByte = (): number => {
  if (used === pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  return pool[used++]!;
};

/**
 * A new conversation or reply id: lowercase letters only. No digits, so an id never looks like part
 * of a number ("49", a year, a phone number) to someone scanning a reply, and never needs escaping.
 */
export const newId = (): string => {
  let n = 0;
  while (n < LENGTH) {
    const b = randomByte();
    // Rejection sampling keeps the letters uniform: 256 is not a multiple of 26.
    if (b < 234) codes[n++] = A + (b % 26);
  }
  // One flat string at once (adding letter by letter makes a chain of strings to flatten later).
  return String.fromCharCode(...codes);
};
