import { findOccurrences } from './match';
import type { TermPattern } from './match';
import { wordIndex } from './positions';
import type { Doc } from '../text';
import type { KwicLine } from './types';

export interface KwicOptions {
  /** Words of context on each side (default 5). The context stays inside the match's paragraph. */
  readonly window?: number;
}

/**
 * Keyword in context (quanteda `kwic`, AntConc Concordance). `left` is `doc.text.slice(docStart, start)`
 * and `right` is `doc.text.slice(end, docEnd)`, each without the whitespace next to the match, so
 * punctuation and quote marks inside the window read as in the text.
 */
export function kwic(doc: Doc, pattern: TermPattern, options: KwicOptions = {}): KwicLine[] {
  const window = options.window ?? 5;
  const { words, ordinal } = wordIndex(doc);
  return findOccurrences(doc, pattern).map(({ first, last }) => {
    const paragraph = doc.paragraphs[doc.sentences[first.sentence]!.paragraph]!;
    const matchFrom = ordinal[first.index]!;
    const matchTo = ordinal[last.index]!;
    let from = matchFrom;
    while (from > 0 && matchFrom - from < window && words[from - 1]!.start >= paragraph.start) from--;
    let to = matchTo;
    while (to < words.length - 1 && to - matchTo < window && words[to + 1]!.end <= paragraph.end) to++;
    const docStart = words[from]!.start;
    const docEnd = words[to]!.end;
    return {
      sentence: first.sentence,
      start: first.start,
      end: last.end,
      left: doc.text.slice(docStart, first.start).trimEnd(),
      match: doc.text.slice(first.start, last.end),
      right: doc.text.slice(last.end, docEnd).trimStart(),
      docStart,
      docEnd,
    };
  });
}
