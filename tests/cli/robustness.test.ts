// Bad input, hostile input and failing disks: one case per defect found and per refusal the README promises.
// Each case checks the message, the exit code, and that nothing else was lost or overwritten.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { ChartRenderer } from '../../src/charts';
import { ANALYSIS_BYTES_PER_BYTE } from '../../src/cli/inputs';
import { main } from '../../src/cli/main';
import { toCsv } from '../../src/io';
import { MAX_DOCUMENT_BYTES, parseDocument } from '../../src/text';

/** Switches for the simulated failures below; reset after every case. */
const hooks = vi.hoisted(() => ({
  /** `analyze` throws a TypeError on a document containing this text. */
  crashOn: null as string | null,
  /** Drawing the charts throws a RangeError for a document containing this text (a bug met while writing). */
  chartsCrashOn: null as string | null,
  /** File-system calls on a path containing `match` fail with `code`; `half` writes half the data first. */
  fsFail: null as { op: 'mkdir' | 'write'; match: string; code: string; half?: boolean } | null,
}));

vi.mock('../../src/pipeline', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/pipeline')>();
  return {
    ...original,
    analyze: (doc: Parameters<typeof original.analyze>[0], options?: Parameters<typeof original.analyze>[1]) => {
      if (hooks.crashOn !== null && doc.text.includes(hooks.crashOn))
        throw new TypeError("Cannot read properties of undefined (reading 'start')");
      return original.analyze(doc, options);
    },
    analysisCharts: (analysis: Parameters<typeof original.analysisCharts>[0]) => {
      if (hooks.chartsCrashOn !== null && analysis.doc.text.includes(hooks.chartsCrashOn))
        throw new RangeError('Maximum call stack size exceeded');
      return original.analysisCharts(analysis);
    },
  };
});

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const fails = (op: 'mkdir' | 'write', path: unknown) => {
    const f = hooks.fsFail;
    return f !== null && f.op === op && String(path).includes(f.match) ? f : null;
  };
  const error = (code: string, path: unknown) =>
    Object.assign(new Error(`${code}: simulated failure, open '${String(path)}'`), { code });
  const paths = new Map<number, string>();
  const mocked = {
    ...fs,
    mkdirSync: ((path: string, options?: never) => {
      const f = fails('mkdir', path);
      if (f) throw error(f.code, path);
      return fs.mkdirSync(path, options);
    }) as typeof fs.mkdirSync,
    openSync: ((path: string, ...rest: unknown[]) => {
      const fd = (fs.openSync as (...args: unknown[]) => number)(path, ...rest);
      paths.set(fd, String(path));
      return fd;
    }) as typeof fs.openSync,
    writeSync: ((fd: number, data: string | Uint8Array, ...rest: unknown[]) => {
      const f = fails('write', paths.get(fd) ?? '');
      if (f) {
        if (typeof data === 'string' && f.half) fs.writeSync(fd, data.slice(0, data.length >> 1));
        else if (f.half) fs.writeSync(fd, (data as Uint8Array).subarray(0, data.length >> 1));
        throw error(f.code, paths.get(fd));
      }
      return (fs.writeSync as (...args: unknown[]) => number)(fd, data, ...rest);
    }) as typeof fs.writeSync,
    writeFileSync: ((path: string, data: string | Uint8Array, options?: never) => {
      const f = fails('write', path);
      if (f) {
        if (f.half)
          fs.writeFileSync(
            path,
            typeof data === 'string' ? data.slice(0, data.length >> 1) : data.subarray(0, data.length >> 1),
          );
        throw error(f.code, path);
      }
      return fs.writeFileSync(path, data, options);
    }) as typeof fs.writeFileSync,
  };
  return { ...mocked, default: mocked };
});

const work = mkdtempSync(join(tmpdir(), 'dk-robust-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => {
  hooks.crashOn = null;
  hooks.chartsCrashOn = null;
  hooks.fsFail = null;
  vi.restoreAllMocks();
  delete process.env['CHROMIUM_PATH'];
});

const GOOD = 'The minister said the talks were useful. "We will meet again," she said.\n';
const TABLES = ['terms.csv', 'ngrams.csv', 'quotes.csv', 'speakers.csv', 'claims.csv'];
let counter = 0;

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  // the simulated failures are mocks of this thread's modules: documents run here, not on workers
  const args = argv[0] === 'analyze' && !argv.includes('--jobs') ? ['analyze', '--jobs', '1', ...argv.slice(1)] : argv;
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** A fresh folder holding `files`; returns its path. */
function folder(files: Record<string, string | Buffer>): string {
  const dir = join(work, `case-${++counter}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** An output root that already holds another run's folder, to check nothing else is touched. */
function outWithBystander(): { out: string; keep: string } {
  const out = join(work, `out-${++counter}`);
  mkdirSync(join(out, 'earlier'), { recursive: true });
  const keep = join(out, 'earlier', 'keep.txt');
  writeFileSync(keep, 'from an earlier run');
  return { out, keep };
}

/** Every file under `dir`, relative. */
function tree(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tree(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/** Lines of stderr that are not progress lines. */
function problems(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.startsWith('discourse-kit:'));
}

/** The run wrote the good document complete, the root's shared files, and left the earlier run's folder and file alone. */
function expectOnlyGoodDocument(out: string, keep: string): void {
  expectComplete(join(out, 'good'));
  expect(readdirSync(out).sort()).toEqual([
    'corpus',
    'corpus.duckdb',
    'earlier',
    'good',
    'index.html',
    'plotly.min.js',
  ]);
  expect(readFileSync(keep, 'utf8')).toBe('from an earlier run');
}

function expectComplete(dir: string): void {
  const names = readdirSync(dir);
  expect(names).toContain('analysis.json');
  for (const table of TABLES) expect(names).toContain(table);
  expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  expect(JSON.parse(readFileSync(join(dir, 'analysis.json'), 'utf8')).schema).toBe('discourse-kit/analysis@1');
}

describe('defects found on bad and hostile input', () => {
  it('1. reads a Windows CRLF file as the same paragraphs as LF and CR', () => {
    expect(parseDocument('A.\r\n\r\nB.\r\nC.').paragraphs).toHaveLength(2);
    const lf = readFileSync('tests/fixtures/wh-statement-2022-06-30.txt', 'utf8').replace(/\r\n?/g, '\n');
    const shape = (text: string) => {
      const doc = parseDocument(text);
      return {
        paragraphs: doc.paragraphs.length,
        sentences: doc.sentences.map((s) => [s.paragraph, s.text.replace(/\r\n?/g, '\n')]),
      };
    };
    expect(shape(lf.replace(/\n/g, '\r\n'))).toEqual(shape(lf));
    expect(shape(lf.replace(/\n/g, '\r'))).toEqual(shape(lf));
  });

  it('2. analyses a run-on paragraph full of reported speech with sentences and quotes of bounded size', async () => {
    const unit = 'The minister said "we will act" and the spokesman said the US is wrong, Mr. Smith of the U.S. said, ';
    const input = folder({ 'runon.txt': unit.repeat(250) }); // 25 KB, no sentence end
    const { out } = outWithBystander();
    const { code, stderr } = await run(['analyze', input, '--out', out, '--no-images']);
    expect(problems(stderr)).toEqual([]);
    expect(code).toBe(0);
    const json = join(out, 'runon', 'analysis.json');
    expect(statSync(json).size).toBeLessThan(100 * unit.length * 250); // it was 10 MB from 25 KB, and quadratic
    const record = JSON.parse(readFileSync(json, 'utf8'));
    for (const s of record.sentences) expect(s.end - s.start).toBeLessThanOrEqual(3000);
    for (const q of record.quotes) expect(q.content.end - q.content.start).toBeLessThanOrEqual(3000);
  });

  it('3. isolates a document that crashes: one line naming it, the others written, failures counted, exit 1', async () => {
    hooks.crashOn = 'CRASH';
    const input = folder({ 'a.txt': GOOD, 'b.txt': `CRASH here. ${GOOD}`, 'c.txt': GOOD });
    const { out, keep } = outWithBystander();
    const { code, stderr } = await run(['analyze', input, '--out', out, '--no-images']);
    expect(code).toBe(1);
    expect(problems(stderr)).toEqual([
      `discourse-kit: ${join(input, 'b.txt')}: internal error (TypeError: Cannot read properties of undefined (reading 'start')); please report it`,
    ]);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr).toMatch(/analysed 2 of 3 documents into .*; 1 failed/);
    expectComplete(join(out, 'a'));
    expectComplete(join(out, 'c'));
    expect(existsSync(join(out, 'b'))).toBe(false);
    expect(readFileSync(keep, 'utf8')).toBe('from an earlier run');
  });

  it('3. reports a bug met while writing as an internal error, not as a folder that cannot be written', async () => {
    hooks.chartsCrashOn = 'CRASH';
    const input = folder({ 'a.txt': GOOD, 'b.txt': `CRASH here. ${GOOD}` });
    const { out } = outWithBystander();
    const { code, stderr } = await run(['analyze', input, '--out', out, '--no-images']);
    expect(code).toBe(1);
    expect(problems(stderr)).toEqual([
      `discourse-kit: ${join(input, 'b.txt')}: internal error (RangeError: Maximum call stack size exceeded); please report it`,
    ]);
    expectComplete(join(out, 'a'));
    expect(existsSync(join(out, 'b'))).toBe(false);
  });

  it('3. isolates a document whose output cannot be written and leaves no empty folder for it', async () => {
    const input = folder({ 'a.txt': GOOD, 'b.txt': GOOD, 'c.txt': GOOD });
    const { out, keep } = outWithBystander();
    hooks.fsFail = { op: 'write', match: `${join(out, 'b')}/`, code: 'ENOSPC' };
    const { code, stderr } = await run(['analyze', input, '--out', out, '--no-images']);
    expect(code).toBe(1);
    expect(problems(stderr)).toHaveLength(1);
    expect(problems(stderr)[0]).toBe(
      `discourse-kit: ${join(input, 'b.txt')}: cannot write ${join(out, 'b', 'terms.csv')}: no space left on the device (ENOSPC)`,
    );
    expectComplete(join(out, 'a'));
    expectComplete(join(out, 'c'));
    expect(existsSync(join(out, 'b'))).toBe(false);
    expect(readFileSync(keep, 'utf8')).toBe('from an earlier run');
  });

  it('3. goes on past a file standing where an output folder should be, without touching that file', async () => {
    const input = folder({ 'a.txt': GOOD, 'b.txt': GOOD });
    const { out } = outWithBystander();
    writeFileSync(join(out, 'a'), 'not a folder');
    const { code, stderr } = await run(['analyze', input, '--out', out, '--no-images']);
    expect(code).toBe(1);
    expect(problems(stderr)).toEqual([
      `discourse-kit: ${join(input, 'a.txt')}: cannot write ${join(out, 'a')}: a file is in the way where a folder should be (EEXIST)`,
    ]);
    expect(readFileSync(join(out, 'a'), 'utf8')).toBe('not a folder');
    expectComplete(join(out, 'b'));
  });

  it.each([
    ['EACCES', 'permission denied (EACCES)'],
    ['EROFS', 'read-only file system (EROFS)'],
    ['ENOSPC', 'no space left on the device (ENOSPC)'],
  ])(
    '4. refuses an output folder that cannot be created (%s) in one line, exit 1, before analysing',
    async (errno, problem) => {
      const input = folder({ 'a.txt': GOOD });
      const out = join(work, `locked-${errno}`, 'out');
      hooks.fsFail = { op: 'mkdir', match: `locked-${errno}`, code: errno };
      const { code, stderr } = await run(['analyze', input, '--out', out]);
      expect(code).toBe(1);
      expect(stderr).toBe(`discourse-kit: cannot write ${out}: ${problem}\n`);
    },
  );

  it('4. names a file standing where the output folder should be (ENOTDIR)', async () => {
    const input = folder({ 'a.txt': GOOD });
    const blocker = join(work, 'blocker.txt');
    writeFileSync(blocker, 'keep me');
    const { code, stderr } = await run(['analyze', input, '--out', join(blocker, 'out'), '--no-images']);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `discourse-kit: cannot write ${join(blocker, 'out')}: a file is in the way where a folder should be (ENOTDIR)\n`,
    );
    expect(readFileSync(blocker, 'utf8')).toBe('keep me');
  });

  it('5. neutralises spreadsheet formulas in CSV cells, numbers stay numbers', async () => {
    expect(
      toCsv([
        {
          a: '=SUM(A1:A9)',
          b: '+44 20 7946 0000',
          c: '@risk',
          d: '-2+3',
          e: '\tx',
          f: '\rx',
          g: -2,
          h: '-2',
          i: 3.5,
          j: ['=1', 'x'],
          k: 'fine',
        },
      ]),
    ).toBe("a,b,c,d,e,f,g,h,i,j,k\n'=SUM(A1:A9),'+44 20 7946 0000,'@risk,'-2+3,'\tx,\"'\rx\",-2,-2,3.5,'=1;x,fine\n");
    const input = folder({
      'sheet.txt': "=SUM(A1:A9) was the minister's formula.\n\n@risk is a word.\n\n-2+3 equals one.\n",
    });
    const { out } = outWithBystander();
    expect((await run(['analyze', input, '--out', out, '--no-images'])).code).toBe(0);
    const claims = readFileSync(join(out, 'sheet', 'claims.csv'), 'utf8').split('\n');
    expect(claims.some((l) => l.endsWith(",'=SUM(A1:A9) was the minister's formula."))).toBe(true);
    expect(claims.some((l) => l.endsWith(",'@risk is a word."))).toBe(true);
    expect(claims.some((l) => l.endsWith(",'-2+3 equals one."))).toBe(true);
    expect(claims[1]).toMatch(/^0,0,/); // sentence and offsets are numbers, untouched
  });

  it('6. never leaves a half-written file: a failing rewrite keeps the old file whole and marks the folder incomplete', async () => {
    const input = folder({ 'doc.txt': GOOD });
    const { out, keep } = outWithBystander();
    expect((await run(['analyze', input, '--out', out, '--no-images'])).code).toBe(0);
    const dir = join(out, 'doc');
    const before = readFileSync(join(dir, 'quotes.csv'), 'utf8');
    hooks.fsFail = { op: 'write', match: 'quotes.csv', code: 'ENOSPC', half: true };
    const { code, stderr } = await run(['analyze', input, '--out', out, '--no-images']);
    expect(code).toBe(1);
    expect(problems(stderr)).toHaveLength(1);
    expect(problems(stderr)[0]).toContain('no space left on the device (ENOSPC)');
    expect(readFileSync(join(dir, 'quotes.csv'), 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'analysis.json'))).toBe(false); // the folder says it is incomplete
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(readFileSync(keep, 'utf8')).toBe('from an earlier run');
  });

  it.runIf(existsSync('dist/cli/main.js'))(
    '6. on Ctrl-C names the interrupted document; every folder with analysis.json is complete',
    async () => {
      const fixtures = readdirSync('tests/fixtures').filter((n) => n.endsWith('.txt'));
      const files: Record<string, string> = {};
      for (const [k, name] of [...fixtures, ...fixtures].entries())
        files[`${String(k).padStart(2, '0')}.txt`] = readFileSync(join('tests/fixtures', name), 'utf8');
      const input = folder(files);
      const { out, keep } = outWithBystander();
      const child = spawn(process.execPath, ['bin/discourse-kit.js', 'analyze', input, '--out', out, '--no-images'], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      let sent = false;
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (!sent && stderr.includes('✓')) {
          sent = true;
          child.kill('SIGINT');
        }
      });
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      expect(code).toBe(130);
      expect(stderr).toMatch(
        /discourse-kit: interrupted while analysing .*\/\d\d\.txt \(\d+ of 12\); .* is incomplete \(no analysis\.json\); \d+ documents? written before it/,
      );
      const folders = readdirSync(out).filter((n) => n !== 'earlier');
      expect(folders.length).toBeLessThan(12);
      for (const name of folders) if (existsSync(join(out, name, 'analysis.json'))) expectComplete(join(out, name));
      expect(tree(out).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      expect(readFileSync(keep, 'utf8')).toBe('from an earlier run');
    },
  );

  it.runIf(existsSync('dist/cli/main.js'))(
    'stops quietly when the reader of its output goes away (| head)',
    async () => {
      const input = folder({ 'long.txt': GOOD.repeat(20000) });
      const child = spawn(process.execPath, ['bin/discourse-kit.js', 'tokens', join(input, 'long.txt')], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      expect(stderr).toBe('');
      expect(code).toBe(0);
    },
  );

  it('7. starts no Chromium to refuse an empty file', async () => {
    process.env['CHROMIUM_PATH'] = process.execPath; // "found", so only laziness keeps it from starting
    const open = vi.spyOn(ChartRenderer, 'open').mockRejectedValue(new Error('must not start'));
    const input = folder({ 'empty.txt': '' });
    const { code, stderr } = await run(['analyze', join(input, 'empty.txt'), '--out', join(work, 'unused')]);
    expect(code).toBe(1);
    expect(problems(stderr)).toEqual([
      `discourse-kit: ${join(input, 'empty.txt')}: empty document (no text besides whitespace)`,
    ]);
    expect(open).not.toHaveBeenCalled();
  });

  it.each([
    ['LE', Buffer.from([0xff, 0xfe]), (b: Buffer) => b],
    ['BE', Buffer.from([0xfe, 0xff]), (b: Buffer) => Buffer.from(b).swap16()],
  ])('7. decodes UTF-16 %s with its BOM', async (_name, bom, order) => {
    const text = 'Mr. Hong spoke. “We object,” he said. The 🇺🇸 flag\r\n\r\nflew.';
    const input = folder({ 'utf8.txt': text, 'utf16.txt': Buffer.concat([bom, order(Buffer.from(text, 'utf16le'))]) });
    const a = await run(['sentences', join(input, 'utf8.txt')]);
    const b = await run(['sentences', join(input, 'utf16.txt')]);
    expect(b.stderr).toBe('');
    expect(b.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  });

  it('7. says its version', async () => {
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `discourse-kit ${version}\n`, stderr: '' });
  });

  it('7. accepts several input paths and applies the -2 rule across all of them', async () => {
    const one = folder({ 'x.txt': 'First text here.' });
    const two = folder({ 'x.txt': 'Second text here.', 'y.txt': 'Third text here.' });
    const { out, keep } = outWithBystander();
    const { code, stderr } = await run(['analyze', join(one, 'x.txt'), two, '--out', out, '--no-images']);
    expect(problems(stderr)).toEqual([]);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'corpus',
      'corpus.duckdb',
      'earlier',
      'index.html',
      'plotly.min.js',
      'x',
      'x-2',
      'y',
    ]);
    expect(JSON.parse(readFileSync(join(out, 'x', 'analysis.json'), 'utf8')).text).toBe('First text here.');
    expect(JSON.parse(readFileSync(join(out, 'x-2', 'analysis.json'), 'utf8')).text).toBe('Second text here.');
    expect(readFileSync(keep, 'utf8')).toBe('from an earlier run');
  });

  it('7. never names an output folder with a leading dash', async () => {
    const input = folder({ '-rf.txt': 'First text here.', '--help.txt': 'Second text here.' });
    const { out } = outWithBystander();
    expect((await run(['analyze', input, '--out', out, '--no-images'])).code).toBe(0);
    const names = readdirSync(out);
    expect(names.sort()).toEqual(['corpus', 'corpus.duckdb', 'earlier', 'help', 'index.html', 'plotly.min.js', 'rf']);
  });

  it('7. splits Chinese and Japanese sentences at 。！？', () => {
    expect(parseDocument('我们会努力。你好吗？太好了！「他说。」然后呢').sentences.map((s) => s.text)).toEqual([
      '我们会努力。',
      '你好吗？',
      '太好了！',
      '「他说。」',
      '然后呢',
    ]);
    expect(parseDocument('日本語の文です。次の文です。').sentences).toHaveLength(2);
  });

  it('7. keeps a flag, a skin tone, a family and a tag sequence as one token each', () => {
    const text = 'Flags 🇺🇸 🏴󠁧󠁢󠁳󠁣󠁴󠁿 and 👍🏽 and 👨‍👩‍👧 here.';
    const symbols = parseDocument(text)
      .tokens.filter((t) => t.kind === 'symbol')
      .map((t) => t.text);
    expect(symbols).toEqual(['🇺🇸', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '👍🏽', '👨‍👩‍👧']);
  });

  it('7. shows a require example that works inside a clone', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain("require('./dist')");
    expect(readme).toContain('npm link');
  });
});

describe('refusals: one line naming the file, exit 1, the rest of the folder still written', () => {
  const sparse = (size: number) => (path: string) => truncateSync(path, size);
  it.each([
    ['empty.txt', '', 'empty document (no text besides whitespace)'],
    ['blank.txt', ' \r\n\t\u00a0\n', 'empty document (no text besides whitespace)'],
    ['binary.txt', Buffer.from([0x48, 0x69, 0x00, 0x01]), 'binary file (NUL byte at offset 2), expected UTF-8 text'],
    ['latin1.txt', Buffer.from('Caf\xe9 noir.', 'latin1'), 'invalid UTF-8 at byte 3'],
    [
      'utf16-no-bom.txt',
      Buffer.from('Hello there.', 'utf16le'),
      'binary file (NUL byte at offset 1), expected UTF-8 text',
    ],
    ['utf16-odd.txt', Buffer.from([0xff, 0xfe, 0x48, 0x00, 0x69]), 'invalid UTF-16 LE (odd number of bytes: 5)'],
    [
      'utf16-nul.txt',
      Buffer.from([0xff, 0xfe, 0x48, 0x00, 0x00, 0x00]),
      'binary file (NUL character at offset 1 of the UTF-16 LE text)',
    ],
    ['huge.txt', sparse(257 * 1024 * 1024), 'too large (257 MB; the limit is 256 MB): split it into several files'],
  ] as const)('%s', async (name, content, problem) => {
    const input = folder({ 'good.txt': GOOD });
    if (typeof content === 'function') {
      writeFileSync(join(input, name), '');
      content(join(input, name));
    } else writeFileSync(join(input, name), content);
    const { out, keep } = outWithBystander();
    const { code, stderr } = await run(['analyze', input, '--out', out, '--no-images']);
    expect(code).toBe(1);
    expect(problems(stderr)).toEqual([`discourse-kit: ${join(input, name)}: ${problem}`]);
    expect(stderr).toMatch(/analysed 1 of 2 documents into .*; 1 failed/);
    expectOnlyGoodDocument(out, keep);
    rmSync(join(input, name));
  });

  const heapLimit = getHeapStatistics().heap_size_limit;
  const tooBigForHeap = Math.ceil(heapLimit / ANALYSIS_BYTES_PER_BYTE / (1024 * 1024)) + 1;
  it.runIf(tooBigForHeap * 1024 * 1024 <= MAX_DOCUMENT_BYTES)(
    'refuses a file whose analysis would not fit in the heap, before reading it',
    async () => {
      const input = folder({ 'good.txt': GOOD, 'big.txt': '' });
      truncateSync(join(input, 'big.txt'), tooBigForHeap * 1024 * 1024);
      const { out, keep } = outWithBystander();
      const { code, stderr } = await run(['analyze', input, '--out', out, '--no-images']);
      expect(code).toBe(1);
      expect(problems(stderr)).toHaveLength(1);
      expect(problems(stderr)[0]).toMatch(
        new RegExp(
          `^discourse-kit: ${join(input, 'big.txt')}: too large for this process's memory \\(${tooBigForHeap} MB of text needs about \\d+ MB, the heap limit is \\d+ MB\\): split it into several files, or raise the limit with NODE_OPTIONS=--max-old-space-size=\\d+$`,
        ),
      );
      expectOnlyGoodDocument(out, keep);
    },
  );

  it('names a broken link in a folder and analyses the rest', async () => {
    const input = folder({ 'good.txt': GOOD });
    symlinkSync(join(input, 'gone.txt'), join(input, 'link.txt'));
    const { out, keep } = outWithBystander();
    const { code, stderr } = await run(['analyze', input, '--out', out, '--no-images']);
    expect(code).toBe(1);
    expect(problems(stderr)).toEqual([`discourse-kit: ${join(input, 'link.txt')}: no such file`]);
    expectComplete(join(out, 'good'));
    expect(readFileSync(keep, 'utf8')).toBe('from an earlier run');
  });

  it('accepts unbalanced quotes, with exact offsets', async () => {
    const text = `The minister said "we will never ${'give up on the people and the region, '.repeat(300)}and then left.\n\nShe added “more.\n`;
    const input = folder({ 'open-quote.txt': text });
    const { out } = outWithBystander();
    const { code, stderr } = await run(['analyze', input, '--out', out, '--no-images']);
    expect(problems(stderr)).toEqual([]);
    expect(code).toBe(0);
    const record = JSON.parse(readFileSync(join(out, 'open-quote', 'analysis.json'), 'utf8'));
    expect(record.text).toBe(text);
    expect(record.quotes.length).toBeGreaterThan(0);
    for (const q of record.quotes) expect(text.slice(q.content.start, q.content.end)).toBe(q.content.text);
  });

  it.each([
    [['analyze'], 'analyze needs a file, folder or -'],
    [['analyze', '-', '-'], 'standard input (-) can be read only once'],
    [['analyze', 'x.txt', '--out'], "Option '--out <value>' argument missing"],
    [['analyze', 'x.txt', '--colour'], "Unknown option '--colour'"],
    [['sentences', 'a.txt', 'b.txt'], 'this command takes one file or -, not a folder or several files'],
  ])('usage %j exits 2 with the reason', async (argv, reason) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(`discourse-kit: ${reason}`);
  });
});
