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
 * units) it produced; the median of several repetitions is reported.
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
  return { text: parts.join('\n\n'), files };
}

const gc = typeof global.gc === 'function' ? global.gc : () => {};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const rows = [];
let corpus = null;

/**
 * Time `run(text)` over the corpus `reps` times (after one warm-up run) and add a row.
 * `run` returns how many tokens it produced.
 */
function measure(name, run, { reps = REPS } = {}) {
  const { text, bytes } = corpus;
  const count = run(text); // warm-up: JIT, caches (stems are cached per norm by design)
  const times = [];
  for (let r = 0; r < reps; r++) {
    gc();
    const t0 = process.hrtime.bigint();
    run(text);
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  const seconds = median(times);
  const row = { name, seconds, mbPerSecond: bytes / 1024 / 1024 / seconds, tokens: count, tokensPerSecond: count / seconds };
  rows.push(row);
  process.stderr.write(`  ${name}: ${row.mbPerSecond.toFixed(1)} MB/s\n`);
  return row;
}

/** Heap held by a parsed document, and heap in use right after parsing before any collection. */
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
  const lines = rows.map((r) => [
    r.name,
    r.mbPerSecond.toFixed(1),
    `${(r.tokensPerSecond / 1e6).toFixed(2)}M`,
    String(r.tokens),
    base ? `${(r.mbPerSecond / base.mbPerSecond).toFixed(2)}x` : '-',
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
  console.log(`corpus: ${(corpus.bytes / 1024 / 1024).toFixed(2)} MB from ${built.files.length} file(s), ${REPS} repetitions, median; node ${process.version}`);
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
  // Later stages (speaker attribution, claim classification, term counts) go here as extra rows,
  // each timing parseDocument plus the stage, e.g.
  //   measure('+ speakers', (text) => attributeSpeakers(parseDocument(text)).length);

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

  console.log('');
  printTable('wink-nlp tokenizer (pipe [])');
  if (typeof global.gc === 'function') {
    const heap = heapPerMegabyte(parseDocument);
    console.log(
      `\nparseDocument heap per MB of text: ${heap.peakMbPerMb.toFixed(1)} MB in use right after parsing (peak bound), ` +
        `${heap.retainedMbPerMb.toFixed(1)} MB retained by the Doc`,
    );
  }
}

module.exports = { buildCorpus, measure, rows };

if (require.main === module) main();
