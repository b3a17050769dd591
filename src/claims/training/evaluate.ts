import { createHash } from 'crypto';
import type { Doc } from '../../text';
import {
  calibrate,
  claimFeatures,
  claimRuleScores,
  classifyClaims,
  type Calibration,
  type CalibrationCurve,
  type ClassifyOptions,
} from '../classify';
import type { Claim } from '../types';
import type { ClaimCase } from './dataset';
import { predictDistribution, type BayesModel, type ClaimModel, type LogisticModel } from '../model';
import { trainLogisticModel, type LogisticOptions } from './train-logistic';
import { trainClaimModel, type TrainingOptions } from './train-model';
import { CLAIM_TYPES, type ClaimType } from '../types';

export interface ClaimScores {
  readonly n: number;
  /** Share of predictions equal to the label. */
  readonly accuracy: number;
  /** Share of predictions equal to the label or one of its alternatives. */
  readonly lenient: number;
  /** Mean F1 over all 13 types (a type never labelled nor predicted counts as F1 = 0). */
  readonly macroF1: number;
  readonly f1: Readonly<Record<ClaimType, number>>;
}

export interface Prediction {
  readonly label: ClaimType;
  readonly alternatives: readonly ClaimType[];
  readonly predicted: ClaimType;
}

export function scorePredictions(predictions: readonly Prediction[]): ClaimScores {
  const f1 = {} as Record<ClaimType, number>;
  let sum = 0;
  for (const type of CLAIM_TYPES) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const p of predictions) {
      if (p.predicted === type && p.label === type) tp++;
      else if (p.predicted === type) fp++;
      else if (p.label === type) fn++;
    }
    f1[type] = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    sum += f1[type];
  }
  const n = predictions.length;
  const correct = predictions.filter((p) => p.predicted === p.label).length;
  const lenient = predictions.filter((p) => p.predicted === p.label || p.alternatives.includes(p.predicted)).length;
  return { n, accuracy: n ? correct / n : 0, lenient: n ? lenient / n : 0, macroF1: sum / CLAIM_TYPES.length, f1 };
}

/**
 * Deterministic folds grouped by document: source files are dealt, largest first, to the
 * fold with the fewest records; written sentences (each its own document) are spread by the
 * SHA-1 of their id.
 */
export function groupedFolds(cases: readonly ClaimCase[], k: number): number[] {
  const folds = new Array<number>(cases.length).fill(-1);
  const sizes = new Array<number>(k).fill(0);
  const byDoc = new Map<string, number[]>();
  cases.forEach((c, i) => {
    if (c.record.doc === 'written') {
      folds[i] = parseInt(createHash('sha1').update(c.record.id).digest('hex').slice(0, 8), 16) % k;
      sizes[folds[i]!]!++;
    } else {
      const members = byDoc.get(c.record.doc) ?? [];
      members.push(i);
      byDoc.set(c.record.doc, members);
    }
  });
  const docs = [...byDoc].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  for (const [, members] of docs) {
    let fold = 0;
    for (let f = 1; f < k; f++) if (sizes[f]! < sizes[fold]!) fold = f;
    for (const i of members) folds[i] = fold;
    sizes[fold]! += members.length;
  }
  return folds;
}

/** Each case's entry of `ofDocument`, which is called once per document with one entry per sentence. */
function perSentence<T>(cases: readonly ClaimCase[], ofDocument: (c: ClaimCase) => T[]): T[] {
  const perDoc = new Map<Doc, T[]>();
  return cases.map((c) => {
    let values = perDoc.get(c.doc);
    if (!values) perDoc.set(c.doc, (values = ofDocument(c)));
    return values[c.sentence]!;
  });
}

/** Features of every case, computed once per document. */
export function caseFeatures(cases: readonly ClaimCase[], options: ClassifyOptions = {}): string[][] {
  return perSentence(cases, (c) => claimFeatures(c.doc, c.attribution, options));
}

/** The rules' per-type scores of every case (indexed like CLAIM_TYPES), computed once per document. */
export function caseRuleScores(cases: readonly ClaimCase[], options: ClassifyOptions = {}): number[][] {
  return perSentence(cases, (c) => claimRuleScores(c.doc, c.attribution, options));
}

/** A logistic model trained on `cases` with their features and rule scores (see `caseFeatures`, `caseRuleScores`). */
export function trainLogisticOnCases(
  cases: readonly ClaimCase[],
  features: readonly (readonly string[])[],
  ruleScores: readonly (readonly number[])[],
  options: LogisticOptions = {},
): LogisticModel {
  return trainLogisticModel(
    cases.map((c, i) => ({ features: features[i]!, ruleScores: ruleScores[i]!, label: c.record.label })),
    options,
  );
}

export function trainOnCases(
  cases: readonly ClaimCase[],
  features: readonly (readonly string[])[],
  options: TrainingOptions = {},
): BayesModel {
  return trainClaimModel(
    cases.map((c, i) => ({ features: features[i]!, label: c.record.label })),
    options,
  );
}

/** The claim type of each case by the full classifier (rules, and the model where given). */
export function classifyCases(cases: readonly ClaimCase[], options: ClassifyOptions): ClaimType[] {
  return classifyCaseClaims(cases, options).map((claim) => claim.type);
}

/** The full claim of each case (type, confidence, source, alternatives), classified once per document. */
export function classifyCaseClaims(cases: readonly ClaimCase[], options: ClassifyOptions): Claim[] {
  return perSentence(cases, (c) => classifyClaims(c.doc, c.attribution, options));
}

/** One row of a reliability table: claims whose confidence falls in `[from, to)`, and how many of them were right. */
export interface ReliabilityRow {
  readonly from: number;
  readonly to: number;
  readonly n: number;
  readonly meanConfidence: number;
  readonly accuracy: number;
}

/** Reliability table of claims against their labels, in confidence bins of width 1 / `bins`. */
export function reliabilityTable(claims: readonly Claim[], labels: readonly ClaimType[], bins = 5): ReliabilityRow[] {
  const rows: ReliabilityRow[] = [];
  for (let b = 0; b < bins; b++) {
    const from = b / bins;
    const to = (b + 1) / bins;
    const members = claims
      .map((c, i) => ({ c, right: c.type === labels[i] }))
      .filter(({ c }) => c.confidence >= from && (c.confidence < to || (b === bins - 1 && c.confidence <= 1)));
    const n = members.length;
    rows.push({
      from,
      to,
      n,
      meanConfidence: n ? members.reduce((s, m) => s + m.c.confidence, 0) / n : 0,
      accuracy: n ? members.filter((m) => m.right).length / n : 0,
    });
  }
  return rows;
}

/** Expected calibration error: the mean gap between confidence and accuracy, weighted by bin size. */
export function calibrationError(rows: readonly ReliabilityRow[]): number {
  const n = rows.reduce((s, r) => s + r.n, 0);
  return n ? rows.reduce((s, r) => s + r.n * Math.abs(r.meanConfidence - r.accuracy), 0) / n : 0;
}

/**
 * Fit a calibration map from held-out claims (out-of-fold predictions): per source (`rules`,
 * `rules+model`, `model`, `none`), raw confidences are cut at the quantiles of `bins` equal
 * groups and each group maps to its accuracy (with one right and one wrong claim added, see
 * `stepAccuracy`), made non-decreasing by pooling adjacent violators.
 * Sources with fewer than `minPerSource` claims map to their overall accuracy shrunk towards
 * their mean raw confidence.
 */
export function fitCalibration(
  claims: readonly Claim[],
  labels: readonly ClaimType[],
  bins = 5,
  minPerSource = 20,
): Calibration {
  const sources: Record<string, CalibrationCurve> = {};
  const bySource = new Map<string, { raw: number; right: number }[]>();
  claims.forEach((c, i) => {
    const list = bySource.get(c.source) ?? [];
    list.push({ raw: c.confidence, right: c.type === labels[i] ? 1 : 0 });
    bySource.set(c.source, list);
  });
  for (const [source, list] of [...bySource].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    list.sort((a, b) => a.raw - b.raw || a.right - b.right);
    const groups = list.length < minPerSource ? 1 : bins;
    let blocks: { upTo: number; sum: number; n: number }[] = [];
    for (let g = 0; g < groups; g++) {
      const part = list.slice(Math.floor((g * list.length) / groups), Math.floor(((g + 1) * list.length) / groups));
      if (part.length === 0) continue;
      const block = { upTo: part[part.length - 1]!.raw, sum: part.reduce((s, x) => s + x.right, 0), n: part.length };
      // Groups that end on the same raw confidence cannot be told apart when looked up: one block.
      const last = blocks[blocks.length - 1];
      if (last && last.upTo === block.upTo)
        blocks[blocks.length - 1] = { upTo: block.upTo, sum: last.sum + block.sum, n: last.n + block.n };
      else blocks.push(block);
    }
    // Pool adjacent violators: accuracy must not fall as raw confidence rises.
    let merged = true;
    while (merged) {
      merged = false;
      const next: typeof blocks = [];
      for (const block of blocks) {
        const last = next[next.length - 1];
        if (last && stepAccuracy(last) > stepAccuracy(block)) {
          next[next.length - 1] = { upTo: block.upTo, sum: last.sum + block.sum, n: last.n + block.n };
          merged = true;
        } else next.push({ ...block });
      }
      blocks = next;
    }
    // Too few claims to trust their accuracy: shrink it towards the raw confidence, as if `minPerSource` more claims had been right that often.
    const shrink = list.length < minPerSource ? minPerSource : 0;
    const rawMean = list.reduce((sum, x) => sum + x.raw, 0) / list.length;
    sources[source] = {
      upTo: blocks.map((b) => round3(b.upTo)),
      value: blocks.map((b) => round3(stepAccuracy({ sum: b.sum + shrink * rawMean, n: b.n + shrink }))),
      n: list.length,
    };
  }
  return { sources };
}

/**
 * A step's accuracy with one right and one wrong claim added (a uniform prior): five right out of
 * five is 0.86, not a certainty, while a step of hundreds keeps its share.
 */
function stepAccuracy({ sum, n }: { sum: number; n: number }): number {
  return (sum + 1) / (n + 2);
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The claim type of each case by the model alone (a logistic model also reads the rules' scores, when given). */
export function modelCases(
  model: ClaimModel,
  features: readonly (readonly string[])[],
  ruleScores?: readonly (readonly number[])[],
): ClaimType[] {
  return features.map((f, i) => {
    const distribution = predictDistribution(model, f, ruleScores?.[i]);
    let best = 0;
    for (let i = 1; i < distribution.length; i++) if (distribution[i]! > distribution[best]!) best = i;
    return CLAIM_TYPES[best]!;
  });
}

export function predictionsOf(cases: readonly ClaimCase[], predicted: readonly ClaimType[]): Prediction[] {
  return cases.map((c, i) => ({
    label: c.record.label,
    alternatives: c.record.alternatives,
    predicted: predicted[i]!,
  }));
}

export interface ShippedFiles {
  readonly model: ClaimModel;
  readonly calibration: Calibration;
}

/**
 * What scripts/train-claims.js writes to src/claims/model/: the model trained on `cases` (the
 * train split), and the calibration fitted on the raw claims that model and the rules give for
 * `heldOut` (the held-out documents of the blind-labelled set: documents the rules were not
 * written on, so that confidence means what it will mean on new text). Deterministic.
 */
export function trainShipped(
  cases: readonly ClaimCase[],
  features: readonly (readonly string[])[],
  heldOut: readonly ClaimCase[],
  options: TrainingOptions & ClassifyOptions = {},
): ShippedFiles {
  return withCalibration(trainOnCases(cases, features, options), heldOut, options);
}

/** As `trainShipped`, with a logistic model, which also reads the rules' scores of `cases`. */
export function trainShippedLogistic(
  cases: readonly ClaimCase[],
  features: readonly (readonly string[])[],
  ruleScores: readonly (readonly number[])[],
  heldOut: readonly ClaimCase[],
  options: LogisticOptions & ClassifyOptions = {},
): ShippedFiles {
  return withCalibration(trainLogisticOnCases(cases, features, ruleScores, options), heldOut, options);
}

/** `model` with the calibration of its raw claims on `heldOut` (see `trainShipped`). */
function withCalibration(model: ClaimModel, heldOut: readonly ClaimCase[], options: ClassifyOptions): ShippedFiles {
  const claims = classifyCaseClaims(heldOut, { ...options, model, calibration: null });
  return {
    model,
    calibration: fitCalibration(
      claims,
      heldOut.map((c) => c.record.label),
    ),
  };
}

/**
 * Reliability of a calibration fitted on held-out documents, measured without fitting and testing
 * on the same sentences: the documents are dealt into `k` groups; each group's raw claims are
 * calibrated by a curve fitted on the other groups. Returns the calibrated claims in input order.
 */
export function crossCalibrated(claims: readonly Claim[], cases: readonly ClaimCase[], k = 2): Claim[] {
  const folds = groupedFolds(cases, k);
  const labels = cases.map((c) => c.record.label);
  const out: Claim[] = new Array(claims.length);
  for (let f = 0; f < k; f++) {
    const fit = claims.map((_, i) => i).filter((i) => folds[i] !== f);
    const curve = fitCalibration(
      fit.map((i) => claims[i]!),
      fit.map((i) => labels[i]!),
    );
    claims.forEach((c, i) => {
      if (folds[i] === f) out[i] = { ...c, confidence: round3(calibrate(curve, c.source, c.confidence)) };
    });
  }
  return out;
}
