import { holdsSpace, newStamp } from './doc-words';
import type { NumberedWords, WordForm } from './doc-words';
import { per1k } from './tokens';
import type { TermCount } from './types';

/**
 * One term's counts. Most terms are always typed the same way, so the first surface form is kept
 * as the position of its first occurrence and compared word by word; only a different form costs
 * a joined string and a map.
 */
class TermEntry {
  count = 0;
  docs = 0;
  lastDoc = -1;
  firstFormCount = 0;
  /** Surface forms other than the first, in first-seen order (Map keeps insertion order), with their counts. */
  otherForms: Map<string, number> | undefined = undefined;

  constructor(readonly firstAt: number) {}
}

export type RowMaker<Row extends TermCount> = (
  term: string,
  display: string,
  count: number,
  per1k: number,
  docs: number,
) => Row;

/**
 * Counts terms of `width` words with their surface forms and document frequency. The input's
 * words are appended to the tally (`push`), each as a word id, and a term is named by the position
 * of its first occurrence, so nothing is built per occurrence. Callers key a term by a dense id:
 * a word id, or an id they fold from word ids.
 */
export class TermTally {
  private readonly vocabulary: string[] = [];
  private readonly idsOfNorms = new Map<string, number>();
  /** Word id and surface form of each position of the input. */
  private readonly words: number[] | Int32Array = [];
  private readonly surfaces: string[] = [];
  /** Rank of each word id in code-unit order, when the input came numbered. */
  private readonly ranks: Int32Array | undefined = undefined;
  /** Known for numbered input (checked once per document, not once per tally): see `sortedEntries`. */
  private readonly spaced: boolean | undefined = undefined;
  /** Entries in first-seen order, and by key: keys are dense ids, so an array indexes them. */
  private readonly entries: TermEntry[] = [];
  private readonly entriesByKey: (TermEntry | undefined)[] = [];

  /**
   * A tally of `width`-word terms. Given a document's `NumberedWords`, its input is those words
   * (positions are word positions, ids their norm ids) and nothing is pushed.
   */
  constructor(
    private readonly width: number,
    numbered?: NumberedWords,
  ) {
    if (numbered) {
      this.vocabulary = numbered.norms as string[];
      this.words = numbered.ids;
      this.surfaces = numbered.surfaces as string[];
      this.ranks = numbered.ranks;
      this.spaced = numbered.spaced;
    }
  }

  /** Appends a word to the input; returns its position. */
  push(norm: string, surface: string): number {
    let id = this.idsOfNorms.get(norm);
    if (id === undefined) {
      id = this.vocabulary.push(norm) - 1;
      this.idsOfNorms.set(norm, id);
    }
    this.surfaces.push(surface);
    return (this.words as number[]).push(id) - 1;
  }

  /** A fresh stamp for this tally's use of the forms' scratch slots (see `pushForm`). */
  private readonly stamp = newStamp();

  /**
   * `push(form.norm, form.surface)` for a word form shared by many tokens: its word id is looked
   * up once per form and kept in the form's scratch slot, stamped with this tally.
   */
  pushForm(form: WordForm): number {
    if (form.mark !== this.stamp) {
      let id = this.idsOfNorms.get(form.norm);
      if (id === undefined) {
        id = this.vocabulary.push(form.norm) - 1;
        this.idsOfNorms.set(form.norm, id);
      }
      form.mark = this.stamp;
      form.markId = id;
    }
    this.surfaces.push(form.surface);
    return (this.words as number[]).push(form.markId) - 1;
  }

  /** Word id at a position: equal norms, equal ids. */
  wordAt(at: number): number {
    return this.words[at]!;
  }

  /** Counts an occurrence in document `doc` of the term `key`: the `width` words from position `at`. */
  add(key: number, doc: number, at: number): void {
    let entry = this.entriesByKey[key];
    if (entry === undefined) {
      entry = new TermEntry(at);
      this.entriesByKey[key] = entry;
      this.entries.push(entry);
    }
    entry.count++;
    if (entry.lastDoc !== doc) {
      entry.docs++;
      entry.lastDoc = doc;
    }
    const surfaces = this.surfaces;
    const first = entry.firstAt;
    for (let k = 0; k < this.width; k++) {
      if (surfaces[at + k] !== surfaces[first + k]) {
        const form = this.join(surfaces, at);
        entry.otherForms ??= new Map();
        entry.otherForms.set(form, (entry.otherForms.get(form) ?? 0) + 1);
        return;
      }
    }
    entry.firstFormCount++;
  }

  /**
   * Rows with at least `minCount` occurrences, count descending then term ascending, each made by
   * `make` (so a caller's extra fields cost no second object per row).
   */
  rows(words: number, minCount?: number): TermCount[];
  rows<Row extends TermCount>(words: number, minCount: number | undefined, make: RowMaker<Row>): Row[];
  rows(words: number, minCount = 1, make: RowMaker<TermCount> = termRow): TermCount[] {
    const rows: TermCount[] = [];
    const order = this.sortedEntries();
    if (order === undefined) {
      for (const entry of this.entries) {
        if (entry.count >= minCount)
          rows.push(make(this.term(entry), this.display(entry), entry.count, per1k(entry.count, words), entry.docs));
      }
      return rows.sort(byCountThenTerm);
    }
    for (let k = 0; k < order.length; k++) {
      const entry = this.entries[order[k]!]!;
      if (entry.count >= minCount)
        rows.push(make(this.term(entry), this.display(entry), entry.count, per1k(entry.count, words), entry.docs));
    }
    return rows;
  }

  /**
   * Entries in row order (count descending, then term ascending), by counting sorts on integers
   * instead of a comparison sort on joined strings: the words' ranks in the sorted vocabulary, last
   * word first, then the counts. Joined terms compare as their words' ranks do as long as no norm
   * holds a character at or below the space that joins them; otherwise undefined (sort the rows).
   */
  private sortedEntries(): Int32Array | undefined {
    const { vocabulary, entries, width, words } = this;
    if (this.spaced ?? vocabulary.some(holdsSpace)) return undefined;
    let rank = this.ranks;
    if (rank === undefined) {
      rank = new Int32Array(vocabulary.length);
      const byTerm = Array.from(vocabulary.keys()).sort((a, b) => (vocabulary[a]! < vocabulary[b]! ? -1 : 1));
      for (let r = 0; r < byTerm.length; r++) rank[byTerm[r]!] = r;
    }
    let ranks = 0;
    for (let id = 0; id < rank.length; id++) if (rank[id]! >= ranks) ranks = rank[id]! + 1;
    let order = new Int32Array(entries.length);
    for (let e = 0; e < order.length; e++) order[e] = e;
    let next = new Int32Array(entries.length);
    const starts = new Int32Array(ranks + 1);
    for (let k = width - 1; k >= 0; k--) {
      starts.fill(0);
      for (let e = 0; e < order.length; e++) starts[rank[words[entries[e]!.firstAt + k]!]! + 1]++;
      for (let r = 0; r < ranks; r++) starts[r + 1] += starts[r]!;
      for (let i = 0; i < order.length; i++) {
        const e = order[i]!;
        next[starts[rank[words[entries[e]!.firstAt + k]!]!]!++] = e;
      }
      [order, next] = [next, order];
    }
    let maxCount = 0;
    for (const entry of entries) if (entry.count > maxCount) maxCount = entry.count;
    const byCount = new Int32Array(maxCount + 2);
    for (const entry of entries) byCount[maxCount - entry.count + 1]++;
    for (let c = 0; c <= maxCount; c++) byCount[c + 1] += byCount[c]!;
    for (let i = 0; i < order.length; i++) {
      const e = order[i]!;
      next[byCount[maxCount - entries[e]!.count]!++] = e;
    }
    return next;
  }

  /** The norms joined by single spaces. */
  private term(entry: TermEntry): string {
    const { vocabulary, words, width } = this;
    const at = entry.firstAt;
    let term = vocabulary[words[at]!]!;
    for (let k = 1; k < width; k++) term += ' ' + vocabulary[words[at + k]!]!;
    return term;
  }

  /** The most frequent surface form; ties go to the first seen. */
  private display(entry: TermEntry): string {
    let best = this.join(this.surfaces, entry.firstAt);
    let bestCount = entry.firstFormCount;
    if (entry.otherForms) {
      for (const [form, count] of entry.otherForms) {
        if (count > bestCount) {
          best = form;
          bestCount = count;
        }
      }
    }
    return best;
  }

  /** The `width` strings from position `at`, joined by single spaces. */
  private join(strings: readonly string[], at: number): string {
    let joined = strings[at]!;
    for (let k = 1; k < this.width; k++) joined += ' ' + strings[at + k]!;
    return joined;
  }
}

/** Count descending, then term in code-unit order; the terms of a tally are distinct, so one string comparison decides. */
function byCountThenTerm(a: TermCount, b: TermCount): number {
  return b.count - a.count || (a.term < b.term ? -1 : 1);
}

function termRow(term: string, display: string, count: number, per1k: number, docs: number): TermCount {
  return { term, display, count, per1k, docs };
}
