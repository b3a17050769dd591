import { docWords, termPositions } from './doc-words';
import { segmentCounts, segmentSizes } from './positions';
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
  const words = docWords(doc);
  const total = words.count;
  // The parts' sizes depend on the word count alone: counted once, not once per term.
  const parts = Math.min(JUILLAND_PARTS, total);
  const sizes = segmentSizes(total, parts);
  return terms.map((term) => {
    const wordPositions = termPositions(words, term);
    return {
      term,
      count: wordPositions.length,
      positions: wordPositions.map((i) => (total > 1 ? i / (total - 1) : 0)),
      offsets: wordPositions.map((i) => words.start[i]!),
      sentences: wordPositions.map((i) => words.sentence[i]!),
      juillandD: juillandD(wordPositions, total, parts, sizes),
    };
  });
}

function juillandD(wordPositions: readonly number[], words: number, parts: number, sizes: readonly number[]): number {
  if (wordPositions.length === 0 || parts < 2) return NaN;
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
  if (!Number.isInteger(segments) || segments < 1)
    throw new RangeError(`trends: segments must be a positive integer, got ${segments}`);
  const words = docWords(doc);
  const sizes = segmentSizes(words.count, segments);
  return terms.flatMap((term) => {
    const positions = termPositions(words, term);
    return segmentCounts(positions, words.count, segments).map((count, segment) => ({
      term,
      segment,
      count,
      words: sizes[segment]!,
      per1k: per1k(count, sizes[segment]!),
    }));
  });
}
