#!/usr/bin/env node
// @ts-check
/**
 * Claim-type figures on data/claims/labels.jsonl: rules alone, naive Bayes and the logistic model,
 * each alone and combined with the rules, by 5-fold cross-validation grouped by document (on the
 * train split, then on all records; each also scored on the blind-labelled records alone); on the held-out test split, with the blind held-out documents by genre; the
 * reliability table of the shipped confidence on the blind held-out documents; then the seed
 * document against the gold file when it is present. Build first (`npm run build`).
 *
 *   node scripts/eval-claims.js            [--folds 5] [--gold path/to/attribution.json]
 *   node scripts/eval-claims.js --train-only  (only the cross-validation on the train split: reads no test sentence)
 *   node scripts/eval-claims.js --tune     (grid search of the combination settings by CV on the train split)
 *   node scripts/eval-claims.js --tune-logistic  (the logistic model's settings and its combination with the
 *                                                rules, against naive Bayes, by CV on the train split only)
 *   node scripts/eval-claims.js --bench    (also time claims against tokenization alone)
 */
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const claims = require(path.join(ROOT, 'dist/claims'));
const training = require(path.join(ROOT, 'dist/claims/training'));
const { loadDocument, parseDocument, tokenizeRange } = require(path.join(ROOT, 'dist/text'));
const { attribute } = require(path.join(ROOT, 'dist/speakers'));

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const FOLDS = Number(option('folds', 5));
const GOLD = option('gold', '/work/shared/gold/000_4c4a38b6e695fe75.attribution.json');
const SEED = path.join(ROOT, 'seeds/000_4c4a38b6e695fe75.txt');

const records = training.readLabelledClaims(path.join(ROOT, 'data/claims/labels.jsonl'));
const cases = training.claimCases(records, {
  seed: path.join(ROOT, 'seeds'),
  corpus: path.join(ROOT, 'tests/fixtures'),
  blind: path.join(ROOT, 'data/claims/texts'),
});
const features = training.caseFeatures(cases);

const pct = (x) => (100 * x).toFixed(1).padStart(5);
function row(name, scores) {
  console.log(
    `  ${name.padEnd(22)} n=${String(scores.n).padStart(4)}  accuracy ${pct(scores.accuracy)}%  lenient ${pct(scores.lenient)}%  macro-F1 ${pct(scores.macroF1)}%`,
  );
}

/** The rules' scores of every case, computed when first needed. */
let ruleScores = null;
const ruleScoresOf = (indices) => {
  ruleScores ??= training.caseRuleScores(cases, { model: null });
  return indices.map((i) => ruleScores[i]);
};

/**
 * Rules, naive Bayes and logistic predictions, each model alone and combined with the rules,
 * for `test` cases with models trained on `train` cases.
 */
function run(trainIdx, testIdx, settings) {
  const model = training.trainOnCases(
    trainIdx.map((i) => cases[i]),
    trainIdx.map((i) => features[i]),
    { temperature: settings.temperature },
  );
  const logistic = training.trainLogisticOnCases(
    trainIdx.map((i) => cases[i]),
    trainIdx.map((i) => features[i]),
    ruleScoresOf(trainIdx),
  );
  const test = testIdx.map((i) => cases[i]);
  const testFeatures = testIdx.map((i) => features[i]);
  return {
    rules: training.classifyCases(test, { model: null }),
    model: training.modelCases(model, testFeatures),
    both: training.classifyCases(test, {
      model,
      ruleThreshold: settings.ruleThreshold,
      ruleWeight: settings.ruleWeight,
    }),
    logistic: training.modelCases(logistic, testFeatures, ruleScoresOf(testIdx)),
    logisticBoth: training.classifyCases(test, { model: logistic }),
  };
}

/** The rows `run` gives, with their names. */
const RUNS = [
  ['rules alone', 'rules'],
  ['naive Bayes alone', 'model'],
  ['rules + naive Bayes', 'both'],
  ['logistic alone', 'logistic'],
  ['rules + logistic', 'logisticBoth'],
];

/**
 * Grouped cross-validation (folds by document) over the records `indices`, scored on those `scoreOn` keeps.
 * @param {number[]} indices
 * @param {object} settings
 * @param {(labelled: object) => boolean} [scoreOn] which records count in the scores (all by default)
 */
function crossValidate(indices, settings, scoreOn = () => true) {
  const folds = training.groupedFolds(
    indices.map((i) => cases[i]),
    FOLDS,
  );
  const predicted = Object.fromEntries(RUNS.map(([, key]) => [key, []]));
  const order = [];
  for (let f = 0; f < FOLDS; f++) {
    const train = indices.filter((_, j) => folds[j] !== f);
    const test = indices.filter((_, j) => folds[j] === f);
    if (test.length === 0) continue;
    const out = run(train, test, settings);
    for (const k of Object.keys(predicted)) predicted[k].push(...out[k]);
    order.push(...test);
  }
  const scored = {};
  const keep = order.map((i) => scoreOn(cases[i]));
  for (const k of Object.keys(predicted))
    scored[k] = training.scorePredictions(
      training.predictionsOf(
        order.map((i) => cases[i]).filter((_, j) => keep[j]),
        predicted[k].filter((_, j) => keep[j]),
      ),
    );
  return scored;
}

const all = cases.map((_, i) => i);
const trainSplit = all.filter((i) => cases[i].record.split === 'train');
const testSplit = all.filter((i) => cases[i].record.split === 'test');
const settings = {
  ruleThreshold: claims.DEFAULT_RULE_THRESHOLD,
  ruleWeight: claims.DEFAULT_RULE_WEIGHT,
  temperature: training.BAYES_TEMPERATURE,
};

if (args.includes('--tune')) {
  // One model per fold; the settings only change how it is combined with the rules.
  const folds = training.groupedFolds(
    trainSplit.map((i) => cases[i]),
    FOLDS,
  );
  const models = [];
  for (let f = 0; f < FOLDS; f++) {
    const train = trainSplit.filter((_, j) => folds[j] !== f);
    models.push(
      training.trainOnCases(
        train.map((i) => cases[i]),
        train.map((i) => features[i]),
      ),
    );
  }
  const results = [];
  for (const ruleThreshold of [0, 0.2, 0.35, 0.5, 0.65])
    for (const ruleWeight of [0.3, 0.5, 0.7, 0.85])
      for (const temperature of [1, 3, 10, 30]) {
        const predicted = [];
        const order = [];
        for (let f = 0; f < FOLDS; f++) {
          const test = trainSplit.filter((_, j) => folds[j] === f);
          const model = { ...models[f], temperature };
          predicted.push(
            ...training.classifyCases(
              test.map((i) => cases[i]),
              { model, ruleThreshold, ruleWeight },
            ),
          );
          order.push(...test);
        }
        const s = training.scorePredictions(
          training.predictionsOf(
            order.map((i) => cases[i]),
            predicted,
          ),
        );
        results.push({ ruleThreshold, ruleWeight, temperature, accuracy: s.accuracy, macroF1: s.macroF1 });
      }
  results.sort((a, b) => b.accuracy + b.macroF1 - (a.accuracy + a.macroF1));
  const rulesOnly = training.scorePredictions(
    training.predictionsOf(
      trainSplit.map((i) => cases[i]),
      training.classifyCases(
        trainSplit.map((i) => cases[i]),
        { model: null },
      ),
    ),
  );
  console.log(
    `Rules alone on the train split: accuracy ${pct(rulesOnly.accuracy)}%  macro-F1 ${pct(rulesOnly.macroF1)}%`,
  );
  console.log('Top settings by CV on the train split (accuracy + macro-F1):');
  for (const r of results.slice(0, 10))
    console.log(
      `  threshold ${r.ruleThreshold}  ruleWeight ${r.ruleWeight}  temperature ${r.temperature}: accuracy ${pct(r.accuracy)}%  macro-F1 ${pct(r.macroF1)}%`,
    );
  process.exit(0);
}

if (args.includes('--tune-logistic')) {
  tuneLogistic();
  process.exit(0);
}

/**
 * Grouped CV on the train split only (the test split is neither read nor scored): out-of-fold
 * distributions of naive Bayes and of logistic models over a grid of settings, each combined
 * with the rules over a grid of rule thresholds and weights (`combineDecision`, as the
 * classifier does). Ranked by accuracy + macro-F1, as `--tune` ranks.
 */
function tuneLogistic() {
  const trainCases = trainSplit.map((i) => cases[i]);
  const trainFeatures = trainSplit.map((i) => features[i]);
  const ruleScores = training.caseRuleScores(trainCases, { model: null });
  const folds = training.groupedFolds(trainCases, FOLDS);
  const score = (types) => training.scorePredictions(training.predictionsOf(trainCases, types));
  /** Out-of-fold distribution of every train case, from a model trained on the other folds. */
  const outOfFold = (train) => {
    const out = new Array(trainCases.length);
    for (let f = 0; f < FOLDS; f++) {
      const fit = trainCases.map((_, j) => j).filter((j) => folds[j] !== f);
      const model = train(fit);
      trainCases.forEach((_, j) => {
        if (folds[j] === f) out[j] = claims.predictDistribution(model, trainFeatures[j], ruleScores[j]);
      });
    }
    return out;
  };
  const argmaxType = (d) => claims.CLAIM_TYPES[d.indexOf(Math.max(...d))];
  const combinations = [];
  for (const ruleThreshold of [0, 0.2, 0.35, 0.5, 0.65, Infinity])
    for (const ruleWeight of [0, 0.15, 0.3, 0.5, 0.7]) combinations.push({ ruleThreshold, ruleWeight });
  /** The types of the model alone and of every combination with the rules. */
  const settingsOf = (distributions) => [
    { combination: 'model alone', types: distributions.map(argmaxType) },
    ...combinations.map((c) => ({
      combination: `threshold ${c.ruleThreshold} weight ${c.ruleWeight}`,
      types: trainCases.map((_, j) => claims.combineDecision(ruleScores[j], () => distributions[j], c).type),
    })),
  ];
  const scoreRows = (name, distributions) =>
    settingsOf(distributions).map(({ combination, types }) => ({ name, combination, types, ...summary(score(types)) }));
  const summary = (s) => ({ accuracy: s.accuracy, macroF1: s.macroF1 });
  const show = (r, prefix = '') =>
    console.log(
      `  ${prefix}${r.name.padEnd(58)} ${r.combination.padEnd(30)} accuracy ${pct(r.accuracy)}%  macro-F1 ${pct(r.macroF1)}%`,
    );
  const rank = (rows) => [...rows].sort((a, b) => b.accuracy + b.macroF1 - (a.accuracy + a.macroF1));

  console.log(`Train split: ${trainCases.length} sentences; ${FOLDS}-fold CV grouped by document`);
  const rulesAlone = {
    name: 'rules alone',
    combination: '',
    types: trainCases.map((_, j) => claims.combineDecision(ruleScores[j], null).type),
  };
  Object.assign(rulesAlone, summary(score(rulesAlone.types)));
  show(rulesAlone);
  const bayesTemperature = claims.shippedModel()?.temperature ?? 10;
  const bayes = scoreRows(
    `naive Bayes (temperature ${bayesTemperature})`,
    outOfFold((fit) => ({
      ...training.trainOnCases(
        fit.map((j) => trainCases[j]),
        fit.map((j) => trainFeatures[j]),
      ),
      temperature: bayesTemperature,
    })),
  );
  const bayesShipped = bayes.find(
    (r) => r.combination === `threshold ${claims.DEFAULT_RULE_THRESHOLD} weight ${claims.DEFAULT_RULE_WEIGHT}`,
  );
  for (const r of [bayes[0], bayesShipped, rank(bayes)[0]]) show(r);

  // The shipped settings, then each setting varied alone (a full grid would take hours).
  const { ruleThreshold: _t, ruleWeight: _w, iterations: _i, ...defaults } = training.DEFAULT_LOGISTIC_OPTIONS;
  const alternatives = {
    ruleSignals: [true, false],
    words: [true, false],
    classBalance: [0, 0.5, 1],
    l2: [0.003, 0.01, 0.03, 0.1, 0.3],
    minFeatureCount: [2, 3],
    wordVectors: [0, 3, 6, 9, 12],
  };
  const grid = [defaults];
  for (const [key, values] of Object.entries(alternatives))
    for (const value of values) if (value !== defaults[key]) grid.push({ ...defaults, [key]: value });
  const logistic = [];
  for (const options of grid) {
    const rows = scoreRows(
      `logistic ${JSON.stringify(options)}`,
      outOfFold((fit) =>
        training.trainLogisticOnCases(
          fit.map((j) => trainCases[j]),
          fit.map((j) => trainFeatures[j]),
          fit.map((j) => ruleScores[j]),
          options,
        ),
      ),
    );
    show(rows[0]);
    show(rank(rows)[0]);
    logistic.push(...rows);
  }
  console.log('Top logistic settings and combinations (accuracy + macro-F1; ties keep grid order):');
  const ranked = rank(logistic);
  for (const r of ranked.slice(0, 15)) show(r);
  const chosen = ranked[0];
  const chosenAlone = logistic.find((r) => r.name === chosen.name && r.combination === 'model alone');
  console.log(
    'Chosen, against the rules and naive Bayes (same folds); all train sentences, then blind-labelled ones only:',
  );
  const blind = trainCases.map((_, j) => j).filter((j) => trainCases[j].record.origin === 'blind');
  const onBlind = (r) => ({
    ...r,
    ...summary(
      training.scorePredictions(
        training.predictionsOf(
          blind.map((j) => trainCases[j]),
          blind.map((j) => r.types[j]),
        ),
      ),
    ),
  });
  for (const r of [rulesAlone, bayes[0], bayesShipped, chosenAlone, chosen]) show(r);
  for (const r of [rulesAlone, bayes[0], bayesShipped, chosenAlone, chosen]) show(onBlind(r), 'blind ');
}

console.log(
  `Labelled claims: ${records.length} (${trainSplit.length} train, ${testSplit.length} test); settings ${JSON.stringify(settings)}`,
);
const isBlind = (c) => c.record.origin === 'blind';
console.log(`\n${FOLDS}-fold cross-validation over the train split only, grouped by document:`);
const cvTrain = crossValidate(trainSplit, settings);
for (const [name, key] of RUNS) row(name, cvTrain[key]);
console.log('  … scored on the blind-labelled records only (same folds):');
const cvTrainBlind = crossValidate(trainSplit, settings, isBlind);
for (const [name, key] of RUNS) row(name, cvTrainBlind[key]);
if (args.includes('--train-only')) process.exit(0);

console.log(`\n${FOLDS}-fold cross-validation over all records, grouped by document:`);
const cv = crossValidate(all, settings);
for (const [name, key] of RUNS) row(name, cv[key]);
console.log('  … scored on the blind-labelled records only (same folds):');
const cvBlind = crossValidate(all, settings, isBlind);
for (const [name, key] of RUNS) row(name, cvBlind[key]);

console.log('\nHeld-out test split (model trained on the train split):');
const held = run(trainSplit, testSplit, settings);
const testCases = testSplit.map((i) => cases[i]);
for (const [name, key] of RUNS) row(name, training.scorePredictions(training.predictionsOf(testCases, held[key])));
const shippedClaims = training.classifyCaseClaims(testCases, {});
const shipped = training.scorePredictions(
  training.predictionsOf(
    testCases,
    shippedClaims.map((c) => c.type),
  ),
);
row('shipped model', shipped);

const blindTest = testCases.map((c, j) => j).filter((j) => isBlind(testCases[j]));
console.log(
  `\nBlind held-out documents (${new Set(blindTest.map((j) => testCases[j].record.doc)).size} documents never read while writing the rules), by genre:`,
);
const genres = [...new Set(blindTest.map((j) => testCases[j].record.genre))].sort();
for (const [name, key] of RUNS) {
  const on = (js) =>
    training.scorePredictions(
      training.predictionsOf(
        js.map((j) => testCases[j]),
        js.map((j) => held[key][j]),
      ),
    );
  row(name, on(blindTest));
  if (key === 'both' || key === 'logisticBoth')
    for (const g of genres) row(`  genre ${g}`, on(blindTest.filter((j) => testCases[j].record.genre === g)));
}
const blindShipped = blindTest.map((j) => shippedClaims[j]);
const blindLabels = blindTest.map((j) => testCases[j].record.label);
row(
  'shipped (rules + model)',
  training.scorePredictions(
    training.predictionsOf(
      blindTest.map((j) => testCases[j]),
      blindShipped.map((c) => c.type),
    ),
  ),
);
for (const g of genres) {
  const js = blindTest.filter((j) => testCases[j].record.genre === g);
  row(
    `  genre ${g}`,
    training.scorePredictions(
      training.predictionsOf(
        js.map((j) => testCases[j]),
        js.map((j) => shippedClaims[j].type),
      ),
    ),
  );
}
const bySource = {};
for (const c of blindShipped) bySource[c.source] = (bySource[c.source] || 0) + 1;
console.log(
  `  decided by: ${Object.entries(bySource)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);

console.log(
  '\nReliability of the confidence on the blind held-out documents (the calibration is fitted on these documents; each half is scored with a curve fitted on the other half):',
);
const table = (title, list) => {
  const rows = training.reliabilityTable(list, blindLabels);
  console.log(`  ${title}: expected calibration error ${(100 * training.calibrationError(rows)).toFixed(1)} points`);
  console.log('    confidence   n    mean conf.  accuracy');
  for (const r of rows)
    console.log(
      `    ${r.from.toFixed(1)}–${r.to.toFixed(1)}  ${String(r.n).padStart(4)}   ${r.n ? r.meanConfidence.toFixed(2) : '  – '}        ${r.n ? r.accuracy.toFixed(2) : '  – '}`,
    );
};
const rawBlind = training.classifyCaseClaims(
  blindTest.map((j) => testCases[j]),
  { model: claims.shippedModel(), calibration: null },
);
table(
  'calibrated (cross-fitted halves)',
  training.crossCalibrated(
    rawBlind,
    blindTest.map((j) => testCases[j]),
  ),
);
table('raw scores', rawBlind);
table('shipped calibration (fitted on all of them: in-sample)', blindShipped);

console.log('\nPer-type F1 (cross-validated over all records, rules + logistic):');
console.log(
  '  ' +
    Object.entries(cv.logisticBoth.f1)
      .map(([t, f]) => `${t} ${pct(f).trim()}`)
      .join(' · '),
);

if (fs.existsSync(GOLD)) {
  const gold = JSON.parse(fs.readFileSync(GOLD, 'utf8'));
  const doc = loadDocument(SEED);
  const found = claims.classifyClaims(doc, attribute(doc));
  let typed = 0;
  let inAlternatives = 0;
  const misses = [];
  for (const g of gold.sentences) {
    const sentence = doc.sentences.find((s) => s.start < g.end && s.end > g.start);
    const claim = found[sentence.index];
    if (claim.type === g.claim || g.claimAlternatives.includes(claim.type)) typed++;
    else if (claim.alternatives.some((a) => a.type === g.claim)) inAlternatives++;
    else misses.push(`#${g.index} gold ${g.claim}, got ${claim.type}`);
  }
  console.log(`\nSeed vs gold (${path.basename(GOLD)}), shipped model, speakers stage attribution:`);
  console.log(
    `  ${typed}/${gold.sentences.length} typed as gold claim or a gold alternative; ${inAlternatives} more with the gold claim among alternatives${misses.length ? `; missed: ${misses.join('; ')}` : ''}`,
  );
}

if (args.includes('--bench')) {
  // Claims against tokenization alone, on the labelled texts repeated to 4 MB; CPU time, best of 5.
  const texts = [...new Set(cases.map((c) => c.doc.text))];
  let text = texts.join('\n\n');
  while (text.length < 4e6) text += '\n\n' + text;
  const doc = parseDocument(text);
  const best = (run) => {
    let min = Infinity;
    for (let r = 0; r < 5; r++) {
      const t0 = process.cpuUsage();
      run();
      const t = process.cpuUsage(t0);
      min = Math.min(min, (t.user + t.system) / 1e6);
    }
    return min;
  };
  const mb = Buffer.byteLength(text) / 1e6;
  const tokenize = best(() => tokenizeRange(text, 0, text.length, 0, []));
  const rules = best(() => claims.classifyClaims(doc, undefined, { model: null }));
  const both = best(() => claims.classifyClaims(doc));
  console.log(
    `\nSpeed on ${mb.toFixed(1)} MB (${doc.sentences.length} sentences): tokenization ${(mb / tokenize).toFixed(1)} MB/s; claims by rules ${(mb / rules).toFixed(1)} MB/s (${(rules / tokenize).toFixed(2)}× tokenization time), rules + model ${(mb / both).toFixed(1)} MB/s (${(both / tokenize).toFixed(2)}×)`,
  );
}
