#!/usr/bin/env node
// @ts-check
/**
 * Claim-typing errors on the TRAIN split of data/claims/labels.jsonl, to read while writing rules.
 * The test split is never printed sentence by sentence (its score is in eval-claims.js).
 *
 *   node scripts/claims-errors.js [--rules] [--gold TYPE] [--pred TYPE] [--genre G] [--origin O] [--summary] [--limit N]
 *
 * --rules scores the rules alone (default: rules + shipped model); --summary prints only the
 * per-type counts and the confusion pairs.
 */
'use strict';

const path = require('path');

const ROOT = path.join(__dirname, '..');
const training = require(path.join(ROOT, 'dist/claims/training'));

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const records = training
  .readLabelledClaims(path.join(ROOT, 'data/claims/labels.jsonl'))
  .filter((r) => r.split === 'train')
  .filter((r) => !option('genre') || r.genre === option('genre'))
  .filter((r) => !option('origin') || r.origin === option('origin'));
const cases = training.claimCases(records, {
  seed: path.join(ROOT, 'seeds'),
  corpus: path.join(ROOT, 'tests/fixtures'),
  blind: path.join(ROOT, 'data/claims/texts'),
});
const claims = training.classifyCaseClaims(cases, args.includes('--rules') ? { model: null } : {});
const scores = training.scorePredictions(
  training.predictionsOf(
    cases,
    claims.map((c) => c.type),
  ),
);
console.log(
  `train split: n=${cases.length} accuracy ${(100 * scores.accuracy).toFixed(1)}% macro-F1 ${(100 * scores.macroF1).toFixed(1)}%`,
);
const gold = new Map();
const pred = new Map();
const pairs = new Map();
for (let i = 0; i < cases.length; i++) {
  const g = cases[i].record.label;
  const p = claims[i].type;
  gold.set(g, (gold.get(g) ?? 0) + 1);
  pred.set(p, (pred.get(p) ?? 0) + 1);
  if (g !== p) pairs.set(`${g} -> ${p}`, (pairs.get(`${g} -> ${p}`) ?? 0) + 1);
}
for (const t of [...gold.keys()].sort())
  console.log(`  ${t.padEnd(20)} gold ${gold.get(t)}  predicted ${pred.get(t) ?? 0}`);
console.log('confusions:');
for (const [k, v] of [...pairs].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${v}  ${k}`);
if (args.includes('--summary')) process.exit(0);
const limit = Number(option('limit') ?? 40);
let shown = 0;
for (let i = 0; i < cases.length && shown < limit; i++) {
  const c = cases[i];
  const claim = claims[i];
  if (c.record.label === claim.type) continue;
  if (option('gold') && c.record.label !== option('gold')) continue;
  if (option('pred') && claim.type !== option('pred')) continue;
  shown++;
  console.log(
    `\n[${c.record.genre ?? c.record.origin}] gold ${c.record.label}  predicted ${claim.type} (${claim.source} ${claim.confidence}) speaker ${claim.speaker}`,
  );
  console.log(`  ${c.record.text.slice(0, 300)}`);
  console.log(`  evidence: ${claim.evidence.map((e) => `${e.type}:${e.rule}=${e.weight}`).join(' | ')}`);
}
