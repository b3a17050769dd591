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
  /** Of the predictions whose content matches an annotation, the share whose speaker matches too. */
  readonly speakerPrecision: number;
  /** Per annotation: the index of the prediction matched to it, or -1. */
  readonly goldMatch: readonly number[];
  /** Per prediction: the index of the annotation it matched, or -1. */
  readonly predictedMatch: readonly number[];
}

/** A content at least this share of the longer span in common matches. */
export const CONTENT_OVERLAP_OF_LONGER = 0.3;
/** A predicted content lying at least this share inside the annotated content matches. */
export const CONTENT_INSIDE_GOLD = 0.8;

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Contents match when they share 30 % of the longer span, or the prediction lies 80 % inside the annotation. */
export function contentMatches(
  predicted: { start: number; end: number },
  gold: { start: number; end: number },
): boolean {
  const size = overlap(predicted, gold);
  if (size === 0) return false;
  const longer = Math.max(predicted.end - predicted.start, gold.end - gold.start);
  return size >= CONTENT_OVERLAP_OF_LONGER * longer || size >= CONTENT_INSIDE_GOLD * (predicted.end - predicted.start);
}

/**
 * Speakers match when the annotation has none, the mentions overlap, or the predicted canonical
 * name contains the annotated one (`Ambassador Susan Rice` for `Susan Rice`).
 */
export function speakerMatches(predicted: Quote, gold: GoldQuote): boolean {
  if (!gold.speaker) return true;
  if (predicted.speaker && overlap(predicted.speaker, gold.speaker) > 0) return true;
  if (!predicted.canonical || !gold.canonical) return false;
  return predicted.canonical.toLowerCase().includes(gold.canonical.toLowerCase());
}

/**
 * Quote-level scores: a predicted quote matches an annotated one when their contents match
 * (`contentMatches`) and so do their speakers (`speakerMatches`). Matching is one-to-one,
 * largest content overlap first. Recall is over required annotations; a prediction matching
 * only an optional annotation is neither a hit nor a false positive.
 */
export function scoreQuotes(predicted: readonly Quote[], gold: readonly GoldQuote[]): QuoteScore {
  const pairs: { p: number; g: number; size: number; required: boolean }[] = [];
  const contentHit = new Set<number>();
  const speakerHit = new Set<number>();
  predicted.forEach((q, p) => {
    gold.forEach((t, g) => {
      if (!contentMatches(q.content, t.content)) return;
      contentHit.add(p);
      if (!speakerMatches(q, t)) return;
      speakerHit.add(p);
      pairs.push({ p, g, size: overlap(q.content, t.content), required: t.required !== false });
    });
  });
  // Required annotations first, so an optional one never takes the prediction a required one needs.
  pairs.sort((a, b) => Number(b.required) - Number(a.required) || b.size - a.size || a.p - b.p || a.g - b.g);
  const goldMatch = new Array<number>(gold.length).fill(-1);
  const predictedMatch = new Array<number>(predicted.length).fill(-1);
  let agree = 0;
  let matched = 0;
  for (const { p, g } of pairs) {
    if (predictedMatch[p] !== -1 || goldMatch[g] !== -1) continue;
    predictedMatch[p] = g;
    goldMatch[g] = p;
    matched++;
    if (predicted[p]!.canonical === gold[g]!.canonical) agree++;
  }
  // A prediction that matches only optional annotations, already taken, is left out too.
  const optionalOnly = (p: number) => predictedMatch[p] === -1 && pairs.some((x) => x.p === p && !x.required);
  let tp = 0;
  let fn = 0;
  gold.forEach((t, g) => {
    if (t.required === false) return;
    if (goldMatch[g] !== -1) tp++;
    else fn++;
  });
  let fp = 0;
  predicted.forEach((_q, p) => {
    if (predictedMatch[p] === -1 && !optionalOnly(p)) fp++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    canonicalAgreement: matched ? agree / matched : 1,
    speakerPrecision: contentHit.size ? speakerHit.size / contentHit.size : 1,
    goldMatch,
    predictedMatch,
  };
}
