/** discourse-kit: who speaks, what they claim, and in which words. */
export * from './text';
export * from './terms';
export * from './io';
export { ANALYSIS_SCHEMA, analysisCharts, analysisRecord, analyze } from './pipeline';
export type { Analysis, AnalysisRecord, AnalyzeOptions } from './pipeline';
