import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportCharts } from '../charts';
import type { ChartRenderer, NamedFigure } from '../charts';
import { analysisCharts, analysisRecord, analyze } from '../pipeline';
import type { AnalysisRecord } from '../pipeline';
import { DocumentError, decodeText, parseDocument, readText } from '../text';
import type { Doc } from '../text';
import { toCsv } from '../io';

/** Where one document comes from: a file, or text already in hand (stdin, a JSON Lines record). */
export type DocumentInput =
  | { readonly file: string }
  | { readonly bytes: Uint8Array; readonly source: string }
  | { readonly text: string; readonly source: string };

/** One document's work, as a worker thread or the main thread does it; plain data, so it crosses threads. */
export interface DocumentTask {
  readonly input: DocumentInput;
  /** `json`: return the analysis record as one line of JSON; `files`: write the outputs into `dir`. */
  readonly mode: 'json' | 'files';
  readonly dir?: string;
  /** The output root's shared `plotly.min.js`. */
  readonly sharedBundle?: string;
  /** Chart pages (HTML) are written here; PNG/SVG need the main thread's browser, so the figures come back instead. */
  readonly images?: boolean;
  /** Fields merged into the JSON line before the record (`id`, metadata of a JSON Lines input). */
  readonly extra?: Readonly<Record<string, unknown>>;
}

export interface DocumentOutcome {
  readonly source: string;
  /** The refusal message when the document is not text the kit reads (other errors are thrown). */
  readonly error?: string;
  readonly json?: string;
  readonly sentences?: number;
  readonly words?: number;
  readonly files?: readonly string[];
  /** Figures still to render to PNG/SVG (and their HTML pages to write), when `images` was asked for. */
  readonly figures?: readonly NamedFigure[];
  readonly ms: number;
}

function sourceOf(input: DocumentInput): string {
  return 'file' in input ? input.file : input.source;
}

function parseInput(input: DocumentInput): Doc {
  if ('file' in input) return parseDocument(readText(input.file), input.file);
  if ('bytes' in input) return parseDocument(decodeText(input.bytes, input.source), input.source);
  return parseDocument(checkedText(input.text, input.source), input.source);
}

/** A text given as a string (a JSON Lines record): what `decodeText` checks once it has decoded bytes. */
function checkedText(text: string, source: string): string {
  const nul = text.indexOf('\0');
  if (nul !== -1) throw new DocumentError(source, `binary data (NUL at offset ${nul}), expected text`);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new DocumentError(source, 'empty document (no text besides whitespace)');
  return text;
}

/** Parse, analyse and write (or serialise) one document. */
export async function runDocument(task: DocumentTask): Promise<DocumentOutcome> {
  const started = Date.now();
  const source = sourceOf(task.input);
  let doc: Doc;
  try {
    doc = parseInput(task.input);
  } catch (err) {
    if (!(err instanceof DocumentError)) throw err;
    // a JSON Lines record still gets its line out, so outputs stay aligned with inputs
    const json = task.extra ? JSON.stringify({ id: task.extra['id'] ?? null, error: err.message }) : undefined;
    return { source, error: err.message, ...(json ? { json } : {}), ms: Date.now() - started };
  }
  const analysis = analyze(doc);
  const record = analysisRecord(analysis);
  if (task.mode === 'json') {
    const line = task.extra ? { ...task.extra, ...record } : record;
    return { source, json: JSON.stringify(line), ms: Date.now() - started };
  }
  const dir = task.dir!;
  const files = writeRecordFiles(record, dir);
  const charts = analysisCharts(analysis);
  if (task.images) {
    return { source, sentences: analysis.summary.sentences, words: analysis.summary.words, files, figures: charts, ms: Date.now() - started };
  }
  const written = await exportCharts(dir, charts, { formats: ['html'], ...(task.sharedBundle ? { sharedBundle: task.sharedBundle } : {}) });
  return { source, sentences: analysis.summary.sentences, words: analysis.summary.words, files: [...files, ...written.written], ms: Date.now() - started };
}

/** The charts of an outcome that still needs its images: PNG/SVG through `renderer`, then the HTML pages. */
export async function finishCharts(outcome: DocumentOutcome, dir: string, renderer: ChartRenderer, sharedBundle: string | undefined): Promise<DocumentOutcome> {
  const started = Date.now();
  const charts = await exportCharts(dir, outcome.figures ?? [], { renderer, ...(sharedBundle ? { sharedBundle } : {}) });
  const { figures: _done, ...rest } = outcome;
  return { ...rest, files: [...(outcome.files ?? []), ...charts.written], ms: outcome.ms + Date.now() - started };
}

/** Write analysis.json and the CSVs into `dir`; returns the paths written. */
export function writeRecordFiles(record: AnalysisRecord, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const files: [string, string][] = [
    ['analysis.json', JSON.stringify(record, null, 1) + '\n'],
    ['terms.csv', toCsv(record.terms, ['term', 'display', 'count', 'per1k'])],
    ['ngrams.csv', toCsv(record.ngrams, ['term', 'display', 'n', 'count', 'per1k'])],
    ['quotes.csv', toCsv(quoteRows(record), ['index', 'kind', 'canonical', 'speaker', 'cue', 'content', 'confidence', 'question', 'start', 'end'])],
    ['speakers.csv', toCsv(record.speakers.map((sp) => ({ ...sp, claims: Object.entries(sp.claims).map(([type, n]) => `${type}:${n}`) })), ['canonical', 'type', 'role', 'aliases', 'quotes', 'words', 'share', 'sentences', 'reportedOnly', 'claims'])],
    ['claims.csv', toCsv(claimRows(record.text, record.sentences).map((c) => ({ ...c, alternatives: c.alternatives.map((a) => a.type), evidence: c.evidence.map((e) => `${e.type}:${e.text}`) })), ['sentence', 'start', 'end', 'speaker', 'type', 'confidence', 'alternatives', 'evidence', 'text'])],
  ];
  for (const [name, content] of files) writeFileSync(join(dir, name), content);
  return files.map(([name]) => join(dir, name));
}

/** Quotes flattened for a table: the spans' texts, offsets of the content. */
function quoteRows(record: AnalysisRecord) {
  return record.quotes.map((q) => ({ ...q, speaker: q.speaker?.text ?? '', cue: q.cue?.text ?? '', content: q.content?.text ?? '', start: q.content?.start, end: q.content?.end }));
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
