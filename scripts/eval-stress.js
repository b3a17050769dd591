#!/usr/bin/env node
// @ts-check
'use strict';
/**
 * Scores attribution on the stress set (tests/fixtures/attribution-stress/): news-style
 * sentences written for the project to exercise the attribution rules' known kinds of error
 * (listed in the set's README), never tuned on before being scored. Same matching as scripts/eval-attribution.js (src/speakers/score.ts).
 * Build first (`npm run build`); rebuild the gold after editing a `.src` file
 * (`node scripts/build-stress-gold.js`).
 *
 *   node scripts/eval-stress.js [--misses] [--json] [--dist <dir>]
 */
const fs = require('fs');
const path = require('path');
const { micro, printMisses, stressSetDir } = require('./attribution-report');
// `--dist <dir>` scores another build (an older commit's `dist`) against the same gold.
const at = process.argv.indexOf('--dist');
const dist = at > 0 ? path.resolve(process.argv[at + 1]) : path.resolve(__dirname, '..', 'dist');
/** @type {typeof import('../dist/text')} */
const { parseDocument } = require(path.join(dist, 'text'));
/** @type {typeof import('../dist/speakers')} */
const { attribute, contentMatches, scoreQuotes, speakerMatches } = require(path.join(dist, 'speakers'));

const dir = stressSetDir();
const showMisses = process.argv.includes('--misses');
const pct = (x) => (100 * x).toFixed(1).padStart(5);

const t = { tp: 0, fp: 0, fn: 0, contentHits: 0, speakerHits: 0, matched: 0, agree: 0 };
for (const f of fs
  .readdirSync(dir)
  .filter((x) => x.endsWith('.attribution.json'))
  .sort()) {
  const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  const text = fs.readFileSync(path.join(dir, gold.document), 'utf8');
  /** @type {readonly import('../dist/speakers').Quote[]} */
  let quotes;
  try {
    quotes = attribute(parseDocument(text, gold.document)).quotes;
  } catch (e) {
    // A crash scores as a document with no predictions.
    console.log(`  ${gold.document}: attribute() threw ${e.message}`);
    quotes = [];
  }
  const score = scoreQuotes(quotes, gold.quotes);
  t.tp += score.truePositives;
  t.fp += score.falsePositives;
  t.fn += score.falseNegatives;
  const hits = quotes.filter((q) => gold.quotes.some((g) => contentMatches(q.content, g.content)));
  t.contentHits += hits.length;
  t.speakerHits += hits.filter((q) =>
    gold.quotes.some((g) => contentMatches(q.content, g.content) && speakerMatches(q, g)),
  ).length;
  score.goldMatch.forEach((p, g) => {
    if (p < 0) return;
    t.matched++;
    if (quotes[p].canonical === gold.quotes[g].canonical) t.agree++;
  });
  console.log(
    `  ${gold.document.replace(/\.txt$/, '').padEnd(28)} P ${pct(score.precision)}  R ${pct(score.recall)}  F1 ${pct(score.f1)}  (tp ${score.truePositives}, fp ${score.falsePositives}, fn ${score.falseNegatives})`,
  );
  if (showMisses) printMisses(gold, quotes, score);
}
const { p, r, f1 } = micro(t);
const sp = t.contentHits ? t.speakerHits / t.contentHits : 1;
console.log(
  `  ${'total (micro)'.padEnd(28)} P ${pct(p)}  R ${pct(r)}  F1 ${pct(f1)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn}); speaker precision ${pct(sp)}; canonical agree ${pct(t.matched ? t.agree / t.matched : 1)}`,
);
if (process.argv.includes('--json')) console.log(JSON.stringify({ precision: p, recall: r, f1, speakerPrecision: sp }));
