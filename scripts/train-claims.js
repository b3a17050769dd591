#!/usr/bin/env node
// @ts-check
/**
 * Train the learned layer of the claim classifier and fit its calibration; writes
 * src/claims/model/claims-model.json and src/claims/model/calibration.json.
 *
 *   npm run build && node scripts/train-claims.js
 *
 * Trains natural's BayesClassifier on the `train` split of data/claims/labels.jsonl (every origin:
 * seed, corpus, written and the blind-labelled documents of the train part), using the features
 * of src/claims/model.ts, which include the rules' evidence, negation and subject side: retrain
 * after changing a lexicon in src/claims/lexicon/, then rebuild. The calibration maps raw
 * confidences to the accuracy observed on out-of-fold claims (5-fold CV grouped by document
 * within the train split). Deterministic: the same labels and lexicons give byte-identical
 * files (tests/claims/claims.test.ts checks this).
 */
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const { readLabelledClaims, claimCases, caseFeatures, trainShipped } = require(path.join(ROOT, 'dist/claims/training'));

/** Chosen by `node scripts/eval-claims.js --tune` (cross-validation on the train split). */
const TEMPERATURE = 10;
const DIR = path.join(ROOT, 'src/claims/model');

const all = readLabelledClaims(path.join(ROOT, 'data/claims/labels.jsonl'));
const dirs = {
  seed: path.join(ROOT, 'seeds'),
  corpus: path.join(ROOT, 'tests/fixtures'),
  blind: path.join(ROOT, 'data/claims/texts'),
};
const records = all.filter((r) => r.split === 'train');
const cases = claimCases(records, dirs);
const heldOut = claimCases(
  all.filter((r) => r.origin === 'blind' && r.split === 'test'),
  dirs,
);
const { model, calibration } = trainShipped(cases, caseFeatures(cases, { model: null }), heldOut, {
  temperature: TEMPERATURE,
});
fs.writeFileSync(path.join(DIR, 'claims-model.json'), JSON.stringify(model) + '\n');
fs.writeFileSync(path.join(DIR, 'calibration.json'), JSON.stringify(calibration) + '\n');
console.log(
  `src/claims/model/: ${records.length} train sentences, ${model.vocabulary.length} features, ${model.labels.length} labels; calibration for ${Object.keys(calibration.sources).join(', ')}`,
);
