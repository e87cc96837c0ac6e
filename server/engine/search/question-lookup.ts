import type { Entry } from '../../knowledge/entry-schema';
import { fold } from '../swedish';
import { entryText } from './entry-text';

/** An index part's listed questions by key: the question a visitor asked word for word is its entry's. */
export class QuestionLookup {
  readonly #byKey = new Map<string, string>();
  /** The same without å, ä, ö and other marks: the entries whose listed question each folded key is. */
  readonly #byFoldedKey = new Map<string, Set<string>>();

  add(entry: Entry): void {
    for (const key of entryText(entry).questionKeys) {
      this.#byKey.set(key, entry.id);
      const folded = fold(key);
      let ids = this.#byFoldedKey.get(folded);
      if (!ids) this.#byFoldedKey.set(folded, (ids = new Set()));
      ids.add(entry.id);
    }
  }

  remove(entry: Entry): void {
    for (const key of entryText(entry).questionKeys) {
      if (this.#byKey.get(key) === entry.id) this.#byKey.delete(key);
      const folded = fold(key);
      const ids = this.#byFoldedKey.get(folded);
      ids?.delete(entry.id);
      if (ids?.size === 0) this.#byFoldedKey.delete(folded);
    }
  }

  /** The entry that lists this question key exactly. */
  entryForKey(key: string): string | undefined {
    return this.#byKey.get(key);
  }

  /** The entries that list a question with this key without å, ä, ö. */
  entriesForFoldedKey(folded: string): ReadonlySet<string> | undefined {
    return this.#byFoldedKey.get(folded);
  }
}
