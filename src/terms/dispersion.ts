import { findOccurrences } from './match';
import { segmentCounts, segmentSizes, wordIndex } from './positions';
import { per1k } from './tokens';
import type { Doc } from '../text';
import type { DispersionRow, TrendRow } from './types';

const JUILLAND_PARTS = 10;

/**
 * Where each term occurs (AntConc Concordance Plot). A term may be a phrase; an occurrence's position
 * is that of its first word. `juillandD` is Juilland's D over 10 parts of equal word count
 * (fewer when the document has fewer than 10 words): with v the term's relative frequency in each
 * part, D = 1 − (sd(v) / mean(v)) / √(parts − 1), population sd. 1 = perfectly even, 0 = all in one part.
 */
export function dispersion(doc: Doc, terms: readonly string[]): DispersionRow[] {
  const { words, ordinal } = wordIndex(doc);
  return terms.map((term) => {
    const occurrences = findOccurrences(doc, term);
    const wordPositions = occurrences.map(({ first }) => ordinal[first.index]!);
    return {
      term,
      count: occurrences.length,
      positions: wordPositions.map((i) => (words.length > 1 ? i / (words.length - 1) : 0)),
      offsets: occurrences.map(({ first }) => first.start),
      sentences: occurrences.map(({ first }) => first.sentence),
      juillandD: juillandD(wordPositions, words.length),
    };
  });
}

function juillandD(wordPositions: readonly number[], words: number): number {
  const parts = Math.min(JUILLAND_PARTS, words);
  if (wordPositions.length === 0 || parts < 2) return NaN;
  const sizes = segmentSizes(words, parts);
  const relative = segmentCounts(wordPositions, words, parts).map((count, i) => count / sizes[i]!);
  const mean = relative.reduce((sum, v) => sum + v, 0) / parts;
  const sd = Math.sqrt(relative.reduce((sum, v) => sum + (v - mean) ** 2, 0) / parts);
  return 1 - sd / mean / Math.sqrt(parts - 1);
}

/**
 * Frequency of each term across `segments` parts of equal word count (Voyant Trends). Rows: terms in
 * the order given, segments in order. Counts over segments add up to the term's total.
 */
export function trends(doc: Doc, terms: readonly string[], segments = 10): TrendRow[] {
  if (!Number.isInteger(segments) || segments < 1) throw new RangeError(`trends: segments must be a positive integer, got ${segments}`);
  const { words, ordinal } = wordIndex(doc);
  const sizes = segmentSizes(words.length, segments);
  return terms.flatMap((term) => {
    const positions = findOccurrences(doc, term).map(({ first }) => ordinal[first.index]!);
    return segmentCounts(positions, words.length, segments).map((count, segment) => ({
      term,
      segment,
      count,
      words: sizes[segment]!,
      per1k: per1k(count, sizes[segment]!),
    }));
  });
}
