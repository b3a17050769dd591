import { countTokenLists } from './frequency';
import { chiSquare1P, keynessG2 } from './stats';
import { compareStrings, per1k, wordCount } from './tokens';
import type { Doc, Token } from '../text';
import type { FrequencyOptions, KeynessRow, TermCount, TermOptions } from './types';

/**
 * A side of a keyness comparison: a frequency list (taken as is: the stop-word and number options
 * do not apply to it), one or more documents, or a token list (see `tokensOfSentences`).
 */
export type KeynessInput = readonly TermCount[] | Doc | readonly Doc[] | readonly Token[];

export interface KeynessOptions extends TermOptions {
  /** Keep terms seen at least this often in target and reference together (default 1). */
  readonly minCount?: number;
}

/**
 * Keywords of a target against a reference (AntConc Keyword List, quanteda `textstat_keyness`).
 * Terms are counted as `termFrequency` counts them (stop words and numbers out unless asked for);
 * corpus sizes are all word tokens. Per term:
 * - `g2`: signed two-cell log-likelihood (Rayson & Garside; no Williams or Yates correction), `p` its chi-square (1 df) tail;
 * - `logRatio`: Hardie's log2 ratio of relative frequencies, with 0.5 put in place of a zero count so
 *   terms found on one side only get a finite, comparable value;
 * - `effect`: %DIFF, `100 (target rel. freq − reference rel. freq) / reference rel. freq`, with the same 0.5 for zeros.
 * Rows: g2 descending (key terms of the target first, those of the reference last), then term.
 */
export function keyness(target: KeynessInput, reference: KeynessInput, options: KeynessOptions = {}): KeynessRow[] {
  return keynessOfCounts(frequencies(target, options), frequencies(reference, options), options.minCount ?? 1);
}

/** Counts of a side of a comparison and the size they are counted against (words, sentences, ...). */
export interface Frequencies {
  readonly counts: ReadonlyMap<string, number>;
  readonly words: number;
}

/**
 * The keyness rows of two count tables, with the statistics `keyness` documents; `words` of each
 * side is its size (for claim types: its sentences). Shared with the corpus comparisons.
 */
export function keynessOfCounts(t: Frequencies, r: Frequencies, minCount = 1): KeynessRow[] {
  const terms = new Set([...t.counts.keys(), ...r.counts.keys()]);
  const rows: KeynessRow[] = [];
  for (const term of terms) {
    const a = t.counts.get(term) ?? 0;
    const b = r.counts.get(term) ?? 0;
    if (a + b < minCount) continue;
    const g2 = keynessG2(a, b, t.words, r.words);
    const ratio = (a || 0.5) / t.words / ((b || 0.5) / r.words);
    rows.push({
      term,
      target: a,
      reference: b,
      targetPer1k: per1k(a, t.words),
      referencePer1k: per1k(b, r.words),
      g2,
      p: chiSquare1P(g2),
      logRatio: Math.log2(ratio),
      effect: 100 * (ratio - 1),
    });
  }
  return rows.sort((x, y) => y.g2 - x.g2 || compareStrings(x.term, y.term));
}

function frequencies(input: KeynessInput, options: TermOptions): Frequencies {
  const counts = new Map<string, number>();
  const list = frequencyList(input, options);
  for (const row of list.rows) counts.set(row.term, row.count);
  return { counts, words: list.words };
}

function frequencyList(input: KeynessInput, options: TermOptions): { rows: readonly TermCount[]; words: number } {
  // Only the term filters: minCount applies to target and reference together, never to one side.
  const counting: FrequencyOptions = { stopwords: options.stopwords, numbers: options.numbers };
  if (!Array.isArray(input)) return listOfTokens([(input as Doc).tokens], counting);
  const items = input as readonly (TermCount | Doc | Token)[];
  const first = items[0];
  if (first === undefined) return { rows: [], words: 0 };
  if ('tokens' in first)
    return listOfTokens(
      (items as readonly Doc[]).map((doc) => doc.tokens),
      counting,
    );
  if ('kind' in first) return listOfTokens([items as readonly Token[]], counting);
  return { rows: items as readonly TermCount[], words: wordsBehind(items as readonly TermCount[]) };
}

function listOfTokens(
  lists: readonly (readonly Token[])[],
  options: FrequencyOptions,
): { rows: readonly TermCount[]; words: number } {
  const words = lists.reduce((sum, tokens) => sum + wordCount(tokens), 0);
  return { rows: countTokenLists(lists, options), words };
}

/**
 * The corpus size a frequency list was computed on, recovered from `count` and `per1k`
 * (a list filtered of stop words still carries the full word count in its per1k).
 */
function wordsBehind(rows: readonly TermCount[]): number {
  const row = rows.find((r) => r.per1k > 0);
  return row ? Math.round((row.count * 1000) / row.per1k) : 0;
}
