/**
 * Vocabulary statistics: frequency lists, n-grams, TF-IDF, keyness, collocations, concordance,
 * dispersion and trends. Everything returns plain rows; for DataFrames, notebooks import
 * `dist/terms/dataframes` (not re-exported here, so loading this stage stays fast).
 */
export type {
  CollocationRow,
  DispersionRow,
  DocSummary,
  DocumentFrequencyRow,
  FrequencyOptions,
  KeynessRow,
  KwicLine,
  NgramCount,
  TermCount,
  TermOptions,
  TfIdfRow,
  TrendRow,
} from './types';
export type { DocInput } from './tokens';
export type { TermPattern } from './match';
export type { NgramOptions } from './frequency';
export type { Frequencies, KeynessInput, KeynessOptions } from './keyness';
export type { CollocationOptions } from './collocations';
export type { KwicOptions } from './kwic';
export { documentFrequency, ngrams, termFrequency, termFrequencyOfTokens } from './frequency';
export { tfidf, topTfidf } from './tfidf';
export { keyness, keynessOfCounts } from './keyness';
export { tokensOfSentences, tokensOutsideSentences } from './sentences';
export { collocations } from './collocations';
export { kwic } from './kwic';
export { dispersion, trends } from './dispersion';
export { summary } from './summary';
export { chiSquare1P, contingencyG2, erfc, keynessG2, williamsG2 } from './stats';
