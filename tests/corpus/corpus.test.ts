import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analysisRecord, analyze } from '../../src/pipeline';
import { DocumentError, loadDocument } from '../../src/text';
import { textFilesAt, uniqueSlugs } from '../../src/io';
import { chiSquare1P, keyness, williamsG2 } from '../../src/terms';
import type { TermCount } from '../../src/terms';
import {
  claimMixByGroup,
  CorpusWriter,
  corpusRecordOf,
  corpusComparisons,
  dateFromFileName,
  distinguishingClaimTypes,
  groupKeyness,
  loadCorpus,
  metadataFor,
  MetadataError,
  openCorpus,
  parseMetadata,
  readMetadata,
  shareOfVoiceMatrix,
  silentActors,
  speakersAcrossDocuments,
  tableRows,
  TABLE_NAMES,
  trendPeriod,
  trendsOverTime,
  writeCorpusReport,
} from '../../src/corpus';
import type { CorpusDocument, GroupCount, GroupSize } from '../../src/corpus';
import { corpusCharts, keynessExtremes } from '../../src/charts';

const tmp = mkdtempSync(join(tmpdir(), 'dk-corpus-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// A small table worked by hand. Target group A: 100 words; reference B: 200 words.
//   term   A   B
//   alpha 10   5
//   beta   0   5
//   gamma  5  20
const counts: GroupCount[] = [
  { group: 'A', key: 'alpha', count: 10 },
  { group: 'A', key: 'gamma', count: 5 },
  { group: 'B', key: 'alpha', count: 5 },
  { group: 'B', key: 'beta', count: 5 },
  { group: 'B', key: 'gamma', count: 20 },
];
const sizes: GroupSize[] = [
  { group: 'A', size: 100 },
  { group: 'B', size: 200 },
];

describe('group keyness statistics', () => {
  const rows = groupKeyness(counts, sizes, 'A', { group: 'B' });
  const row = (term: string) => rows.find((r) => r.term === term)!;

  it('reports raw counts and per-1,000 rates on both sides', () => {
    expect(row('alpha')).toMatchObject({ target: 10, reference: 5, targetPer1k: 100, referencePer1k: 25 });
    expect(row('beta')).toMatchObject({ target: 0, reference: 5, targetPer1k: 0, referencePer1k: 25 });
  });

  it('G² by hand: E1 = 100·15/300 = 5, E2 = 10, G² = 2(10 ln 2 + 5 ln ½) = 10 ln 2', () => {
    expect(row('alpha').g2).toBeCloseTo(10 * Math.log(2), 10);
    // beta: E1 = 100·5/300, E2 = 200·5/300 = 10/3; G² = 2·5·ln(5 / (10/3)) = 10 ln 1.5, negative (rarer in A).
    expect(row('beta').g2).toBeCloseTo(-10 * Math.log(1.5), 10);
  });

  it('p is the chi-square (1 df) tail of G², as scipy.stats.chi2.sf gives it', () => {
    expect(row('alpha').p).toBeCloseTo(0.00846919650753501, 6);
    expect(row('beta').p).toBeCloseTo(0.04404982129726889, 6);
  });

  it('log ratio by hand: log2((10/100)/(5/200)) = 2; a zero count counts as 0.5', () => {
    expect(row('alpha').logRatio).toBeCloseTo(2, 12);
    expect(row('beta').logRatio).toBeCloseTo(Math.log2(0.5 / 100 / (5 / 200)), 12);
    expect(row('gamma').logRatio).toBeCloseTo(Math.log2(5 / 100 / (20 / 200)), 12);
  });

  it("lr is quanteda's textstat_keyness(measure = 'lr'): four-cell G² over Williams' q, signed by a − E11", () => {
    // alpha: cells a = 10, b = 5, c = 90, d = 195, N = 300, written out term by term.
    const [a, b, c, d, n] = [10, 5, 90, 195, 300];
    const e = (row: number, col: number) => (row * col) / n;
    const g2 =
      2 *
      (a * Math.log(a / e(a + b, a + c)) +
        b * Math.log(b / e(a + b, b + d)) +
        c * Math.log(c / e(c + d, a + c)) +
        d * Math.log(d / e(c + d, b + d)));
    const q = 1 + ((n / (a + b) + n / (c + d) - 1) * (n / (a + c) + n / (b + d) - 1)) / (6 * n);
    expect(row('alpha').lr).toBeCloseTo(g2 / q, 10);
    // Reference values computed independently (Python, scipy.stats.chi2.sf for p).
    expect(row('alpha').lr).toBeCloseTo(7.054738746770654, 9);
    expect(row('alpha').lrP).toBeCloseTo(0.00790558383654684, 6);
    expect(row('beta').lr).toBeCloseTo(-3.668762564435385, 9);
    expect(row('gamma').lr).toBeCloseTo(-2.311019505922037, 9);
    expect(row('gamma').lrP).toBeCloseTo(0.1284597699050182, 6);
    expect(williamsG2(0, 0, 100, 200)).toBe(0);
  });

  it('sorts key terms of the target first, those of the reference last', () => {
    expect(rows.map((r) => r.term)).toEqual(['alpha', 'gamma', 'beta']);
    expect(chiSquare1P(rows[0]!.g2)).toBe(rows[0]!.p);
  });

  it('agrees with the per-document keyness of src/terms on the same counts', () => {
    const list = (group: string, size: number): TermCount[] =>
      counts
        .filter((c) => c.group === group)
        .map((c) => ({ term: c.key, display: c.key, count: c.count, per1k: (1000 * c.count) / size, docs: 1 }));
    const direct = keyness(list('A', 100), list('B', 200));
    expect(rows.map(({ lr: _lr, lrP: _lrP, ...rest }) => rest)).toEqual(direct);
  });

  it('compares against the rest of the corpus or an external reference list', () => {
    const three = [...counts, { group: 'C', key: 'alpha', count: 1 }];
    const rest = groupKeyness(three, [...sizes, { group: 'C', size: 50 }], 'A', { rest: true });
    expect(rest.find((r) => r.term === 'alpha')).toMatchObject({ target: 10, reference: 6, referencePer1k: 24 });
    const external = groupKeyness(counts, sizes, 'A', {
      list: [
        { key: 'alpha', count: 50 },
        { key: 'delta', count: 7 },
      ],
      size: 10_000,
    });
    expect(external.find((r) => r.term === 'alpha')).toMatchObject({ target: 10, reference: 50, referencePer1k: 5 });
    expect(external.find((r) => r.term === 'delta')).toMatchObject({ target: 0, reference: 7 });
    expect(() => groupKeyness(counts, sizes, 'Z', { rest: true })).toThrow(/group 'Z' has no size/);
  });
});

describe('claim types, speakers and trends across documents', () => {
  const claims: GroupCount[] = [
    { group: 'us', key: 'accusation', count: 2 },
    { group: 'us', key: 'other', count: 6 },
    { group: 'cn', key: 'rejection_denial', count: 6 },
    { group: 'cn', key: 'counter_accusation', count: 3 },
    { group: 'cn', key: 'other', count: 3 },
  ];

  it('gives the claim mix per group in taxonomy order with shares', () => {
    const mix = claimMixByGroup(claims);
    expect(mix.map((m) => `${m.group}:${m.type}`)).toEqual([
      'cn:counter_accusation',
      'cn:rejection_denial',
      'cn:other',
      'us:accusation',
      'us:other',
    ]);
    expect(mix.find((m) => m.group === 'cn' && m.type === 'rejection_denial')!.share).toBeCloseTo(0.5, 12);
  });

  it('finds the claim types that distinguish one group, sized by sentences', () => {
    const rows = distinguishingClaimTypes(claims, 'cn', { group: 'us' });
    const rejection = rows.find((r) => r.term === 'rejection_denial')!;
    expect(rows[0]!.term).toBe('rejection_denial');
    expect(rejection).toMatchObject({ target: 6, reference: 0, targetPer1k: 500, referencePer1k: 0 });
    // 12 vs 8 sentences: E1 = 12·6/20 = 3.6, E2 = 2.4; G² = 2·6·ln(6/3.6).
    expect(rejection.g2).toBeCloseTo(12 * Math.log(6 / 3.6), 10);
  });

  const speakers = [
    { document: 'd1', canonical: 'Hong Lei', quotes: 2, words: 40, share: 0.5 },
    { document: 'd2', canonical: 'Hong Lei', quotes: 1, words: 10, share: 0.25 },
    { document: 'd2', canonical: 'Jen Psaki', quotes: 3, words: 60, share: 0.6 },
  ];

  it('counts the documents each speaker speaks in and their share of voice', () => {
    expect(speakersAcrossDocuments(speakers)).toEqual([
      { canonical: 'Hong Lei', documents: 2, quotes: 3, words: 50, meanShare: 0.375, maxShare: 0.5 },
      { canonical: 'Jen Psaki', documents: 1, quotes: 3, words: 60, meanShare: 0.6, maxShare: 0.6 },
    ]);
    expect(shareOfVoiceMatrix(speakers)).toEqual({
      documents: ['d1', 'd2'],
      speakers: ['Hong Lei', 'Jen Psaki'],
      values: [
        [0.5, 0],
        [0.25, 0.6],
      ],
    });
  });

  it('lists actors spoken about but never given words anywhere', () => {
    const actors = [
      { document: 'd1', name: 'Hong Kong', mentions: 3, speaks: false },
      { document: 'd2', name: 'Hong Kong', mentions: 1, speaks: false },
      { document: 'd1', name: 'Jen Psaki', mentions: 1, speaks: false },
      { document: 'd2', name: 'NATO', mentions: 2, speaks: true },
    ];
    expect(silentActors(actors, speakers)).toEqual([{ name: 'Hong Kong', documents: 2, mentions: 4 }]);
  });

  it('trends a key per period, zeros included, undated documents left out', () => {
    const docs = [
      { document: 'a', date: '2020-05-01', size: 100 },
      { document: 'b', date: '2020-09-01', size: 300 },
      { document: 'c', date: '2021-01-02', size: 200 },
      { document: 'u', date: null, size: 999 },
    ];
    const rows = trendsOverTime(
      docs,
      [
        { document: 'a', key: 'china', count: 2 },
        { document: 'b', key: 'china', count: 2 },
        { document: 'u', key: 'china', count: 50 },
      ],
      ['china'],
      'year',
    );
    expect(rows).toEqual([
      { period: '2020', key: 'china', count: 4, size: 400, per1k: 10, share: 0.01 },
      { period: '2021', key: 'china', count: 0, size: 200, per1k: 0, share: 0 },
    ]);
    expect(trendPeriod(['2020-01-01', '2020-01-01'])).toBeNull();
    expect(trendPeriod(['2020-01-01', '2020-02-01'])).toBe('month');
  });
});

describe('metadata', () => {
  it('reads file,date,outlet,side and keeps extra columns; quoted fields may hold commas and quotes', () => {
    const table = parseMetadata(
      'file,date,outlet,side,language\na.txt,2021-03-24,MFA,cn,zh\n"b, c.txt",,"The ""Post""",us,en\n\n',
    );
    expect(table.get('a.txt')).toEqual({ date: '2021-03-24', outlet: 'MFA', side: 'cn', extra: { language: 'zh' } });
    expect(table.get('b, c.txt')).toEqual({ date: null, outlet: 'The "Post"', side: 'us', extra: { language: 'en' } });
  });

  it('takes a date from the file name when the CSV gives none', () => {
    expect(dateFromFileName('seeds/briefing-2021-03-24.txt')).toBe('2021-03-24');
    expect(dateFromFileName('seeds/briefing-2021-02-30.txt')).toBeNull();
    expect(dateFromFileName('seeds/000_4c4a38b6e695fe75.txt')).toBeNull();
    const table = parseMetadata('file,side\nx-2020-01-02.txt,us\n');
    expect(metadataFor(table, 'dir/x-2020-01-02.txt')).toEqual({
      date: '2020-01-02',
      outlet: null,
      side: 'us',
      extra: {},
    });
    expect(metadataFor(table, 'dir/y-2019-12-31.txt')).toEqual({
      date: '2019-12-31',
      outlet: null,
      side: null,
      extra: {},
    });
  });

  const malformed: [string, string, RegExp][] = [
    ['no file column', 'name,date\na.txt,2020-01-01\n', /m\.csv: line 1: the header has no 'file' column/],
    [
      'too few fields',
      'file,date,side\na.txt,2020-01-01,us\nb.txt,2020-01-02\n',
      /m\.csv: line 3: 2 fields where the header has 3/,
    ],
    [
      'a bad date',
      'file,date\na.txt,24/03/2021\n',
      /m\.csv: line 2: date '24\/03\/2021' is not a calendar date written YYYY-MM-DD/,
    ],
    ['an impossible date', 'file,date\na.txt,2021-02-30\n', /line 2: date '2021-02-30'/],
    ['a file listed twice', 'file\na.txt\nb.txt\na.txt\n', /m\.csv: line 4: 'a\.txt' is listed twice/],
    ['an empty file field', 'file,side\n,us\n', /line 2: the 'file' field is empty/],
    ['an unclosed quote', 'file,side\na.txt,us\n"b.txt,cn\n', /m\.csv: line 3: a quoted field is never closed/],
    ['a stray quote', 'file,side\na.txt,u"s\n', /line 2: a quote inside an unquoted field/],
    ['an empty file', '', /line 1: empty file/],
  ];
  for (const [what, text, message] of malformed) {
    it(`refuses ${what}, naming the file and line`, () => {
      expect(() => parseMetadata(text, 'seeds/m.csv')).toThrow(message);
      expect(() => parseMetadata(text, 'seeds/m.csv')).toThrow(MetadataError);
    });
  }

  it('is a DocumentError (the CLI prints it and exits 1); a folder without metadata.csv has none', () => {
    expect(new MetadataError('x', 'y')).toBeInstanceOf(DocumentError);
    expect(readMetadata(tmp).size).toBe(0);
  });
});

describe('the corpus database', () => {
  const fixtures = join(__dirname, '..', 'fixtures');
  const files = [
    ...textFilesAt(fixtures).slice(0, 3),
    join(__dirname, '..', '..', 'seeds', '000_4c4a38b6e695fe75.txt'),
  ];
  const ids = uniqueSlugs(files);
  const meta = parseMetadata('file,side,outlet,topic\n000_4c4a38b6e695fe75.txt,cn,MFA,human rights\n');
  const documents: CorpusDocument[] = files.map((file, i) => ({
    id: ids[i]!,
    record: analysisRecord(analyze(loadDocument(file))),
    metadata: metadataFor(meta, file),
  }));
  const path = join(tmp, 'db', 'corpus.duckdb');
  const parquetDir = join(tmp, 'db', 'corpus');

  it('round-trips every row of every table, in order, and writes the Parquet copies', async () => {
    async function* stream() {
      for (const doc of documents) yield doc;
    }
    const result = await loadCorpus(path, stream(), { parquetDir });
    expect(result.added).toBe(4);
    expect(result.parquet.map((p) => p.slice(parquetDir.length + 1))).toEqual(TABLE_NAMES.map((t) => `${t}.parquet`));
    expect(readdirSync(join(tmp, 'db')).sort()).toEqual(['corpus', 'corpus.duckdb']);
    const db = await openCorpus(path);
    try {
      for (const table of TABLE_NAMES) {
        const expected = documents.flatMap((doc) => tableRows(table, doc));
        expect(result.rows[table], table).toBe(expected.length);
        const key = table === 'documents' ? 'id' : 'document';
        const stored = await db.query(`SELECT * FROM ${table} ORDER BY ${key}, rowid`);
        const order = [...documents].sort((a, b) => (a.id < b.id ? -1 : 1));
        expect(
          stored.map((r) => Object.values(r)),
          table,
        ).toEqual(order.flatMap((doc) => tableRows(table, doc)));
        const [{ n }] = (await db.query<{ n: number }>(
          `SELECT count(*) AS n FROM read_parquet('${join(parquetDir, `${table}.parquet`)}')`,
        )) as [{ n: number }];
        expect(n, `${table}.parquet`).toBe(expected.length);
      }
      const [seed] = await db.query<{ side: string; outlet: string; metadata: string; date: string | null }>(
        "SELECT side, outlet, metadata, date FROM documents WHERE id = '000_4c4a38b6e695fe75'",
      );
      expect(seed).toEqual({ side: 'cn', outlet: 'MFA', metadata: '{"topic":"human rights"}', date: null });
      const dated = await db.query<{ date: string }>(
        "SELECT date FROM documents WHERE id = 'joint-statement-hong-kong-2020-05-28'",
      );
      expect(dated).toEqual([{ date: '2020-05-28' }]);
    } finally {
      db.close();
    }
  });

  it('replaces the rows of documents loaded again and keeps the others', async () => {
    const again = { ...documents[0]!, metadata: { date: '2001-01-01', outlet: 'Wire', side: 'us', extra: {} } };
    const result = await loadCorpus(path, [again]);
    const first = await loadCorpus(path, []);
    expect(result.rows).toEqual(first.rows);
    const db = await openCorpus(path);
    try {
      expect(await db.query(`SELECT count(*) AS n FROM documents`)).toEqual([{ n: 4 }]);
      expect(await db.query(`SELECT side, date FROM documents WHERE id = '${again.id}'`)).toEqual([
        { side: 'us', date: '2001-01-01' },
      ]);
      expect(await db.query(`SELECT count(*) AS n FROM sentences WHERE document = '${again.id}'`)).toEqual([
        { n: again.record.sentences.length },
      ]);
    } finally {
      db.close();
    }
  });

  it('gives every table the same rows from the slim record a worker sends as from the whole record', () => {
    for (const doc of documents) {
      const slim = { ...doc, record: corpusRecordOf(doc.record) };
      expect(JSON.stringify(slim.record).length).toBeLessThan(JSON.stringify(doc.record).length);
      for (const table of TABLE_NAMES) expect(tableRows(table, slim), table).toEqual(tableRows(table, doc));
    }
  });

  it('keeps the last of two documents with one id in the same run, and the documents after it', async () => {
    const twice = join(tmp, 'twice', 'corpus.duckdb');
    const later = { ...documents[0]!, metadata: { date: '2002-02-02', outlet: 'Wire', side: 'uk', extra: {} } };
    const result = await loadCorpus(twice, [documents[0]!, documents[1]!, later, documents[2]!]);
    expect(result.added).toBe(4);
    expect(result.rows['documents']).toBe(3);
    expect(result.rows['sentences']).toBe([0, 1, 2].reduce((sum, i) => sum + documents[i]!.record.sentences.length, 0));
    const db = await openCorpus(twice);
    try {
      expect(await db.query(`SELECT side, date FROM documents WHERE id = '${later.id}'`)).toEqual([
        { side: 'uk', date: '2002-02-02' },
      ]);
    } finally {
      db.close();
    }
  });

  it('leaves the previous database in place when a run fails', async () => {
    async function* failing() {
      yield { ...documents[1]!, id: 'new-doc' };
      throw new Error('analysis failed');
    }
    await expect(loadCorpus(path, failing())).rejects.toThrow('analysis failed');
    expect(readdirSync(join(tmp, 'db')).sort()).toEqual(['corpus', 'corpus.duckdb']);
    const db = await openCorpus(path);
    try {
      expect(await db.query(`SELECT count(*) AS n FROM documents WHERE id = 'new-doc'`)).toEqual([{ n: 0 }]);
    } finally {
      db.close();
    }
    const writer = await CorpusWriter.open(path);
    writer.abort();
    expect(existsSync(path)).toBe(true);
  });

  it('leaves the previous database and Parquet files as they were, and no temporary file, when the export fails', async () => {
    const root = join(tmp, 'export-fails');
    const database = join(root, 'corpus.duckdb');
    const tables = join(root, 'corpus');
    const first = await CorpusWriter.open(database, { parquetDir: tables });
    await first.add(documents[0]!);
    await first.close();
    const before = new Map(readdirSync(tables).map((f) => [f, readFileSync(join(tables, f))]));
    const databaseBefore = readFileSync(database);
    // DuckDB cannot sort a table within 256 KB: the export stops with its out-of-memory error
    const second = await CorpusWriter.open(database, { parquetDir: tables, exportMemoryLimit: '256KB' });
    for (const doc of documents.slice(1)) await second.add(doc);
    await expect(second.close()).rejects.toThrow(/Out of Memory/);
    expect(readdirSync(root).sort()).toEqual(['corpus', 'corpus.duckdb']);
    expect(readdirSync(tables).sort()).toEqual([...before.keys()].sort());
    for (const [file, bytes] of before) expect(readFileSync(join(tables, file)).equals(bytes)).toBe(true);
    expect(readFileSync(database).equals(databaseBefore)).toBe(true);
    // with room to sort, the same documents export
    const third = await CorpusWriter.open(database, { parquetDir: tables });
    for (const doc of documents.slice(1)) await third.add(doc);
    expect((await third.close()).rows['documents']).toBe(documents.length);
  });

  it('takes overlapping add() calls, as a worker pool makes them, one after another', async () => {
    const other = join(tmp, 'pool', 'corpus.duckdb');
    const writer = await CorpusWriter.open(other);
    await Promise.all(documents.map((doc) => writer.add(doc)));
    const result = await writer.close();
    expect(result.rows['documents']).toBe(documents.length);
    expect(result.rows['sentences']).toBe(documents.reduce((sum, d) => sum + d.record.sentences.length, 0));
    await expect(writer.add(documents[0]!)).rejects.toThrow(/after close/);
  });

  it("runs the README's worked DuckDB query", async () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    const sql = /A worked query[\s\S]*?```sql\n([\s\S]*?)```/.exec(readme)![1]!;
    const db = await openCorpus(path);
    try {
      const rows = await db.query<{ side: string | null; claim_type: string; sentences: number; pct: number }>(sql);
      const cn = rows.filter((r) => r.side === 'cn');
      expect(cn.length).toBeGreaterThan(0);
      expect(cn.reduce((sum, r) => sum + r.pct, 0)).toBeCloseTo(100, 0);
    } finally {
      db.close();
    }
  });

  it('writes the corpus report (charts and CSVs) and drops chart files an earlier run left', async () => {
    const dir = join(tmp, 'report');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'corpus-gone.html'), 'stale');
    writeFileSync(join(dir, 'notes.html'), 'not ours');
    const { charts, tables } = await writeCorpusReport(path, dir);
    const files = readdirSync(dir);
    expect(files).not.toContain('corpus-gone.html');
    expect(files).toContain('notes.html');
    expect(charts.written.filter((f) => f.endsWith('.html')).length).toBeGreaterThanOrEqual(3);
    expect(tables.map((t) => t.slice(dir.length + 1))).toEqual(['claim-mix.csv', 'keyness.csv', 'claim-keyness.csv']);
    expect(readFileSync(join(dir, 'keyness.csv'), 'utf8').split('\n')[0]).toBe(
      'term,target,reference,targetPer1k,referencePer1k,g2,p,logRatio,effect,lr,lrP',
    );
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('compares groups from the database and charts the comparisons', async () => {
    const db = await openCorpus(path);
    let data;
    try {
      data = await corpusComparisons(db);
    } finally {
      db.close();
    }
    expect(data.groupBy).toBe('side');
    expect(data.keyness?.target).toBeDefined();
    expect(data.claimMix.length).toBeGreaterThan(0);
    const charts = corpusCharts(data);
    expect(charts.map((c) => c.name)).toEqual(
      expect.arrayContaining(['corpus-claim-mix', 'corpus-keyness', 'corpus-speakers']),
    );
    for (const chart of charts) expect(JSON.parse(JSON.stringify(chart.figure))).toEqual(chart.figure);
    expect(
      keynessExtremes(
        [
          { term: 'a', g2: 5, logRatio: 1 },
          { term: 'b', g2: -3, logRatio: -1 },
          { term: 'c', g2: -9, logRatio: -2 },
        ],
        1,
      ).map((r) => r.term),
    ).toEqual(['a', 'c']);
  });
});

describe('pivotFrame', () => {
  it('pivots a long DataFrame into index × column sums, zeros where absent, columns in the given order', async () => {
    const { pivotFrame } = await import('../../src/corpus/dataframes');
    const { toDataFrame } = await import('../../src/terms/dataframes');
    const long = toDataFrame([
      { side: 'us', type: 'other', n: 2 },
      { side: 'cn', type: 'rejection_denial', n: 3 },
      { side: 'cn', type: 'rejection_denial', n: 1 },
      { side: 'cn', type: 'other', n: 1 },
    ]);
    const wide = pivotFrame(long, 'side', 'type', 'n', ['rejection_denial', 'other']);
    expect(wide.columns).toEqual(['side', 'rejection_denial', 'other']);
    expect(wide.values).toEqual([
      ['cn', 4, 1],
      ['us', 0, 2],
    ]);
    expect(() => pivotFrame(long, 'side', 'kind', 'n')).toThrow(/no column 'kind'/);
  });
});
