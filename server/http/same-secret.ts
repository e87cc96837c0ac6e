import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Whether a secret sent equals the expected one: compared as hashes, so in constant time whatever their lengths. */
export const sameSecret = (sent: string, expected: string): boolean => timingSafeEqual(digest(sent), digest(expected));
