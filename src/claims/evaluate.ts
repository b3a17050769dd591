import { createHash } from 'crypto';
import type { Doc } from '../text';
import { claimFeatures, classifyClaims, type ClassifyOptions } from './classify';
import type { ClaimCase } from './dataset';
import { predictDistribution, trainClaimModel, type ClaimModel, type TrainingOptions } from './model';
import { CLAIM_TYPES, type ClaimType } from './types';

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

/** Features of every case, computed once per document. */
export function caseFeatures(cases: readonly ClaimCase[], options: ClassifyOptions = {}): string[][] {
  const perDoc = new Map<Doc, string[][]>();
  return cases.map((c) => {
    let features = perDoc.get(c.doc);
    if (!features) perDoc.set(c.doc, (features = claimFeatures(c.doc, c.attribution, options)));
    return features[c.sentence]!;
  });
}

export function trainOnCases(cases: readonly ClaimCase[], features: readonly (readonly string[])[], options: TrainingOptions = {}): ClaimModel {
  return trainClaimModel(
    cases.map((c, i) => ({ features: features[i]!, label: c.record.label })),
    options,
  );
}

/** The claim type of each case by the full classifier (rules, and the model where given). */
export function classifyCases(cases: readonly ClaimCase[], options: ClassifyOptions): ClaimType[] {
  const perDoc = new Map<Doc, ClaimType[]>();
  return cases.map((c) => {
    let types = perDoc.get(c.doc);
    if (!types) perDoc.set(c.doc, (types = classifyClaims(c.doc, c.attribution, options).map((claim) => claim.type)));
    return types[c.sentence]!;
  });
}

/** The claim type of each case by the model alone. */
export function modelCases(model: ClaimModel, features: readonly (readonly string[])[]): ClaimType[] {
  return features.map((f) => {
    const distribution = predictDistribution(model, f);
    let best = 0;
    for (let i = 1; i < distribution.length; i++) if (distribution[i]! > distribution[best]!) best = i;
    return CLAIM_TYPES[best]!;
  });
}

export function predictionsOf(cases: readonly ClaimCase[], predicted: readonly ClaimType[]): Prediction[] {
  return cases.map((c, i) => ({ label: c.record.label, alternatives: c.record.alternatives, predicted: predicted[i]! }));
}
