#!/usr/bin/env node
// @ts-check
'use strict';
// Sentence segmentation against the development data in ../shared (not shipped with the kit):
// the English Golden Rules (scored as pySBD does), the seed's gold sentence offsets, and the
// segmenter's throughput on the development corpus. Run after `npm run build`.
// Usage: node scripts/eval-segmentation.js [--corpus]   (--corpus also prints every corpus sentence)
const { existsSync, readFileSync, readdirSync } = require('node:fs');
const { join } = require('node:path');
const { paragraphSpans, parseDocument, sentenceSpans } = require('../dist/text');

const root = join(__dirname, '..');
const shared = join(root, '..', 'shared');
if (!existsSync(shared)) {
  console.log(`No ${shared}: the development data is not available here; nothing to evaluate.`);
  process.exit(0);
}

function goldenRules() {
  const file = join(shared, 'segmentation', 'golden_rules_en.json');
  if (!existsSync(file)) return console.log(`Golden Rules: ${file} missing, skipped.`);
  const cases = JSON.parse(readFileSync(file, 'utf8'));
  console.log(
    'Golden Rules: each text goes through parseDocument (paragraphs, then sentences); a one-paragraph text has no headline.',
  );
  let passed = 0;
  for (const rule of cases) {
    const doc = parseDocument(rule.text, `golden-${rule.id}`);
    const got = doc.sentences.map((s) => s.text.trim()).filter((s) => s.length > 0);
    const ok = got.length === rule.expected_sentences.length && got.every((s, i) => s === rule.expected_sentences[i]);
    if (ok) passed++;
    else {
      console.log(`  FAIL #${rule.id} ${rule.name}${doc.headline ? ' (first line taken as headline)' : ''}`);
      console.log(`    expected: ${JSON.stringify(rule.expected_sentences)}`);
      console.log(`    got:      ${JSON.stringify(got)}`);
    }
  }
  console.log(`Golden Rules: ${passed}/${cases.length}`);
}

function seedGold() {
  const goldFile = join(shared, 'gold', '000_4c4a38b6e695fe75.attribution.json');
  if (!existsSync(goldFile)) return console.log(`Seed: ${goldFile} missing, skipped.`);
  const gold = JSON.parse(readFileSync(goldFile, 'utf8'));
  const doc = parseDocument(readFileSync(join(shared, 'seeds', gold.document), 'utf8'), gold.document);
  const same = (a, b) =>
    a !== undefined && b !== undefined && a.start === b.start && a.end === b.end && a.text === b.text;
  let matched = 0;
  for (let i = 0; i < Math.max(gold.sentences.length, doc.sentences.length); i++) {
    const want = gold.sentences[i];
    const got = doc.sentences[i];
    if (same(want, got)) matched++;
    else {
      console.log(`  seed sentence ${i}:`);
      console.log(`    expected: ${want ? `[${want.start},${want.end}) ${JSON.stringify(want.text)}` : '(none)'}`);
      console.log(`    got:      ${got ? `[${got.start},${got.end}) ${JSON.stringify(got.text)}` : '(none)'}`);
    }
  }
  const exact = matched === gold.sentences.length && doc.sentences.length === gold.sentences.length;
  console.log(
    `Seed gold sentences: ${matched}/${gold.sentences.length} match (parseDocument gives ${doc.sentences.length})${exact ? ', exact' : ''}`,
  );
}

function corpus(print) {
  const dir = join(shared, 'corpus');
  if (!existsSync(dir)) return console.log(`Corpus: ${dir} missing, skipped.`);
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
  let sentences = 0;
  for (const { name, text } of texts) {
    const doc = parseDocument(text, name);
    sentences += doc.sentences.length;
    if (print) {
      console.log(`\n== ${name}`);
      for (const s of doc.sentences) console.log(`  ${s.paragraph}:${s.index} ${s.text}`);
    }
  }
  console.log(`Corpus: ${texts.length} files, ${sentences} sentences.`);

  // Throughput of sentenceSpans alone over paragraphs, on the corpus repeated to about 5 MB. CPU time,
  // not wall time, so that other processes on the machine disturb the figure less; median of the rounds.
  const joined = texts.map((t) => t.text).join('\n\n');
  const big = joined.repeat(Math.ceil(5e6 / joined.length));
  const paragraphs = paragraphSpans(big);
  const megabytes = Buffer.byteLength(big, 'utf8') / 1e6;
  const rates = [];
  for (let round = 0; round < 12; round++) {
    const before = process.cpuUsage();
    for (const p of paragraphs) sentenceSpans(big, p.start, p.end);
    const used = process.cpuUsage(before);
    if (round >= 2) rates.push(megabytes / ((used.user + used.system) / 1e6));
  }
  rates.sort((a, b) => a - b);
  console.log(
    `Segmenter throughput: ${rates[rates.length >> 1].toFixed(0)} MB/s median, ${rates[rates.length - 1].toFixed(0)} MB/s best (sentenceSpans over ${megabytes.toFixed(1)} MB of corpus text per round, paragraphs precomputed, CPU time).`,
  );
}

goldenRules();
seedGold();
corpus(process.argv.includes('--corpus'));
