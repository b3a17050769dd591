import { softmax } from '../feature-vectors';
import { eachRuleSignal, type LogisticModel } from '../logistic';
import { CLAIM_TYPES, type ClaimType } from '../types';
import { sentenceVector } from '../word-vectors';

/*
 * Hand-written rather than natural's LogisticRegressionClassifier: natural's (through apparatus)
 * is one-vs-rest with no regularisation, builds dense sylvester matrices of sentences × vocabulary,
 * descends with a learning-rate search per class that runs for minutes on a thousand sentences,
 * takes 0/1 features only (no rule scores), and scores by a dense dot product over the whole
 * vocabulary. Softmax with L2 fitted by L-BFGS is a convex problem with one answer, reached in
 * a second, and exports to sparse feature → weight vectors.
 */

export interface LogisticExample {
  /** The sentence's features (see `modelFeatures`). */
  readonly features: readonly string[];
  /** The rules' per-type scores, indexed like CLAIM_TYPES (see `claimRuleScores`). */
  readonly ruleScores: readonly number[];
  readonly label: ClaimType;
}

export interface LogisticOptions {
  /** L2 penalty on the weights (not the biases), against the mean log-loss. */
  readonly l2?: number;
  /** Features (words, cues, signals) seen in fewer training sentences are left out: their weights would only learn the sentence. */
  readonly minFeatureCount?: number;
  /**
   * Examples of label c weigh (n / (labels · n_c))^classBalance: 0 treats every sentence alike,
   * 1 every label alike (rare types then count in the loss as much as they do in macro-F1).
   */
  readonly classBalance?: number;
  /** Read the rules' score vector through `eachRuleSignal` (default true). */
  readonly ruleSignals?: boolean;
  /** Keep the word-stem features `w:` (default true). */
  readonly words?: boolean;
  /** Scale of the sentence's mean word vector as inputs (see LogisticModel.wordVectors); 0 leaves it out. */
  readonly wordVectors?: number;
  /** Most L-BFGS iterations. */
  readonly iterations?: number;
  /** Stored in the model: how the classifier combines it with the rules (see LogisticModel). */
  readonly ruleThreshold?: number;
  readonly ruleWeight?: number;
}

/** Chosen by `node scripts/eval-claims.js --tune-logistic` (grouped cross-validation on the train split only). */
export const DEFAULT_LOGISTIC_OPTIONS: Required<LogisticOptions> = {
  l2: 0.01,
  minFeatureCount: 2,
  classBalance: 0.5,
  ruleSignals: true,
  words: true,
  wordVectors: 6,
  iterations: 300,
  ruleThreshold: 0.65,
  ruleWeight: 0,
};

/** Weights are stored to this many decimals: the model file stays small, and its bytes do not depend on the last bits of floating point. */
const WEIGHT_DECIMALS = 4;

/** One example as feature positions and values. */
interface SparseExample {
  readonly ids: Int32Array;
  readonly values: Float64Array;
  readonly label: number;
  readonly weight: number;
}

/** Train a softmax regression on labelled examples. Deterministic: no randomness, fixed orders. */
export function trainLogisticModel(examples: readonly LogisticExample[], options: LogisticOptions = {}): LogisticModel {
  const settings = { ...DEFAULT_LOGISTIC_OPTIONS, ...options };
  const inputs = examples.map((example) => exampleInputs(example, settings));
  const vocabulary = frequentFeatures(inputs, settings.minFeatureCount);
  const labels = CLAIM_TYPES.filter((type) => examples.some((e) => e.label === type));
  const problem: Problem = {
    examples: toSparse(examples, inputs, vocabulary, labels, settings.classBalance),
    features: vocabulary.length,
    k: labels.length,
    l2: settings.l2,
  };
  const theta = new Float64Array((vocabulary.length + 1) * labels.length);
  minimise((x, gradient) => objective(x, gradient, problem), theta, settings.iterations);
  return {
    ...exportModel(theta, vocabulary, labels),
    ruleThreshold: settings.ruleThreshold,
    ruleWeight: settings.ruleWeight,
    ...(settings.wordVectors > 0 ? { wordVectors: settings.wordVectors } : {}),
  };
}

/** The named inputs of one example: each distinct feature with value 1, then the rule signals. */
function exampleInputs(example: LogisticExample, settings: Required<LogisticOptions>): Map<string, number> {
  const inputs = new Map<string, number>();
  for (const feature of example.features) if (settings.words || !feature.startsWith('w:')) inputs.set(feature, 1);
  if (settings.ruleSignals) eachRuleSignal(example.ruleScores, (name, value) => inputs.set(name, value));
  if (settings.wordVectors > 0) {
    sentenceVector.begin();
    for (const feature of example.features) sentenceVector.add(feature);
    sentenceVector.emit(settings.wordVectors, (name, value) => inputs.set(name, value));
  }
  return inputs;
}

/** Names seen in at least `minCount` examples, sorted so that the model's layout does not depend on example order. */
function frequentFeatures(inputs: readonly Map<string, number>[], minCount: number): string[] {
  const counts = new Map<string, number>();
  for (const input of inputs) for (const name of input.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n >= minCount)
    .map(([name]) => name)
    .sort();
}

function toSparse(
  examples: readonly LogisticExample[],
  inputs: readonly Map<string, number>[],
  vocabulary: readonly string[],
  labels: readonly ClaimType[],
  classBalance: number,
): SparseExample[] {
  const position = new Map(vocabulary.map((name, i) => [name, i]));
  const perLabel = labels.map((label) => examples.filter((e) => e.label === label).length);
  const labelWeight = perLabel.map((n) => Math.pow(examples.length / (labels.length * n), classBalance));
  return examples.map((example, e) => {
    const kept = [...inputs[e]!].filter(([name]) => position.has(name));
    const label = labels.indexOf(example.label);
    return {
      ids: Int32Array.from(kept, ([name]) => position.get(name)!),
      values: Float64Array.from(kept, ([, value]) => value),
      label,
      weight: labelWeight[label]!,
    };
  });
}

/**
 * Weighted mean log-loss plus l2/2 · |W|², and its gradient into `gradient`. `x` holds one row
 * of `k` weights per feature, then the `k` biases.
 */
/** The fitting problem: examples, how many features and labels, and the L2 penalty. */
interface Problem {
  readonly examples: readonly SparseExample[];
  readonly features: number;
  readonly k: number;
  readonly l2: number;
}

function objective(x: Float64Array, gradient: Float64Array, { examples, features, k, l2 }: Problem): number {
  gradient.fill(0);
  const logits = new Float64Array(k);
  const p = new Float64Array(k);
  const biasAt = features * k;
  let totalWeight = 0;
  let loss = 0;
  for (const { ids, values, label, weight } of examples) {
    for (let l = 0; l < k; l++) logits[l] = x[biasAt + l]!;
    for (let j = 0; j < ids.length; j++) {
      const row = ids[j]! * k;
      for (let l = 0; l < k; l++) logits[l]! += values[j]! * x[row + l]!;
    }
    softmax(logits, p);
    loss -= weight * Math.log(Math.max(p[label]!, 1e-300));
    totalWeight += weight;
    p[label]! -= 1;
    for (let l = 0; l < k; l++) gradient[biasAt + l]! += weight * p[l]!;
    for (let j = 0; j < ids.length; j++) {
      const row = ids[j]! * k;
      for (let l = 0; l < k; l++) gradient[row + l]! += weight * values[j]! * p[l]!;
    }
  }
  let penalty = 0;
  for (let i = 0; i < gradient.length; i++) {
    gradient[i]! /= totalWeight;
    if (i < biasAt) {
      penalty += x[i]! * x[i]!;
      gradient[i]! += l2 * x[i]!;
    }
  }
  return loss / totalWeight + (l2 / 2) * penalty;
}

/** Limited-memory BFGS pairs kept. */
const MEMORY = 10;
/** Stop when an iteration lowers the objective by less than this share of it. */
const TOLERANCE = 1e-12;

/** Minimise a smooth convex function in place by L-BFGS with a backtracking (Armijo) line search. */
function minimise(f: (x: Float64Array, gradient: Float64Array) => number, x: Float64Array, iterations: number): void {
  const n = x.length;
  let gradient = new Float64Array(n);
  let value = f(x, gradient);
  const steps: Float64Array[] = [];
  const changes: Float64Array[] = [];
  for (let iteration = 0; iteration < iterations; iteration++) {
    let direction = lbfgsDirection(gradient, steps, changes);
    let slope = dot(gradient, direction);
    if (slope >= 0) {
      // Not a descent direction (curvature pairs gone stale): restart from the gradient.
      steps.length = changes.length = 0;
      direction = gradient.map((g) => -g);
      slope = dot(gradient, direction);
    }
    let step = steps.length === 0 ? 1 / Math.max(1, Math.sqrt(-slope)) : 1;
    const next = new Float64Array(n);
    const nextGradient = new Float64Array(n);
    let nextValue = Infinity;
    for (let tries = 0; tries < 40; tries++, step /= 2) {
      for (let i = 0; i < n; i++) next[i] = x[i]! + step * direction[i]!;
      nextValue = f(next, nextGradient);
      if (nextValue <= value + 1e-4 * step * slope) break;
    }
    if (!(nextValue < value)) return;
    const s = next.map((v, i) => v - x[i]!);
    const y = nextGradient.map((g, i) => g - gradient[i]!);
    if (dot(s, y) > 1e-12) {
      steps.push(s);
      changes.push(y);
      if (steps.length > MEMORY) {
        steps.shift();
        changes.shift();
      }
    }
    x.set(next);
    gradient = nextGradient;
    const improvement = value - nextValue;
    value = nextValue;
    if (improvement < TOLERANCE * Math.max(1, Math.abs(value))) return;
  }
}

/** −H·gradient by the two-loop recursion over the stored steps and gradient changes. */
function lbfgsDirection(gradient: Float64Array, steps: Float64Array[], changes: Float64Array[]): Float64Array {
  const q = Float64Array.from(gradient);
  const alphas: number[] = [];
  for (let i = steps.length - 1; i >= 0; i--) {
    alphas[i] = dot(steps[i]!, q) / dot(changes[i]!, steps[i]!);
    axpy(-alphas[i]!, changes[i]!, q);
  }
  const last = steps.length - 1;
  const scale = last >= 0 ? dot(steps[last]!, changes[last]!) / dot(changes[last]!, changes[last]!) : 1;
  for (let i = 0; i < q.length; i++) q[i]! *= scale;
  for (let i = 0; i < steps.length; i++) {
    const beta = dot(changes[i]!, q) / dot(changes[i]!, steps[i]!);
    axpy(alphas[i]! - beta, steps[i]!, q);
  }
  for (let i = 0; i < q.length; i++) q[i] = -q[i]!;
  return q;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/** y += a·x */
function axpy(a: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < y.length; i++) y[i]! += a * x[i]!;
}

/** The fitted weights as a LogisticModel, rounded, without features whose weights all round to 0. */
function exportModel(
  theta: Float64Array,
  vocabulary: readonly string[],
  labels: readonly ClaimType[],
): Omit<LogisticModel, 'ruleThreshold' | 'ruleWeight'> {
  const k = labels.length;
  const rowOf = (i: number) => Array.from(theta.subarray(i * k, (i + 1) * k), roundWeight);
  const kept = vocabulary.map((name, i) => ({ name, weights: rowOf(i) })).filter((f) => f.weights.some((w) => w !== 0));
  return {
    kind: 'logistic',
    labels,
    vocabulary: kept.map((f) => f.name),
    weights: kept.map((f) => f.weights),
    bias: rowOf(vocabulary.length),
  };
}

function roundWeight(w: number): number {
  const scale = 10 ** WEIGHT_DECIMALS;
  // `+ 0` turns -0 into 0, so that JSON never holds `-0`.
  return Math.round(w * scale) / scale + 0;
}
