#!/usr/bin/env node
// @ts-check
/**
 * Merge a blind-labelled claim set (labels.jsonl + texts/ + SOURCES.md, labelled without seeing
 * the kit's output) into data/claims/: texts are copied unchanged to data/claims/texts/, sources
 * to data/claims/SOURCES.md, and the records replace the `blind` records of labels.jsonl with
 * origin `blind` and a split by document (see BLIND_TEST_SHARE). Deterministic.
 *
 *   node scripts/import-claim-labels.js /path/to/blind-labels-dir
 */
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const FROM = path.resolve(process.argv[2] || '/work/labels');
const DATA = path.join(ROOT, 'data/claims');
const TEXTS = path.join(DATA, 'texts');

/**
 * Blind records are split by document, never by sentence: a document is `test` (held out) when the
 * first 8 hex digits of the SHA-1 of its file name, as a number, modulo 5 are below 2 (about 40 %).
 */
function blindSplit(doc) {
  return parseInt(crypto.createHash('sha1').update(doc).digest('hex').slice(0, 8), 16) % 5 < 2 ? 'test' : 'train';
}

const FIELDS = ['id', 'doc', 'start', 'end', 'text', 'label', 'alternatives', 'speaker', 'origin', 'genre', 'split'];
const blind = fs
  .readFileSync(path.join(FROM, 'labels.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l))
  .map((r) =>
    Object.fromEntries(FIELDS.map((f) => [f, f === 'split' ? blindSplit(r.doc) : f === 'origin' ? 'blind' : r[f]])),
  );

fs.mkdirSync(TEXTS, { recursive: true });
for (const doc of [...new Set(blind.map((r) => r.doc))].sort())
  fs.copyFileSync(path.join(FROM, 'texts', doc), path.join(TEXTS, doc));
fs.copyFileSync(path.join(FROM, 'SOURCES.md'), path.join(DATA, 'SOURCES.md'));

const labelsPath = path.join(DATA, 'labels.jsonl');
const kept = fs
  .readFileSync(labelsPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim() && JSON.parse(l).origin !== 'blind');
fs.writeFileSync(labelsPath, [...kept, ...blind.map((r) => JSON.stringify(r))].join('\n') + '\n');
const docs = new Set(blind.map((r) => r.doc));
const test = blind.filter((r) => r.split === 'test');
console.log(
  `${blind.length} blind records from ${docs.size} documents (${test.length} records in ${new Set(test.map((r) => r.doc)).size} held-out documents); ${kept.length} other records kept`,
);
