/**
 * Damerau-Levenshtein distance (optimal string alignment: an adjacent swap counts as one edit),
 * bounded: returns `max + 1` as soon as the distance must exceed `max`, which is what makes
 * scanning a vocabulary for typos cheap. Compares UTF-16 code units of NFC text, so "å", "ä" and
 * "ö" are letters of their own: "halsen" → "hälsan" is 2 edits, never 1.
 */
let rows: Int32Array[] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

export const editDistance = (a: string, b: string, max: number): number => {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0 || lb === 0) return Math.max(la, lb);
  if (rows[0]!.length <= lb) rows = [new Int32Array(lb * 2), new Int32Array(lb * 2), new Int32Array(lb * 2)];
  let before = rows[0]!; // row i - 2
  let prev = rows[1]!; // row i - 1
  let cur = rows[2]!;
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    const ca = a.charCodeAt(i - 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) v = Math.min(v, before[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const spare = before;
    before = prev;
    prev = cur;
    cur = spare;
  }
  return Math.min(prev[lb]!, max + 1);
};

/**
 * A 32-bit set of the letters in a word. One edit changes at most two bits, so
 * popcount(maskA ^ maskB) > 2 × max rules a pair out before the distance is computed.
 * Colliding letters only weaken the filter; it never rules out a true match.
 */
export const letterMask = (word: string): number => {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    // Give å, ä, ö, é bits of their own rather than colliding with a–z (c % 32).
    const bit = c === 0xe5 ? 27 : c === 0xe4 ? 28 : c === 0xf6 ? 29 : c === 0xe9 ? 30 : c % 32;
    mask |= 1 << bit;
  }
  return mask;
};

export const popcount = (n: number): number => {
  let x = n - ((n >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};
