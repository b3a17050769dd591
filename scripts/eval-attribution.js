#!/usr/bin/env node
// @ts-check
'use strict';
/**
 * Speaker-attribution evaluation. Build first (`npm run build`).
 *
 * - Seed: quote P/R/F1 against ../shared/gold (required quotes; notQuotes must stay unquoted),
 *   sentence-voice accuracy (a voice counts when it is in the sentence's `accept` list) and the
 *   speaker list (canonical, type, aliases, reportedOnly).
 * - Fixtures: quote P/R/F1 on tests/fixtures/<name>.quotes.json (hand-checked public-domain texts).
 * - Corpus: for the other ../shared/corpus texts (not redistributable, no annotations in the
 *   repository), counts of quotes by kind and of quotes left without a speaker.
 *
 * - Development news: quote P/R/F1 per document and in total on ../shared/attribution-dev (15
 *   hand-annotated VOA articles), with speaker precision and the actors list for review.
 *
 * A quote matches when the contents share 30 % of the longer span or the prediction lies 80 %
 * inside the annotated content, and the speaker mentions overlap or the predicted canonical name
 * contains the annotated one (src/speakers/score.ts). Recall is over required annotations; a
 * prediction matching only optional ones is left out of precision.
 * ../shared is the development data beside the project; without it only the fixtures are scored.
 *
 *   node scripts/eval-attribution.js [--misses] [--actors]
 */
const fs = require('fs');
const path = require('path');
const { micro, printMisses } = require('./attribution-report');
const { parseDocument } = require('../dist/text');
const { attribute, contentMatches, scoreQuotes, speakerMatches } = require('../dist/speakers');

const root = path.resolve(__dirname, '..');
const shared = path.resolve(root, '..', 'shared');
const fixtures = path.join(root, 'tests', 'fixtures');

const showMisses = process.argv.includes('--misses');
const showActors = process.argv.includes('--actors');
const pct = (x) => (100 * x).toFixed(1).padStart(5);
const totals = { tp: 0, fp: 0, fn: 0 };

function report(name, score, extra = '') {
  totals.tp += score.truePositives;
  totals.fp += score.falsePositives;
  totals.fn += score.falseNegatives;
  console.log(
    `${name.padEnd(42)} P ${pct(score.precision)}  R ${pct(score.recall)}  F1 ${pct(score.f1)}  (tp ${score.truePositives}, fp ${score.falsePositives}, fn ${score.falseNegatives}; canonical agree ${pct(score.canonicalAgreement)})${extra}`,
  );
}

function overlaps(a, b) {
  return Math.min(a.end, b.end) > Math.max(a.start, b.start);
}

function evaluateSeed() {
  const goldFile = path.join(shared, 'gold', '000_4c4a38b6e695fe75.attribution.json');
  if (!fs.existsSync(goldFile)) return false;
  const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8'));
  const text = fs.readFileSync(path.join(root, 'seeds', gold.document), 'utf8');
  const doc = parseDocument(text, gold.document);
  const a = attribute(doc);
  const quotes = gold.quotes.map((q) => ({ ...q, required: q.required !== false }));
  const scare = a.quotes.filter((q) => gold.notQuotes.some((n) => overlaps(q.content, n)));
  report('seed 000_4c4a38b6e695fe75', scoreQuotes(a.quotes, quotes), `; quotes on notQuotes: ${scare.length}`);

  let right = 0;
  const wrong = [];
  for (const g of gold.sentences) {
    let best = null;
    let bestOverlap = 0;
    for (const s of doc.sentences) {
      const o = Math.min(s.end, g.end) - Math.max(s.start, g.start);
      if (o > bestOverlap) {
        bestOverlap = o;
        best = s;
      }
    }
    const voice = best ? a.voices[best.index].voice : null;
    if (g.accept.includes(voice)) right++;
    else wrong.push(`  sentence ${g.index}: ${voice} not in [${g.accept.join(', ')}]`);
  }
  console.log(`seed voice accuracy: ${right}/${gold.sentences.length} (${pct(right / gold.sentences.length)}%)`);
  for (const w of wrong) console.log(w);

  let speakersOk = 0;
  for (const g of gold.speakers) {
    const p = a.speakers.find((s) => s.canonical === g.canonical);
    const problems = [];
    if (!p) problems.push('missing');
    else {
      if (p.type !== g.type) problems.push(`type ${p.type}`);
      const missing = g.aliases.filter((x) => !p.aliases.includes(x));
      if (missing.length) problems.push(`aliases missing ${missing.join(' | ')}`);
      if (Boolean(g.reportedOnly) !== p.reportedOnly) problems.push(`reportedOnly ${p.reportedOnly}`);
    }
    if (problems.length === 0) speakersOk++;
    else console.log(`  speaker ${g.canonical}: ${problems.join('; ')}`);
  }
  console.log(`seed speakers matching gold: ${speakersOk}/${gold.speakers.length}`);
  return true;
}

function evaluateFixtures() {
  const files = fs.existsSync(fixtures)
    ? fs
        .readdirSync(fixtures)
        .filter((f) => f.endsWith('.quotes.json'))
        .sort()
    : [];
  for (const f of files) {
    const gold = JSON.parse(fs.readFileSync(path.join(fixtures, f), 'utf8'));
    const text = fs.readFileSync(path.join(fixtures, gold.document), 'utf8');
    const a = attribute(parseDocument(text, gold.document));
    report(gold.document.replace(/\.txt$/, ''), scoreQuotes(a.quotes, gold.quotes));
  }
}

function describeCorpus() {
  const dir = path.join(shared, 'corpus');
  if (!fs.existsSync(dir)) return;
  const annotated = new Set(fs.existsSync(fixtures) ? fs.readdirSync(fixtures).filter((f) => f.endsWith('.txt')) : []);
  console.log('\ncorpus texts without annotations in the repository (counts only):');
  for (const f of fs
    .readdirSync(dir)
    .filter((x) => x.endsWith('.txt'))
    .sort()) {
    if (annotated.has(f)) continue;
    const a = attribute(parseDocument(fs.readFileSync(path.join(dir, f), 'utf8'), f));
    const kinds = {};
    for (const q of a.quotes) kinds[q.kind] = (kinds[q.kind] || 0) + 1;
    const unattributed = a.quotes.filter((q) => q.canonical === null).length;
    const list = Object.keys(kinds)
      .sort()
      .map((k) => `${k} ${kinds[k]}`)
      .join(', ');
    console.log(
      `  ${f.replace(/\.txt$/, '').padEnd(40)} quotes ${String(a.quotes.length).padStart(3)} (${list}); without canonical speaker ${unattributed}; speakers ${a.speakers.length - 1}`,
    );
  }
}

/** The 15 annotated VOA articles: per-document and total P/R/F1 and speaker precision. */
function evaluateDev() {
  const dir = path.join(shared, 'attribution-dev');
  if (!fs.existsSync(dir)) return false;
  console.log('\ndevelopment news (../shared/attribution-dev):');
  const t = { tp: 0, fp: 0, fn: 0, contentHits: 0, speakerHits: 0 };
  for (const f of fs
    .readdirSync(dir)
    .filter((x) => x.endsWith('.attribution.json'))
    .sort()) {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    const name = f.replace(/\.attribution\.json$/, '');
    const text = fs.readFileSync(path.join(dir, `${name}.txt`), 'utf8');
    const a = attribute(parseDocument(text, name));
    const score = scoreQuotes(a.quotes, gold.quotes);
    t.tp += score.truePositives;
    t.fp += score.falsePositives;
    t.fn += score.falseNegatives;
    const contentHits = a.quotes.filter((q) => gold.quotes.some((g) => contentMatches(q.content, g.content))).length;
    const speakerHits = a.quotes.filter((q) =>
      gold.quotes.some((g) => contentMatches(q.content, g.content) && speakerMatches(q, g)),
    ).length;
    t.contentHits += contentHits;
    t.speakerHits += speakerHits;
    console.log(
      `  ${name.slice(0, 56).padEnd(56)} P ${pct(score.precision)}  R ${pct(score.recall)}  F1 ${pct(score.f1)}  (tp ${score.truePositives}, fp ${score.falsePositives}, fn ${score.falseNegatives})`,
    );
    if (showMisses) printMisses(gold, a.quotes, score);
    if (showActors) console.log(`    actors: ${a.actors.map((x) => `${x.name} [${x.type}]`).join('; ')}`);
  }
  const m = micro(t);
  console.log(
    `  ${'total (micro, 15 documents)'.padEnd(56)} P ${pct(m.p)}  R ${pct(m.r)}  F1 ${pct(m.f1)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn}); speaker precision ${pct(t.contentHits ? t.speakerHits / t.contentHits : 1)}`,
  );
  return true;
}

const hasShared = evaluateSeed();
if (!hasShared)
  console.log(
    `../shared is missing (${shared}): the seed gold, the development news and the corpus are not evaluated; only the repository's fixtures are scored.`,
  );
evaluateFixtures();
const m = micro(totals);
console.log(
  `${'seed + fixtures (micro)'.padEnd(42)} P ${pct(m.p)}  R ${pct(m.r)}  F1 ${pct(m.f1)}  (tp ${totals.tp}, fp ${totals.fp}, fn ${totals.fn})`,
);
if (hasShared) {
  evaluateDev();
  describeCorpus();
}
