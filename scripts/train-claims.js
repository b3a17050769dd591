#!/usr/bin/env node
/**
 * Train the learned layer of the claim classifier and write src/claims/model/claims-model.json.
 *
 *   npm run build && node scripts/train-claims.js [--all]
 *
 * Trains natural's BayesClassifier on the `train` split of data/claims/labels.jsonl (with
 * --all: every record), using the features of src/claims/model.ts, which include the rules'
 * evidence: retrain after changing a lexicon in src/claims/lexicon/, then rebuild. Deterministic:
 * the same labels and lexicons give a byte-identical file.
 */
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const { readLabelledClaims, claimCases, caseFeatures, trainOnCases } = require(path.join(ROOT, 'dist/claims'));

/** Chosen by `node scripts/eval-claims.js --tune` (cross-validation on the train split). */
const TEMPERATURE = 10;
const OUT = path.join(ROOT, 'src/claims/model/claims-model.json');

const all = process.argv.includes('--all');
const records = readLabelledClaims(path.join(ROOT, 'data/claims/labels.jsonl')).filter((r) => all || r.split === 'train');
const cases = claimCases(records, { seed: path.join(ROOT, 'seeds'), corpus: path.join(ROOT, 'tests/fixtures') });
const model = trainOnCases(cases, caseFeatures(cases, { model: null }), { temperature: TEMPERATURE });
fs.writeFileSync(OUT, JSON.stringify(model) + '\n');
console.log(`${path.relative(ROOT, OUT)}: ${records.length} sentences (${all ? 'all records' : 'train split'}), ${model.vocabulary.length} features, ${model.labels.length} labels`);
