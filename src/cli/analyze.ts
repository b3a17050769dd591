import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ChartRenderer, copyBundleIfStale, openChartRenderer, PLOTLY_FILE } from '../charts';
import { DocumentError } from '../text';
import { outputError, removeTempFiles, removeTempFilesIn } from '../io';
import { writeIndex } from '../report';
import type { IndexEntry } from '../report';
import type { ParsedArgs } from './args';
import type { DocumentOutcome, DocumentTask } from './document';
import { readInputs } from './inputs';
import type { InputDocument } from './inputs';
import { documentIds, openCorpusSink } from './corpus';
import type { CorpusSink } from './corpus';
import { runOrdered, startWorkers } from './pool';
import { shownPath } from './shown-path';
import type { DocumentJob, PoolStopper, Workers } from './pool';

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/**
 * `analyze`: every document of every input, each isolated — a document that cannot be read,
 * analysed or written costs one line on stderr naming it and the reason, and the run goes on.
 * Documents run on `--jobs` worker threads; outputs and progress lines keep input order. Output
 * folders get distinct names across the whole run (`-2`, `-3`, ...). Chromium starts at the first
 * chart image. Exit 0 when every document was written, 1 when any failed.
 *
 * In passes: (1) read the inputs, (2) prepare the output root and the corpus database, (3) analyse
 * and write every document (`AnalyzeRun`), (4) write the index page and the closing line.
 */
export async function analyzeCommand(args: ParsedArgs, io: Io): Promise<number> {
  if (args.jsonl) return jsonlCommand(args.jobs, io);
  const { items, failed } = readAllInputs(args.inputs, io);
  // the threads load the kit while this one prepares the output root and the corpus database
  const workers = await startWorkers(Math.min(args.jobs, Math.max(1, items.length)));
  // one plotly.min.js for the whole output root, loaded by relative path from every folder
  const sharedBundle = join(args.out, PLOTLY_FILE);
  const prepared = !args.json && items.length > 0 ? await prepareOutputRoot(args, sharedBundle, io) : { corpus: null };
  if (prepared === null) {
    await workers?.pool.destroy();
    return 1;
  }
  const run = new AnalyzeRun(args, items, prepared.corpus, io);
  run.failed = failed;
  await run.analyseAll(sharedBundle, workers);
  if (args.json) return run.failed || run.corpusFailed ? 1 : 0;
  const indexFailed = run.written > 0 && !writeIndexPage(args.out, run.indexed, io);
  const documents = run.written + run.failed;
  io.stderr(
    `analysed ${run.written} of ${documents} document${documents === 1 ? '' : 's'} into ${args.out}/${run.failed ? `; ${run.failed} failed (see above)` : ''}\n`,
  );
  return run.failed || indexFailed || run.corpusFailed ? 1 : 0;
}

/** Pass 1: the documents of every input; an input that cannot be read costs one line and counts as failed. */
function readAllInputs(inputs: readonly string[], io: Io): { items: InputDocument[]; failed: number } {
  const items: InputDocument[] = [];
  let failed = 0;
  for (const input of inputs) {
    try {
      items.push(...readInputs(input));
    } catch (err) {
      if (!(err instanceof DocumentError)) throw err;
      io.stderr(`discourse-kit: ${err.message}\n`);
      failed++;
    }
  }
  return { items, failed };
}

/**
 * Pass 2: the corpus database (a folder run streams every analysis into it) and a writable output
 * root holding the shared plotly bundle. A malformed metadata.csv or an unwritable root stops the
 * run here, before anything is analysed or written: null, after one line on stderr.
 */
async function prepareOutputRoot(
  args: ParsedArgs,
  sharedBundle: string,
  io: Io,
): Promise<{ corpus: CorpusSink | null } | null> {
  let corpus: CorpusSink | null = null;
  try {
    corpus = await openCorpusSink(args.inputs, args.out);
    mkdirSync(args.out, { recursive: true });
    accessSync(args.out, constants.W_OK);
    copyBundleIfStale(sharedBundle);
    return { corpus };
  } catch (err) {
    corpus?.abort();
    io.stderr(`discourse-kit: ${err instanceof DocumentError ? err.message : outputError(err, args.out).message}\n`);
    return null;
  }
}

/** Pass 4: `index.html` of the documents written; false (after one line on stderr) when it cannot be written. */
function writeIndexPage(outRoot: string, indexed: readonly IndexEntry[], io: Io): boolean {
  try {
    writeIndex(outRoot, indexed);
    return true;
  } catch (err) {
    io.stderr(`discourse-kit: ${outputError(err, outRoot).message}\n`);
    return false;
  }
}

/** Pass 3: the documents of one `analyze` run on the worker pool, and what became of them. */
class AnalyzeRun {
  readonly slugs: string[];
  /** Each document's output folder; null with `--json` (the record goes to stdout). */
  readonly dirs: (string | null)[];
  readonly indexed: IndexEntry[] = [];
  written = 0;
  failed = 0;
  corpusFailed = false;
  /** Outcomes handled, and documents handed to the pool: the ones in between are in flight at a Ctrl-C. */
  private consumed = 0;
  private dispatched = 0;
  private readonly corpusWanted: boolean;
  private readonly renderer: ReturnType<typeof lazyRenderer> | null;

  constructor(
    args: ParsedArgs,
    private readonly items: readonly InputDocument[],
    private corpus: CorpusSink | null,
    private readonly io: Io,
  ) {
    this.slugs = documentIds(items.map((i) => i.source));
    this.dirs = items.map((_, k) => (args.json ? null : join(args.out, this.slugs[k]!)));
    this.corpusWanted = corpus !== null;
    this.renderer = args.json || !args.images ? null : lazyRenderer(io);
  }

  /** Analyse and write every document, in input order, then finish the corpus database. */
  async analyseAll(sharedBundle: string, workers: Workers | null): Promise<void> {
    const renderer = this.renderer;
    process.on('SIGINT', this.onInterrupt);
    try {
      await runOrdered(
        this.tasks(sharedBundle),
        workers,
        (outcome, k) => this.consume(outcome, k),
        renderer && renderer.get,
        this.workers,
      );
      // After Ctrl-C nothing more is written: the interrupt handler ends the process.
      if (this.interrupted) await new Promise<never>(() => undefined);
      if (this.corpus) {
        try {
          this.io.stderr(`${await this.corpus.finish(renderer && (await renderer.get()), sharedBundle)}\n`);
        } catch (err) {
          this.stopCorpus(err);
        }
      }
    } finally {
      this.corpus?.abort();
      process.off('SIGINT', this.onInterrupt);
      await renderer?.close();
    }
  }

  private *tasks(sharedBundle: string): Generator<DocumentJob> {
    for (const [k, input] of this.items.entries()) {
      this.dispatched++;
      const task: DocumentTask = { input, dir: this.dirs[k]!, sharedBundle, corpus: this.corpusWanted };
      yield task;
    }
  }

  /** One document's outcome, in input order: its line on stderr (or its record on stdout), its index row, its corpus rows. */
  private async consume(outcome: DocumentOutcome, k: number): Promise<void> {
    // after Ctrl-C, documents cut off by the stopped threads are neither reported nor indexed
    if (this.interrupted) return;
    const { io } = this;
    this.consumed = k + 1;
    const dir = this.dirs[k];
    if (outcome.error !== undefined) {
      io.stderr(`discourse-kit: ${outcome.error}\n`);
      this.failed++;
    } else if (dir === null) {
      for (const chunk of outcome.json!) io.stdout(chunk);
      io.stdout('\n');
    } else {
      this.indexed.push({ folder: this.slugs[k]!, record: outcome.index! });
      this.written++;
      io.stderr(
        `✓ ${outcome.source} → ${shownPath(dir!)}: ${outcome.sentences} sentences, ${outcome.words} words, ${outcome.files} files (${outcome.ms} ms)\n`,
      );
      if (this.corpus && outcome.corpus) {
        try {
          await this.corpus.add(this.slugs[k]!, outcome.source, outcome.corpus);
        } catch (err) {
          this.stopCorpus(err);
        }
      }
    }
    await new Promise((resolve) => setImmediate(resolve)); // let a pending Ctrl-C in between documents
  }

  /** A corpus database that cannot be written: one line, the partial database removed, the documents kept. */
  private stopCorpus(err: unknown): void {
    this.corpus?.abort();
    this.io.stderr(`discourse-kit: corpus database not written: ${outputErrorLine(err)}\n`);
    this.corpus = null;
    this.corpusFailed = true;
  }

  private interrupted = false;

  /** Worker threads of the run, to stop on Ctrl-C. */
  private readonly workers: PoolStopper = {};

  /**
   * Ctrl-C: stop the worker threads first (a thread still running could write a temporary file
   * after the sweep), then remove the half-written files, say where the run stopped, exit 130.
   */
  private readonly onInterrupt = (): void => {
    this.interrupted = true;
    this.corpus?.abort();
    const stopping = this.workers.stop?.() ?? Promise.resolve();
    void stopping.catch(() => undefined).then(() => this.exitInterrupted());
  };

  private exitInterrupted(): void {
    const { items, dirs, consumed } = this;
    removeTempFiles();
    for (let k = consumed; k < this.dispatched; k++) if (dirs[k]) removeTempFilesIn(dirs[k]!);
    const current = consumed < items.length ? items[consumed] : undefined;
    const dir = dirs[consumed];
    this.corpus?.abort();
    const where = current
      ? ` while analysing ${current.source} (${consumed + 1} of ${items.length})${dir ? `; ${dir} is incomplete (no analysis.json)` : ''}`
      : '';
    this.io.stderr(
      `\ndiscourse-kit: interrupted${where}; ${this.written} document${this.written === 1 ? '' : 's'} written before it\n`,
    );
    process.exit(130);
  }
}

/**
 * `analyze --jsonl -`: one JSON object per input line, `{"id": ..., "text": ..., ...metadata}`;
 * one line out per line in, in input order: `{"id", "metadata", ...the analysis record}`, or
 * `{"id", "error"}` for a line that cannot be analysed (exit 1 at the end). Lines are read as they
 * arrive and at most `4 × jobs` are in flight, so it streams with flat memory: a mapper for GNU
 * parallel, Hadoop streaming or Spark's `RDD.pipe`.
 */
async function jsonlCommand(jobs: number, io: Io): Promise<number> {
  let failed = 0;
  let lineNumber = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const refuse = (id: unknown, at: string, problem: string): { outcome: DocumentOutcome } => ({
    outcome: {
      source: at,
      error: `${at}: ${problem}`,
      json: [JSON.stringify({ id: id ?? null, error: `${at}: ${problem}` })],
      ms: 0,
    },
  });
  async function* jobsOfLines(): AsyncGenerator<DocumentJob> {
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      const at = `<stdin>:${lineNumber}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        yield refuse(undefined, at, `not JSON (${(err as Error).message})`);
        continue;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        yield refuse(undefined, at, 'expected a JSON object {"id": ..., "text": ...}');
        continue;
      }
      const { id, text, ...metadata } = value as Record<string, unknown>;
      if (typeof text !== 'string') {
        yield refuse(id, at, 'no "text" string');
        continue;
      }
      yield {
        input: { text, source: id === undefined ? at : String(id) },
        dir: null,
        extra: { id: id ?? null, metadata },
      };
    }
  }
  await runOrdered(jobsOfLines(), await startWorkers(jobs), (outcome) => {
    if (outcome.error !== undefined) {
      failed++;
      io.stderr(`discourse-kit: ${outcome.error}\n`);
    }
    for (const chunk of outcome.json!) io.stdout(chunk);
    io.stdout('\n');
  });
  return failed ? 1 : 0;
}

function outputErrorLine(err: unknown): string {
  return String((err as Error)?.message ?? err).split('\n')[0]!;
}

/** One headless Chromium for the whole run, started when the first image is wanted; null (with one line) when it cannot start. */
function lazyRenderer(io: Io): { get: () => Promise<ChartRenderer | null>; close: () => Promise<void> } {
  let opening: Promise<ChartRenderer | null> | null = null;
  const open = async (): Promise<ChartRenderer | null> => {
    const opened = await openChartRenderer();
    if ('renderer' in opened) return opened.renderer;
    io.stderr(`discourse-kit: PNG/SVG charts skipped (${opened.problem}); HTML and CSV are still written.\n`);
    return null;
  };
  return {
    get: () => (opening ??= open()),
    close: async () => {
      if (opening) await (await opening)?.close();
    },
  };
}
