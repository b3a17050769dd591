import { compareStrings, per1k } from './tokens';
import type { TermCount } from './types';

interface Entry {
  count: number;
  docs: number;
  lastDoc: number;
  /** Surface forms in first-seen order (Map keeps insertion order), with their counts. */
  readonly surfaces: Map<string, number>;
}

/** Counts terms with their surface forms and document frequency. */
export class TermTally {
  private readonly entries = new Map<string, Entry>();

  add(term: string, surfaceForm: string, doc: number): void {
    let entry = this.entries.get(term);
    if (!entry) {
      entry = { count: 0, docs: 0, lastDoc: -1, surfaces: new Map() };
      this.entries.set(term, entry);
    }
    entry.count++;
    if (entry.lastDoc !== doc) {
      entry.docs++;
      entry.lastDoc = doc;
    }
    entry.surfaces.set(surfaceForm, (entry.surfaces.get(surfaceForm) ?? 0) + 1);
  }

  /** Rows with at least `minCount` occurrences, count descending then term ascending. */
  rows(words: number, minCount = 1): TermCount[] {
    const rows: TermCount[] = [];
    for (const [term, entry] of this.entries) {
      if (entry.count < minCount) continue;
      rows.push({ term, display: mostFrequent(entry.surfaces), count: entry.count, per1k: per1k(entry.count, words), docs: entry.docs });
    }
    return rows.sort(byCountThenTerm);
  }
}

function mostFrequent(surfaces: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [form, count] of surfaces) {
    if (count > bestCount) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

export function byCountThenTerm(a: { readonly count: number; readonly term: string }, b: { readonly count: number; readonly term: string }): number {
  return b.count - a.count || compareStrings(a.term, b.term);
}
