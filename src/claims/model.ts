import { inFrame, type ModalKind, type SentenceAnalysis } from './analyze';
import type { Side } from './lexicon/compile';
import { eachRuleSignal, scoreLogistic, type LogisticModel } from './logistic';
import shipped from './model/claims-model.json';
import { typeIndex, type RuleScores } from './rules/index';
import { FeatureVectors } from './feature-vectors';
import { CLAIM_TYPES, type ClaimType, type LearnedVocabulary } from './types';

/** The learned layer: naive Bayes counts, or a logistic regression (see ./logistic). */
export type ClaimModel = BayesModel | LogisticModel;

export type { LogisticModel } from './logistic';

/**
 * A naive Bayes model trained by natural's BayesClassifier and exported as its counts, so that
 * scoring is a sparse sum over the sentence's features instead of natural's dense pass over the
 * whole vocabulary for every sentence.
 */
export interface BayesModel extends LearnedVocabulary {
  /** Per label of `labels`, flattened `[featureIndex, count, …]` pairs of natural's smoothed counts. */
  readonly counts: readonly (readonly number[])[];
  readonly totals: readonly number[];
  readonly totalExamples: number;
  readonly smoothing: number;
  /** Log-scores are divided by this before normalising, to temper naive Bayes' overconfidence. */
  readonly temperature: number;
  /** Naive Bayes is combined with the rules by the classifier's defaults (DEFAULT_RULE_THRESHOLD, DEFAULT_RULE_WEIGHT). */
  readonly ruleThreshold?: undefined;
  readonly ruleWeight?: undefined;
}

interface ModelIndex {
  /** Per feature, its log-likelihood under each label (log(count / total), or the smoothed unseen value). */
  readonly vectors: FeatureVectors;
  readonly logPrior: Float64Array;
}

export function isLogistic(model: ClaimModel): model is LogisticModel {
  return (model as LogisticModel).kind === 'logistic';
}

const indexes = new WeakMap<BayesModel, ModelIndex>();

function indexOf(model: BayesModel): ModelIndex {
  let index = indexes.get(model);
  if (!index) {
    const labels = model.labels.length;
    const vectors = model.vocabulary.map(() => {
      const vector = new Float64Array(labels);
      for (let l = 0; l < labels; l++) vector[l] = Math.log(model.smoothing / model.totals[l]!);
      return vector;
    });
    model.counts.forEach((pairs, l) => {
      for (let i = 0; i < pairs.length; i += 2) vectors[pairs[i]!]![l] = Math.log(pairs[i + 1]! / model.totals[l]!);
    });
    index = {
      vectors: new FeatureVectors(model.labels, model.vocabulary, vectors),
      logPrior: Float64Array.from(model.totals, (total) => Math.log(total / model.totalExamples)),
    };
    indexes.set(model, index);
  }
  return index;
}

/** The prior log-scores of a new sentence, every feature free to count once again. */
function startSentence(index: ModelIndex): Float64Array {
  index.vectors.begin();
  return Float64Array.from(index.logPrior);
}

/**
 * Log-scores per model label: natural's probabilityOfClass, in log space. A feature counts
 * once however often it is listed; unknown ones are ignored, as in natural.
 */
export function modelLogScores(model: BayesModel, features: Iterable<string>): number[] {
  const index = indexOf(model);
  const scores = startSentence(index);
  for (const feature of features) index.vectors.addOnce(feature, scores);
  return Array.from(scores);
}

/** The model's distribution for an analysed sentence, scored as its features are produced. */
export function predictSentence(
  model: ClaimModel,
  analysis: SentenceAnalysis,
  rules: RuleScores,
  voice: string,
  neighbours: Neighbours = ALONE,
): number[] {
  if (isLogistic(model))
    return scoreLogistic(model, (feature, signal) => {
      eachFeature(analysis, rules, voice, neighbours, feature);
      eachRuleSignal(rules.scores, signal);
    });
  const index = indexOf(model);
  const scores = startSentence(index);
  eachFeature(analysis, rules, voice, neighbours, (feature) => index.vectors.addOnce(feature, scores));
  return index.vectors.distribution(scores, model.temperature);
}

/**
 * A probability per CLAIM_TYPES entry (0 for labels the model never saw), from a sentence's
 * features and, for a logistic model, the rules' scores (naive Bayes does not read them).
 */
export function predictDistribution(
  model: ClaimModel,
  features: Iterable<string>,
  ruleScores: readonly number[] = NO_RULE_SCORES,
): number[] {
  if (isLogistic(model))
    return scoreLogistic(model, (feature, signal) => {
      for (const f of features) feature(f);
      eachRuleSignal(ruleScores, signal);
    });
  return indexOf(model).vectors.distribution(modelLogScores(model, features), model.temperature);
}

const NO_RULE_SCORES: readonly number[] = [];

/**
 * The leading rule type of the sentences before and after one (indices into CLAIM_TYPES), -1
 * where the rules found nothing, `DOCUMENT_EDGE` before the first sentence and after the last.
 * A sentence that follows an accusation tends to carry it on, one before a call to lead up to it:
 * the model reads both.
 */
export interface Neighbours {
  readonly before: number;
  readonly after: number;
}

export const DOCUMENT_EDGE = -2;
const ALONE: Neighbours = { before: DOCUMENT_EDGE, after: DOCUMENT_EDGE };

/** The type the rules score highest (an index into CLAIM_TYPES), or -1 when they score none. */
export function leadingRule(scores: readonly number[]): number {
  let top = -1;
  for (let i = 0; i < scores.length; i++) if (scores[i]! > 0 && (top < 0 || scores[i]! > scores[top]!)) top = i;
  return top;
}

/**
 * What the model sees of a sentence: the stems of its claim words (outside the reporting frame,
 * stop words left out), the rules' evidence (types and the cues themselves) and their leading
 * type, modality and subject side, sentence form, whether the author or a quoted party speaks,
 * and the rules' leading type in the sentences on either side.
 */
export function modelFeatures(
  analysis: SentenceAnalysis,
  rules: RuleScores,
  voice: string,
  neighbours: Neighbours = ALONE,
): string[] {
  const features = new Set<string>();
  eachFeature(analysis, rules, voice, neighbours, (feature) => features.add(feature));
  return [...features];
}

/** Hands each feature of the sentence to `visit` (possibly more than once). */
function eachFeature(
  analysis: SentenceAnalysis,
  rules: RuleScores,
  voice: string,
  neighbours: Neighbours,
  visit: (feature: string) => void,
): void {
  const { words, columns, offset } = analysis;
  const forms = columns.forms;
  for (let i = 0; i < words.length; i++)
    if (words[i]!.word && !forms[offset + i]!.stop && !inFrame(analysis, i)) visit(words[i]!.feature);
  for (const e of rules.evidence) {
    visit(EVIDENCE_FEATURE[typeIndex(e.type)]!);
    visit(ruleFeature(e.type, e.rule));
  }
  visit(TOP_FEATURE.of(leadingRule(rules.scores)));
  visit(BEFORE_FEATURE.of(neighbours.before));
  visit(AFTER_FEATURE.of(neighbours.after));
  for (const hit of analysis.hits) if (hit.negated) visit(NEGATED_FEATURE[typeIndex(hit.type)]!);
  for (const modal of analysis.modals) visit(modalFeature(modal.kind, analysis.clauses[modal.clause]!.side));
  visit(SIDE_FEATURE[analysis.clauses[0]?.side ?? 'neutral']);
  if (analysis.tense) visit(TENSE_FEATURE[analysis.tense]);
  if (analysis.question) visit('f:question');
  if (analysis.questionTurn) visit('f:question-turn');
  if (analysis.nonClaimVoice) visit('f:non-claim-voice');
  if (analysis.leadIn) visit('f:lead-in');
  if (analysis.title) visit('f:title');
  if (analysis.heading) visit('f:heading');
  if (analysis.sentence.headline) visit('f:headline');
  if (analysis.reply) visit('f:reply');
  visit(voice === 'author' ? 'v:author' : 'v:quoted');
}

const NEGATED_FEATURE = CLAIM_TYPES.map((type) => `n:${type}`);
const SIDE_FEATURE: Readonly<Record<Side, string>> = { own: 's:own', other: 's:other', neutral: 's:neutral' };
const TENSE_FEATURE: Readonly<Record<'past' | 'present', string>> = { past: 'f:past', present: 'f:present' };
const MODAL_FEATURES = new Map<ModalKind, Record<Side, string>>();

/** `m:<kind>@<side>`, built once per kind. */
function modalFeature(kind: ModalKind, side: Side): string {
  let bySide = MODAL_FEATURES.get(kind);
  if (!bySide)
    MODAL_FEATURES.set(
      kind,
      (bySide = { own: `m:${kind}@own`, other: `m:${kind}@other`, neutral: `m:${kind}@neutral` }),
    );
  return bySide[side];
}

const EVIDENCE_FEATURE = CLAIM_TYPES.map((type) => `e:${type}`);
const RULE_FEATURES = CLAIM_TYPES.map(() => new Map<string, string>());

/** `p:<type>:<rule>`, built once per distinct rule. */
function ruleFeature(type: ClaimType, rule: string): string {
  const cache = RULE_FEATURES[typeIndex(type)]!;
  let feature = cache.get(rule);
  if (feature === undefined) cache.set(rule, (feature = `p:${type}:${rule}`));
  return feature;
}
/** `<prefix>:<type>` for a leading rule type, `<prefix>:none` where the rules found nothing, `<prefix>:edge` past the document's ends. */
function leadingFeatures(prefix: string): { of(leading: number): string } {
  const byType = CLAIM_TYPES.map((type) => `${prefix}:${type}`);
  const none = `${prefix}:none`;
  const edge = `${prefix}:edge`;
  return { of: (leading) => (leading >= 0 ? byType[leading]! : leading === DOCUMENT_EDGE ? edge : none) };
}
const TOP_FEATURE = leadingFeatures('top');
const BEFORE_FEATURE = leadingFeatures('before');
const AFTER_FEATURE = leadingFeatures('after');

/** The model shipped in src/claims/model/claims-model.json (see scripts/train-claims.js), or null when none is trained. */
export function shippedModel(): ClaimModel | null {
  return shipped.labels.length > 0 ? (shipped as unknown as ClaimModel) : null;
}
