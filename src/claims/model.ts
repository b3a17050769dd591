import { inFrame, type SentenceAnalysis } from './analyze';
import shipped from './model/claims-model.json';
import { zeros, type RuleScores } from './rules';
import { CLAIM_TYPES, type ClaimType } from './types';

/**
 * A naive Bayes model trained by natural's BayesClassifier and exported as its counts, so that
 * scoring is a sparse sum over the sentence's features instead of natural's dense pass over the
 * whole vocabulary for every sentence.
 */
export interface ClaimModel {
  /** Labels in the order of `counts` and `totals`. */
  readonly labels: readonly string[];
  readonly vocabulary: readonly string[];
  /** Per label, flattened `[featureIndex, count, …]` pairs of natural's smoothed counts. */
  readonly counts: readonly (readonly number[])[];
  readonly totals: readonly number[];
  readonly totalExamples: number;
  readonly smoothing: number;
  /** Log-scores are divided by this before normalising, to temper naive Bayes' overconfidence. */
  readonly temperature: number;
}

export interface TrainingExample {
  readonly features: readonly string[];
  readonly label: ClaimType;
}

interface NaturalBayes {
  addDocument(features: string[], label: string): void;
  train(): void;
  classify(features: string[]): string;
  features: Record<string, number>;
  classifier: { classFeatures: Record<string, Record<string, number>>; classTotals: Record<string, number>; totalExamples: number; smoothing: number };
}

// Never the package root of natural: it loads a redis client that slows every string operation.
function naturalBayes(): NaturalBayes {
  const BayesClassifier = require('natural/lib/natural/classifiers/bayes_classifier') as new () => NaturalBayes;
  return new BayesClassifier();
}

/** Train natural's BayesClassifier on feature lists (see `modelFeatures`); returns it untouched. */
export function trainNaturalBayes(examples: readonly TrainingExample[]): NaturalBayes {
  const classifier = naturalBayes();
  for (const example of examples) classifier.addDocument([...example.features], example.label);
  classifier.train();
  return classifier;
}

/** Train on labelled examples and export the counts as a ClaimModel. Deterministic for a given example order. */
export function trainClaimModel(examples: readonly TrainingExample[], temperature = 1): ClaimModel {
  const classifier = trainNaturalBayes(examples);
  const bayes = classifier.classifier;
  const vocabulary = Object.keys(classifier.features);
  const labels = CLAIM_TYPES.filter((type) => bayes.classFeatures[type] !== undefined);
  const counts = labels.map((label) => {
    const pairs: number[] = [];
    const table = bayes.classFeatures[label]!;
    for (const index of Object.keys(table).map(Number).sort((a, b) => a - b)) pairs.push(index, table[index]!);
    return pairs;
  });
  return { labels, vocabulary, counts, totals: labels.map((l) => bayes.classTotals[l]!), totalExamples: bayes.totalExamples, smoothing: bayes.smoothing, temperature };
}

interface ModelIndex {
  readonly features: Map<string, number>;
  /** Per label: feature index → log(count / total). */
  readonly logLikelihood: Map<number, number>[];
  readonly logUnseen: number[];
  readonly logPrior: number[];
  /** Position of each model label in CLAIM_TYPES. */
  readonly typeOf: number[];
}

const indexes = new WeakMap<ClaimModel, ModelIndex>();

function indexOf(model: ClaimModel): ModelIndex {
  let index = indexes.get(model);
  if (!index) {
    index = {
      features: new Map(model.vocabulary.map((f, i) => [f, i])),
      logLikelihood: model.counts.map((pairs, l) => {
        const map = new Map<number, number>();
        for (let i = 0; i < pairs.length; i += 2) map.set(pairs[i]!, Math.log(pairs[i + 1]! / model.totals[l]!));
        return map;
      }),
      logUnseen: model.totals.map((total) => Math.log(model.smoothing / total)),
      logPrior: model.totals.map((total) => Math.log(total / model.totalExamples)),
      typeOf: model.labels.map((label) => (CLAIM_TYPES as readonly string[]).indexOf(label)),
    };
    indexes.set(model, index);
  }
  return index;
}

/** Log-scores per model label: natural's probabilityOfClass, in log space. Unknown features are ignored, as in natural. */
export function modelLogScores(model: ClaimModel, features: readonly string[]): number[] {
  const index = indexOf(model);
  const present: number[] = [];
  for (const feature of new Set(features)) {
    const i = index.features.get(feature);
    if (i !== undefined) present.push(i);
  }
  return model.labels.map((_, l) => {
    let score = index.logPrior[l]!;
    const table = index.logLikelihood[l]!;
    for (const i of present) score += table.get(i) ?? index.logUnseen[l]!;
    return score;
  });
}

/** A probability per CLAIM_TYPES entry (0 for labels the model never saw). */
export function predictDistribution(model: ClaimModel, features: readonly string[]): number[] {
  const index = indexOf(model);
  const scores = modelLogScores(model, features).map((s) => s / model.temperature);
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const total = exp.reduce((a, b) => a + b, 0);
  const out = zeros(CLAIM_TYPES.length);
  exp.forEach((e, l) => (out[index.typeOf[l]!] = e / total));
  return out;
}

/**
 * What the model sees of a sentence: the stems of its claim words (outside the reporting frame,
 * stop words left out), the rules' evidence (types and the cues themselves) and their leading
 * type, modality and subject side, sentence form, and whether the author or a quoted party speaks.
 */
export function modelFeatures(analysis: SentenceAnalysis, rules: RuleScores, voice: string): string[] {
  const V = process.env.CLAIMS_FEAT ?? 'swept';
  const features = new Set<string>();
  const { words, tokens, offset } = analysis;
  for (let i = 0; i < words.length; i++) if (words[i]!.word && !inFrame(analysis, i) && (!V.includes('s') || !tokens[offset + i]!.stop)) features.add(words[i]!.feature);
  for (const e of rules.evidence) {
    features.add(`e:${e.type}`);
    if (V.includes('p')) features.add(`p:${e.type}:${e.rule}`);
  }
  if (V.includes('t')) {
    let top = -1;
    for (let i = 0; i < rules.scores.length; i++) if (rules.scores[i]! > 0 && (top < 0 || rules.scores[i]! > rules.scores[top]!)) top = i;
    features.add(top < 0 ? 'top:none' : `top:${CLAIM_TYPES[top]}`);
  }
  for (const hit of analysis.hits) if (hit.negated) features.add(`n:${hit.type}`);
  for (const modal of analysis.modals) features.add(`m:${modal.kind}@${analysis.clauses[modal.clause]!.side}`);
  features.add(`s:${analysis.clauses[0]?.side ?? 'neutral'}`);
  if (analysis.tense) features.add(`f:${analysis.tense}`);
  if (analysis.question) features.add('f:question');
  if (analysis.questionTurn) features.add('f:question-turn');
  if (analysis.nonClaimVoice) features.add('f:non-claim-voice');
  if (analysis.leadIn) features.add('f:lead-in');
  if (analysis.title) features.add('f:title');
  if (analysis.heading) features.add('f:heading');
  if (analysis.sentence.headline) features.add('f:headline');
  features.add(voice === 'author' ? 'v:author' : 'v:quoted');
  return [...features].sort();
}

/** The model shipped in src/claims/model/claims-model.json (see scripts/train-claims.js), or null when none is trained. */
export function shippedModel(): ClaimModel | null {
  return shipped.labels.length > 0 ? (shipped as ClaimModel) : null;
}
