import { detach } from './detach';

/**
 * A table of what a stage derives from strings of the documents (a spelling's lexicon information,
 * a word's key and stem, a mention's description), kept across documents. Its keys are detached
 * from their document (see `detach`), and it is emptied whole when it holds `limit` entries, so
 * memory stays flat however many documents a run reads. A value must not keep a slice of a
 * document either: `make` receives the detached key to derive it from.
 */
export class TextCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  /** The value made for `key` (call on a miss: the look-up path allocates nothing). */
  add(key: string, make: (own: string) => V): V {
    const own = detach(key);
    const value = make(own);
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(own, value);
    return value;
  }
}
