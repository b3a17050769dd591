import type { Span } from '../text';
import type { Quote, QuoteKind } from './types';

/** An annotated quote: content and speaker mention as offsets into the text. */
export interface GoldQuote {
  readonly kind: QuoteKind;
  readonly content: Span;
  readonly speaker: Span | null;
  readonly canonical: string | null;
  /** False for quotes a system may find without being required to (default true). */
  readonly required?: boolean;
}

export interface QuoteScore {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Matched quotes whose canonical speaker equals the annotation's. */
  readonly canonicalAgreement: number;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Quote-level scores: a predicted quote matches an annotated one when their contents overlap
 * and their speaker mentions overlap (any speaker matches an annotation without one). Matching
 * is one-to-one, largest content overlap first. A prediction matching an optional annotation
 * is neither a hit nor a false positive.
 */
export function scoreQuotes(predicted: readonly Quote[], gold: readonly GoldQuote[]): QuoteScore {
  const pairs: { p: number; g: number; size: number }[] = [];
  predicted.forEach((q, p) => {
    gold.forEach((t, g) => {
      const size = overlap(q.content, t.content);
      if (size === 0) return;
      if (t.speaker && !(q.speaker && overlap(q.speaker, t.speaker) > 0)) return;
      pairs.push({ p, g, size });
    });
  });
  pairs.sort((a, b) => b.size - a.size || a.p - b.p || a.g - b.g);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  let agree = 0;
  for (const { p, g } of pairs) {
    if (usedP.has(p) || usedG.has(g)) continue;
    usedP.add(p);
    usedG.add(g);
    if (predicted[p]!.canonical === gold[g]!.canonical) agree++;
  }
  let tp = 0;
  let fn = 0;
  gold.forEach((t, g) => {
    if (t.required === false) return;
    if (usedG.has(g)) tp++;
    else fn++;
  });
  const fp = predicted.length - usedP.size;
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    canonicalAgreement: usedP.size ? agree / usedP.size : 1,
  };
}
