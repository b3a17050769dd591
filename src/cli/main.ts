import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimRows, quoteRecords, sentenceRecords } from '../pipeline';
import { classifyClaims } from '../claims';
import { attribute } from '../speakers';
import { DocumentError } from '../text';
import type { Doc } from '../text';
import { ChunkedWriter, OutputError } from '../io';
import { UsageError, parseArgs } from './args';
import { analyzeCommand } from './analyze';
import type { Io } from './analyze';
import { failureLine } from './document';
import { readDocument, readInputs } from './inputs';
import { defaultJobs } from './pool';

const USAGE = `Usage: discourse-kit <command> <file|folder|-> [more files or folders] [options]

Commands:
  analyze <file|folder|->...  analyse documents; write outputs/<name>/ (report.html, analysis.json,
                            CSVs, charts) and outputs/index.html
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
  --version                 print the version

A folder means every .txt file in it; - reads standard input; -- ends the options.
Exit codes: 0 success, 1 bad input or unwritable output (each named on stderr), 2 bad usage, 130 interrupted.`;

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** The package version, read from package.json. */
export function version(): string {
  return (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
}

/** Run the CLI; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    const args = parseArgs(argv, defaultJobs());
    if (args.version) {
      io.stdout(`discourse-kit ${version()}\n`);
      return 0;
    }
    if (args.help || args.command === null) {
      io[args.help ? 'stdout' : 'stderr'](USAGE + '\n');
      return args.help ? 0 : 2;
    }
    if (args.inputs.length === 0) throw new UsageError(`${args.command} needs a file, folder or -`);
    if (args.inputs.filter((i) => i === '-').length > 1)
      throw new UsageError('standard input (-) can be read only once');
    switch (args.command) {
      case 'analyze':
        return await analyzeCommand(args, io);
      case 'sentences':
        return printLines(args.inputs, io, (doc) =>
          doc.sentences.map((s) => ({
            index: s.index,
            start: s.start,
            end: s.end,
            text: s.text,
            paragraph: s.paragraph,
            headline: s.headline,
          })),
        );
      case 'tokens':
        return printLines(args.inputs, io, (doc) =>
          doc.tokens.map((t) => ({
            index: t.index,
            start: t.start,
            end: t.end,
            text: t.text,
            kind: t.kind,
            norm: t.norm,
            stem: t.stem,
            stop: t.stop,
            sentence: t.sentence,
          })),
        );
      case 'quotes':
        return printLines(args.inputs, io, (doc) => quoteRecords(attribute(doc)));
      case 'claims':
        return printLines(args.inputs, io, (doc) => {
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
    if (err instanceof DocumentError || err instanceof OutputError) {
      io.stderr(`discourse-kit: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

function printLines(inputs: readonly string[], io: Io, rows: (doc: Doc) => readonly object[]): number {
  const docs = inputs.length === 1 ? readInputs(inputs[0]!) : [];
  if (docs.length !== 1) throw new UsageError('this command takes one file or -, not a folder or several files');
  const only = docs[0]!;
  let doc: Doc;
  let records: readonly object[];
  try {
    doc = readDocument(only);
    records = rows(doc);
  } catch (err) {
    if (err instanceof DocumentError) throw err;
    io.stderr(`discourse-kit: ${failureLine(only.source, err)}\n`);
    return 1;
  }
  const out = new ChunkedWriter(io.stdout);
  for (const r of records) out.write(JSON.stringify(r) + '\n');
  out.flush();
  return 0;
}
