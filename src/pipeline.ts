import type { Doc } from './text';
import { vocabularyCharts } from './charts';
import type { NamedFigure } from './charts';
import { dispersion, ngrams, summary, termFrequency, trends } from './terms';
import type { DispersionRow, DocSummary, NgramCount, TermCount, TrendRow } from './terms';

export const ANALYSIS_SCHEMA = 'discourse-kit/analysis@1';

/** Everything the kit computes for one document, as typed data. */
export interface Analysis {
  readonly doc: Doc;
  readonly summary: DocSummary;
  readonly terms: readonly TermCount[];
  readonly ngrams: readonly NgramCount[];
  /** Where the charted terms occur (the top terms unless `chartTerms` is given). */
  readonly dispersion: readonly DispersionRow[];
  readonly trends: readonly TrendRow[];
}

export interface AnalyzeOptions {
  /** N-gram sizes to count (default 2 and 3). */
  readonly ngramSizes?: readonly number[];
  /** Terms to chart across the document (default: the `chartTermCount` most frequent). */
  readonly chartTerms?: readonly string[];
  readonly chartTermCount?: number;
  /** Segments for term trends (default 10). */
  readonly segments?: number;
}

/** Run every stage on a parsed document. */
export function analyze(doc: Doc, options: AnalyzeOptions = {}): Analysis {
  const sizes = options.ngramSizes ?? [2, 3];
  const terms = termFrequency(doc);
  const charted = options.chartTerms ?? terms.slice(0, options.chartTermCount ?? 6).map((t) => t.term);
  return {
    doc,
    summary: summary(doc),
    terms,
    ngrams: sizes.flatMap((n) => ngrams(doc, n)),
    dispersion: dispersion(doc, charted),
    trends: trends(doc, charted, options.segments ?? 10),
  };
}

/** The charts of an analysis, named as they are exported; the CLI and the notebooks both use this. */
export function analysisCharts(analysis: Analysis): NamedFigure[] {
  const displayOf = new Map(analysis.terms.map((t) => [t.term, t.display]));
  const labelled = <T extends { term: string }>(rows: readonly T[]) => rows.map((r) => ({ ...r, display: displayOf.get(r.term) ?? r.term }));
  return vocabularyCharts({
    terms: analysis.terms,
    ngrams: analysis.ngrams,
    dispersion: labelled(analysis.dispersion),
    trends: labelled(analysis.trends),
  });
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
