/**
 * What the corpus database keeps of one analysis record. Apart from `load.ts`, so that a worker
 * thread can slim its records without loading DuckDB's native binding.
 */
import type { AnalysisRecord } from '../pipeline';

type Row<K extends keyof AnalysisRecord> = AnalysisRecord[K] extends readonly (infer R)[] ? R : never;

/**
 * The parts of an analysis record the corpus stores: an `AnalysisRecord` (`analysisRecord(analyze(doc))`)
 * is one. `corpusRecordOf` keeps only these, for the records a worker thread sends to the writer.
 */
export interface CorpusRecord {
  readonly source: string;
  readonly text: string;
  readonly summary: AnalysisRecord['summary'];
  readonly sentences: readonly (Pick<
    Row<'sentences'>,
    'index' | 'start' | 'end' | 'paragraph' | 'headline' | 'voice' | 'voiceConfidence'
  > & { readonly claim: Pick<Row<'sentences'>['claim'], 'type' | 'confidence' | 'source'> })[];
  readonly quotes: readonly Pick<
    Row<'quotes'>,
    'index' | 'kind' | 'canonical' | 'speaker' | 'cue' | 'content' | 'confidence' | 'question'
  >[];
  readonly speakers: readonly Pick<
    Row<'speakers'>,
    'canonical' | 'type' | 'role' | 'quotes' | 'words' | 'share' | 'sentences' | 'reportedOnly'
  >[];
  readonly actors: readonly Pick<Row<'actors'>, 'name' | 'type' | 'mentions' | 'speaks'>[];
  readonly terms: AnalysisRecord['terms'];
  readonly ngrams: AnalysisRecord['ngrams'];
}

/**
 * The fields of `record` the corpus stores, and nothing else: a record crossing from a worker
 * thread is copied field by field, and claim evidence, aliases and mention spans are most of it.
 */
export function corpusRecordOf(record: CorpusRecord): CorpusRecord {
  return {
    source: record.source,
    text: record.text,
    summary: record.summary,
    sentences: record.sentences.map((s) => ({
      index: s.index,
      start: s.start,
      end: s.end,
      paragraph: s.paragraph,
      headline: s.headline,
      voice: s.voice,
      voiceConfidence: s.voiceConfidence,
      claim: { type: s.claim.type, confidence: s.claim.confidence, source: s.claim.source },
    })),
    quotes: record.quotes.map((q) => ({
      index: q.index,
      kind: q.kind,
      canonical: q.canonical,
      speaker: q.speaker,
      cue: q.cue,
      content: q.content,
      confidence: q.confidence,
      question: q.question,
    })),
    speakers: record.speakers.map((s) => ({
      canonical: s.canonical,
      type: s.type,
      role: s.role,
      quotes: s.quotes,
      words: s.words,
      share: s.share,
      sentences: s.sentences,
      reportedOnly: s.reportedOnly,
    })),
    actors: record.actors.map((a) => ({ name: a.name, type: a.type, mentions: a.mentions, speaks: a.speaks })),
    terms: record.terms,
    ngrams: record.ngrams,
  };
}
