import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analysisCharts, analysisRecord, analyze, quoteRecords, sentenceRecords } from '../pipeline';
import { classifyClaims } from '../claims';
import { attribute } from '../speakers';
import { ChartRenderer, findChromium, NO_CHROMIUM_HINT, exportCharts } from '../charts';
import type { Analysis, AnalysisRecord } from '../pipeline';
import { DocumentError, decodeText, parseDocument, readText } from '../text';
import type { Doc } from '../text';
import { textFilesAt, toCsv, uniqueSlugs } from '../io';
import { documentIds, openCorpusSink } from './corpus';
import { UsageError, parseArgs } from './args';

const USAGE = `Usage: discourse-kit <command> <file|folder|-> [options]

Commands:
  analyze <file|folder|->   analyse documents; write outputs/<name>/ (analysis.json, CSVs, charts);
                            a folder also fills outputs/corpus.duckdb and outputs/corpus/ (Parquet, corpus charts)
      --out DIR             output folder (default: outputs)
      --json                print the analysis as JSON Lines on stdout instead of writing files
      --no-images           write charts as HTML only (no PNG/SVG, no Chromium started)
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
    const args = parseArgs(argv, new Set(['out']), new Set(['json', 'no-images']));
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
  const inputs = readInputs(input);
  const json = flags.get('json') === true;
  const outRoot = (flags.get('out') as string | undefined) ?? 'outputs';
  // A folder run also streams every analysis into the corpus database (metadata.csv errors stop the run first).
  const corpus = json ? null : await openCorpusSink([input], outRoot);
  const slugs = (corpus ? documentIds : uniqueSlugs)(inputs.map((i) => i.source));
  let failed = 0;
  let written = 0;
  const renderer = json || flags.get('no-images') === true ? null : await openRenderer(io);
  try {
  for (const [k, item] of inputs.entries()) {
    const started = Date.now();
    let analysis: Analysis;
    try {
      analysis = analyze(item.read());
    } catch (err) {
      if (!(err instanceof DocumentError)) throw err;
      io.stderr(`discourse-kit: ${err.message}\n`);
      failed++;
      continue;
    }
    if (json) {
      io.stdout(JSON.stringify(analysisRecord(analysis)) + '\n');
      continue;
    }
    const dir = join(outRoot, slugs[k]!);
    const record = analysisRecord(analysis);
    const files = await writeAnalysis(analysis, dir, renderer, record);
    await corpus?.add(slugs[k]!, item.source, record);
    written++;
    const s = analysis.summary;
    io.stderr(`✓ ${item.source} → ${relative('.', dir) || '.'}: ${s.sentences} sentences, ${s.words} words, ${files.length} files (${Date.now() - started} ms)\n`);
  }
    if (corpus) io.stderr(`${await corpus.finish(renderer)}\n`);
  } catch (err) {
    corpus?.abort();
    throw err;
  } finally {
    await renderer?.close();
  }
  if (!json) io.stderr(`analysed ${written} of ${inputs.length} document${inputs.length === 1 ? '' : 's'} into ${outRoot}/${failed ? `; ${failed} refused (see above)` : ''}\n`);
  return failed ? 1 : 0;
}

/** Quotes flattened for a table: the spans' texts, offsets of the content. */
function quoteRows(record: AnalysisRecord) {
  return record.quotes.map((q) => ({ ...q, speaker: q.speaker?.text ?? '', cue: q.cue?.text ?? '', content: q.content?.text ?? '', start: q.content?.start, end: q.content?.end }));
}

/** One row per sentence: its claim, who makes it, and the sentence text. */
function claimRows(text: string, sentences: AnalysisRecord['sentences']) {
  return sentences.map((s) => ({
    sentence: s.index,
    start: s.start,
    end: s.end,
    text: text.slice(s.start, s.end),
    speaker: s.voice,
    ...s.claim,
  }));
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

/** Write one document's outputs into `dir`; returns the files written. */
async function writeAnalysis(analysis: Analysis, dir: string, renderer: ChartRenderer | null, record: AnalysisRecord = analysisRecord(analysis)): Promise<string[]> {
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
  const charts = await exportCharts(dir, analysisCharts(analysis), renderer ? { renderer } : { formats: ['html'] });
  return [...files.map(([name]) => join(dir, name)), ...charts.written];
}
