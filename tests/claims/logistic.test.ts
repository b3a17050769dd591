import { describe, expect, it } from 'vitest';
import {
  CLAIM_TYPES,
  claimFeatures,
  claimRuleScores,
  classifyClaims,
  predictDistribution,
  singleSentenceDoc,
  type ClaimType,
  type LogisticModel,
} from '../../src/claims';
import { eachRuleSignal } from '../../src/claims/logistic';
import { sentenceVector, WORD_VECTOR_SIGNALS } from '../../src/claims/word-vectors';
import { trainLogisticModel, type LogisticExample, type LogisticOptions } from '../../src/claims/training';
import { parseDocument } from '../../src/text';

const RULES = { model: null } as const;

/** A sentence as the trainer sees it: its features and the rules' scores, read in the author's voice. */
function example(text: string, label: ClaimType): LogisticExample {
  const doc = singleSentenceDoc(text);
  return {
    features: claimFeatures(doc, undefined, RULES)[0]!,
    ruleScores: claimRuleScores(doc, undefined, RULES)[0]!,
    label,
  };
}

const COOPERATION = [
  'The two governments will expand cooperation on clean energy and trade.',
  'Both sides agreed to hold regular talks on maritime cooperation.',
  'The ministers discussed closer cooperation between their coast guards.',
  'We welcome dialogue with our neighbours on sharing the river.',
  'The delegations held talks on cooperation in public health.',
  'Officials from both countries met to deepen trade cooperation.',
].map((text) => example(text, 'cooperation_dialogue'));

const CONCERN = [
  'We are deeply concerned by the rising violence against civilians.',
  'The council expressed grave concern over the humanitarian situation.',
  'We are alarmed by reports of attacks on hospitals.',
  'Ministers voiced deep concern about the detention of journalists.',
  'We remain concerned about the safety of aid workers.',
  'The secretary-general is deeply concerned by the loss of life.',
].map((text) => example(text, 'concern_expressive'));

const EXAMPLES = [...COOPERATION, ...CONCERN];
/** Words only, every feature kept, lightly penalised: what the trainer learns from the sentences' words. */
const WORDS_ONLY: LogisticOptions = { ruleSignals: false, minFeatureCount: 1, l2: 0.01, classBalance: 0 };

function best(model: LogisticModel, e: LogisticExample): ClaimType {
  const distribution = predictDistribution(model, e.features, e.ruleScores);
  return CLAIM_TYPES[distribution.indexOf(Math.max(...distribution))]!;
}

describe('logistic model', () => {
  it('learns two claim types from their words and types new sentences by them', () => {
    const model = trainLogisticModel(
      EXAMPLES.map((e) => ({ ...e, features: e.features.filter((f) => f.startsWith('w:')) })),
      WORDS_ONLY,
    );
    expect([...model.labels]).toEqual(['cooperation_dialogue', 'concern_expressive']);
    for (const e of EXAMPLES) expect(best(model, e)).toBe(e.label);
    const wordsOf = (e: LogisticExample) => ({ ...e, features: e.features.filter((f) => f.startsWith('w:')) });
    expect(
      best(model, wordsOf(example('The two ministers agreed to strengthen cooperation on fisheries.', 'other'))),
    ).toBe('cooperation_dialogue');
    expect(best(model, wordsOf(example('We are gravely concerned about the attacks on aid convoys.', 'other')))).toBe(
      'concern_expressive',
    );
  });

  it('carries what it learnt to words no training sentence used, through their word vectors', () => {
    const wordsOf = (e: LogisticExample) => ({ ...e, features: e.features.filter((f) => f.startsWith('w:')) });
    const seen = new Set(EXAMPLES.flatMap((e) => e.features));
    const partnership = wordsOf(example('Partnership and collaboration between the nations flourished.', 'other'));
    const fear = wordsOf(example('Fear and anxiety over the bloodshed grew.', 'other'));
    for (const e of [partnership, fear]) for (const f of e.features) expect(seen.has(f)).toBe(false);
    const withVectors = trainLogisticModel(EXAMPLES.map(wordsOf), WORDS_ONLY);
    expect(withVectors.wordVectors).toBeGreaterThan(0);
    expect(best(withVectors, partnership)).toBe('cooperation_dialogue');
    expect(best(withVectors, fear)).toBe('concern_expressive');
    // Without vectors, words never seen leave the model nothing but its biases: one answer for both.
    const wordsAlone = trainLogisticModel(EXAMPLES.map(wordsOf), { ...WORDS_ONLY, wordVectors: 0 });
    expect(wordsAlone.wordVectors).toBeUndefined();
    expect(predictDistribution(wordsAlone, partnership.features)).toEqual(
      predictDistribution(wordsAlone, fear.features),
    );
  });

  it('reads a sentence as the unit-length mean of its words’ vectors, each word once, unknown features ignored', () => {
    const vectorOf = (features: readonly string[], scale = 1) => {
      const out: number[] = [];
      sentenceVector.begin();
      for (const f of features) sentenceVector.add(f);
      sentenceVector.emit(scale, (name, value) => (out[WORD_VECTOR_SIGNALS.indexOf(name)] = value));
      return out;
    };
    const length = (v: number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
    const cosine = (a: number[], b: number[]) => a.reduce((s, x, d) => s + x * b[d]!, 0) / (length(a) * length(b));
    const reckless = vectorOf(['w:reckless', 'w:provoc']);
    expect(reckless).toHaveLength(WORD_VECTOR_SIGNALS.length);
    expect(length(reckless)).toBeCloseTo(1, 9);
    expect(length(vectorOf(['w:reckless', 'w:provoc'], 6))).toBeCloseTo(6, 9);
    expect(vectorOf(['w:reckless', 'w:provoc', 'w:reckless', 'top:none', 'w:#'])).toEqual(reckless);
    expect(vectorOf(['top:none', 'w:zzzqx'])).toEqual([]);
    // Near-synonyms lie closer than unrelated words.
    expect(cosine(vectorOf(['w:reckless']), vectorOf(['w:irrespons']))).toBeGreaterThan(
      cosine(vectorOf(['w:reckless']), vectorOf(['w:harvest'])) + 0.2,
    );
  });

  it('trains deterministically, with its features in a fixed order whatever the order of the examples', () => {
    const once = trainLogisticModel(EXAMPLES);
    expect(JSON.stringify(trainLogisticModel(EXAMPLES))).toBe(JSON.stringify(once));
    const reversed = trainLogisticModel([...EXAMPLES].reverse());
    expect(reversed.vocabulary).toEqual(once.vocabulary);
    expect([...once.vocabulary]).toEqual([...once.vocabulary].sort());
  });

  it('gives a distribution over the claim types, counting a repeated feature once and ignoring unknown ones', () => {
    const model = trainLogisticModel(EXAMPLES, WORDS_ONLY);
    const features = COOPERATION[0]!.features;
    const distribution = predictDistribution(model, features);
    expect(distribution).toHaveLength(CLAIM_TYPES.length);
    expect(distribution.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(distribution[CLAIM_TYPES.indexOf('other')]).toBe(0);
    expect(predictDistribution(model, [...features, ...features, 'w:neverseen'])).toEqual(distribution);
  });

  it('shrinks towards the label shares as the L2 penalty grows', () => {
    const loose = trainLogisticModel(EXAMPLES, { ...WORDS_ONLY, l2: 0.001 });
    const tight = trainLogisticModel(EXAMPLES, { ...WORDS_ONLY, l2: 100 });
    const top = (model: LogisticModel) => Math.max(...predictDistribution(model, CONCERN[0]!.features));
    expect(top(loose)).toBeGreaterThan(0.9);
    expect(top(tight)).toBeLessThan(0.55);
  });

  it('scores a document in the classifier as it scores the features it was trained on', () => {
    const model = trainLogisticModel(EXAMPLES, { minFeatureCount: 1 });
    const doc = parseDocument(
      'The two sides agreed to resume talks on cooperation in agriculture. We are deeply concerned by the attacks on ' +
        'schools. Both governments agreed to expand cooperation on energy.',
    );
    const features = claimFeatures(doc, undefined, RULES);
    const scores = claimRuleScores(doc, undefined, RULES);
    // The model alone decides every sentence: no rule threshold is reached and the rules weigh nothing.
    const claims = classifyClaims(doc, undefined, { model, ruleThreshold: Infinity, ruleWeight: 0, calibration: null });
    expect(claims).toHaveLength(3);
    claims.forEach((claim, i) => {
      const distribution = predictDistribution(model, features[i]!, scores[i]!);
      expect(claim.type).toBe(CLAIM_TYPES[distribution.indexOf(Math.max(...distribution))]);
    });
    expect(claims.map((c) => c.type)).toEqual(['cooperation_dialogue', 'concern_expressive', 'cooperation_dialogue']);
  });

  it('reads the rules’ leading type in the sentences before and after, and the document’s edges', () => {
    const doc = parseDocument(
      'We call on both sides to stop the fighting at once. The talks resume on Monday. ' +
        'We strongly condemn the attack on the hospital.',
    );
    const features = claimFeatures(doc, undefined, RULES);
    const leading = features.map((f) => f.find((x) => x.startsWith('top:'))!.slice('top:'.length));
    expect(leading[0]).toBe('call_to_action');
    expect(features[0]).toContain('before:edge');
    expect(features[0]).toContain(`after:${leading[1]}`);
    expect(features[1]).toContain('before:call_to_action');
    expect(features[1]).toContain(`after:${leading[2]}`);
    expect(features[2]).toContain(`before:${leading[1]}`);
    expect(features[2]).toContain('after:edge');
    // A sentence read alone stands between the two edges.
    const alone = claimFeatures(singleSentenceDoc('The talks resume on Monday.'), undefined, RULES)[0]!;
    expect(alone.filter((x) => /^(before|after):/.test(x))).toEqual(['after:edge', 'before:edge']);
  });

  it('types the same sentence by what the sentence before it did, once trained to', () => {
    const second = 'It did so again on Sunday.';
    const neighbourOnly = (text: string, label: ClaimType): LogisticExample => {
      const doc = parseDocument(`${text} ${second}`);
      const features = claimFeatures(doc, undefined, RULES)[1]!.filter((f) => f.startsWith('before:'));
      return { features, ruleScores: claimRuleScores(doc, undefined, RULES)[1]!, label };
    };
    const examples = [
      neighbourOnly('The army deliberately shelled the hospital, a war crime.', 'accusation'),
      neighbourOnly('The regime cynically tortured detained protesters.', 'accusation'),
      neighbourOnly('The hospital reopened its wards on Monday.', 'reported_fact'),
      neighbourOnly('The ferry resumed its crossings on Friday.', 'reported_fact'),
    ];
    expect(examples.map((e) => e.features)).toEqual([
      ['before:accusation'],
      ['before:accusation'],
      ['before:reported_fact'],
      ['before:reported_fact'],
    ]);
    const model = trainLogisticModel(examples, WORDS_ONLY);
    const typeOfSecond = (first: string) =>
      classifyClaims(parseDocument(`${first} ${second}`), undefined, {
        model,
        ruleThreshold: Infinity,
        ruleWeight: 0,
        calibration: null,
      })[1]!.type;
    expect(typeOfSecond('The militia deliberately bombed the school, a war crime.')).toBe('accusation');
    expect(typeOfSecond('The school reopened its classrooms on Monday.')).toBe('reported_fact');
  });

  it('reads the rules’ scores on a log scale and the margin between the top two in buckets', () => {
    const scores = new Array<number>(CLAIM_TYPES.length).fill(0);
    scores[CLAIM_TYPES.indexOf('accusation')] = 2;
    scores[CLAIM_TYPES.indexOf('reported_fact')] = 0.5;
    const signals: [string, number][] = [];
    eachRuleSignal(scores, (name, value) => signals.push([name, value]));
    expect(signals).toEqual([
      ['rs:accusation', Math.log1p(2)],
      ['rs:reported_fact', Math.log1p(0.5)],
      ['rm:3', 1],
      ['rt:accusation@3', 1],
    ]);
    const none: string[] = [];
    eachRuleSignal(new Array<number>(CLAIM_TYPES.length).fill(0), (name) => none.push(name));
    expect(none).toEqual([]);
  });

  it('carries one weight per label for every feature, and how it combines with the rules', () => {
    const shipped: LogisticModel = trainLogisticModel([...COOPERATION, ...CONCERN]);
    expect(shipped.kind).toBe('logistic');
    expect(shipped.bias).toHaveLength(shipped.labels.length);
    for (const weights of shipped.weights) expect(weights).toHaveLength(shipped.labels.length);
    expect(shipped.weights).toHaveLength(shipped.vocabulary.length);
    expect(shipped.ruleThreshold).toBeGreaterThan(0);
    expect(shipped.ruleWeight).toBeGreaterThanOrEqual(0);
  });
});
