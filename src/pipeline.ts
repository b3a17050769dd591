import type { Doc } from './text';
import { ngrams, summary, termFrequency } from './terms';
import type { DocSummary, NgramCount, TermCount } from './terms';

export const ANALYSIS_SCHEMA = 'discourse-kit/analysis@1';

/** Everything the kit computes for one document, as typed data. */
export interface Analysis {
  readonly doc: Doc;
  readonly summary: DocSummary;
  readonly terms: readonly TermCount[];
  readonly ngrams: readonly NgramCount[];
}

export interface AnalyzeOptions {
  /** N-gram sizes to count (default 2 and 3). */
  readonly ngramSizes?: readonly number[];
}

/** Run every stage on a parsed document. */
export function analyze(doc: Doc, options: AnalyzeOptions = {}): Analysis {
  const sizes = options.ngramSizes ?? [2, 3];
  return {
    doc,
    summary: summary(doc),
    terms: termFrequency(doc),
    ngrams: sizes.flatMap((n) => ngrams(doc, n)),
  };
}

/**
 * The versioned JSON record of an analysis (`analysis.json`, `--json`): offsets everywhere,
 * `text` being the exact string they index. Fields are documented in the README.
 */
export function analysisRecord(analysis: Analysis) {
  const { doc } = analysis;
  return {
    schema: ANALYSIS_SCHEMA,
    source: doc.source,
    text: doc.text,
    summary: analysis.summary,
    headline: doc.headline && { start: doc.headline.start, end: doc.headline.end },
    paragraphs: doc.paragraphs.map((p) => ({ index: p.index, start: p.start, end: p.end })),
    sentences: doc.sentences.map((s) => ({ index: s.index, start: s.start, end: s.end, paragraph: s.paragraph, headline: s.headline })),
    terms: analysis.terms.map((t) => ({ term: t.term, display: t.display, count: t.count, per1k: round(t.per1k) })),
    ngrams: analysis.ngrams.map((t) => ({ term: t.term, display: t.display, n: t.n, count: t.count, per1k: round(t.per1k) })),
  };
}

export type AnalysisRecord = ReturnType<typeof analysisRecord>;

/** Rates rounded so JSON and CSV stay readable and byte-stable. */
export function round(value: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
