#!/usr/bin/env node
// @ts-check
/**
 * Claim-type figures on blind-labelled documents: every labelled sentence of every document is
 * placed in its text as the kit reads it (parseDocument + speaker attribution) and typed by the
 * rules alone and by the shipped classifier. Prints accuracy, lenient accuracy and macro-F1
 * (13 labels) overall, by genre and by split, and optionally the documents covered.
 *
 *   node scripts/eval-claims-blind.js [--labels data/claims/labels.jsonl] [--texts data/claims/texts]
 *                                     [--origin blind] [--split test] [--dist dist] [--docs]
 */
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const DIST = path.resolve(option('dist', path.join(ROOT, 'dist')));
const LABELS = path.resolve(option('labels', path.join(ROOT, 'data/claims/labels.jsonl')));
const TEXTS = path.resolve(option('texts', path.join(ROOT, 'data/claims/texts')));
const ORIGIN = option('origin', 'blind');
const SPLIT = option('split', null);
const ONLY_DOCS = option('only', null);

const claims = require(path.join(DIST, 'claims'));
const training = require(path.join(DIST, 'claims/training'));
const { parseDocument } = require(path.join(DIST, 'text'));
const { attribute } = require(path.join(DIST, 'speakers'));

let records = fs
  .readFileSync(LABELS, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l))
  .filter((r) => r.origin === ORIGIN && (SPLIT === null || r.split === SPLIT));
if (ONLY_DOCS) {
  const keep = new Set(fs.readFileSync(ONLY_DOCS, 'utf8').split('\n').filter(Boolean));
  records = records.filter((r) => keep.has(r.doc));
}

const docs = new Map();
function typed(docName) {
  let entry = docs.get(docName);
  if (!entry) {
    const doc = parseDocument(fs.readFileSync(path.join(TEXTS, docName), 'utf8').replace(/^\uFEFF/, ''), docName);
    const attribution = attribute(doc);
    entry = {
      doc,
      rules: claims.classifyClaims(doc, attribution, { model: null }),
      shipped: claims.classifyClaims(doc, attribution),
    };
    docs.set(docName, entry);
  }
  return entry;
}

function sentenceOf(doc, start, end) {
  let best = 0;
  let overlap = -1;
  for (const s of doc.sentences) {
    const o = Math.min(end, s.end) - Math.max(start, s.start);
    if (o > overlap) {
      best = s.index;
      overlap = o;
    }
  }
  return best;
}

const rows = records.map((r) => {
  const entry = typed(r.doc);
  const i = sentenceOf(entry.doc, r.start, r.end);
  return { r, rules: entry.rules[i], shipped: entry.shipped[i] };
});

const pct = (x) => (100 * x).toFixed(1).padStart(5);
function line(name, subset, key) {
  const s = training.scorePredictions(
    subset.map((x) => ({ label: x.r.label, alternatives: x.r.alternatives, predicted: x[key].type })),
  );
  console.log(
    `  ${name.padEnd(28)} n=${String(s.n).padStart(4)}  accuracy ${pct(s.accuracy)}%  lenient ${pct(s.lenient)}%  macro-F1 ${pct(s.macroF1)}%`,
  );
  return s;
}

console.log(
  `${path.relative(ROOT, LABELS) || LABELS}: ${rows.length} ${ORIGIN} sentences${SPLIT ? ` (split ${SPLIT})` : ''} in ${docs.size} documents; classifier from ${path.relative(ROOT, DIST) || DIST}`,
);
const genres = [...new Set(rows.map((x) => x.r.genre ?? 'unknown'))].sort();
for (const key of ['rules', 'shipped']) {
  console.log(key === 'rules' ? 'Rules alone:' : 'Shipped classifier (rules + model):');
  const all = line('all', rows, key);
  for (const g of genres)
    line(
      `genre ${g}`,
      rows.filter((x) => (x.r.genre ?? 'unknown') === g),
      key,
    );
  if (key === 'shipped') {
    console.log(
      '  per-type F1: ' +
        Object.entries(all.f1)
          .map(([t, f]) => `${t} ${pct(f).trim()}`)
          .join(' · '),
    );
    const predicted = new Map();
    for (const x of rows) predicted.set(x.shipped.type, (predicted.get(x.shipped.type) ?? 0) + 1);
    const gold = new Map();
    for (const x of rows) gold.set(x.r.label, (gold.get(x.r.label) ?? 0) + 1);
    console.log(
      '  predicted/gold counts: ' +
        claims.CLAIM_TYPES.map((t) => `${t} ${predicted.get(t) ?? 0}/${gold.get(t) ?? 0}`).join(' · '),
    );
  }
}
if (args.includes('--docs')) console.log('documents: ' + [...docs.keys()].sort().join(' '));
