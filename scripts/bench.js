#!/usr/bin/env node
// @ts-check
/**
 * Throughput benchmark: discourse-kit's text stage against wink-nlp, natural and a bare regex,
 * on one core, over a corpus of >= 5 MB built by repeating the repository's own texts
 * (seeds/*.txt and tests/fixtures/*.txt).
 *
 *   npm run bench            (builds, then: node --expose-gc scripts/bench.js)
 *   node --expose-gc scripts/bench.js --mb 10 --reps 9 [--folder-docs 400] [--no-folder] [--forced-gc]
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

function corpusFiles() {
  const dirs = [path.join(ROOT, 'seeds'), path.join(ROOT, 'tests', 'fixtures')];
  return dirs
    .filter((dir) => fs.existsSync(dir))
    .flatMap((dir) =>
      fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => path.join(dir, f)),
    );
}

/** The texts repeated, a blank line apart, until the corpus holds `mb` megabytes of UTF-8. */
function buildCorpus(mb) {
  const files = corpusFiles();
  if (files.length === 0) throw new Error('bench: no texts in seeds/ or tests/fixtures/');
  const texts = files.map((f) =>
    fs
      .readFileSync(f, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim(),
  );
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

/**
 * Called before each timed run. By default nothing: a forced collection (`gc()`) also drops every
 * hidden class no live object uses, and V8 then discards all optimised code compiled against
 * them (`--trace-deopt`: hundreds of "weak objects" deoptimisations a round), so every stage is
 * timed while it compiles again. A real run never collects that way (over 6,000 documents in one
 * process: 3 full collections, 1 such deoptimisation), so the bench would time a cost no user
 * pays; it weighed most on attribution and claim typing, whose many small record shapes die
 * between documents. `--forced-gc` restores the old behaviour, to compare.
 */
const settle = args.includes('--forced-gc') ? gc : () => {};

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
      settle();
      const t0 = process.hrtime.bigint();
      row.run(text);
      row.times.push(Number(process.hrtime.bigint() - t0) / 1e9);
    }
    process.stderr.write(`  round ${round + 1}/${rounds}\n`);
  }
}

/** New spellings each document of `vocabularyMemory` brings: its names, figures and places. */
const NEW_SPELLINGS_PER_DOCUMENT = 4500;

/**
 * The heap the kit keeps across documents (after a forced collection, against the heap after
 * the first) when every document brings new spellings, as an archive of many years does: names,
 * figures and places never seen before. Each document is 1,500 sentences of one pattern with a
 * new name, figure and place in each (about 4,500 new spellings). MB after 20, 40, 60, 80 documents.
 */
function vocabularyMemory() {
  const { analyze } = require('../dist/pipeline');
  const { parseDocument } = require('../dist/text');
  const document = (k) => {
    const sentences = [];
    for (let j = 0; j < NEW_SPELLINGS_PER_DOCUMENT / 3; j++) {
      const n = k * (NEW_SPELLINGS_PER_DOCUMENT / 3) + j;
      sentences.push(
        `Envoy Varl${n.toString(36)}ek said on Friday that ${n * 7 + 3} ships had been seized near Port${(n * 13).toString(36)}.`,
      );
    }
    return sentences.join(' ');
  };
  const heap = () => {
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };
  analyze(parseDocument(document(0)));
  const start = heap();
  const growth = [];
  for (let k = 1; k <= 80; k++) {
    analyze(parseDocument(document(k)));
    if (k % 20 === 0) growth.push((heap() - start) / 1024 / 1024);
  }
  return growth;
}

/**
 * Heap per MB of text: in use right after parsing, before a forced collection (the document
 * plus garbage not yet collected: close to the peak), and retained by the document alone.
 */
function heapPerMegabyte(parse) {
  const { text, bytes } = corpus;
  gc();
  const before = process.memoryUsage().heapUsed;
  const doc = parse(text);
  const afterParse = process.memoryUsage().heapUsed;
  gc();
  const retained = process.memoryUsage().heapUsed;
  const perMb = (b) => (b - before) / (bytes / 1024 / 1024) / 1024 / 1024;
  const result = {
    peakMbPerMb: perMb(Math.max(afterParse, retained)),
    retainedMbPerMb: perMb(retained),
    tokens: doc.tokens.length,
  };
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
  const fmt = (cells) =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  console.log(fmt(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(fmt(l));
}

async function main() {
  const built = buildCorpus(TARGET_MB);
  corpus = { text: built.text, bytes: Buffer.byteLength(built.text) };
  console.log(
    `corpus: ${(corpus.bytes / 1024 / 1024).toFixed(2)} MB from ${built.files.length} file(s), ${REPS} repetitions round-robin, median; node ${process.version}`,
  );
  if (typeof global.gc !== 'function') console.log('(run with --expose-gc for steadier figures and heap numbers)');

  const { parseDocument, tokenColumns, tokenizeRange } = require('../dist/text');
  // Single module files: the package root of natural loads a redis client that slows string ops.
  const { WordTokenizer } = require('natural/lib/natural/tokenizers/regexp_tokenizer');
  const TreebankWordTokenizer = require('natural/lib/natural/tokenizers/treebank_word_tokenizer');
  // wink-nlp's types declare an ES default export; `require` gives the function itself.
  /** @type {any} */
  const winkNLP = require('wink-nlp');
  const winkModel = require('wink-eng-lite-web-model');

  // Token objects are built when doc.tokens is first read; the parse itself writes columns.
  measure(
    'discourse-kit parseDocument',
    tokenColumns ? (text) => tokenColumns(parseDocument(text)).length : (text) => parseDocument(text).tokens.length,
  );
  measure('parseDocument + read doc.tokens', (text) => parseDocument(text).tokens.length);
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
  const wink = rows.find((r) => r.name.startsWith('wink-nlp tokenizer'));
  const parseRatio = median(wink.times) / median(parse.times);
  console.log(
    `\n${parse.name}: ${parseRatio.toFixed(2)}x wink-nlp's tokenizer on one ${(corpus.bytes / 1024 / 1024).toFixed(1)} MB text, target 5x ${parseRatio >= 5 ? 'met' : 'NOT met'}`,
  );
  const winkMbPerSecond = stageCosts(distinctDocuments());
  longDocument(distinctDocuments(), winkMbPerSecond);
  const unique = built.parts.slice(0, new Set(built.parts).size);
  await writeCosts(Array.from({ length: 56 }, (_, i) => unique[i % unique.length]));
  if (!args.includes('--no-folder')) await folderRuns(built.parts.slice(0, new Set(built.parts).size), winkMbPerSecond);
  if (typeof global.gc === 'function') {
    const heap = heapPerMegabyte(parseDocument);
    console.log(
      `\nparseDocument heap per MB of text: ${heap.peakMbPerMb.toFixed(1)} MB in use right after parsing (about the peak), ` +
        `${heap.retainedMbPerMb.toFixed(1)} MB retained by the Doc`,
    );
    const growth = vocabularyMemory();
    console.log(
      `heap kept across documents that each bring ${NEW_SPELLINGS_PER_DOCUMENT.toLocaleString('en')} new spellings, after 20 / 40 / 60 / 80 documents: ${growth.map((mb) => mb.toFixed(0)).join(' / ')} MB (the per-spelling caches are bounded: it levels off)`,
    );
  }
}

/**
 * Every stage document by document, as `analyze` runs it, against wink-nlp's tokenizer on the same
 * documents: distinct texts (`distinctDocuments`), each parsed afresh in every round. A stage's
 * cost is what it adds to a run: the median of "parse and every stage up to it" minus the median
 * of "parse and every stage before it". Timing a stage on documents analysed beforehand would
 * leave out what the first stage to ask for it builds per document (word indexes, token columns),
 * and 7 long texts repeated (9.5 KB on average) weigh the per-document work less than a mix of
 * statements of every length does (2.3 KB on average here).
 * Round-robin, median of the rounds, all in this one process. Returns wink-nlp's MB/s.
 */
function stageCosts(texts) {
  const { parseDocument } = require('../dist/text');
  const { attribute } = require('../dist/speakers');
  const { classifyClaims } = require('../dist/claims');
  const { termFrequency, ngrams, dispersion, trends, summary } = require('../dist/terms');
  const { analyze } = require('../dist/pipeline');
  // wink-nlp's types declare an ES default export; `require` gives the function itself.
  /** @type {any} */
  const winkNLP = require('wink-nlp');
  const winkTokens = winkNLP(require('wink-eng-lite-web-model'), []);
  /** `analyze`'s stages in its order; each reads the document and what earlier stages left in `run`. */
  /** @type {[string, (doc: any, run: any) => void][]} */
  const chain = [
    [
      'termFrequency',
      (doc, run) => {
        run.charted = termFrequency(doc)
          .slice(0, 6)
          .map((t) => t.term);
      },
    ],
    ['attribute (speakers)', (doc, run) => (run.attribution = attribute(doc))],
    ['summary', (doc) => summary(doc)],
    [
      'ngrams 2 + 3',
      (doc) => {
        ngrams(doc, 2);
        ngrams(doc, 3);
      },
    ],
    ['dispersion + trends (6 terms)', (doc, run) => (dispersion(doc, run.charted), trends(doc, run.charted, 10))],
    ['classifyClaims', (doc, run) => classifyClaims(doc, run.attribution)],
  ];
  const upTo = (k) => () =>
    texts.forEach((t) => {
      const doc = parseDocument(t);
      const run = {};
      for (let j = 0; j < k; j++) chain[j][1](doc, run);
    });
  /** @type {[string, () => void][]} */
  const rows = [
    ['wink-nlp tokenizer, per document', () => texts.forEach((t) => winkTokens.readDoc(t).tokens().length())],
    ['parseDocument', upTo(0)],
    ['parseDocument + read doc.tokens', () => texts.forEach((t) => parseDocument(t).tokens.length)],
    ...chain.map(([name], k) => /** @type {[string, () => void]} */ ([`+ ${name}`, upTo(k + 1)])),
    ['analyze (parse + all stages, no charts)', () => texts.forEach((t) => analyze(parseDocument(t)))],
  ];
  const times = rows.map(() => []);
  rows.forEach(([, run]) => run());
  const rounds = Math.max(3, REPS);
  for (let round = 0; round < rounds; round++) {
    rows.forEach(([, run], i) => {
      settle();
      const t0 = process.hrtime.bigint();
      run();
      times[i].push(Number(process.hrtime.bigint() - t0) / 1e9);
    });
    process.stderr.write(`  stages round ${round + 1}/${rounds}\n`);
  }
  const seconds = times.map(median);
  const mb = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1024 / 1024;
  const [wink, parse] = seconds;
  const firstStage = 3;
  console.log(
    `\nper document: ${texts.length} distinct documents (${mb.toFixed(2)} MB), each parsed afresh, median of ${rounds} rounds; a stage's own cost is what it adds to the rows before it`,
  );
  console.log(
    `  ${'row'.padEnd(40)} ${'ms'.padStart(6)}  ${'MB/s'.padStart(6)}  ${'vs wink'.padStart(7)}  ${'vs parse'.padStart(8)}  stage's own ms, vs parseDocument`,
  );
  rows.forEach(([name], i) => {
    const own =
      i >= firstStage && i < firstStage + chain.length ? seconds[i] - seconds[i === firstStage ? 1 : i - 1] : null;
    console.log(
      `  ${name.padEnd(40)} ${(seconds[i] * 1000).toFixed(0).padStart(6)}  ${(mb / seconds[i]).toFixed(1).padStart(6)}  ${(wink / seconds[i]).toFixed(2).padStart(6)}x  ${i === 0 ? ''.padStart(8) : `${(seconds[i] / parse).toFixed(2)}x`.padStart(8)}  ${own === null ? '' : `${(own * 1000).toFixed(0).padStart(6)}  ${(own / parse).toFixed(2)}x`}`,
    );
  });
  const over = chain
    .map(([name], k) => [name, (seconds[firstStage + k] - seconds[k === 0 ? 1 : firstStage + k - 1]) / parse])
    .filter(([, ratio]) => Number(ratio) > 0.5)
    .map(([name]) => name);
  const parseRatio = wink / parse;
  const analyzeRatio = wink / seconds[rows.length - 1];
  console.log(
    `  targets, per document: parseDocument >= 5x wink: ${parseRatio.toFixed(2)}x ${parseRatio >= 5 ? 'met' : 'NOT met'}; analyze >= 1.4x wink: ${analyzeRatio.toFixed(2)}x ${analyzeRatio >= 1.4 ? 'met' : 'NOT met'}; each stage <= 0.5x parseDocument: ${over.length === 0 ? 'met' : `over: ${over.join(', ')}`}`,
  );
  return mb / wink;
}

/**
 * `analyze` on one long document, the distinct documents joined by blank lines, against the same
 * texts analysed apart: per MB, a long document should cost no more than its parts. Work that grows
 * with the square of a document's length (a pass over every earlier sentence, or over every mention,
 * for each sentence) shows here and nowhere else: documents apart are short. Median of 3 runs.
 */
function longDocument(texts, winkMbPerSecond) {
  const { parseDocument } = require('../dist/text');
  const { analyze } = require('../dist/pipeline');
  const time = (run) => {
    run();
    const seconds = [];
    for (let round = 0; round < 3; round++) {
      settle();
      const t0 = process.hrtime.bigint();
      run();
      seconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
    }
    return median(seconds);
  };
  const apart = time(() => texts.forEach((t) => analyze(parseDocument(t))));
  const shapes = [
    ['joined by blank lines', texts.join('\n\n')],
    // A paste without line breaks: one paragraph, where a pass over a line is a pass over everything.
    ['joined into one paragraph', texts.join(' ').replace(/\s*\n\s*/g, ' ')],
  ];
  const mb = Buffer.byteLength(shapes[0][1]) / 1024 / 1024;
  console.log(
    `\none long document: the ${texts.length} documents (${mb.toFixed(2)} MB) as one text, analyze (no charts), median of 3 runs; the same texts apart ${apart.toFixed(2)} s:`,
  );
  for (const [shape, text] of shapes) {
    const whole = time(() => analyze(parseDocument(text)));
    console.log(
      `  ${shape.padEnd(26)} ${whole.toFixed(2)} s (${(mb / whole).toFixed(2)} MB/s, ${(mb / whole / winkMbPerSecond).toFixed(2)}x wink tokenizer): ${(whole / apart).toFixed(2)}x the texts apart per MB (above 1: work growing faster than the text)`,
    );
  }
}

/**
 * The repository's texts, each once, for the per-document rows: seeds, every test fixture and the
 * labelled claim texts (`data/claims/texts`), in path order; a text found twice counts once.
 */
function distinctDocuments() {
  const found = [];
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith('.txt')) found.push(p);
    }
  };
  ['seeds', 'tests/fixtures', 'data/claims/texts'].forEach((d) => walk(path.join(ROOT, d)));
  const texts = found
    .map((f) =>
      fs
        .readFileSync(f, 'utf8')
        .replace(/^\uFEFF/, '')
        .trim(),
    )
    .filter((t) => t.length > 0);
  return [...new Set(texts)];
}

/**
 * What writing a document's outputs costs next to analysing it: `writeDocument` (CSV tables,
 * charts as HTML pages, `report.html`, `analysis.json`; no images) into a temporary folder,
 * against `analyze` from the text, per document over `texts`, median of the rounds.
 */
async function writeCosts(texts) {
  const os = require('os');
  const { parseDocument } = require('../dist/text');
  const { analyze } = require('../dist/pipeline');
  const { writeDocument } = require('../dist/cli/write-outputs');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dk-bench-write-'));
  const sharedBundle = path.join(tmp, 'plotly.min.js');
  fs.writeFileSync(sharedBundle, '');
  const analyses = texts.map((t) => analyze(parseDocument(t)));
  const writeAll = async () => {
    for (const [i, analysis] of analyses.entries())
      await writeDocument(analysis, path.join(tmp, String(i)), { renderer: null, sharedBundle });
  };
  const analyzeAll = () => texts.forEach((t) => analyze(parseDocument(t)));
  const write = [];
  const analysing = [];
  await writeAll();
  const rounds = Math.max(3, Math.ceil(REPS / 2));
  for (let round = 0; round < rounds; round++) {
    settle();
    let t0 = process.hrtime.bigint();
    analyzeAll();
    analysing.push(Number(process.hrtime.bigint() - t0) / 1e9);
    settle();
    t0 = process.hrtime.bigint();
    await writeAll();
    write.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  const mb = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1024 / 1024;
  const [w, a] = [median(write), median(analysing)];
  console.log(
    `
writing a document's outputs (tables, chart pages, report, analysis.json; no images), ${texts.length} documents (${mb.toFixed(2)} MB), median of ${rounds} rounds:`,
  );
  console.log(
    `  write ${(w * 1000).toFixed(0)} ms (${(mb / w).toFixed(1)} MB/s) against analyze ${(a * 1000).toFixed(0)} ms (${(mb / a).toFixed(1)} MB/s): writing is ${(w / a).toFixed(2)}x the analysis`,
  );
}

/**
 * `discourse-kit analyze FOLDER --no-images` as a user runs it (a child process), with 1 and N
 * workers, over a folder of the corpus texts as separate documents; wall time (median of runs),
 * MB/s, ratio to wink-nlp's tokenizer per document, CPU seconds, peak RSS (whole process, workers
 * included). Then a folder four times as large, once with 1 and once with N workers: its speed-up
 * shows how much of the small folder's is lost to what every thread pays once (loading the
 * modules, compiling the hot code); and one sixteen times as large with 1 worker: flat memory means
 * about the same peak RSS as four times (the first hundreds of documents still warm the caches
 * and the heap up).
 */
async function folderRuns(texts, winkMbPerSecond) {
  const os = require('os');
  const { spawnSync } = require('child_process');
  const jobs = os.availableParallelism ? os.availableParallelism() : os.cpus().length;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dk-bench-'));
  const FOLDER_DOCS = option('folder-docs', 112);
  const hasJobs = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'discourse-kit.js'), '--help'], {
    encoding: 'utf8',
  }).stdout.includes('--jobs');
  const makeFolder = (name, count) => {
    const dir = path.join(tmp, name);
    fs.mkdirSync(dir);
    let bytes = 0;
    for (let i = 0; i < count; i++) {
      const t = texts[i % texts.length];
      fs.writeFileSync(path.join(dir, `doc-${String(i).padStart(5, '0')}.txt`), t);
      bytes += Buffer.byteLength(t);
    }
    return { dir, bytes, count };
  };
  const time = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  // Every run writes into a folder of its own, all removed at the end: ext4 gives out the inodes of
  // files deleted in the last half minute only after scanning past them (`recently_deleted`), so
  // removing 2,000 outputs just before a run made creating its files several times slower, and
  // erratically so (open() of a new file took 10 µs after a quiet minute, up to 600 µs after a removal).
  let runCount = 0;
  let lastOut = null;
  const runOnce = (folder, workers, outBase) => {
    const out = `${outBase}-${++runCount}`;
    const bin = path.join(ROOT, 'bin', 'discourse-kit.js');
    const args = ['analyze', folder.dir, '--out', out, '--no-images', ...(hasJobs ? ['--jobs', String(workers)] : [])];
    const t0 = process.hrtime.bigint();
    const r = time
      ? spawnSync(time, ['-f', 'RSS_KB %M CPU %U %S', process.execPath, bin, ...args], { encoding: 'utf8' })
      : spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.status !== 0) throw new Error(`bench: folder run failed: ${r.stderr.slice(-500)}`);
    const measured = /RSS_KB (\d+) CPU ([\d.]+) ([\d.]+)/.exec(r.stderr);
    lastOut = out;
    return {
      seconds,
      rssMb: measured ? Number(measured[1]) / 1024 : NaN,
      cpuSeconds: measured ? Number(measured[2]) + Number(measured[3]) : NaN,
    };
  };
  const folder = makeFolder('docs', FOLDER_DOCS);
  const larger = makeFolder('docs-x4', FOLDER_DOCS * 4);
  const largest = makeFolder('docs-x16', FOLDER_DOCS * 16);
  const mb = folder.bytes / 1024 / 1024;
  const runs = Math.max(3, Math.ceil(REPS / 2));
  const counts = hasJobs ? [1, jobs] : [1];
  const results = { 1: [], [jobs]: [] };
  for (let round = 0; round < runs; round++) {
    for (const workers of counts) results[workers].push(runOnce(folder, workers, path.join(tmp, `out-${workers}`)));
    process.stderr.write(`  folder round ${round + 1}/${runs}\n`);
  }
  const out = lastOut; // the last run of the folder, with N workers where there are several
  const big = counts.map((workers) => runOnce(larger, workers, path.join(tmp, `out-x4-${workers}`)));
  const biggest = runOnce(largest, 1, path.join(tmp, 'out-x16-1'));
  const bundles = [];
  let outBytes = 0;
  const walk = (dir) => {
    for (const name of fs.readdirSync(dir)) {
      const p = path.join(dir, name);
      const st = fs.statSync(p);
      if (st.isDirectory()) walk(p);
      else {
        outBytes += st.size;
        if (name === 'plotly.min.js') bundles.push(st.size);
      }
    }
  };
  walk(out);
  console.log(
    `\nfolder run: discourse-kit analyze FOLDER --no-images, ${folder.count} documents (${mb.toFixed(2)} MB), a child process each, median of ${runs} runs${time ? '' : ' (no /usr/bin/time: peak RSS not measured)'}`,
  );
  const seconds = {};
  for (const workers of counts) {
    seconds[workers] = median(results[workers].map((r) => r.seconds));
    const rss = median(results[workers].map((r) => r.rssMb));
    const cpu = median(results[workers].map((r) => r.cpuSeconds));
    console.log(
      `  ${`${workers} worker${workers === 1 ? '' : 's'}`.padEnd(12)} ${seconds[workers].toFixed(2).padStart(6)} s  ${(mb / seconds[workers]).toFixed(2).padStart(6)} MB/s  ${(mb / seconds[workers] / winkMbPerSecond).toFixed(2)}x wink tokenizer  CPU ${cpu.toFixed(1)} s (${(cpu / seconds[workers]).toFixed(2)} cores busy)  peak RSS ${rss.toFixed(0)} MB (${(rss / mb).toFixed(1)} MB per MB of text)`,
    );
  }
  const speedup = seconds[1] / seconds[jobs];
  const ceiling = parallelCeiling(jobs).speedup;
  if (hasJobs)
    console.log(
      `  ${jobs} workers vs 1: ${speedup.toFixed(2)}x (target >= 1.8x on 2 cores: ${speedup >= 1.8 ? 'met' : 'NOT met'}; the cores are shared, so this moves with the machine's load)`,
    );
  console.log(
    `  machine check: ${jobs} threads of a bare CPU loop vs 1 thread, at the same moment: ${ceiling.toFixed(2)}x (the most any pool could gain now)`,
  );
  // the CLI runs with ENGINE_FLAGS (src/cli/engine.ts); V8's defaults alongside, to show what they cost
  const { ENGINE_FLAGS } = require('../dist/cli/engine');
  for (const { flags, label } of [
    { flags: [...ENGINE_FLAGS], label: "the CLI's V8 settings" },
    { flags: [], label: "V8's defaults" },
  ]) {
    const check = parallelCeiling(jobs, analysisLoop(folder.dir, WORKLOAD_ROUNDS), flags);
    console.log(
      `  workload check, ${label}: ${jobs} threads each analysing the folder's texts ${WORKLOAD_ROUNDS} times in memory (no pool, no output, nothing shared) vs 1 thread: ${check.speedup.toFixed(2)}x; 1 thread ${check.one} ms, ${jobs} threads ${check.many} ms`,
    );
  }
  // Two separate processes, each one worker on half of the folder, started together: no pool and
  // nothing shared, only the machine; what a pool of two could gain at best on this folder.
  if (hasJobs && jobs >= 2) {
    const halves = [0, 1].map((h) => {
      const dir = path.join(tmp, `half-${h}`);
      fs.mkdirSync(dir);
      for (const name of fs
        .readdirSync(folder.dir)
        .sort()
        .filter((_, i) => i % 2 === h))
        fs.copyFileSync(path.join(folder.dir, name), path.join(dir, name));
      return dir;
    });
    const { spawn } = require('child_process');
    const bin = path.join(ROOT, 'bin', 'discourse-kit.js');
    const halfRun = async (round) => {
      const t0 = process.hrtime.bigint();
      const codes = await Promise.all(
        halves.map(
          (dir, h) =>
            new Promise((resolve) =>
              spawn(
                process.execPath,
                [bin, 'analyze', dir, '--out', path.join(tmp, `out-half-${h}-${round}`), '--no-images', '--jobs', '1'],
                { stdio: 'ignore' },
              ).on('exit', resolve),
            ),
        ),
      );
      if (codes.some((c) => c !== 0)) throw new Error('bench: a half-folder run failed');
      return Number(process.hrtime.bigint() - t0) / 1e9;
    };
    const halfTimes = [];
    for (let round = 0; round < 3; round++) halfTimes.push(await halfRun(round));
    const halfSeconds = median(halfTimes);
    console.log(
      `  pool check: 2 separate processes, 1 worker each on half the folder, at once, median of 3: ${halfSeconds.toFixed(2)} s, ${(seconds[1] / halfSeconds).toFixed(2)}x the 1-worker run (the most any pool of 2 could gain on this folder now)`,
    );
  }
  const bigLine = (r, workers) =>
    `${workers} worker${workers === 1 ? '' : 's'} ${r.seconds.toFixed(2)} s, CPU ${r.cpuSeconds.toFixed(1)} s, peak RSS ${r.rssMb.toFixed(0)} MB`;
  console.log(
    `  four times the documents (${larger.count}, one run each): ${big.map((r, i) => bigLine(r, counts[i])).join('; ')}${
      hasJobs ? `; ${jobs} workers vs 1: ${(big[0].seconds / big[big.length - 1].seconds).toFixed(2)}x` : ''
    }`,
  );
  console.log(
    `  sixteen times the documents (${largest.count}, ${(largest.bytes / 1024 / 1024).toFixed(1)} MB, one run): ${bigLine(biggest, 1)} (${(biggest.rssMb / big[0].rssMb).toFixed(2)}x the peak RSS of four times)`,
  );
  console.log(
    `  output: ${(outBytes / 1024 / 1024).toFixed(1)} MB for ${folder.count} documents, ${bundles.length} plotly.min.js (${(bundles.reduce((a, b) => a + b, 0) / 1024 / 1024).toFixed(1)} MB)`,
  );
  fs.rmSync(tmp, { recursive: true, force: true });
}

/** Rounds over the folder's texts in the workload check: past the first, each thread's JIT is warm. */
const WORKLOAD_ROUNDS = 4;
const BARE_LOOP = 'let x = 0; for (let i = 0; i < 2e8; i++) x = (x * 31 + i) | 0; if (x === 0.5) console.log(x);';

/**
 * The kit's own analysis (parse and every stage, no output) of the folder's texts, `rounds` times, as
 * code for `parallelCeiling`: threads that share nothing and write nothing, so their speed-up is
 * what this machine allows this workload, whatever a pool does.
 */
function analysisLoop(dir, rounds) {
  const pipeline = JSON.stringify(path.join(ROOT, 'dist', 'pipeline'));
  const text = JSON.stringify(path.join(ROOT, 'dist', 'text'));
  return `const fs = require('fs'); const { analyze } = require(${pipeline}); const { parseDocument } = require(${text});
    const texts = fs.readdirSync(${JSON.stringify(dir)}).sort().map((f) => fs.readFileSync(require('path').join(${JSON.stringify(dir)}, f), 'utf8'));
    for (let r = 0; r < ${rounds}; r++) for (const t of texts) analyze(parseDocument(t));`;
}

/**
 * How much faster `threads` threads finish a fixed amount of CPU work (`loop`, default a bare
 * arithmetic loop) than one thread, right now: on cores shared with other work this is well
 * below `threads`, and it bounds any pool.
 */
function parallelCeiling(threads, loop = BARE_LOOP, flags = []) {
  const { spawnSync } = require('child_process');
  const script = `
    const { Worker } = require('worker_threads');
    const t0 = Date.now();
    let done = 0;
    for (let k = 0; k < ${threads}; k++) new Worker(${JSON.stringify(loop)}, { eval: true }).on('exit', () => { if (++done === ${threads}) console.log(Date.now() - t0); });`;
  const timeOf = (code) =>
    Number(spawnSync(process.execPath, [...flags, '-e', code], { encoding: 'utf8' }).stdout.trim());
  const one = timeOf(`const t0 = Date.now(); ${loop} console.log(Date.now() - t0);`);
  const many = timeOf(script);
  return { speedup: (one * threads) / many, one, many };
}

module.exports = { buildCorpus, measure, rows, runRows };

if (require.main === module)
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
