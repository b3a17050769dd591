#!/usr/bin/env node
// @ts-check
// Validates data/claims/labels.jsonl (the labelled claim-type set) and prints its counts.
// Usage: node scripts/make-claim-labels-check.js [path/to/labels.jsonl]
// Exits with status 1 and lists every problem when a record breaks the contract in
// data/claims/README.md.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const labelsPath = path.resolve(process.argv[2] || path.join(root, 'data/claims/labels.jsonl'));

// The type names are read from src/claims/types.ts so that the data set and the classifier
// share one contract instead of two lists that can drift apart.
function readClaimTypes() {
  const source = fs.readFileSync(path.join(root, 'src/claims/types.ts'), 'utf8');
  const block = /CLAIM_TYPES\s*=\s*\[([\s\S]*?)\]\s*as const/.exec(source);
  if (!block) throw new Error('CLAIM_TYPES not found in src/claims/types.ts');
  return [...block[1].matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
}

const ORIGINS = ['seed', 'corpus', 'written', 'blind'];
const GENRES = ['news', 'briefing', 'statement'];
const SPLITS = ['train', 'test'];
const MAX_WRITTEN_SHARE = 0.3;
// Seeds live in seeds/; the public-domain corpus texts in tests/fixtures/ (one copy serves the
// attribution fixtures and the claim labels).
// Blind-labelled texts (labelled without seeing the kit's output) are in data/claims/texts/.
const SOURCE_DIR = {
  seed: path.join(root, 'seeds'),
  corpus: path.join(root, 'tests', 'fixtures'),
  blind: path.join(root, 'data', 'claims', 'texts'),
};

/** Blind records are held out by document: SHA-1 of the file name, first 8 hex digits mod 5 < 2 → test. */
function blindSplit(doc) {
  return parseInt(require('crypto').createHash('sha1').update(doc).digest('hex').slice(0, 8), 16) % 5 < 2
    ? 'test'
    : 'train';
}

function main() {
  const types = readClaimTypes();
  const errors = [];
  const fileCache = new Map();
  const readSource = (origin, doc) => {
    const file = path.join(SOURCE_DIR[origin], doc);
    if (!fileCache.has(file)) fileCache.set(file, fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null);
    return fileCache.get(file);
  };

  const lines = fs.readFileSync(labelsPath, 'utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const records = [];
  lines.forEach((line, i) => {
    try {
      records.push({ line: i + 1, r: JSON.parse(line) });
    } catch (e) {
      errors.push(`line ${i + 1}: not JSON (${e.message})`);
    }
  });

  const ids = new Map();
  const texts = new Map();
  for (const { line, r } of records) {
    const at = `line ${line} (${r.id})`;
    const fail = (msg) => errors.push(`${at}: ${msg}`);
    if (typeof r.id !== 'string' || !r.id) fail('missing id');
    else if (ids.has(r.id)) fail(`duplicate id, first on line ${ids.get(r.id)}`);
    else ids.set(r.id, line);

    if (typeof r.text !== 'string' || !r.text.trim()) fail('empty text');
    else if (r.text !== r.text.trim()) fail('text has surrounding whitespace');
    else {
      // Blind records stand at their offsets: the same short sentence (`Thank you.`) may recur in other documents.
      const key = r.origin === 'blind' ? `${r.doc}\u0000${r.text}` : r.text;
      if (texts.has(key)) fail(`duplicate text, first on line ${texts.get(key)}`);
      else texts.set(key, line);
    }

    if (!types.includes(r.label)) fail(`unknown label ${JSON.stringify(r.label)}`);
    if (!Array.isArray(r.alternatives)) fail('alternatives is not an array');
    else {
      for (const a of r.alternatives) if (!types.includes(a)) fail(`unknown alternative ${JSON.stringify(a)}`);
      if (r.alternatives.includes(r.label)) fail('label repeated among alternatives');
      if (new Set(r.alternatives).size !== r.alternatives.length) fail('repeated alternative');
    }
    if (typeof r.speaker !== 'string' || !r.speaker.trim()) fail('missing speaker');
    if (!ORIGINS.includes(r.origin)) fail(`unknown origin ${JSON.stringify(r.origin)}`);
    if (!SPLITS.includes(r.split)) fail(`unknown split ${JSON.stringify(r.split)}`);
    if (r.origin === 'blind') {
      if (!GENRES.includes(r.genre)) fail(`blind record needs a genre of ${GENRES.join(', ')}`);
      if (r.split !== blindSplit(r.doc))
        fail(`blind record split ${r.split} is not its document's (${blindSplit(r.doc)})`);
      if (r.id !== `${r.doc.replace(/\.txt$/, '')}@${r.start}`) fail('blind id must be <file stem>@<start>');
    } else if (r.genre !== undefined) fail('only blind records carry a genre');

    if (r.origin === 'written') {
      if (r.doc !== 'written' || r.start !== null || r.end !== null)
        fail('written records need doc "written" and null offsets');
    } else if (ORIGINS.includes(r.origin)) {
      if (!Number.isInteger(r.start) || !Number.isInteger(r.end) || r.start < 0 || r.end <= r.start) {
        fail(`bad offsets ${r.start}..${r.end}`);
        continue;
      }
      const source = readSource(r.origin, r.doc);
      if (source === null)
        fail(`source file not found: ${path.relative(root, path.join(SOURCE_DIR[r.origin], r.doc))}`);
      else if (source.slice(r.start, r.end) !== r.text) fail(`text differs from ${r.doc} slice ${r.start}..${r.end}`);
    }
  }

  const valid = records.map(({ r }) => r);
  const countBy = (key) => {
    const counts = {};
    for (const r of valid) counts[r[key]] = (counts[r[key]] || 0) + 1;
    return counts;
  };
  const written = valid.filter((r) => r.origin === 'written').length;
  if (valid.length && written / valid.length > MAX_WRITTEN_SHARE) {
    errors.push(
      `written records are ${((100 * written) / valid.length).toFixed(1)}% of the set (max ${100 * MAX_WRITTEN_SHARE}%)`,
    );
  }
  for (const type of types) {
    const ofType = valid.filter((r) => r.label === type);
    if (!ofType.some((r) => r.split === 'test')) errors.push(`label ${type} has no test record`);
    if (!ofType.some((r) => r.split === 'train')) errors.push(`label ${type} has no train record`);
  }

  const table = types.map((type) => {
    const ofType = valid.filter((r) => r.label === type);
    const n = (pred) => ofType.filter(pred).length;
    return {
      label: type,
      total: ofType.length,
      seed: n((r) => r.origin === 'seed'),
      corpus: n((r) => r.origin === 'corpus'),
      written: n((r) => r.origin === 'written'),
      blind: n((r) => r.origin === 'blind'),
      train: n((r) => r.split === 'train'),
      test: n((r) => r.split === 'test'),
    };
  });
  console.log(`${valid.length} records in ${path.relative(root, labelsPath)}`);
  console.table(table);
  console.log('origin:', countBy('origin'));
  console.log('split:', countBy('split'));
  console.log(
    'blind genres:',
    Object.fromEntries(GENRES.map((g) => [g, valid.filter((r) => r.origin === 'blind' && r.genre === g).length])),
  );

  if (errors.length) {
    console.error(`\n${errors.length} problem(s):`);
    for (const e of errors) console.error('  ' + e);
    process.exit(1);
  }
  console.log('OK');
}

main();
