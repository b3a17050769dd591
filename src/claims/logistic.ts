import { FeatureVectors } from './feature-vectors';
import { CLAIM_TYPES, type LearnedVocabulary } from './types';
import { projectWordVector, sentenceVector, wordVectorCount, WORD_VECTOR_SIGNALS } from './word-vectors';

/**
 * A multinomial logistic regression (softmax) over the learned layer's sparse features plus
 * signals drawn from the rules' score vector (see `eachRuleSignal`); trained by
 * src/claims/training/train-logistic.ts. Unlike naive Bayes it weighs correlated features
 * (a cue, its evidence type and the top rule type) jointly instead of counting each as new
 * evidence, and it reads how strongly the rules lean, not only which way.
 */
export interface LogisticModel extends LearnedVocabulary {
  readonly kind: 'logistic';
  /**
   * Per feature of `vocabulary` (the features of `modelFeatures` and the names of
   * `eachRuleSignal`), one weight per label of `labels`.
   */
  readonly weights: readonly (readonly number[])[];
  readonly bias: readonly number[];
  /** How the classifier combines this model with the rules (see `combineDecision`), chosen by cross-validation with it. */
  readonly ruleThreshold: number;
  readonly ruleWeight: number;
  /**
   * When set, the model also reads the mean word vector of the sentence's word features (see
   * ./word-vectors), at unit length times this scale, as the signals `v:<dimension>`.
   */
  readonly wordVectors?: number;
}

/** Adds one input of a sentence to the logits being scored. */
export type AddFeature = (feature: string) => void;
export type AddSignal = (name: string, value: number) => void;

/**
 * A model ready to score: its weight vectors, and one logits buffer with its two adders, built
 * once per model so that scoring a sentence allocates nothing but its distribution. Scoring is
 * synchronous, so one buffer per model is never shared by two sentences.
 */
interface LogisticIndex {
  readonly vectors: FeatureVectors;
  readonly bias: Float64Array;
  readonly logits: Float64Array;
  /** Binary features count once however often they are listed (as in the naive Bayes layer). */
  readonly addFeature: AddFeature;
  readonly addSignal: AddSignal;
  /** The word vectors' part of the model, or null when it reads none. */
  readonly words: WordVectorPart | null;
}

/**
 * The logits a sentence's mean word vector adds are the sum of its words' vectors times the
 * weights of the `v:` signals, divided by the sum's length: each word's product with the weights
 * is computed once per model (when first met) and added up per sentence, so that a sentence costs
 * one short vector per word instead of a full matrix product.
 */
interface WordVectorPart {
  readonly scale: number;
  /** The `v:<dimension>` weights as one dense matrix, dimension by label (0 where the model dropped one). */
  readonly weights: Float64Array;
  /** Per word vector, its product with `weights`, filled when first needed (`known`). */
  readonly products: Float64Array;
  readonly known: Uint8Array;
  /** The sum of the products of the sentence's words so far. */
  readonly sum: Float64Array;
}

const indexes = new WeakMap<LogisticModel, LogisticIndex>();

function indexOf(model: LogisticModel): LogisticIndex {
  let index = indexes.get(model);
  if (!index) {
    const vectors = new FeatureVectors(
      model.labels,
      model.vocabulary,
      model.weights.map((weights) => Float64Array.from(weights)),
    );
    const logits = new Float64Array(model.labels.length);
    const words = wordVectorPart(model, vectors);
    index = {
      vectors,
      bias: Float64Array.from(model.bias),
      logits,
      addFeature: words
        ? (feature) => {
            vectors.addOnce(feature, logits);
            const row = sentenceVector.add(feature);
            if (row >= 0) addWordProduct(words, row);
          }
        : (feature) => vectors.addOnce(feature, logits),
      addSignal: (name, value) => vectors.addScaled(name, logits, value),
      words,
    };
    indexes.set(model, index);
  }
  return index;
}

/**
 * A probability per CLAIM_TYPES entry (0 for labels the model never saw) for the sentence whose
 * features and rule signals `inputs` hands to the two adders.
 */
export function scoreLogistic(
  model: LogisticModel,
  inputs: (feature: AddFeature, signal: AddSignal) => void,
): number[] {
  const index = indexOf(model);
  index.logits.set(index.bias);
  index.vectors.begin();
  const words = index.words;
  if (words) {
    sentenceVector.begin();
    words.sum.fill(0);
  }
  inputs(index.addFeature, index.addSignal);
  if (words) {
    const length = sentenceVector.length();
    if (length > 0)
      for (let l = 0; l < words.sum.length; l++) index.logits[l]! += (words.scale * words.sum[l]!) / length;
  }
  return index.vectors.distribution(index.logits);
}

function wordVectorPart(model: LogisticModel, vectors: FeatureVectors): WordVectorPart | null {
  if (model.wordVectors === undefined) return null;
  const k = model.labels.length;
  const weights = new Float64Array(WORD_VECTOR_SIGNALS.length * k);
  WORD_VECTOR_SIGNALS.forEach((name, d) => {
    const vector = vectors.vectorOf(name);
    if (vector) weights.set(vector, d * k);
  });
  const count = wordVectorCount();
  return {
    scale: model.wordVectors,
    weights,
    products: new Float64Array(count * k),
    known: new Uint8Array(count),
    sum: new Float64Array(k),
  };
}

function addWordProduct(words: WordVectorPart, row: number): void {
  const k = words.sum.length;
  const at = row * k;
  if (words.known[row] === 0) {
    projectWordVector(row, words.weights, k, words.products, at);
    words.known[row] = 1;
  }
  for (let l = 0; l < k; l++) words.sum[l]! += words.products[at + l]!;
}

/**
 * Margins between the rules' top two scores at which the model may learn that the rules' choice
 * becomes safer; the bucket of a margin is the number of bounds it reaches.
 */
const MARGIN_BOUNDS = [0.25, 0.5, 1, 2];
const SCORE_SIGNALS = CLAIM_TYPES.map((type) => `rs:${type}`);
const MARGIN_SIGNALS = MARGIN_BOUNDS.map((_, b) => `rm:${b}`).concat(`rm:${MARGIN_BOUNDS.length}`);
const TOP_MARGIN_SIGNALS = CLAIM_TYPES.map((type) => MARGIN_SIGNALS.map((_, b) => `rt:${type}@${b}`));

/**
 * What the model reads of the rules' score vector (indexed like CLAIM_TYPES): each type's score
 * on a log scale (`rs:<type>`, so that one strong cue does not swamp everything else), and the
 * margin between the top two scores in buckets, alone (`rm:<bucket>`) and with the top type
 * (`rt:<type>@<bucket>`). Nothing when the rules found no evidence (`top:none` says so).
 */
export function eachRuleSignal(scores: readonly number[], visit: (name: string, value: number) => void): void {
  let top = -1;
  for (let i = 0; i < scores.length; i++) {
    if (scores[i]! <= 0) continue;
    visit(SCORE_SIGNALS[i]!, Math.log1p(scores[i]!));
    if (top < 0 || scores[i]! > scores[top]!) top = i;
  }
  if (top < 0) return;
  let second = 0;
  for (let i = 0; i < scores.length; i++) if (i !== top && scores[i]! > second) second = scores[i]!;
  const margin = scores[top]! - second;
  let bucket = 0;
  while (bucket < MARGIN_BOUNDS.length && margin >= MARGIN_BOUNDS[bucket]!) bucket++;
  visit(MARGIN_SIGNALS[bucket]!, 1);
  visit(TOP_MARGIN_SIGNALS[top]![bucket]!, 1);
}
