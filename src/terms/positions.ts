import { isWordLike } from '../text';
import type { Doc, Token } from '../text';

/** The document's word tokens and, for each token index, its position among them (-1 for non-words). */
export interface WordIndex {
  readonly words: readonly Token[];
  readonly ordinal: readonly number[];
}

export function wordIndex(doc: Doc): WordIndex {
  const words: Token[] = [];
  const ordinal = doc.tokens.map((token) => {
    if (!isWordLike(token)) return -1;
    words.push(token);
    return words.length - 1;
  });
  return { words, ordinal };
}

/** Segment of the i-th of `words` word tokens when they are cut into `parts` parts of equal word count (±1). */
export function segmentOf(i: number, words: number, parts: number): number {
  return Math.floor((i * parts) / words);
}

/** Word tokens in each of `parts` equal segments. */
export function segmentSizes(words: number, parts: number): number[] {
  const sizes = new Array<number>(parts).fill(0);
  for (let i = 0; i < words; i++) sizes[segmentOf(i, words, parts)]!++;
  return sizes;
}

/** How many of the given word positions fall in each of `parts` equal segments. */
export function segmentCounts(positions: readonly number[], words: number, parts: number): number[] {
  const counts = new Array<number>(parts).fill(0);
  for (const i of positions) counts[segmentOf(i, words, parts)]!++;
  return counts;
}
