import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../src/charts';
import { main } from '../../src/cli/main';
import { uniqueSafeNames, writeCsv } from '../../src/io';
import { analysisTables, analyze } from '../../src/pipeline';
import { loadDocument } from '../../src/text';

const SEED = 'seeds/000_4c4a38b6e695fe75.txt';
const work = mkdtempSync(join(tmpdir(), 'dk-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

describe('analyze', () => {
  it('writes analysis.json and the CSVs for the seed, with offsets into the exact text', async () => {
    const out = join(work, 'out');
    const { code, stderr } = await run(['analyze', SEED, '--out', out]);
    expect(code).toBe(0);
    const charts = ['top-terms', 'top-bigrams', 'dispersion', 'trends'];
    const written = readdirSync(join(out, '000_4c4a38b6e695fe75'));
    for (const chart of charts) expect(written).toContain(`${chart}.html`);
    // one plotly bundle per output root, loaded by relative path
    expect(readdirSync(out)).toContain('plotly.min.js');
    expect(readFileSync(join(out, '000_4c4a38b6e695fe75', 'trends.html'), 'utf8')).toContain('src="../plotly.min.js"');
    if (findChromium() || process.env.CI === 'true') {
      for (const chart of charts) expect(written).toEqual(expect.arrayContaining([`${chart}.png`, `${chart}.svg`]));
    } else {
      expect(stderr).toContain('PNG/SVG charts skipped');
    }
    expect(stderr).toContain('000_4c4a38b6e695fe75');
    const dir = join(out, '000_4c4a38b6e695fe75');
    const record = JSON.parse(readFileSync(join(dir, 'analysis.json'), 'utf8'));
    expect(record.schema).toBe('discourse-kit/analysis@1');
    expect(record.text).toBe(readFileSync(SEED, 'utf8'));
    expect(record.sentences).toHaveLength(19);
    for (const s of record.sentences)
      expect(record.text.slice(s.start, s.end).trim()).toBe(record.text.slice(s.start, s.end));
    const bigrams = readFileSync(join(dir, 'ngrams.csv'), 'utf8').split('\n');
    expect(bigrams[0]).toBe('term,display,n,count,per1k');
    expect(bigrams[1]).toMatch(/^human rights,human rights,2,16,/);
    expect(readFileSync(join(dir, 'terms.csv'), 'utf8')).toMatch(/\ncountries,countries,11,/);
  });

  it('writes the tables analysisTables gives a notebook, byte for byte', async () => {
    const out = join(work, 'tables');
    expect((await run(['analyze', SEED, '--out', out, '--no-images'])).code).toBe(0);
    const dir = join(out, '000_4c4a38b6e695fe75');
    const tables = analysisTables(analyze(loadDocument(SEED)));
    const csvFiles = readdirSync(dir).filter((f) => f.endsWith('.csv'));
    expect(tables.map((t) => t.name).sort()).toEqual(csvFiles.sort());
    for (const table of tables) {
      expect(table.rows.length, table.name).toBeGreaterThan(0);
      const written = join(work, 'notebook', table.name);
      writeCsv(written, table.rows, table.columns);
      expect(readFileSync(written, 'utf8'), table.name).toBe(readFileSync(join(dir, table.name), 'utf8'));
    }
  });

  it('gives byte-identical outputs for the same input', async () => {
    const a = join(work, 'a');
    const b = join(work, 'b');
    await run(['analyze', SEED, '--out', a, '--no-images']);
    await run(['analyze', SEED, '--out', b, '--no-images']);
    const names = readdirSync(join(a, '000_4c4a38b6e695fe75'));
    expect(names).toContain('analysis.json');
    for (const name of names) {
      expect(
        readFileSync(join(b, '000_4c4a38b6e695fe75', name)).equals(readFileSync(join(a, '000_4c4a38b6e695fe75', name))),
      ).toBe(true);
    }
  });

  it('prints JSON Lines with --json, one line per document of a folder', async () => {
    const folder = join(work, 'folder');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    writeFileSync(join(folder, 'one.txt'), 'The minister said the talks were useful. She left on Monday.');
    writeFileSync(join(folder, 'two.txt'), readFileSync(SEED));
    writeFileSync(join(folder, 'notes.md'), 'not a text document');
    const { code, stdout } = await run(['analyze', folder, '--json']);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.source)).toEqual([join(folder, 'one.txt'), join(folder, 'two.txt')]);
    expect(lines[0].sentences).toHaveLength(2);
  });

  it('keeps two inputs whose names sanitise alike apart instead of overwriting', async () => {
    const folder = join(work, 'clash');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'a b.txt'), 'First text here.');
    writeFileSync(join(folder, 'a_b.txt'), 'Second text here.');
    const out = join(work, 'clash-out');
    expect((await run(['analyze', folder, '--out', out, '--no-images'])).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['a_b', 'a_b-2', 'corpus', 'corpus.duckdb', 'index.html', 'plotly.min.js']);
  });

  it('fills the corpus database, its Parquet tables and the corpus charts from a folder, with metadata.csv', async () => {
    const folder = join(work, 'corpus-in');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'mfa-2021-03-24.txt'), readFileSync(SEED));
    writeFileSync(join(folder, 'corpus.txt'), 'The minister said the talks were useful. She left on Monday.');
    writeFileSync(
      join(folder, 'metadata.csv'),
      'file,side,outlet,desk\nmfa-2021-03-24.txt,cn,MFA,Beijing\ncorpus.txt,us,Wire,\n',
    );
    const out = join(work, 'corpus-out');
    const { code, stderr } = await run(['analyze', folder, '--out', out, '--no-images']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/✓ corpus → .*corpus\.duckdb: 2 documents \(2 from this run\), 7 Parquet tables/);
    expect(readdirSync(out).sort()).toEqual([
      'corpus',
      'corpus-2',
      'corpus.duckdb',
      'index.html',
      'mfa-2021-03-24',
      'plotly.min.js',
    ]);
    const corpusFiles = readdirSync(join(out, 'corpus'));
    expect(corpusFiles).toEqual(
      expect.arrayContaining([
        'documents.parquet',
        'terms.parquet',
        'corpus-claim-mix.html',
        'corpus-keyness.html',
        'keyness.csv',
        'claim-mix.csv',
      ]),
    );
    // the index of documents links every corpus chart
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    for (const chart of corpusFiles.filter((f) => f.endsWith('.html')))
      expect(index).toContain(`href="corpus/${chart}"`);
    const { openCorpus } = await import('../../src/corpus');
    const db = await openCorpus(join(out, 'corpus.duckdb'));
    try {
      expect(await db.query('SELECT id, side, outlet, date, metadata FROM documents ORDER BY id')).toEqual([
        { id: 'corpus-2', side: 'us', outlet: 'Wire', date: null, metadata: '{"desk":""}' },
        { id: 'mfa-2021-03-24', side: 'cn', outlet: 'MFA', date: '2021-03-24', metadata: '{"desk":"Beijing"}' },
      ]);
    } finally {
      db.close();
    }
  });

  it('refuses a malformed metadata.csv before analysing anything, naming the file and line', async () => {
    const folder = join(work, 'bad-meta');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'a.txt'), 'First text here.');
    writeFileSync(join(folder, 'metadata.csv'), 'file,date\na.txt,March 3\n');
    const out = join(work, 'bad-meta-out');
    const { code, stderr } = await run(['analyze', folder, '--out', out, '--no-images']);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `${join(folder, 'metadata.csv')}: line 2: date 'March 3' is not a calendar date written YYYY-MM-DD`,
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe('bad input and usage', () => {
  it.each([
    ['binary.txt', Buffer.from([0x48, 0x69, 0x00, 0x01]), /binary\.txt: binary file/],
    ['empty.txt', ' \n\t\n', /empty\.txt: empty document/],
    [
      'latin1.txt',
      Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]),
      /latin1\.txt: invalid UTF-8 at byte 3/,
    ],
  ])('refuses %s with exit 1 and a message naming the file', async (name, content, message) => {
    const path = file(name, content);
    const { code, stderr } = await run(['analyze', path, '--json']);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
  });

  it('names a missing file', async () => {
    const { code, stderr } = await run(['tokens', join(work, 'nope.txt')]);
    expect(code).toBe(1);
    expect(stderr).toContain('nope.txt: no such file');
  });

  it('exits 2 on an unknown command or option', async () => {
    expect((await run(['frobnicate', SEED])).code).toBe(2);
    expect((await run(['analyze', SEED, '--colour'])).code).toBe(2);
    expect((await run([])).code).toBe(2);
  });
});

describe('sentences and tokens', () => {
  it('print JSON Lines whose offsets give back their text', async () => {
    const text = readFileSync(SEED, 'utf8');
    for (const command of ['sentences', 'tokens']) {
      const { code, stdout } = await run([command, SEED]);
      expect(code).toBe(0);
      const rows = stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(rows.length).toBeGreaterThan(command === 'sentences' ? 18 : 400);
      for (const r of rows) expect(text.slice(r.start, r.end)).toBe(r.text);
    }
  });
});

describe('quotes and claims', () => {
  it('print JSON Lines whose spans give back their text, with resolved speakers and one claim per sentence', async () => {
    const text = readFileSync(SEED, 'utf8');
    const quotes = (await run(['quotes', SEED])).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    for (const q of quotes) {
      expect(text.slice(q.content.start, q.content.end)).toBe(q.content.text);
      if (q.speaker) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
    }
    expect(quotes.find((q) => q.speaker?.text === 'the Spokesperson')?.canonical).toBe('Hong Lei');
    expect(quotes.some((q) => q.content.text.includes('dissidents'))).toBe(false);
    const claims = (await run(['claims', SEED])).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(claims.map((c) => c.sentence)).toEqual([...Array(19).keys()]);
    expect(claims[1]).toMatchObject({ speaker: 'Hong Lei', type: 'rejection_denial' });
    for (const c of claims) for (const e of c.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('the installed command', () => {
  const bin = 'bin/discourse-kit.js';
  it.runIf(existsSync('dist/cli/main.js'))('reads standard input and exits with the documented codes', () => {
    const ok = spawnSync(process.execPath, [bin, 'sentences', '-'], {
      input: 'Mr. Hong spoke. The U.S. did not.',
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(
      ok.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).text),
    ).toEqual(['Mr. Hong spoke.', 'The U.S. did not.']);
    const bad = spawnSync(process.execPath, [bin, 'tokens', '-'], { input: '   ', encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('<stdin>: empty document');
    expect(spawnSync(process.execPath, [bin, 'analyze'], { encoding: 'utf8' }).status).toBe(2);
  });
});

describe('output names', () => {
  it('never lets two inputs share an output name, whatever their case or suffix', () => {
    expect(uniqueSafeNames(['a b', 'a_b', 'a-2', 'a', 'a', 'A'])).toEqual(['a_b', 'a_b-2', 'a-2', 'a', 'a-3', 'A-4']);
  });
});
