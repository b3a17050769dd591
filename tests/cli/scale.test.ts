import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The installed command (dist/): worker threads load the compiled worker, as they do for users.
const BIN = join(__dirname, '..', '..', 'bin', 'discourse-kit.js');
const work = mkdtempSync(join(tmpdir(), 'dk-scale-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const TEXTS = [
  join(__dirname, '..', '..', 'seeds', '000_4c4a38b6e695fe75.txt'),
  ...readdirSync(join(__dirname, '..', 'fixtures'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(__dirname, '..', 'fixtures', f)),
];

function cli(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under `dir`, relative path → bytes. */
function tree(dir: string, prefix = ''): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(join(dir, prefix)).sort()) {
    const rel = join(prefix, name);
    if (statSync(join(dir, rel)).isDirectory()) for (const [k, v] of tree(dir, rel)) files.set(k, v);
    else files.set(rel, readFileSync(join(dir, rel)));
  }
  return files;
}

describe('folder runs on worker threads', () => {
  const folder = join(work, 'in');
  mkdirSync(folder);
  // several copies, so that two workers really interleave
  for (let copy = 0; copy < 3; copy++)
    for (const text of TEXTS) copyFileSync(text, join(folder, `${copy}-${text.split('/').pop()}`));
  writeFileSync(join(folder, '1-empty.txt'), '  \n');

  it('write byte-identical files with 1 and 2 workers, one plotly bundle per root, progress in input order', () => {
    const one = cli(['analyze', folder, '--out', join(work, 'one'), '--no-images', '--jobs', '1']);
    const two = cli(['analyze', folder, '--out', join(work, 'two'), '--no-images', '--jobs', '2']);
    expect(one.code).toBe(1); // the empty document is refused, the others written
    expect(two.code).toBe(1);
    const a = tree(join(work, 'one'));
    const b = tree(join(work, 'two'));
    expect([...b.keys()]).toEqual([...a.keys()]);
    // a DuckDB file carries its own page layout and checksums; its tables are compared through their Parquet copies
    for (const [name, bytes] of a) if (name !== 'corpus.duckdb') expect(b.get(name)!.equals(bytes), name).toBe(true);
    expect([...a.keys()].filter((name) => name.endsWith('plotly.min.js'))).toEqual(['plotly.min.js']);
    expect([...a.keys()].filter((name) => name.endsWith('.parquet')).length).toBeGreaterThan(5);
    const progress = (stderr: string, out: string) =>
      stderr
        .split('\n')
        .filter((l) => /^(✓|discourse-kit:)/.test(l))
        .map((l) =>
          l
            .replace(/ \(\d+ ms\)$/, '')
            .split(out)
            .join('OUT'),
        );
    expect(progress(two.stderr, 'two')).toEqual(progress(one.stderr, 'one'));
    expect(progress(two.stderr, 'two')).toHaveLength(TEXTS.length * 3 + 2); // each document, the refusal, the corpus
    expect(two.stderr).toContain(`analysed ${TEXTS.length * 3} of ${TEXTS.length * 3 + 1} documents`);
  });

  const chromium =
    spawnSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).stdout.trim() ||
    process.env['CHROMIUM_PATH'];
  it.skipIf(!chromium)(
    "draw every worker's PNG and SVG charts with the main thread's one browser, as one thread does",
    () => {
      const pair = join(work, 'pair');
      mkdirSync(pair);
      for (const text of TEXTS.slice(0, 2)) copyFileSync(text, join(pair, text.split('/').pop()!));
      const one = cli(['analyze', pair, '--out', join(work, 'img-one'), '--jobs', '1']);
      const two = cli(['analyze', pair, '--out', join(work, 'img-two'), '--jobs', '2']);
      expect([one.code, two.code]).toEqual([0, 0]);
      const a = tree(join(work, 'img-one'));
      const b = tree(join(work, 'img-two'));
      expect([...b.keys()]).toEqual([...a.keys()]);
      expect([...a.keys()].filter((name) => name.endsWith('.png')).length).toBeGreaterThan(20);
      // a DuckDB file carries its own page layout and checksums; its tables are compared through their Parquet copies
      for (const [name, bytes] of a) if (name !== 'corpus.duckdb') expect(b.get(name)!.equals(bytes), name).toBe(true);
    },
    120_000,
  );

  it('refuse a --jobs that is not a positive integer', () => {
    expect(cli(['analyze', folder, '--jobs', '0']).code).toBe(2);
  });
});

describe('analyze --jsonl -', () => {
  const records = TEXTS.flatMap((file, i) =>
    [0, 1].map((copy) => ({
      id: `d${i}-${copy}`,
      text: readFileSync(file, 'utf8'),
      source: file.split('/').pop(),
      copy,
    })),
  );
  const input = records.map((r) => JSON.stringify(r)).join('\n') + '\n';

  it('writes one analysis per input line, in input order, with its id and metadata', () => {
    const { code, stdout } = cli(['analyze', '--jsonl', '-', '--jobs', '2'], input);
    expect(code).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(records.map((r) => r.id));
    expect(lines.map((l) => l.metadata)).toEqual(records.map((r) => ({ source: r.source, copy: r.copy })));
    for (const [i, line] of lines.entries()) {
      expect(line.text).toBe(records[i]!.text);
      expect(line.schema).toBe('discourse-kit/analysis@1');
    }
    // the same record as --json gives for the file
    const single = JSON.parse(cli(['analyze', TEXTS[0]!, '--json']).stdout);
    const { id: _id, metadata: _metadata, ...record } = lines[0]!;
    expect({ ...record, source: single.source }).toEqual(single);
  });

  it('answers a bad line with an error line, keeping the others aligned', () => {
    const { code, stdout } = cli(
      ['analyze', '--jsonl', '-'],
      [
        '{"id": 1, "text": "One sentence."}',
        'not json',
        '{"id": 3}',
        '{"id": 4, "text": " "}',
        '{"id": 5, "text": "Five."}',
      ].join('\n'),
    );
    expect(code).toBe(1);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, 'error' in l])).toEqual([
      [1, false],
      [null, true],
      [3, true],
      [4, true],
      [5, false],
    ]);
  });

  const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasParallel)(
    'works as a mapper under GNU parallel: chunks of one file give the lines of a single run, in order',
    () => {
      const path = join(work, 'docs.jsonl');
      writeFileSync(path, input);
      const single = cli(['analyze', '--jsonl', '-', '--jobs', '1'], input);
      const mapped = spawnSync(
        'parallel',
        [
          '--will-cite',
          '--pipepart',
          '-a',
          path,
          '--block',
          '-3',
          '--keep-order',
          '--jobs',
          '2',
          process.execPath,
          BIN,
          'analyze',
          '--jsonl',
          '-',
          '--jobs',
          '1',
        ],
        { encoding: 'utf8', maxBuffer: 1 << 28 },
      );
      expect(mapped.status).toBe(0);
      expect(mapped.stdout).toBe(single.stdout);
    },
  );
});

describe('memory across documents', () => {
  // What stays alive after each document, measured in a child process that can force a full
  // garbage collection: documents analysed as the CLI does, each one's index row kept. A document
  // is every test text in one (so that keeping it alive would stand out from the noise of code
  // being compiled) and ends with its own web address, as press releases do, so that each brings
  // new long tokens into the tables shared across documents.
  const script = `
    const { readFileSync } = require('node:fs');
    const { analysisRecord, analyze } = require(${JSON.stringify(join(__dirname, '..', '..', 'dist', 'pipeline'))});
    const { parseDocument } = require(${JSON.stringify(join(__dirname, '..', '..', 'dist', 'text'))});
    const { indexRecord } = require(${JSON.stringify(join(__dirname, '..', '..', 'dist', 'report'))});
    const joined = ${JSON.stringify(TEXTS)}.map((file) => readFileSync(file, 'utf8')).join('\\n\\n');
    const index = [];
    const run = (from, to) => {
      for (let i = from; i < to; i++) {
        const text = joined + '\\n\\nThe full release: https://www.state.gov/releases/2024/' + i + '-statement\\n';
        index.push(indexRecord(analysisRecord(analyze(parseDocument(text, 'doc-' + i + '.txt')))));
      }
    };
    const heap = () => { global.gc(); global.gc(); return process.memoryUsage().heapUsed; };
    run(0, 20);
    const start = heap();
    run(20, 60);
    const middle = heap();
    run(60, 100);
    const end = heap();
    console.log(JSON.stringify({ windows: [(middle - start) / 40, (end - middle) / 40], textBytes: 2 * joined.length }));`;

  it('keeps no document text alive once the document is done (flat memory in a corpus run)', () => {
    const result = spawnSync(process.execPath, ['--expose-gc', '-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const { windows, textBytes } = JSON.parse(result.stdout) as { windows: number[]; textBytes: number };
    // Kept alive, each text would add its own size in both windows of 40 documents; its index row
    // and new spellings are a few KB. One-off work of the runtime (code compiled late, a cache
    // growing once) lands in one window only, so the quieter window is the one compared.
    expect(Math.min(...windows)).toBeLessThan(textBytes / 4);
  });
});
