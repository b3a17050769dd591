/**
 * discourse-kit: who speaks, what they claim, and in which words.
 *
 * The root holds what a notebook or script reaches for first: the whole pipeline, reading a
 * document, the vocabulary verbs, attribution and claim typing. Everything else (statistics
 * helpers, rule internals, training, charts, reports, the corpus database, file writing) has its
 * own entry: `discourse-kit/text`, `/terms`, `/speakers`, `/claims`, `/charts`, `/report`,
 * `/corpus`, `/io`, `/pipeline` (package.json `exports`).
 */
export { ANALYSIS_SCHEMA, analysisCharts, analysisRecord, analysisTables, analyze } from './pipeline';
export type { Analysis, AnalysisRecord, AnalysisTable, AnalyzeOptions } from './pipeline';
export { DocumentError, loadDocument, parseDocument, readText } from './text';
export type { Doc, Paragraph, Sentence, Span, Token, TokenKind } from './text';
export {
  collocations,
  dispersion,
  documentFrequency,
  keyness,
  kwic,
  ngrams,
  summary,
  termFrequency,
  tfidf,
  topTfidf,
  trends,
} from './terms';
export type {
  CollocationRow,
  DispersionRow,
  DocSummary,
  KeynessRow,
  KwicLine,
  NgramCount,
  TermCount,
  TfIdfRow,
  TrendRow,
} from './terms';
export { attribute } from './speakers';
export type { Attribution, Quote, Speaker } from './speakers';
export { CLAIM_TYPES, classifyClaims } from './claims';
export type { Claim, ClaimType } from './claims';
