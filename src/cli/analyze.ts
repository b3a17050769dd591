import { accessSync, constants, mkdirSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { analysisRecord, analyze } from '../pipeline';
import { ChartRenderer, findChromium, NO_CHROMIUM_HINT } from '../charts';
import { DocumentError } from '../text';
import { ChunkedWriter, OutputError, outputError, removeTempFiles, uniqueSlugs, writeJson } from '../io';
import type { ParsedArgs } from './args';
import { readInputs } from './inputs';
import type { InputDocument } from './inputs';
import { writeDocument } from './write-outputs';
import { writeIndex } from '../report';
import type { IndexEntry } from '../report';

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** The one line a failed document gets: its file and the reason, never a stack trace. */
export function failureLine(source: string, err: unknown): string {
  if (err instanceof DocumentError) return err.message;
  if (err instanceof OutputError) return `${source}: ${err.message}`;
  const message = String((err as Error)?.message ?? err).split('\n')[0];
  return `${source}: internal error (${(err as Error)?.name ?? 'Error'}: ${message}); please report it`;
}

/**
 * `analyze`: every document of every input, each isolated — a document that cannot be read,
 * analysed or written costs one line on stderr naming it and the reason, and the run goes on.
 * Output folders get distinct names across the whole run (`-2`, `-3`, ...). Chromium starts at
 * the first chart image. Exit 0 when every document was written, 1 when any failed.
 */
export async function analyzeCommand(args: ParsedArgs, io: Io): Promise<number> {
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
  if (!args.json && items.length > 0) {
    try {
      mkdirSync(outRoot, { recursive: true });
      accessSync(outRoot, constants.W_OK);
    } catch (err) {
      io.stderr(`discourse-kit: ${outputError(err, outRoot).message}\n`);
      return 1;
    }
  }
  const slugs = uniqueSlugs(items.map((i) => i.source));
  const renderer = args.json || !args.images ? null : lazyRenderer(io);
  let written = 0;
  const indexed: IndexEntry[] = [];
  let current: { source: string; dir: string | null; k: number } | null = null;
  const onInterrupt = () => {
    removeTempFiles();
    const where = current ? ` while analysing ${current.source} (${current.k + 1} of ${items.length})${current.dir ? `; ${current.dir} is incomplete (no analysis.json)` : ''}` : '';
    io.stderr(`\ndiscourse-kit: interrupted${where}; ${written} document${written === 1 ? '' : 's'} written before it\n`);
    process.exit(130);
  };
  process.on('SIGINT', onInterrupt);
  try {
    for (const [k, item] of items.entries()) {
      const dir = args.json ? null : join(outRoot, slugs[k]!);
      current = { source: item.source, dir, k };
      await new Promise((resolve) => setImmediate(resolve)); // let a pending Ctrl-C in between documents
      const started = Date.now();
      try {
        const analysis = analyze(item.read());
        if (dir === null) {
          const out = new ChunkedWriter(io.stdout);
          writeJson(out, analysisRecord(analysis));
          out.write('\n');
          out.flush();
          continue;
        }
        const { files, index } = await writeDocument(analysis, dir, { renderer: renderer && renderer.get });
        indexed.push({ folder: slugs[k]!, record: index });
        written++;
        const s = analysis.summary;
        io.stderr(`✓ ${item.source} → ${shownPath(dir)}: ${s.sentences} sentences, ${s.words} words, ${files.length} files (${Date.now() - started} ms)\n`);
      } catch (err) {
        io.stderr(`discourse-kit: ${failureLine(item.source, err)}\n`);
        failed++;
      }
    }
  } finally {
    current = null;
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
    io.stderr(`analysed ${written} of ${documents} document${documents === 1 ? '' : 's'} into ${outRoot}/${failed ? `; ${failed} failed (see above)` : ''}\n`);
  }
  return failed || indexFailed ? 1 : 0;
}

/** A path as the user reads it: relative to the working folder when inside it, else absolute. */
function shownPath(path: string): string {
  const rel = relative('.', path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? resolve(path) : rel;
}

/** One headless Chromium for the whole run, started when the first image is wanted; null (with one line) when it cannot start. */
function lazyRenderer(io: Io): { get: () => Promise<ChartRenderer | null>; close: () => Promise<void> } {
  let opening: Promise<ChartRenderer | null> | null = null;
  const open = async (): Promise<ChartRenderer | null> => {
    const chromium = findChromium();
    try {
      if (chromium) return await ChartRenderer.open(chromium);
      io.stderr(`discourse-kit: PNG/SVG charts skipped (${NO_CHROMIUM_HINT}); HTML and CSV are still written.\n`);
    } catch (err) {
      io.stderr(`discourse-kit: PNG/SVG charts skipped (Chromium at ${chromium} did not start: ${(err as Error).message.split('\n')[0]}); HTML and CSV are still written.\n`);
    }
    return null;
  };
  return {
    get: () => (opening ??= open()),
    close: async () => {
      if (opening) await (await opening)?.close();
    },
  };
}
