/** An entry's indexed fields, in this order: its listed questions, keywords, text, and the organisation's names. */
export const FIELDS = ['questions', 'keywords', 'body', 'place'] as const;
export const FIELD_COUNT = FIELDS.length;

/**
 * One stem's entries in an index part: each entry's slot, and how often the stem is in each of that
 * entry's fields (`tf[i * FIELD_COUNT + f]` for the i-th slot). In no particular order.
 */
export type Posting = { readonly slots: readonly number[]; readonly tf: readonly number[] };

type MutablePosting = { slots: number[]; tf: number[] };

/**
 * The inverted index of one part: for each stem, the entries (by slot) that have it and how often,
 * field by field. Finding a question's entries is reading a few of these lists, with no allocation per
 * entry: MiniSearch, which this replaced, spent about 2 µs on each entry a word matched, and the words
 * of a national base's every other entry ("vård", "nära") matched thousands (measured: 9 ms for "vård"
 * alone in 5,000 entries, 27 ms for "god och nära vård").
 */
export class Postings {
  readonly #byStem = new Map<string, MutablePosting>();

  get(stem: string): Posting | undefined {
    return this.#byStem.get(stem);
  }

  /** In how many entries a stem is. */
  documentFrequency(stem: string): number {
    return this.#byStem.get(stem)?.slots.length ?? 0;
  }

  /** Adds an entry: its stems, field by field (a stem as often as it occurs). */
  add(slot: number, fields: readonly (readonly string[])[]): void {
    const counts = new Map<string, number[]>();
    fields.forEach((stems, f) => {
      for (const stem of stems) {
        let tf = counts.get(stem);
        if (!tf) counts.set(stem, (tf = new Array<number>(FIELD_COUNT).fill(0)));
        tf[f]!++;
      }
    });
    for (const [stem, tf] of counts) {
      let posting = this.#byStem.get(stem);
      if (!posting) this.#byStem.set(stem, (posting = { slots: [], tf: [] }));
      posting.slots.push(slot);
      posting.tf.push(...tf);
    }
  }

  /** Removes an entry from the lists of its stems (the last of a list takes its place). */
  remove(slot: number, stems: Iterable<string>): void {
    for (const stem of new Set(stems)) {
      const posting = this.#byStem.get(stem);
      const i = posting?.slots.indexOf(slot) ?? -1;
      if (!posting || i < 0) continue;
      const last = posting.slots.length - 1;
      posting.slots[i] = posting.slots[last]!;
      posting.slots.pop();
      posting.tf.copyWithin(i * FIELD_COUNT, last * FIELD_COUNT, (last + 1) * FIELD_COUNT);
      posting.tf.length = last * FIELD_COUNT;
      if (last === 0) this.#byStem.delete(stem);
    }
  }
}
