import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
/** 24 letters from 26: about 112 bits, as unguessable as a UUID. */
const LENGTH = 24;

/**
 * A new conversation or reply id: lowercase letters only. No digits, so an id never looks like part
 * of a number ("49", a year, a phone number) to someone scanning a reply, and never needs escaping.
 */
export const newId = (): string => {
  const bytes = randomBytes(LENGTH * 2);
  let id = '';
  // Rejection sampling keeps the letters uniform: 256 is not a multiple of 26.
  for (let i = 0; i < bytes.length && id.length < LENGTH; i++) {
    const b = bytes[i]!;
    if (b < 234) id += ALPHABET[b % 26];
  }
  return id.length === LENGTH ? id : id + newId().slice(id.length);
};
