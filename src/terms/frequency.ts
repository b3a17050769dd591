import { asDocs, compareStrings, isCountedTerm, surface, wordCount, wordRuns } from './tokens';
import type { DocInput } from './tokens';
import { TermTally } from './tally';
import type { Token } from '../text';
import type { DocumentFrequencyRow, FrequencyOptions, NgramCount, TermCount, TermOptions } from './types';

/**
 * Term frequency list (quanteda `textstat_frequency`, AntConc Word List): counts by `norm`,
 * stop words and numbers left out unless asked for. `per1k` is relative to all word tokens.
 */
export function termFrequency(docs: DocInput, options: FrequencyOptions = {}): TermCount[] {
  return countTokenLists(asDocs(docs).map((doc) => doc.tokens), options);
}

/**
 * Term frequency of one token list (e.g. `tokensOfSentences(doc, aSpeakersSentences)`), counted
 * exactly as `termFrequency` counts a document; `per1k` is relative to the list's own words.
 */
export function termFrequencyOfTokens(tokens: readonly Token[], options: FrequencyOptions = {}): TermCount[] {
  return countTokenLists([tokens], options);
}

/** Term frequency of token lists, each list one document (used for keyness of arbitrary token sets). */
export function countTokenLists(lists: readonly (readonly Token[])[], options: FrequencyOptions = {}): TermCount[] {
  const tally = new TermTally();
  let words = 0;
  lists.forEach((tokens, doc) => {
    words += wordCount(tokens);
    for (const token of tokens) if (isCountedTerm(token, options)) tally.add(token.norm, surface(token), doc);
  });
  return tally.rows(words, options.minCount);
}

export interface NgramOptions {
  /**
   * Keep n-grams that start or end with a stop word (default false: `human rights` stays,
   * `of the` and `rights of` go; inner stop words are kept: `rule of law`).
   */
  readonly stopwords?: boolean;
  readonly minCount?: number;
}

/**
 * N-gram frequency list. An n-gram is n adjacent word tokens (numbers included) of one sentence;
 * punctuation, quote marks and symbols break the run, so no n-gram spans `rights, and` or a sentence end.
 * `display` joins the words' most frequent surface forms with single spaces (`Human Rights Council`).
 */
export function ngrams(docs: DocInput, n: number, options: NgramOptions = {}): NgramCount[] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`ngrams: n must be a positive integer, got ${n}`);
  const tally = new TermTally();
  let words = 0;
  asDocs(docs).forEach((doc, index) => {
    words += wordCount(doc.tokens);
    for (const run of wordRuns(doc.tokens)) {
      for (let i = 0; i + n <= run.length; i++) {
        const gram = run.slice(i, i + n);
        if (!options.stopwords && (gram[0]!.stop || gram[n - 1]!.stop)) continue;
        tally.add(gram.map((t) => t.norm).join(' '), gram.map(surface).join(' '), index);
      }
    }
  });
  return tally.rows(words, options.minCount).map((row) => ({ ...row, n }));
}

/** How many documents each term occurs in, most widespread first. */
export function documentFrequency(docs: DocInput, options: TermOptions = {}): DocumentFrequencyRow[] {
  return termFrequency(docs, options)
    .map(({ term, docs: df }) => ({ term, docs: df }))
    .sort((a, b) => b.docs - a.docs || compareStrings(a.term, b.term));
}
