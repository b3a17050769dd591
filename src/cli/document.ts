import { analysisRecord, analyze, recordJsonEstimate } from '../pipeline';
import type { FigureRenderer } from '../charts';
import type { IndexRecord } from '../report';
import { corpusRecordOf, type CorpusRecord } from '../corpus/record';
import type { AnalysisRecord } from '../pipeline';
import { DocumentError } from '../text';
import { ChunkedWriter, OutputError, writeJson } from '../io';
import { readDocument } from './inputs';
import type { InputDocument } from './inputs';
import { writeDocument } from './write-outputs';

/** One document's work, as the main thread or a worker thread does it: plain data, so it crosses threads. */
export interface DocumentTask {
  readonly input: InputDocument;
  /** The folder to write the outputs into; null prints the analysis record as JSON instead. */
  readonly dir: string | null;
  /** The output root's shared `plotly.min.js`, loaded by relative path from every folder. */
  readonly sharedBundle?: string;
  /** Return the fields of the record the corpus database keeps (a folder run fills `corpus.duckdb`). */
  readonly corpus?: boolean;
  /** Fields placed before the record on its JSON line (`id` and `metadata` of a JSON Lines input). */
  readonly extra?: Readonly<Record<string, unknown>>;
}

/** What became of one document: plain data, so it crosses threads. */
export interface DocumentOutcome {
  readonly source: string;
  /** One line naming the document and why it failed (refused input, unwritable output, internal error). */
  readonly error?: string;
  /** The JSON line (without its newline), in chunks: a large record is longer than a string may be. */
  readonly json?: readonly string[];
  readonly sentences?: number;
  readonly words?: number;
  /** Files written. */
  readonly files?: number;
  /** The document's row of `index.html`. */
  readonly index?: IndexRecord;
  /** What the corpus database keeps of the document, when the task asked for it. */
  readonly corpus?: CorpusRecord;
  readonly ms: number;
}

/** The one line a failed document gets: its file and the reason, never a stack trace. */
export function failureLine(source: string, err: unknown): string {
  if (err instanceof DocumentError) return err.message;
  if (err instanceof OutputError) return `${source}: ${err.message}`;
  const message = String((err as Error)?.message ?? err).split('\n')[0];
  return `${source}: internal error (${(err as Error)?.name ?? 'Error'}: ${message}); please report it`;
}

/** A JSON line in chunks (a large record is longer than one string may be); `extra` fields come first. */
function jsonChunks(value: AnalysisRecord, extra: Readonly<Record<string, unknown>> | undefined): string[] {
  const chunks: string[] = [];
  const out = new ChunkedWriter((chunk) => chunks.push(chunk));
  const sizeHint = recordJsonEstimate(value) + (extra ? JSON.stringify(extra).length : 0);
  writeJson(out, extra ? { ...extra, ...value } : value, 0, sizeHint);
  out.flush();
  return chunks;
}

/**
 * Read, analyse and write (or serialise) one document. Never throws: whatever goes wrong is the
 * outcome's `error`, so one document's failure costs one line and the run goes on.
 */
export async function runDocument(
  task: DocumentTask,
  renderer: (() => Promise<FigureRenderer | null>) | null,
): Promise<DocumentOutcome> {
  const started = Date.now();
  const source = task.input.source;
  try {
    const analysis = analyze(readDocument(task.input));
    if (task.dir === null)
      return { source, json: jsonChunks(analysisRecord(analysis), task.extra), ms: Date.now() - started };
    const { files, index } = await writeDocument(analysis, task.dir, {
      renderer,
      ...(task.sharedBundle ? { sharedBundle: task.sharedBundle } : {}),
    });
    const corpus = task.corpus ? { corpus: corpusRecordOf(analysisRecord(analysis)) } : {};
    return {
      source,
      sentences: analysis.summary.sentences,
      words: analysis.summary.words,
      files: files.length,
      index,
      ...corpus,
      ms: Date.now() - started,
    };
  } catch (err) {
    const error = failureLine(source, err);
    // a JSON Lines record still gets its line out, so outputs stay aligned with inputs
    return {
      source,
      error,
      ...(task.extra ? { json: [JSON.stringify({ id: task.extra['id'] ?? null, error })] } : {}),
      ms: Date.now() - started,
    };
  }
}
