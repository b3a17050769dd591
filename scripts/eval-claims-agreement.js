#!/usr/bin/env node
// @ts-check
/**
 * How far two blind readers agree, and the kit against each: data/claims/second-reader.jsonl
 * holds a second reader's labels for sentences of held-out documents already labelled in
 * data/claims/labels.jsonl (labelled without seeing the first reader's labels or the kit's
 * output). Prints accuracy and macro-F1 over the 13 labels for reader against reader, the
 * shipped classifier against each reader and on the sentences where both readers agree, by
 * genre, and the readers' most frequent disagreements. Build first (`npm run build`).
 *
 *   node scripts/eval-claims-agreement.js [--second data/claims/second-reader.jsonl]
 */
'use strict';

const path = require('path');

const ROOT = path.join(__dirname, '..');
const args = process.argv.slice(2);
const at = args.indexOf('--second');
const SECOND = path.resolve(at >= 0 ? args[at + 1] : path.join(ROOT, 'data/claims/second-reader.jsonl'));
const { CLAIM_TYPES } = require(path.join(ROOT, 'dist/claims'));
const training = require(path.join(ROOT, 'dist/claims/training'));

const first = training.readLabelledClaims(path.join(ROOT, 'data/claims/labels.jsonl'));
const second = training.readLabelledClaims(SECOND);

/** The first reader's record for each second-reader sentence: the same document, spans overlapping by 80 % of the longer. */
const firstByDoc = new Map();
for (const r of first) {
  const list = firstByDoc.get(r.doc);
  if (list) list.push(r);
  else firstByDoc.set(r.doc, [r]);
}
const pairs = [];
for (const s of second) {
  let best = null;
  let bestOverlap = 0;
  for (const f of firstByDoc.get(s.doc) ?? []) {
    const overlap = Math.min(f.end, s.end) - Math.max(f.start, s.start);
    if (overlap > bestOverlap) [best, bestOverlap] = [f, overlap];
  }
  if (best && bestOverlap >= 0.8 * Math.max(best.end - best.start, s.end - s.start))
    pairs.push({ first: best, second: s });
}
if (pairs.length === 0) {
  console.error(`${SECOND}: no sentence matches a labelled sentence of data/claims/labels.jsonl`);
  process.exit(1);
}
const cases = training.claimCases(
  pairs.map((p) => p.first),
  {
    seed: path.join(ROOT, 'seeds'),
    corpus: path.join(ROOT, 'tests/fixtures'),
    blind: path.join(ROOT, 'data/claims/texts'),
  },
);
const kit = training.classifyCases(cases, {});
const one = pairs.map((p) => p.first.label);
const two = pairs.map((p) => p.second.label);

const pct = (x) => (100 * x).toFixed(1).padStart(5);
/** Accuracy and macro-F1 (13 labels) of `predicted` against `gold`, over the positions `only`. */
function agreement(gold, predicted, only = gold.map((_, i) => i)) {
  const g = only.map((i) => gold[i]);
  const p = only.map((i) => predicted[i]);
  let f1 = 0;
  for (const type of CLAIM_TYPES) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    g.forEach((label, i) => {
      if (label === type && p[i] === type) tp++;
      else if (p[i] === type) fp++;
      else if (label === type) fn++;
    });
    f1 += tp + fp + fn > 0 ? (2 * tp) / (2 * tp + fp + fn) : 0;
  }
  return `n=${String(only.length).padStart(4)}  accuracy ${pct(g.filter((label, i) => label === p[i]).length / only.length)}%  macro-F1 ${pct(f1 / CLAIM_TYPES.length)}%`;
}

const documents = new Set(pairs.map((p) => p.first.doc)).size;
console.log(
  `${path.relative(ROOT, SECOND)}: ${pairs.length} of ${second.length} sentences matched in ${documents} documents`,
);
console.log(`  reader 2 against reader 1      ${agreement(one, two)}`);
const lenient = pairs.filter(
  (p) =>
    p.first.label === p.second.label ||
    p.first.alternatives.includes(p.second.label) ||
    p.second.alternatives.includes(p.first.label),
).length;
console.log(`  … either reader's label among the other's alternatives: ${pct(lenient / pairs.length)}%`);
console.log(`  kit against reader 1           ${agreement(one, kit)}`);
console.log(`  kit against reader 2           ${agreement(two, kit)}`);
const agreed = pairs.map((_, i) => i).filter((i) => one[i] === two[i]);
console.log(`  kit where the readers agree    ${agreement(one, kit, agreed)}`);
for (const genre of [...new Set(pairs.map((p) => p.first.genre ?? 'none'))].sort()) {
  const only = pairs.map((_, i) => i).filter((i) => (pairs[i].first.genre ?? 'none') === genre);
  console.log(
    `  ${genre.padEnd(10)} readers ${agreement(one, two, only)} | kit against reader 1 ${agreement(one, kit, only)}`,
  );
}
const disagreements = new Map();
pairs.forEach((_, i) => {
  if (one[i] === two[i]) return;
  const key = `${one[i]} / ${two[i]}`;
  disagreements.set(key, (disagreements.get(key) ?? 0) + 1);
});
console.log("  readers' most frequent disagreements (reader 1 / reader 2):");
for (const [key, n] of [...disagreements].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 8))
  console.log(`    ${String(n).padStart(3)}  ${key}`);
