import { asDocs, compareStrings, isWordKind, surface } from './tokens';
import type { DocInput } from './tokens';
import { docWords, numberedWords } from './doc-words';
import type { DocWords, NumberedWords } from './doc-words';
import { PairInterner } from './pair-interner';
import { TermTally } from './tally';
import type { Token } from '../text';
import type { DocumentFrequencyRow, FrequencyOptions, NgramCount, TermCount, TermOptions } from './types';

/**
 * Term frequency list (quanteda `textstat_frequency`, AntConc Word List): counts by `norm`,
 * stop words and numbers left out unless asked for. `per1k` is relative to all word tokens.
 */
export function termFrequency(docs: DocInput, options: FrequencyOptions = {}): TermCount[] {
  const stopwords = options.stopwords === true;
  const numbers = options.numbers === true;
  const tally = new TermTally(1);
  let total = 0;
  const list = asDocs(docs);
  if (list.length === 1) {
    // one document: count over its words numbered once (shared with its n-gram counts)
    const words = docWords(list[0]!);
    const numbered = numberedWords(words);
    const single = new TermTally(1, numbered);
    const { forms, count } = words;
    for (let w = 0; w < count; w++) {
      const form = forms[w]!;
      if ((!stopwords && form.stop) || (!numbers && form.kind === 'number')) continue;
      single.add(numbered.ids[w]!, 0, w);
    }
    return single.rows(count, options.minCount);
  }
  list.forEach((doc, index) => {
    const { count, forms } = docWords(doc);
    total += count;
    for (let w = 0; w < count; w++) {
      const form = forms[w]!;
      if ((!stopwords && form.stop) || (!numbers && form.kind === 'number')) continue;
      const at = tally.pushForm(form);
      tally.add(tally.wordAt(at), index, at);
    }
  });
  return tally.rows(total, options.minCount);
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
  const tally = new TermTally(1);
  const stopwords = options.stopwords === true;
  const numbers = options.numbers === true;
  let words = 0;
  lists.forEach((tokens, doc) => {
    for (const token of tokens) {
      const kind = token.kind;
      if (!isWordKind(kind)) continue;
      words++;
      if ((!stopwords && token.stop) || (kind === 'number' && !numbers)) continue;
      const at = tally.push(token.norm, surface(token));
      tally.add(tally.wordAt(at), doc, at);
    }
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
  const list = asDocs(docs);
  const make = (term: string, display: string, count: number, per1k: number, docs: number) => ({
    term,
    display,
    count,
    per1k,
    docs,
    n,
  });
  if (list.length === 1) {
    const words = docWords(list[0]!);
    const counter = new NgramCounter(n, options.stopwords === true, numberedWords(words));
    counter.countNumbered(words);
    return counter.tally.rows(words.count, options.minCount, make);
  }
  const counter = new NgramCounter(n, options.stopwords === true);
  let words = 0;
  list.forEach((doc, index) => {
    words += counter.countWords(docWords(doc), index);
  });
  return counter.tally.rows(words, options.minCount, make);
}

/**
 * Counts the n-grams of runs of adjacent words (see `wordRuns`), each token's fields read once.
 * An n-gram is keyed by an id folded from its words' ids (`PairInterner`, one table per word position
 * after the first), so no key string is built per window.
 */
class NgramCounter {
  readonly tally: TermTally;
  private readonly positions: PairInterner[];
  /** Stop flags of the current run, which starts at `runStart` in the tally's input. */
  private readonly stops: boolean[] = [];
  private runStart = 0;

  constructor(
    private readonly n: number,
    private readonly stopwords: boolean,
    private readonly numbered?: NumberedWords,
  ) {
    this.tally = new TermTally(n, numbered);
    // One document's windows are at most its words: its tables start at that size.
    const expected = numbered ? numbered.ids.length : undefined;
    this.positions = Array.from({ length: n - 1 }, () => new PairInterner(expected));
  }

  /** Counts the n-grams of the one document whose numbered words the tally was made over. */
  countNumbered(words: DocWords): void {
    const { n, stopwords, tally, positions } = this;
    const ids = this.numbered!.ids;
    const { count, runStart, forms } = words;
    let run = 0;
    for (let w = 1; w <= count; w++) {
      if (w < count && runStart[w] === 0) continue;
      // the run [run, w)
      for (let i = run; i + n <= w; i++) {
        if (!stopwords && (forms[i]!.stop || forms[i + n - 1]!.stop)) continue;
        let key = ids[i]!;
        for (let k = 1; k < n; k++) key = positions[k - 1]!.idOf(key, ids[i + k]!);
        tally.add(key, 0, i);
      }
      run = w;
    }
  }

  /** Counts the n-grams of one document's words; returns its word count. */
  countWords(words: DocWords, doc: number): number {
    const { count, forms, runStart } = words;
    for (let w = 0; w < count; w++) {
      if (runStart[w] === 1) this.endRun(doc);
      const form = forms[w]!;
      this.stops.push(form.stop);
      this.tally.pushForm(form);
    }
    this.endRun(doc);
    return count;
  }

  /** Counts the n-grams of one document's tokens; returns its word count. */
  countDocument(tokens: readonly Token[], doc: number): number {
    let words = 0;
    let previousSentence = -1;
    let previousIndex = -2;
    for (const token of tokens) {
      if (!isWordKind(token.kind)) {
        this.endRun(doc);
        previousIndex = -2;
        continue;
      }
      words++;
      const sentence = token.sentence;
      const index = token.index;
      if (sentence !== previousSentence || index !== previousIndex + 1) this.endRun(doc);
      previousSentence = sentence;
      previousIndex = index;
      this.stops.push(token.stop);
      this.tally.push(token.norm, surface(token));
    }
    this.endRun(doc);
    return words;
  }

  private endRun(doc: number): void {
    const { n, stops, tally, runStart } = this;
    for (let i = 0; i + n <= stops.length; i++) {
      if (!this.stopwords && (stops[i] || stops[i + n - 1])) continue;
      let key = tally.wordAt(runStart + i);
      for (let k = 1; k < n; k++) key = this.positions[k - 1]!.idOf(key, tally.wordAt(runStart + i + k));
      tally.add(key, doc, runStart + i);
    }
    this.runStart += stops.length;
    stops.length = 0;
  }
}

/** How many documents each term occurs in, most widespread first. */
export function documentFrequency(docs: DocInput, options: TermOptions = {}): DocumentFrequencyRow[] {
  return termFrequency(docs, options)
    .map(({ term, docs: df }) => ({ term, docs: df }))
    .sort((a, b) => b.docs - a.docs || compareStrings(a.term, b.term));
}
