import { asDocs, compareStrings, wordRuns } from './tokens';
import type { DocInput } from './tokens';
import { chiSquare1P, contingencyG2 } from './stats';
import type { CollocationRow } from './types';

export interface CollocationOptions {
  /** Keep pairs seen at least this often (default 2). */
  readonly minCount?: number;
  /** How many words after `a` may `b` be: 1 = adjacent (default). */
  readonly window?: number;
  /** Keep pairs with a stop word on either side (default false). */
  readonly stopwords?: boolean;
}

/**
 * Word pairs that co-occur more than chance (AntConc Collocates, quanteda `textstat_collocations`).
 * A pair is `a` followed by `b` within `window` words, inside one run of adjacent words: pairs never
 * span a sentence boundary, punctuation or a quote mark. Statistics use the table of all pairs
 * (stop words included, so filtering never changes a score): with N pairs, n(a·) pairs starting
 * with a, n(·b) ending with b and n(ab) the pair,
 * - `pmi` = log2(n(ab)·N / (n(a·)·n(·b)));
 * - `g2` = Dunning's log-likelihood on the 2×2 table [n(ab), n(a·)−n(ab); n(·b)−n(ab), rest], `p` its chi-square (1 df) tail.
 * Rows: count descending, then g2 descending, then term.
 */
export function collocations(docs: DocInput, options: CollocationOptions = {}): CollocationRow[] {
  const window = options.window ?? 1;
  if (!Number.isInteger(window) || window < 1)
    throw new RangeError(`collocations: window must be a positive integer, got ${window}`);
  const pairs = new Map<string, { a: string; b: string; count: number; stopword: boolean }>();
  const firsts = new Map<string, number>();
  const seconds = new Map<string, number>();
  let total = 0;
  for (const doc of asDocs(docs)) {
    for (const run of wordRuns(doc.tokens)) {
      for (let i = 0; i < run.length; i++) {
        for (let j = i + 1; j <= i + window && j < run.length; j++) {
          const first = run[i]!;
          const second = run[j]!;
          const key = `${first.norm} ${second.norm}`;
          const pair = pairs.get(key) ?? {
            a: first.norm,
            b: second.norm,
            count: 0,
            stopword: first.stop || second.stop,
          };
          pair.count++;
          pairs.set(key, pair);
          firsts.set(first.norm, (firsts.get(first.norm) ?? 0) + 1);
          seconds.set(second.norm, (seconds.get(second.norm) ?? 0) + 1);
          total++;
        }
      }
    }
  }
  const minCount = options.minCount ?? 2;
  const rows: CollocationRow[] = [];
  for (const [term, { a, b, count, stopword }] of pairs) {
    if (count < minCount || (stopword && !options.stopwords)) continue;
    const withA = firsts.get(a)!;
    const withB = seconds.get(b)!;
    const g2 = contingencyG2(count, withA - count, withB - count, total - withA - withB + count);
    rows.push({ term, a, b, count, pmi: Math.log2((count * total) / (withA * withB)), g2, p: chiSquare1P(g2) });
  }
  return rows.sort((x, y) => y.count - x.count || y.g2 - x.g2 || compareStrings(x.term, y.term));
}
