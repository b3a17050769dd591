import { CLAIM_TYPES } from './types';

interface Entry {
  readonly vector: Float64Array;
  /** Last sentence that counted this feature, so a feature counts once per sentence. */
  pass: number;
}

/**
 * A learned layer's features as vectors over its labels, ready to score a sentence as a sparse
 * sum of the vectors of the features it has: the naive Bayes layer (log-likelihoods) and the
 * logistic layer (weights) score the same way.
 */
export class FeatureVectors {
  private readonly entries: Map<string, Entry>;
  /** Position of each model label in CLAIM_TYPES. */
  private readonly typeOf: readonly number[];
  private pass = 0;

  constructor(labels: readonly string[], vocabulary: readonly string[], vectors: readonly Float64Array[]) {
    this.entries = new Map(vocabulary.map((feature, i) => [feature, { vector: vectors[i]!, pass: 0 }]));
    this.typeOf = labels.map((label) => (CLAIM_TYPES as readonly string[]).indexOf(label));
  }

  /** Starts a sentence: every feature may count once again. */
  begin(): void {
    this.pass++;
  }

  /** Adds the feature's vector to `scores` once per sentence, however often it is listed; an unknown feature adds nothing. */
  addOnce(feature: string, scores: Float64Array): void {
    const entry = this.entries.get(feature);
    if (!entry || entry.pass === this.pass) return;
    entry.pass = this.pass;
    const vector = entry.vector;
    for (let l = 0; l < scores.length; l++) scores[l]! += vector[l]!;
  }

  /** The feature's vector over the model's labels, or undefined for a feature the model does not know. */
  vectorOf(feature: string): Float64Array | undefined {
    return this.entries.get(feature)?.vector;
  }

  /** Adds `value` times the feature's vector to `scores` (a real-valued input, counted as often as given). */
  addScaled(feature: string, scores: Float64Array, value: number): void {
    const vector = this.vectorOf(feature);
    if (vector) for (let l = 0; l < scores.length; l++) scores[l]! += value * vector[l]!;
  }

  /** `softmax(scores, temperature)` as a probability per CLAIM_TYPES entry (0 for labels the model never saw). */
  distribution(scores: ArrayLike<number>, temperature = 1): number[] {
    const probabilities = softmax(scores, new Float64Array(scores.length), temperature);
    const out = new Array<number>(CLAIM_TYPES.length).fill(0);
    for (let l = 0; l < probabilities.length; l++) out[this.typeOf[l]!] = probabilities[l]!;
    return out;
  }
}

/**
 * exp((x − max) / temperature), normalised; shared by scoring and training so both compute the
 * same probabilities.
 */
export function softmax(
  logits: ArrayLike<number>,
  out: Float64Array = new Float64Array(logits.length),
  temperature = 1,
): Float64Array {
  let max = -Infinity;
  for (let l = 0; l < logits.length; l++) if (logits[l]! > max) max = logits[l]!;
  let total = 0;
  for (let l = 0; l < logits.length; l++) total += out[l] = Math.exp((logits[l]! - max) / temperature);
  for (let l = 0; l < logits.length; l++) out[l]! /= total;
  return out;
}
