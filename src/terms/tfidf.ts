import { compareStrings, wordCount } from './tokens';
import { termFrequency } from './frequency';
import type { Doc } from '../text';
import type { TermOptions, TfIdfRow } from './types';

/**
 * TF-IDF of every term in every document. `tf = count / words` (words: all word and number tokens
 * of the document). `idf` is scikit-learn's smoothed form, `ln((1 + N) / (1 + df)) + 1`: it is
 * defined for any df, and a term found in every document keeps weight 1 instead of vanishing,
 * which matters for the small corpora of a notebook (two or three statements).
 * Rows: document order, then tfidf descending, then term ascending.
 */
export function tfidf(docs: readonly Doc[], options: TermOptions = {}): TfIdfRow[] {
  const perDoc = docs.map((doc) => termFrequency(doc, options));
  const df = new Map<string, number>();
  for (const counts of perDoc) for (const { term } of counts) df.set(term, (df.get(term) ?? 0) + 1);
  const rows: TfIdfRow[] = [];
  perDoc.forEach((counts, index) => {
    const doc = docs[index]!;
    const words = wordCount(doc.tokens);
    const docRows = counts.map(({ term, count }) => {
      const termDf = df.get(term)!;
      const idf = Math.log((1 + docs.length) / (1 + termDf)) + 1;
      const tf = count / words;
      return { doc: index, source: doc.source, term, count, tf, df: termDf, idf, tfidf: tf * idf };
    });
    rows.push(...docRows.sort(byTfidfThenTerm));
  });
  return rows;
}

/** The `k` highest-weighted terms of each document (same row order as `tfidf`). */
export function topTfidf(docs: readonly Doc[], k: number, options: TermOptions = {}): TfIdfRow[] {
  const taken = new Map<number, number>();
  return tfidf(docs, options).filter((row) => {
    const seen = taken.get(row.doc) ?? 0;
    taken.set(row.doc, seen + 1);
    return seen < k;
  });
}

function byTfidfThenTerm(a: TfIdfRow, b: TfIdfRow): number {
  return b.tfidf - a.tfidf || compareStrings(a.term, b.term);
}
