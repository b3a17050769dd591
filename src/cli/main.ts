import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { quoteRecords, sentenceRecords } from '../pipeline';
import { classifyClaims } from '../claims';
import { attribute } from '../speakers';
import { ChartRenderer, copyBundleIfStale, findChromium, NO_CHROMIUM_HINT, PLOTLY_FILE } from '../charts';
import { DocumentError, decodeText, parseDocument, readText } from '../text';
import type { Doc } from '../text';
import { textFilesAt, uniqueSlugs } from '../io';
import { claimRows, finishCharts } from './document';
import type { DocumentInput, DocumentOutcome, DocumentTask } from './document';
import { defaultJobs, runOrdered } from './pool';
import type { DocumentJob } from './pool';
import { UsageError, parseArgs } from './args';

const USAGE = `Usage: discourse-kit <command> <file|folder|-> [options]

Commands:
  analyze <file|folder|->   analyse documents; write outputs/<name>/ (analysis.json, CSVs, charts)
      --out DIR             output folder (default: outputs)
      --json                print the analysis as JSON Lines on stdout instead of writing files
      --no-images           write charts as HTML only (no PNG/SVG, no Chromium started)
      --jobs N              documents analysed at once on worker threads (default: the number of cores)
      --jsonl               with -: read JSON Lines {"id", "text", ...metadata} from stdin and write
                            one analysis per line to stdout, in input order (a mapper for GNU parallel,
                            Hadoop streaming or Spark's RDD.pipe)
  sentences <file|->        JSON Lines of sentences {index, start, end, text, paragraph, headline}
  tokens <file|->           JSON Lines of tokens {index, start, end, text, kind, norm, stem, stop, sentence}
  quotes <file|->           JSON Lines of quotes {kind, content, speaker, canonical, cue, confidence, ...}
  claims <file|->           JSON Lines of sentence claims {sentence, start, end, text, type, confidence, speaker, ...}

A folder means every .txt file in it; - reads standard input.
Exit codes: 0 success, 1 bad input (named on stderr), 2 bad usage.`;

interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Run the CLI; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io[argv.length === 0 ? 'stderr' : 'stdout'](USAGE + '\n');
    return argv.length === 0 ? 2 : 0;
  }
  try {
    const args = parseArgs(argv, new Set(['out', 'jobs']), new Set(['json', 'no-images', 'jsonl']));
    if (args.inputs.length !== 1) throw new UsageError(`${args.command} takes one file, folder or - (got ${args.inputs.length})`);
    const input = args.inputs[0]!;
    switch (args.command) {
      case 'analyze':
        return await analyzeCommand(input, args.flags, io);
      case 'sentences':
        return printLines(input, io, (doc) => doc.sentences.map((s) => ({ index: s.index, start: s.start, end: s.end, text: s.text, paragraph: s.paragraph, headline: s.headline })));
      case 'tokens':
        return printLines(input, io, (doc) => doc.tokens.map((t) => ({ index: t.index, start: t.start, end: t.end, text: t.text, kind: t.kind, norm: t.norm, stem: t.stem, stop: t.stop, sentence: t.sentence })));
      case 'quotes':
        return printLines(input, io, (doc) => quoteRecords(attribute(doc)));
      case 'claims':
        return printLines(input, io, (doc) => {
          const attribution = attribute(doc);
          return claimRows(doc.text, sentenceRecords(doc, attribution, classifyClaims(doc, attribution)));
        });
      default:
        throw new UsageError(`unknown command '${args.command}'`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`discourse-kit: ${err.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (err instanceof DocumentError) {
      io.stderr(`discourse-kit: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

/** The documents an input names: stdin, one file, or a folder's .txt files. */
function readInputs(input: string): { source: string; read: () => Doc }[] {
  if (input === '-') return [{ source: '<stdin>', read: () => parseDocument(decodeText(readFileSync(0), '<stdin>'), '<stdin>') }];
  let files: string[];
  try {
    files = textFilesAt(input);
  } catch {
    throw new DocumentError(input, 'no such file or folder');
  }
  if (files.length === 0) throw new DocumentError(input, 'folder holds no .txt file');
  return files.map((file) => ({ source: file, read: () => parseDocument(readText(file), file) }));
}

function printLines(input: string, io: Io, rows: (doc: Doc) => readonly object[]): number {
  const [only] = readInputs(input);
  if (!only || readInputs(input).length > 1) throw new UsageError('this command takes one file or -, not a folder');
  const doc = only.read();
  io.stdout(rows(doc).map((r) => JSON.stringify(r)).join('\n') + '\n');
  return 0;
}

async function analyzeCommand(input: string, flags: ReadonlyMap<string, string | true>, io: Io): Promise<number> {
  const jobs = jobsOf(flags);
  if (flags.get('jsonl') === true) {
    if (input !== '-') throw new UsageError('--jsonl reads JSON Lines from standard input: give - as the input');
    return jsonlCommand(jobs, io);
  }
  const inputs = readInputs(input);
  const json = flags.get('json') === true;
  const outRoot = (flags.get('out') as string | undefined) ?? 'outputs';
  const slugs = uniqueSlugs(inputs.map((i) => i.source));
  // one plotly.min.js for the whole output root, loaded by relative path from every folder
  const sharedBundle = join(outRoot, PLOTLY_FILE);
  let failed = 0;
  let written = 0;
  // copied before any document, so no worker copies it and each progress line counts the same files
  if (!json) copyBundleIfStale(sharedBundle);
  const renderer = json || flags.get('no-images') === true ? null : await openRenderer(io);
  const tasks = inputs.map((item, k): DocumentTask => {
    const source: DocumentInput = item.source === '<stdin>' ? { bytes: readFileSync(0), source: '<stdin>' } : { file: item.source };
    return json ? { input: source, mode: 'json' } : { input: source, mode: 'files', dir: join(outRoot, slugs[k]!), sharedBundle, images: renderer !== null };
  });
  try {
    await runOrdered(tasks, Math.min(jobs, tasks.length), async (outcome, k) => {
      if (outcome.error !== undefined) {
        io.stderr(`discourse-kit: ${outcome.error}\n`);
        failed++;
        return;
      }
      if (json) {
        io.stdout(outcome.json + '\n');
        return;
      }
      const dir = join(outRoot, slugs[k]!);
      const done = renderer && outcome.figures ? await finishCharts(outcome, dir, renderer, sharedBundle) : outcome;
      written++;
      io.stderr(`✓ ${done.source} → ${relative('.', dir) || '.'}: ${done.sentences} sentences, ${done.words} words, ${done.files!.length} files (${done.ms} ms)\n`);
    });
  } finally {
    await renderer?.close();
  }
  if (!json) io.stderr(`analysed ${written} of ${inputs.length} document${inputs.length === 1 ? '' : 's'} into ${outRoot}/${failed ? `; ${failed} refused (see above)` : ''}\n`);
  return failed ? 1 : 0;
}

/** `--jobs N`: a positive integer, default the number of cores. */
function jobsOf(flags: ReadonlyMap<string, string | true>): number {
  const value = flags.get('jobs');
  if (value === undefined) return defaultJobs();
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs needs a positive integer (got ${String(value)})`);
  return jobs;
}

/**
 * `analyze --jsonl -`: one JSON object per input line, `{"id": ..., "text": ..., ...metadata}`;
 * one line out per line in, in input order: `{"id", "metadata", ...the analysis record}`, or
 * `{"id", "error"}` for a line that cannot be analysed (exit code 1 at the end). Lines are read
 * as they arrive and at most `2 × jobs` are in flight, so it streams with flat memory.
 */
async function jsonlCommand(jobs: number, io: Io): Promise<number> {
  let failed = 0;
  let lineNumber = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const refuse = (id: unknown, at: string, problem: string): { outcome: DocumentOutcome } => ({
    outcome: { source: at, error: `${at}: ${problem}`, json: JSON.stringify({ id: id ?? null, error: `${at}: ${problem}` }), ms: 0 },
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
      yield { input: { text, source: id === undefined ? at : String(id) }, mode: 'json', extra: { id: id ?? null, metadata } };
    }
  }
  await runOrdered(jobsOfLines(), jobs, (outcome) => {
    if (outcome.error !== undefined) {
      failed++;
      io.stderr(`discourse-kit: ${outcome.error}\n`);
    }
    io.stdout(outcome.json + '\n');
  });
  return failed ? 1 : 0;
}

/** One headless Chromium for the whole run, or null (PNG/SVG skipped) with one line saying why. */
async function openRenderer(io: Io): Promise<ChartRenderer | null> {
  const chromium = findChromium();
  try {
    if (chromium) return await ChartRenderer.open(chromium);
    io.stderr(`discourse-kit: PNG/SVG charts skipped (${NO_CHROMIUM_HINT}); HTML and CSV are still written.\n`);
  } catch (err) {
    io.stderr(`discourse-kit: PNG/SVG charts skipped (Chromium at ${chromium} did not start: ${(err as Error).message.split('\n')[0]}); HTML and CSV are still written.\n`);
  }
  return null;
}
