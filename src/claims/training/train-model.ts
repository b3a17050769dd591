import { CLAIM_TYPES, type ClaimType } from '../types';
import type { BayesModel } from '../model';

export interface TrainingExample {
  readonly features: readonly string[];
  readonly label: ClaimType;
}

interface NaturalBayes {
  addDocument(features: string[], label: string): void;
  train(): void;
  classify(features: string[]): string;
  features: Record<string, number>;
  classifier: {
    classFeatures: Record<string, Record<string, number>>;
    classTotals: Record<string, number>;
    totalExamples: number;
    smoothing: number;
  };
}

// Never the package root of natural: it loads a redis client that slows every string operation.
function naturalBayes(): NaturalBayes {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- one natural module file, not the package root (which loads a redis client)
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

export interface TrainingOptions {
  /** See BayesModel.temperature. */
  readonly temperature?: number;
  /**
   * Word features (`w:`) seen in fewer training sentences are dropped: rare words make naive
   * Bayes overconfident on a few hundred sentences, while the rules' features carry the signal.
   */
  readonly minWordCount?: number;
}

export const DEFAULT_MIN_WORD_COUNT = 8;
/** The temperature naive Bayes is shipped with, chosen by `node scripts/eval-claims.js --tune`. */
export const BAYES_TEMPERATURE = 10;

/** The examples without the word features seen in fewer than `minWordCount` of them. */
export function dropRareWords(examples: readonly TrainingExample[], minWordCount: number): TrainingExample[] {
  const sentences = new Map<string, number>();
  for (const example of examples)
    for (const feature of example.features) sentences.set(feature, (sentences.get(feature) ?? 0) + 1);
  return examples.map((example) => ({
    label: example.label,
    features: example.features.filter((f) => !f.startsWith('w:') || sentences.get(f)! >= minWordCount),
  }));
}

/** Train on labelled examples and export the counts as a BayesModel. Deterministic for a given example order. */
export function trainClaimModel(examples: readonly TrainingExample[], options: TrainingOptions = {}): BayesModel {
  const classifier = trainNaturalBayes(dropRareWords(examples, options.minWordCount ?? DEFAULT_MIN_WORD_COUNT));
  const bayes = classifier.classifier;
  const vocabulary = Object.keys(classifier.features);
  const labels = CLAIM_TYPES.filter((type) => bayes.classFeatures[type] !== undefined);
  const counts = labels.map((label) => {
    const pairs: number[] = [];
    const table = bayes.classFeatures[label]!;
    for (const index of Object.keys(table)
      .map(Number)
      .sort((a, b) => a - b))
      pairs.push(index, table[index]!);
    return pairs;
  });
  return {
    labels,
    vocabulary,
    counts,
    totals: labels.map((l) => bayes.classTotals[l]!),
    totalExamples: bayes.totalExamples,
    smoothing: bayes.smoothing,
    temperature: options.temperature ?? 1,
  };
}
