#!/usr/bin/env node
/**
 * Throughput benchmark: discourse-kit's text stage against wink-nlp, natural and a bare regex,
 * on one core, over a corpus of >= 5 MB built by repeating the repository's own texts
 * (seeds/*.txt and tests/fixtures/*.txt).
 *
 *   npm run bench            (builds, then: node --expose-gc scripts/bench.js)
 *   node --expose-gc scripts/bench.js --mb 10 --reps 9
 *
 * Every row is `measure(name, run)` where `run(text)` returns the number of tokens (or other
 * units) it produced. Repetitions run round-robin over the rows and each row reports its median.
 */
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const TARGET_MB = option('mb', 5);
const REPS = option('reps', 7);
/** Sentences and tokens together, on one core. */
const TARGET_MB_PER_SECOND = 40;

function corpusFiles() {
  const dirs = [path.join(ROOT, 'seeds'), path.join(ROOT, 'tests', 'fixtures')];
  return dirs
    .filter((dir) => fs.existsSync(dir))
    .flatMap((dir) => fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f)));
}

/** The texts repeated, a blank line apart, until the corpus holds `mb` megabytes of UTF-8. */
function buildCorpus(mb) {
  const files = corpusFiles();
  if (files.length === 0) throw new Error('bench: no texts in seeds/ or tests/fixtures/');
  const texts = files.map((f) => fs.readFileSync(f, 'utf8').replace(/^\uFEFF/, '').trim());
  const want = mb * 1024 * 1024;
  const parts = [];
  let bytes = 0;
  for (let i = 0; bytes < want; i++) {
    const t = texts[i % texts.length];
    parts.push(t);
    bytes += Buffer.byteLength(t) + 2;
  }
  return { text: parts.join('\n\n'), parts, files };
}

const gc = typeof global.gc === 'function' ? global.gc : () => {};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Stages to time: `{ name, run, reps, times, tokens }`, in table order. */
const rows = [];
let corpus = null;

/**
 * Add a row: `run(text)` processes the whole corpus and returns how many tokens (or other units)
 * it produced. Rows are timed by `runRows`.
 */
function measure(name, run, { reps = REPS } = {}) {
  rows.push({ name, run, reps, times: [], tokens: 0 });
}

/**
 * Time every row: one warm-up run each (JIT, caches), then the repetitions round-robin, so that a
 * machine whose load changes during the run slows every row alike. Median per row.
 */
function runRows() {
  const { text } = corpus;
  for (const row of rows) row.tokens = row.run(text);
  const rounds = Math.max(...rows.map((r) => r.reps));
  for (let round = 0; round < rounds; round++) {
    for (const row of rows) {
      if (round >= row.reps) continue;
      gc();
      const t0 = process.hrtime.bigint();
      row.run(text);
      row.times.push(Number(process.hrtime.bigint() - t0) / 1e9);
    }
    process.stderr.write(`  round ${round + 1}/${rounds}\n`);
  }
}

/**
 * Heap per MB of text: in use right after parsing, before a forced collection (the document
 * plus garbage not yet collected: close to the peak), and retained by the document alone.
 */
function heapPerMegabyte(parse) {
  const { text, bytes } = corpus;
  gc();
  const before = process.memoryUsage().heapUsed;
  let doc = parse(text);
  const afterParse = process.memoryUsage().heapUsed;
  gc();
  const retained = process.memoryUsage().heapUsed;
  const perMb = (b) => (b - before) / (bytes / 1024 / 1024) / 1024 / 1024;
  const result = { peakMbPerMb: perMb(Math.max(afterParse, retained)), retainedMbPerMb: perMb(retained), tokens: doc.tokens.length };
  doc = null;
  return result;
}

function printTable(baseline) {
  const base = rows.find((r) => r.name === baseline);
  const header = ['stage', 'MB/s', 'tokens/s', 'tokens', `vs ${baseline}`];
  const seconds = (r) => median(r.times);
  const mbPerSecond = (r) => corpus.bytes / 1024 / 1024 / seconds(r);
  const lines = rows.map((r) => [
    r.name,
    mbPerSecond(r).toFixed(1),
    `${(r.tokens / seconds(r) / 1e6).toFixed(2)}M`,
    String(r.tokens),
    base ? `${(mbPerSecond(r) / mbPerSecond(base)).toFixed(2)}x` : '-',
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c].length)));
  const fmt = (cells) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  console.log(fmt(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(fmt(l));
}

function main() {
  const built = buildCorpus(TARGET_MB);
  corpus = { text: built.text, bytes: Buffer.byteLength(built.text) };
  console.log(`corpus: ${(corpus.bytes / 1024 / 1024).toFixed(2)} MB from ${built.files.length} file(s), ${REPS} repetitions round-robin, median; node ${process.version}`);
  if (typeof global.gc !== 'function') console.log('(run with --expose-gc for steadier figures and heap numbers)');

  const { parseDocument, tokenizeRange } = require(path.join(ROOT, 'dist', 'text'));
  // Single module files: the package root of natural loads a redis client that slows string ops.
  const { WordTokenizer } = require('natural/lib/natural/tokenizers/regexp_tokenizer');
  const TreebankWordTokenizer = require('natural/lib/natural/tokenizers/treebank_word_tokenizer');
  const winkNLP = require('wink-nlp');
  const winkModel = require('wink-eng-lite-web-model');

  measure('discourse-kit parseDocument', (text) => parseDocument(text).tokens.length);
  measure('discourse-kit tokens only', (text) => {
    const out = [];
    tokenizeRange(text, 0, text.length, 0, out);
    return out.length;
  });

  const winkTokens = winkNLP(winkModel, []); // tokenizer only: its cheapest path
  measure('wink-nlp tokenizer (pipe [])', (text) => winkTokens.readDoc(text).tokens().length());
  const winkFull = winkNLP(winkModel);
  measure('wink-nlp readDoc (full pipe)', (text) => winkFull.readDoc(text).tokens().length(), { reps: 3 });
  const word = new WordTokenizer();
  measure('natural WordTokenizer', (text) => word.tokenize(text).length);
  const treebank = new TreebankWordTokenizer();
  measure('natural TreebankWordTokenizer', (text) => treebank.tokenize(text).length);
  measure('regex /\\p{L}+/gu (ceiling)', (text) => {
    let n = 0;
    const re = /\p{L}+/gu;
    while (re.exec(text) !== null) n++;
    return n;
  });

  runRows();
  console.log('');
  printTable('wink-nlp tokenizer (pipe [])');
  const parse = rows[0];
  const parseMbPerSecond = corpus.bytes / 1024 / 1024 / median(parse.times);
  console.log(`\n${parse.name}: ${parseMbPerSecond.toFixed(1)} MB/s, target ${TARGET_MB_PER_SECOND} MB/s ${parseMbPerSecond >= TARGET_MB_PER_SECOND ? 'met' : 'NOT met'}`);
  stageCosts(built.parts);
  if (typeof global.gc === 'function') {
    const heap = heapPerMegabyte(parseDocument);
    console.log(
      `\nparseDocument heap per MB of text: ${heap.peakMbPerMb.toFixed(1)} MB in use right after parsing (about the peak), ` +
        `${heap.retainedMbPerMb.toFixed(1)} MB retained by the Doc`,
    );
  }
}

/**
 * The later stages against tokenization, document by document as the kit runs them (each
 * repetition of a text is one document): the issue's budgets are attribution ≤ +1/3 and claim
 * typing ≤ +1/2 of the time of parseDocument. Each stage is timed on inputs prepared beforehand,
 * min of several rounds, all in this one process.
 */
function stageCosts(texts) {
  const { parseDocument } = require(path.join(ROOT, 'dist', 'text'));
  const { attribute } = require(path.join(ROOT, 'dist', 'speakers'));
  const { classifyClaims } = require(path.join(ROOT, 'dist', 'claims'));
  const { termFrequency, ngrams } = require(path.join(ROOT, 'dist', 'terms'));
  const docs = texts.map((t) => parseDocument(t));
  const attributions = docs.map((d) => attribute(d));
  const stages = [
    ['parseDocument (sentences + tokens)', () => texts.forEach((t) => parseDocument(t)), null],
    ['attribute (speakers)', () => docs.forEach((d) => attribute(d)), 1 / 3],
    ['classifyClaims', () => docs.forEach((d, i) => classifyClaims(d, attributions[i])), 1 / 2],
    ['termFrequency + 2-/3-grams', () => docs.forEach((d) => { termFrequency(d); ngrams(d, 2); ngrams(d, 3); }), null],
  ];
  const best = stages.map(() => Infinity);
  for (let round = 0; round < Math.max(3, Math.ceil(REPS / 2)); round++) {
    stages.forEach(([, run], i) => {
      gc();
      const t0 = process.hrtime.bigint();
      run();
      best[i] = Math.min(best[i], Number(process.hrtime.bigint() - t0) / 1e9);
    });
  }
  console.log(`\nstages on ${texts.length} documents (${(corpus.bytes / 1024 / 1024).toFixed(2)} MB), min of rounds, relative to parseDocument:`);
  stages.forEach(([name, , budget], i) => {
    const ratio = best[i] / best[0];
    const verdict = budget === null ? '' : `  budget +${budget.toFixed(2)}: ${ratio <= budget ? 'met' : 'NOT met'}`;
    console.log(`  ${name.padEnd(36)} ${(best[i] * 1000).toFixed(0).padStart(6)} ms  ${(corpus.bytes / 1024 / 1024 / best[i]).toFixed(1).padStart(6)} MB/s  ${ratio.toFixed(2)}x${verdict}`);
  });
}

module.exports = { buildCorpus, measure, rows, runRows };

if (require.main === module) main();
