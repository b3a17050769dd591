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
import { runOrdered } from './pool';
import { shownPath } from './shown-path';
import type { DocumentJob } from './pool';

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
 */
export async function analyzeCommand(args: ParsedArgs, io: Io): Promise<number> {
  if (args.jsonl) return jsonlCommand(args.jobs, io);
  const items: InputDocument[] = [];
  let failed = 0;
  for (const input of args.inputs) {
    try {
      items.push(...readInputs(input));
    } catch (err) {
      if (!(err instanceof DocumentError)) throw err;
      io.stderr(`discourse-kit: ${err.message}\n`);
      failed++;
    }
  }
  const outRoot = args.out;
  // one plotly.min.js for the whole output root, loaded by relative path from every folder
  const sharedBundle = join(outRoot, PLOTLY_FILE);
  let corpus: CorpusSink | null = null;
  if (!args.json && items.length > 0) {
    try {
      // A folder run also streams every analysis into the corpus database; a malformed
      // metadata.csv stops the run here, before anything is analysed or written.
      corpus = await openCorpusSink(args.inputs, outRoot);
      mkdirSync(outRoot, { recursive: true });
      accessSync(outRoot, constants.W_OK);
      copyBundleIfStale(sharedBundle);
    } catch (err) {
      corpus?.abort();
      io.stderr(`discourse-kit: ${err instanceof DocumentError ? err.message : outputError(err, outRoot).message}\n`);
      return 1;
    }
  }
  const slugs = documentIds(items.map((i) => i.source));
  const dirs = items.map((_, k) => (args.json ? null : join(outRoot, slugs[k]!)));
  const tasks = items.map((input, k): DocumentTask => ({
    input,
    dir: dirs[k]!,
    sharedBundle,
    corpus: corpus !== null,
  }));
  const renderer = args.json || !args.images ? null : lazyRenderer(io);
  let written = 0;
  let corpusFailed = false;
  let consumed = 0;
  let dispatched = 0;
  const indexed: IndexEntry[] = [];
  const onInterrupt = () => {
    removeTempFiles();
    for (let k = consumed; k < dispatched; k++) if (dirs[k]) removeTempFilesIn(dirs[k]!);
    const current = consumed < items.length ? items[consumed] : undefined;
    const dir = dirs[consumed];
    corpus?.abort();
    const where = current
      ? ` while analysing ${current.source} (${consumed + 1} of ${items.length})${dir ? `; ${dir} is incomplete (no analysis.json)` : ''}`
      : '';
    io.stderr(
      `\ndiscourse-kit: interrupted${where}; ${written} document${written === 1 ? '' : 's'} written before it\n`,
    );
    process.exit(130);
  };
  process.on('SIGINT', onInterrupt);
  function* dispatching(): Generator<DocumentJob> {
    for (const task of tasks) {
      dispatched++;
      yield task;
    }
  }
  try {
    await runOrdered(
      dispatching(),
      Math.min(args.jobs, Math.max(1, items.length)),
      async (outcome, k) => {
        consumed = k + 1;
        if (outcome.error !== undefined) {
          io.stderr(`discourse-kit: ${outcome.error}\n`);
          failed++;
        } else if (dirs[k] === null) {
          for (const chunk of outcome.json!) io.stdout(chunk);
          io.stdout('\n');
        } else {
          indexed.push({ folder: slugs[k]!, record: outcome.index! });
          written++;
          io.stderr(
            `✓ ${outcome.source} → ${shownPath(dirs[k]!)}: ${outcome.sentences} sentences, ${outcome.words} words, ${outcome.files} files (${outcome.ms} ms)\n`,
          );
          if (corpus && outcome.corpus) {
            try {
              await corpus.add(slugs[k]!, outcome.source, outcome.corpus);
            } catch (err) {
              corpus = stopCorpus(corpus, err, io);
              corpusFailed = true;
            }
          }
        }
        await new Promise((resolve) => setImmediate(resolve)); // let a pending Ctrl-C in between documents
      },
      renderer && renderer.get,
    );
    if (corpus) {
      try {
        io.stderr(`${await corpus.finish(renderer && (await renderer.get()), sharedBundle)}\n`);
      } catch (err) {
        corpus = stopCorpus(corpus, err, io);
        corpusFailed = true;
      }
    }
  } finally {
    corpus?.abort();
    process.off('SIGINT', onInterrupt);
    await renderer?.close();
  }
  let indexFailed = false;
  if (!args.json && written > 0) {
    try {
      writeIndex(outRoot, indexed);
    } catch (err) {
      io.stderr(`discourse-kit: ${outputError(err, outRoot).message}\n`);
      indexFailed = true;
    }
  }
  if (!args.json) {
    const documents = written + failed;
    io.stderr(
      `analysed ${written} of ${documents} document${documents === 1 ? '' : 's'} into ${outRoot}/${failed ? `; ${failed} failed (see above)` : ''}\n`,
    );
  }
  return failed || indexFailed || corpusFailed ? 1 : 0;
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
  await runOrdered(jobsOfLines(), jobs, (outcome) => {
    if (outcome.error !== undefined) {
      failed++;
      io.stderr(`discourse-kit: ${outcome.error}\n`);
    }
    for (const chunk of outcome.json!) io.stdout(chunk);
    io.stdout('\n');
  });
  return failed ? 1 : 0;
}

/** A corpus database that cannot be written: one line, the partial database removed, the documents kept. */
function stopCorpus(corpus: CorpusSink, err: unknown, io: Io): null {
  corpus.abort();
  io.stderr(`discourse-kit: corpus database not written: ${outputErrorLine(err)}\n`);
  return null;
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
