import { claimCharts, speakerCharts, vocabularyCharts } from './charts';
import type { NamedFigure } from './charts';
import { claimMix, classifyClaims } from './claims';
import type { Claim, ClaimType } from './claims';
import { attribute } from './speakers';
import type { Attribution } from './speakers';
import type { Doc, Span } from './text';
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
  readonly attribution: Attribution;
  /** One claim per sentence, in sentence order. */
  readonly claims: readonly Claim[];
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
  const attribution = attribute(doc);
  return {
    doc,
    summary: summary(doc),
    terms,
    ngrams: sizes.flatMap((n) => ngrams(doc, n)),
    dispersion: dispersion(doc, charted),
    trends: trends(doc, charted, options.segments ?? 10),
    attribution,
    claims: classifyClaims(doc, attribution),
  };
}

/** The charts of an analysis, named as they are exported; the CLI and the notebooks both use this. */
export function analysisCharts(analysis: Analysis): NamedFigure[] {
  const { doc } = analysis;
  const displayOf = new Map(analysis.terms.map((t) => [t.term, t.display]));
  const labelled = <T extends { term: string }>(rows: readonly T[]) =>
    rows.map((r) => ({ ...r, display: displayOf.get(r.term) ?? r.term }));
  return [
    ...vocabularyCharts({
      terms: analysis.terms,
      ngrams: analysis.ngrams,
      dispersion: labelled(analysis.dispersion),
      trends: labelled(analysis.trends),
    }),
    ...speakerCharts({ sentences: doc.sentences, attribution: analysis.attribution }),
    ...claimCharts({ sentences: doc.sentences, claims: analysis.claims }),
  ];
}

const span = (s: Span | null) => s && { start: s.start, end: s.end, text: s.text };

/**
 * The versioned JSON record of an analysis (`analysis.json`, `--json`): offsets everywhere,
 * `text` being the exact string they index. Fields are documented in the README.
 */
export function analysisRecord(analysis: Analysis) {
  const { doc, attribution, claims } = analysis;
  // Each speaker's rows of the claim mix, gathered in one pass (a long document has hundreds of speakers).
  const mixBySpeaker = new Map<string, ReturnType<typeof claimMix>>();
  for (const row of claimMix(claims)) {
    const rows = mixBySpeaker.get(row.speaker);
    if (rows) rows.push(row);
    else mixBySpeaker.set(row.speaker, [row]);
  }
  return {
    schema: ANALYSIS_SCHEMA,
    source: doc.source,
    text: doc.text,
    summary: analysis.summary,
    headline: doc.headline && { start: doc.headline.start, end: doc.headline.end },
    paragraphs: doc.paragraphs.map((p) => ({ index: p.index, start: p.start, end: p.end })),
    sentences: sentenceRecords(doc, attribution, claims),
    terms: analysis.terms.map((t) => ({ term: t.term, display: t.display, count: t.count, per1k: round(t.per1k) })),
    ngrams: analysis.ngrams.map((t) => ({
      term: t.term,
      display: t.display,
      n: t.n,
      count: t.count,
      per1k: round(t.per1k),
    })),
    quotes: quoteRecords(attribution),
    speakers: attribution.speakers.map((s) => ({
      canonical: s.canonical,
      type: s.type,
      role: s.role,
      aliases: s.aliases,
      quotes: s.quotes,
      words: s.words,
      share: round(s.share),
      sentences: s.sentences,
      reportedOnly: s.reportedOnly,
      claims: Object.fromEntries((mixBySpeaker.get(s.canonical) ?? []).map((m) => [m.type, m.count])) as Partial<
        Record<ClaimType, number>
      >,
    })),
    actors: attribution.actors.map((a) => ({
      name: a.name,
      type: a.type,
      mentions: a.mentions,
      speaks: a.speaks,
      reportedCue: span(a.reportedCue),
      mentionSpans: a.mentionSpans.map((m) => ({ start: m.start, end: m.end })),
    })),
  };
}

export type AnalysisRecord = ReturnType<typeof analysisRecord>;

/**
 * A generous upper estimate of an analysis record's JSON length (indent 1), for `writeJson`'s
 * `sizeHint`: press texts give 20 to 30 characters of JSON per character of text.
 */
export function recordJsonEstimate(record: Pick<AnalysisRecord, 'text'>): number {
  return 64 * record.text.length + (1 << 16);
}

/** One CSV table of a document: its file name, its columns in order, and one plain object per row. */
export interface AnalysisTable {
  readonly name: string;
  readonly columns: readonly string[];
  readonly rows: readonly object[];
}

/** Quotes flattened for a table: the spans' texts, offsets of the content. */
export function quoteRows(record: Pick<AnalysisRecord, 'quotes'>) {
  return record.quotes.map((q) => ({
    ...q,
    speaker: q.speaker?.text ?? '',
    cue: q.cue?.text ?? '',
    content: q.content?.text ?? '',
    start: q.content?.start,
    end: q.content?.end,
  }));
}

/** One row per sentence: its claim, who makes it, and the sentence text. */
export function claimRows(text: string, sentences: AnalysisRecord['sentences']) {
  return sentences.map((s) => ({
    sentence: s.index,
    start: s.start,
    end: s.end,
    text: text.slice(s.start, s.end),
    speaker: s.voice,
    ...s.claim,
  }));
}

/**
 * The tables of a document (`terms.csv`, `ngrams.csv`, `quotes.csv`, `speakers.csv`, `claims.csv`),
 * each made only when `each` asks for it: the CLI writes one and lets it go before making the next,
 * so a large document never holds all its tables at once. Add a table here with one entry.
 */
export function eachAnalysisTable(record: AnalysisRecord, each: (table: AnalysisTable) => void): void {
  each({ name: 'terms.csv', columns: ['term', 'display', 'count', 'per1k'], rows: record.terms });
  each({ name: 'ngrams.csv', columns: ['term', 'display', 'n', 'count', 'per1k'], rows: record.ngrams });
  each({
    name: 'quotes.csv',
    columns: ['index', 'kind', 'canonical', 'speaker', 'cue', 'content', 'confidence', 'question', 'start', 'end'],
    rows: quoteRows(record),
  });
  each({
    name: 'speakers.csv',
    columns: [
      'canonical',
      'type',
      'role',
      'aliases',
      'quotes',
      'words',
      'share',
      'sentences',
      'reportedOnly',
      'claims',
    ],
    rows: record.speakers.map((sp) => ({
      ...sp,
      claims: Object.entries(sp.claims).map(([type, n]) => `${type}:${n}`),
    })),
  });
  each({
    name: 'claims.csv',
    columns: ['sentence', 'start', 'end', 'speaker', 'type', 'confidence', 'alternatives', 'evidence', 'text'],
    rows: claimRows(record.text, record.sentences).map((c) => ({
      ...c,
      alternatives: c.alternatives.map((a) => a.type),
      evidence: c.evidence.map((e) => `${e.type}:${e.text}`),
    })),
  });
}

/**
 * The tables `discourse-kit analyze` writes for a document, as plain data, so a notebook can show
 * them or write them (`writeCsv(path, table.rows, table.columns)` gives the CLI's bytes).
 */
export function analysisTables(analysis: Analysis): AnalysisTable[] {
  const tables: AnalysisTable[] = [];
  eachAnalysisTable(analysisRecord(analysis), (table) => tables.push(table));
  return tables;
}

/** The `sentences` of the record: offsets, voice and claim of each sentence. */
export function sentenceRecords(doc: Doc, attribution: Pick<Attribution, 'voices'>, claims: readonly Claim[]) {
  const voiceOf = new Map(attribution.voices.map((v) => [v.sentence, v]));
  return doc.sentences.map((s) => {
    const voice = voiceOf.get(s.index);
    const claim = claims[s.index]!;
    return {
      index: s.index,
      start: s.start,
      end: s.end,
      paragraph: s.paragraph,
      headline: s.headline,
      voice: voice?.voice ?? 'author',
      voiceConfidence: round(voice?.confidence ?? 0),
      voiceRule: voice?.rule ?? 'author',
      claim: {
        type: claim.type,
        confidence: round(claim.confidence),
        alternatives: claim.alternatives.map((a) => ({ type: a.type, score: round(a.score) })),
        evidence: claim.evidence.map((e) => ({
          start: e.start,
          end: e.end,
          text: e.text,
          type: e.type,
          rule: e.rule,
          weight: round(e.weight),
        })),
        source: claim.source,
      },
    };
  });
}

/** The `quotes` of the record. */
export function quoteRecords(attribution: Pick<Attribution, 'quotes'>) {
  return attribution.quotes.map((q) => ({
    index: q.index,
    kind: q.kind,
    content: span(q.content),
    speaker: span(q.speaker),
    canonical: q.canonical,
    cue: span(q.cue),
    confidence: round(q.confidence),
    sentences: q.sentences,
    question: q.question ?? false,
  }));
}

/** Rates rounded so JSON and CSV stay readable and byte-stable. */
export function round(value: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
