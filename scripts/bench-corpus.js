#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench:corpus`: load a corpus of 1,000 and 10,000 documents (the development texts,
 * tests/fixtures/*.txt and seeds/*.txt, repeated with distinct ids) into DuckDB, each size in its
 * own process, and report load time and peak RSS; then time the SQL of notebook 04 (read from the
 * notebook itself) and `corpusComparisons` on the 10,000-document database.
 *
 * The texts are analysed once; the loader is then fed the same records under new ids, so the
 * figures measure the database load, not the analysis (see `npm run bench` for that).
 * Usage: node scripts/bench-corpus.js [sizes...]   (default 1000 10000)
 */
'use strict';
const { spawnSync } = require('node:child_process');
const { mkdtempSync, readFileSync, rmSync, statSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');

async function child(size, dir) {
  const { analysisRecord, analyze } = require('../dist/pipeline');
  const { loadDocument } = require('../dist/text');
  const { textFilesAt } = require('../dist/io');
  const corpus = require('../dist/corpus');
  const files = [...textFilesAt(join(ROOT, 'tests', 'fixtures')), ...textFilesAt(join(ROOT, 'seeds'))];
  const ids = corpus.documentIds(files);
  const texts = files.map((file, i) => ({
    id: ids[i],
    record: analysisRecord(analyze(loadDocument(file))),
    metadata: corpus.metadataFor(new Map(), file),
  }));
  global.gc?.();
  const before = process.memoryUsage().rss;
  function* documents() {
    for (let i = 0; i < size; i++) {
      const t = texts[i % texts.length];
      yield { ...t, id: `${t.id}-${String(i).padStart(6, '0')}` };
    }
  }
  const dbPath = join(dir, 'corpus.duckdb');
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const result = await corpus.loadCorpus(dbPath, documents(), { parquetDir: join(dir, 'corpus') });
  const loadMs = Number(process.hrtime.bigint() - started) / 1e6;
  const used = process.cpuUsage(cpu);
  const out = {
    size,
    loadMs,
    loadCpuMs: (used.user + used.system) / 1e3,
    rssBeforeLoadMB: before / 1e6,
    peakRssMB: process.resourceUsage().maxRSS / 1e3,
    rows: result.rows,
    dbMB: statSync(dbPath).size / 1e6,
  };
  if (process.argv.includes('--queries')) out.queries = await queryTimes(corpus, dbPath);
  process.stdout.write(JSON.stringify(out) + '\n');
}

/** The SQL of notebook 04 (every sql(`...`) call) and corpusComparisons, each run 3 times; the median. */
async function queryTimes(corpus, dbPath) {
  const nb = JSON.parse(readFileSync(join(ROOT, 'notebooks', '04-corpus.ipynb'), 'utf8'));
  const code = nb.cells
    .filter((c) => c.cell_type === 'code')
    .map((c) => c.source.join(''))
    .join('\n');
  const queries = [...code.matchAll(/await sql(?:<[^>]+>)?\(`([^`]+)`\)/g)].map((m) => m[1].trim());
  const db = await corpus.openCorpus(dbPath);
  const time = async (fn) => {
    const runs = [];
    let rows = 0;
    for (let k = 0; k < 3; k++) {
      const t = process.hrtime.bigint();
      rows = await fn();
      runs.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    return { ms: runs.sort((a, b) => a - b)[1], rows };
  };
  const results = [];
  for (const sql of queries)
    results.push({
      query: sql.split('\n')[0].replace(/\s+/g, ' ').slice(0, 70),
      ...(await time(async () => (await db.query(sql)).length)),
    });
  results.push({
    query: 'corpusComparisons (the corpus charts)',
    ...(await time(async () => (await corpus.corpusComparisons(db)).claimMix.length)),
  });
  db.close();
  return results;
}

function main() {
  const sizes = process.argv
    .slice(2)
    .filter((a) => /^\d+$/.test(a))
    .map(Number);
  const runs = [];
  for (const size of sizes.length ? sizes : [1000, 10000]) {
    const dir = mkdtempSync(join(tmpdir(), 'dk-corpus-bench-'));
    const last = size === Math.max(...(sizes.length ? sizes : [1000, 10000]));
    const res = spawnSync(
      process.execPath,
      ['--expose-gc', __filename, '--child', String(size), dir, ...(last ? ['--queries'] : [])],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 },
    );
    rmSync(dir, { recursive: true, force: true });
    if (res.status !== 0) {
      process.stderr.write(res.stderr || res.stdout);
      process.exitCode = 1;
      return;
    }
    const run = JSON.parse(res.stdout.trim().split('\n').pop());
    runs.push(run);
    console.log(
      `${String(size).padStart(6)} documents: load ${(run.loadMs / 1000).toFixed(1)} s wall, ${(run.loadCpuMs / 1000).toFixed(1)} s CPU (${(run.loadMs / size).toFixed(2)} ms/doc wall), RSS before load ${run.rssBeforeLoadMB.toFixed(0)} MB, peak RSS ${run.peakRssMB.toFixed(0)} MB, database ${run.dbMB.toFixed(0)} MB; rows: ${Object.entries(
        run.rows,
      )
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}`,
    );
    if (run.queries) {
      console.log(`Query times on ${size} documents (median of 3):`);
      for (const q of run.queries)
        console.log(`  ${q.ms.toFixed(1).padStart(8)} ms  ${String(q.rows).padStart(7)} rows  ${q.query}`);
    }
  }
}

if (process.argv[2] === '--child')
  child(Number(process.argv[3]), process.argv[4]).catch((err) => {
    console.error(err);
    process.exit(1);
  });
else main();
