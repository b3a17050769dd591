// @ts-check
'use strict';
/**
 * What the attribution evaluation scripts share (eval-attribution.js, eval-stress.js,
 * build-stress-gold.js): the stress set's folder, micro-averaged P/R/F1 and the miss listing
 * read when looking for error families. A module, not a script.
 */
const path = require('path');

/** tests/fixtures/attribution-stress/, or `attribution-stress-<name>` with `--set <name>` (`--set fresh`: the set written after the rules were fixed). */
function stressSetDir() {
  const setAt = process.argv.indexOf('--set');
  const name = setAt > 0 ? `attribution-stress-${process.argv[setAt + 1]}` : 'attribution-stress';
  return path.resolve(__dirname, '..', 'tests', 'fixtures', name);
}

/**
 * Micro-averaged precision, recall and F1 of summed counts (1 where nothing was predicted or expected).
 * @param {{ tp: number, fp: number, fn: number }} t
 */
function micro(t) {
  const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** @param {string} s */
const short = (s) => JSON.stringify(s.length > 90 ? `${s.slice(0, 60)} … ${s.slice(-25)}` : s);

/** @param {{ start: number, end: number }} a @param {{ start: number, end: number }} b */
const overlaps = (a, b) => Math.min(a.end, b.end) > Math.max(a.start, b.start);

/**
 * Misses and false positives of one document: a required gold quote left unmatched (with the
 * nearest prediction), a matched one whose kind or canonical speaker differs, and a prediction
 * matching nothing (`opt?` when it overlaps an optional gold quote).
 * @param {{ quotes: any[] }} gold
 * @param {readonly any[]} quotes
 * @param {{ goldMatch: readonly number[], predictedMatch: readonly number[] }} score
 */
function printMisses(gold, quotes, score) {
  const who = (q) => `${q.speaker ? q.speaker.text : '-'}`;
  gold.quotes.forEach((g, i) => {
    const p = score.goldMatch[i];
    if (p !== -1) {
      const q = quotes[p];
      if (q.canonical !== g.canonical || q.kind !== g.kind)
        console.log(
          `    diff ${g.kind}/${q.kind} ${short(g.content.text)}: canonical ${q.canonical} (gold ${g.canonical})`,
        );
      return;
    }
    if (g.required === false) return;
    const near = quotes.find((q) => overlaps(q.content, g.content));
    const why = near ? `  [nearest: ${near.kind} ${short(near.content.text)} / ${who(near)} = ${near.canonical}]` : '';
    console.log(`    MISS ${g.kind} ${short(g.content.text)} / ${who(g)} (${g.cue ? g.cue.text : '-'})${why}`);
  });
  quotes.forEach((q, i) => {
    if (score.predictedMatch[i] !== -1) return;
    const optional = gold.quotes.some((g) => g.required === false && overlaps(q.content, g.content));
    console.log(
      `    ${optional ? 'opt?' : 'FP  '} ${q.kind} ${short(q.content.text)} / ${who(q)} = ${q.canonical} (${q.cue ? q.cue.text : '-'})`,
    );
  });
}

module.exports = { micro, printMisses, short, stressSetDir };
