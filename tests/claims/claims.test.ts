import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CLAIM_TYPES,
  claimMix,
  classifyClaims,
  classifySentence,
  evidenceCounts,
  isLogistic,
  modelLogScores,
  shippedModel,
  shippedCalibration,
  calibrate,
  type Claim,
  type ClaimAttribution,
  type ClaimType,
} from '../../src/claims';
import {
  BAYES_TEMPERATURE,
  caseFeatures,
  caseRuleScores,
  claimCases,
  classifyCases,
  DEFAULT_MIN_WORD_COUNT,
  dropRareWords,
  fitCalibration,
  modelCases,
  predictionsOf,
  readLabelledClaims,
  scorePredictions,
  trainLogisticOnCases,
  trainNaturalBayes,
  trainOnCases,
  trainShippedLogistic,
  DEFAULT_LOGISTIC_OPTIONS,
} from '../../src/claims/training';
import { lexicon } from '../../src/claims/lexicon/compile';
import { attribute } from '../../src/speakers';
import { parseDocument, reportingForms, type Doc } from '../../src/text';

const ROOT = join(__dirname, '..', '..');
const SEED_TEXT = readFileSync(join(ROOT, 'seeds/000_4c4a38b6e695fe75.txt'), 'utf8');
const RULES = { model: null } as const;

const typeOf = (text: string) => classifySentence(text, RULES).type;
const rulesOf = (claim: Claim) => claim.evidence.map((e) => e.rule);

function sentenceOf(doc: Doc, prefix: string): number {
  const found = doc.sentences.find((s) => s.text.startsWith(prefix));
  if (!found) throw new Error(`no sentence starting "${prefix}"`);
  return found.index;
}

describe('cue lexicons', () => {
  it('types the seed rebuttal by its multi-word cues', () => {
    const claim = classifySentence(
      'China firmly opposes and definitely does not accept the US-led criticism of China’s human rights record.',
      RULES,
    );
    expect(claim.type).toBe('rejection_denial');
    expect(rulesOf(claim)).toContain('cue:firmly opposes');
    expect(claim.confidence).toBeGreaterThan(0.7);
  });

  it('matches inflections through stems inside phrases', () => {
    expect(rulesOf(classifySentence('The ministry firmly opposed the decision.', RULES))).toContain(
      'cue:firmly opposes',
    );
    expect(typeOf('Both sides agreed to work together on climate change.')).toBe('cooperation_dialogue');
  });

  it('lists every inflection of a one-word censure cue, so a report of it in any tense rejects', () => {
    expect(typeOf('The ministry has criticised the court’s ruling on the fishing ban.')).toBe('rejection_denial');
    expect(typeOf('Ostrava is denouncing the council’s resolution on the border.')).toBe('rejection_denial');
  });

  it('reads principles, concern, motives and counter-accusations', () => {
    expect(typeOf('There is no one-size-fits-all approach for the development of human rights.')).toBe(
      'principle_position',
    );
    expect(typeOf('We are deeply concerned by the reports of mass arrests.')).toBe('concern_expressive');
    expect(typeOf('The welfare agenda is therefore turned into a geopolitical tool.')).toBe('motive_attribution');
    expect(typeOf('They use human rights as a pretext to contain China.')).toBe('motive_attribution');
    expect(typeOf('Such double standards expose their hypocrisy.')).toBe('counter_accusation');
  });

  it('turns criticism back on the critic when the critic’s own record is named', () => {
    const claim = classifySentence(
      'Those who accuse others of coercion should first ask themselves who imposed sanctions on thirty countries.',
      RULES,
    );
    expect(claim.type).toBe('counter_accusation');
    expect(rulesOf(claim).some((r) => r.startsWith('critic+own:'))).toBe(true);
  });
});

describe('negation', () => {
  it('makes a rejection of a negated acceptance', () => {
    const claim = classifySentence('The government does not accept the findings of the report.', RULES);
    expect(claim.type).toBe('rejection_denial');
    expect(rulesOf(claim)).toContain('negation+cue:accept');
  });

  it('does not read a negated violation as an accusation', () => {
    const claim = classifySentence('Our coast guard did not violate any rule of international law.', RULES);
    expect(claim.type).not.toBe('accusation');
    expect(claim.type).toBe('rejection_denial');
  });

  it('keeps "not only … but also" as an accusation', () => {
    const claim = classifySentence(
      'The criticism not only severely interferes in China’s domestic affairs, but also breaches the rule of law.',
      RULES,
    );
    expect(claim.type).toBe('accusation');
    expect(rulesOf(claim).some((r) => r.startsWith('negation'))).toBe(false);
  });

  it('reads "were not supported by" as a rejection', () => {
    expect(typeOf('But the accusations were not supported by most countries.')).toBe('rejection_denial');
  });
});

describe('modality and tense', () => {
  it('makes a warning of "will only"', () => {
    expect(
      typeOf('Such double standards and politicization will only intensify conflicts, analysts pointed out.'),
    ).toBe('prediction_warning');
  });

  it('makes a call of urge, call on and should', () => {
    expect(typeOf('We urge the United States to stop interfering in the internal affairs of other countries.')).toBe(
      'call_to_action',
    );
    expect(typeOf('The authorities should release the detained journalists immediately.')).toBe('call_to_action');
  });

  it('makes a commitment of an own-side future, a prediction of another’s', () => {
    const own = classifySentence(
      'We will continue to deepen cooperation with African countries in health and education.',
      RULES,
    );
    expect(['commitment_resolve', 'cooperation_dialogue']).toContain(own.type);
    expect(typeOf('We will never waver in defending our sovereignty.')).toBe('commitment_resolve');
    expect(typeOf('This reckless move will only backfire on those who made it.')).toBe('prediction_warning');
  });

  it('reads an announced event as a reported fact, not a prediction', () => {
    const claim = classifySentence('The President will travel to Ohio on Tuesday to meet with steelworkers.', RULES);
    expect(claim.type).toBe('reported_fact');
    expect(rulesOf(claim)).toContain('modality:scheduled');
  });

  it('makes a call of "we hope" addressed to another party, whatever the demanded verb', () => {
    expect(typeOf('We hope the other side will keep its promises.')).toBe('call_to_action');
    expect(typeOf('We hope that the EU can honour the agreement it signed.')).toBe('call_to_action');
  });

  it('keeps a rejection whose object names the other side’s wrongdoing', () => {
    expect(
      typeOf(
        'We firmly oppose any external forces that meddle in our internal affairs and undermine our sovereignty under any pretext.',
      ),
    ).toBe('rejection_denial');
  });

  it('reads condemnation of an act as concern, condemnation of a named party’s act as an accusation', () => {
    expect(
      typeOf('The Secretary-General strongly condemns the attack on the hospital in the north of the country.'),
    ).toBe('concern_expressive');
    expect(typeOf('The Secretary-General strongly condemns the attack by armed militants on the hospital.')).toBe(
      'accusation',
    );
  });

  it('makes a welcome followed by encouragement to talk cooperation', () => {
    expect(
      typeOf('The Secretary-General welcomes the ceasefire and encourages the parties to continue their dialogue.'),
    ).toBe('cooperation_dialogue');
  });

  it('keeps a list of demands a call when dialogue is only its last item', () => {
    expect(
      typeOf(
        'We urge the relevant countries to stop interfering in our domestic affairs and do more to promote dialogue.',
      ),
    ).toBe('call_to_action');
  });

  it('reads "concerning" as a preposition unless it describes something', () => {
    expect(typeOf('Only the national legislature may make laws on issues concerning national security.')).not.toBe(
      'concern_expressive',
    );
    expect(typeOf('The rise in attacks on aid workers is deeply concerning.')).toBe('concern_expressive');
  });

  it('makes dialogue the content of a call or an offer cooperation, but not of a commitment or a welcome', () => {
    expect(typeOf('We call on both sides to resume talks without preconditions.')).toBe('cooperation_dialogue');
    expect(typeOf('Reopen the negotiations.')).toBe('cooperation_dialogue');
    expect(typeOf('We stand ready to work with all parties to find a peaceful settlement.')).toBe(
      'cooperation_dialogue',
    );
    expect(typeOf('We will continue to work closely with our regional partners on border security.')).toBe(
      'commitment_resolve',
    );
    expect(typeOf('The government welcomes the resumption of dialogue between the two capitals.')).toBe(
      'concern_expressive',
    );
  });

  it('types past-tense event reports as facts', () => {
    expect(typeOf('On Monday, the two foreign ministers held talks in Geneva.')).toBe('reported_fact');
  });

  it('reads a present progressive as an ongoing event, a plain present as a standing position', () => {
    const ongoing = classifySentence(
      'The opposition leader is weighing a return to the capital despite the new arrest warrant.',
      RULES,
    );
    expect(ongoing.type).toBe('reported_fact');
    expect(rulesOf(ongoing)).toContain('tense:progressive');
    expect(
      rulesOf(classifySentence('There is overwhelming support for the ceasefire among the delegations.', RULES)),
    ).not.toContain('tense:progressive');
    expect(typeOf('The sea lanes are a common heritage of the region.')).toBe('principle_position');
  });
});

describe('subject and side', () => {
  it('tells the speaker’s own achievements from the other side’s record', () => {
    const own = classifySentence('We have made remarkable progress in reducing poverty.', RULES);
    expect(own.type).toBe('self_achievement');
    expect(rulesOf(own).some((r) => r.endsWith('@own'))).toBe(true);
    const other = classifySentence('They ignore their own human rights problems.', RULES);
    expect(other.type).toBe('counter_accusation');
    expect(rulesOf(other).some((r) => r.endsWith('@other'))).toBe(true);
  });

  it('derives the own side from the speaker’s role: China is own side for a Chinese spokesperson', () => {
    const doc = parseDocument('China will continue to safeguard its sovereignty.');
    const attribution: ClaimAttribution = {
      voices: [{ sentence: 0, voice: 'Wang Wenbin', confidence: 1, rule: 'quote' }],
      quotes: [],
      speakers: [
        {
          canonical: 'Wang Wenbin',
          type: 'person',
          role: 'Chinese Foreign Ministry Spokesperson',
          aliases: ['Wang'],
          quotes: 0,
          words: 0,
          share: 0,
          sentences: 1,
          reportedOnly: false,
        },
      ],
    };
    const [claim] = classifyClaims(doc, attribution, RULES);
    expect(claim!.type).toBe('commitment_resolve');
    expect(claim!.speaker).toBe('Wang Wenbin');
    expect(rulesOf(claim!).some((r) => r.endsWith('@own'))).toBe(true);
    const [asAuthor] = classifyClaims(doc, undefined, RULES);
    expect(rulesOf(asAuthor!).some((r) => r.endsWith('@own'))).toBe(false);
  });

  it('matches own-side phrases of several words whole, from the role and from the speaker’s name', () => {
    const text =
      'The United States will continue to support the talks. Ana Berg will keep pressing for access. Berg Industries will keep pressing for access.';
    const doc = parseDocument(text);
    const speaker = (canonical: string, role: string) => ({
      canonical,
      type: 'person' as const,
      role,
      aliases: [],
      quotes: 0,
      words: 0,
      share: 0,
      sentences: 3,
      reportedOnly: false,
    });
    const attribution: ClaimAttribution = {
      voices: [0, 1, 2].map((sentence) => ({ sentence, voice: 'Ana Berg', confidence: 1, rule: 'quote' })),
      quotes: [],
      speakers: [speaker('Ana Berg', 'US Ambassador to the United Nations')],
    };
    const [unitedStates, ownName, otherBerg] = classifyClaims(doc, attribution, RULES);
    // `US` in the role implies `united states`, two words matched together.
    expect(rulesOf(unitedStates!).some((r) => r.endsWith('@own'))).toBe(true);
    expect(rulesOf(ownName!).some((r) => r.endsWith('@own'))).toBe(true);
    // One word of the name is not the name.
    expect(rulesOf(otherBerg!).some((r) => r.endsWith('@own'))).toBe(false);
  });
});

describe('who speaks and what is not a claim', () => {
  const seed = parseDocument(SEED_TEXT, 'seed');
  const first = sentenceOf(seed, 'China firmly opposes');

  it('gives a quoted sentence to the quoted speaker and discounts the reporting frame', () => {
    const sentence = seed.sentences[first]!;
    const contentEnd = SEED_TEXT.indexOf(', said Foreign Ministry');
    const attribution: ClaimAttribution = {
      voices: [{ sentence: first, voice: 'Hong Lei', confidence: 0.95, rule: 'quote' }],
      quotes: [
        {
          index: 0,
          kind: 'indirect',
          content: { start: sentence.start, end: contentEnd, text: SEED_TEXT.slice(sentence.start, contentEnd) },
          speaker: null,
          canonical: 'Hong Lei',
          cue: null,
          confidence: 0.95,
          sentences: [first],
        },
      ],
    };
    const claim = classifyClaims(seed, attribution, RULES)[first]!;
    expect(claim.speaker).toBe('Hong Lei');
    expect(claim.type).toBe('rejection_denial');
    const refuting = claim.evidence.find((e) => e.text === 'refuting');
    const opposes = claim.evidence.find((e) => e.text === 'firmly opposes');
    expect(refuting!.weight).toBeLessThan(opposes!.weight / 2);
    expect(classifyClaims(seed, undefined, RULES)[first]!.speaker).toBe('author');
  });

  it('reads a demand verb in the reporting frame as the reported party’s call', () => {
    const text =
      'The foreign minister on Friday urged neighbouring states to oppose any country that imposes sanctions on the region.';
    const doc = parseDocument(text);
    const contentStart = text.indexOf('neighbouring');
    const attribution: ClaimAttribution = {
      voices: [{ sentence: 0, voice: 'foreign minister', confidence: 0.9, rule: 'quote' }],
      quotes: [
        {
          index: 0,
          kind: 'indirect',
          content: { start: contentStart, end: text.length - 1, text: text.slice(contentStart, text.length - 1) },
          speaker: null,
          canonical: 'foreign minister',
          cue: null,
          confidence: 0.9,
          sentences: [0],
        },
      ],
    };
    const claim = classifyClaims(doc, attribution, RULES)[0]!;
    expect(claim.type).toBe('call_to_action');
    expect(claim.speaker).toBe('foreign minister');
  });

  it('makes questions, lead-ins and document titles other', () => {
    expect(typeOf('How do you respond to the criticism from the US side?')).toBe('other');
    expect(typeOf('The following statement was issued by the spokesperson:')).toBe('other');
    const doc = parseDocument(
      'Joint Statement on the Situation in the Region\n\nWe call on all parties to exercise maximum restraint.',
    );
    const claims = classifyClaims(doc, undefined, RULES);
    expect(claims[0]!.type).toBe('other');
    expect(claims[1]!.type).toBe('call_to_action');
    const dated = parseDocument(
      'Foreign Ministry Spokesperson Li Ming’s Remarks on March 3, 2021\n\nWe call on all parties to exercise maximum restraint.',
    );
    expect(classifyClaims(dated, undefined, RULES)[0]!.type).toBe('other');
  });

  it('types a headline by its content', () => {
    expect(classifyClaims(seed, undefined, RULES)[0]!.type).toBe('rejection_denial');
  });

  // A past-tense framing sentence in the turn is the journalist's report of events: see the test of the taxonomy's rule below.
  it('makes a journalist’s greeting and question in a transcript turn other', () => {
    const doc = parseDocument('Q: Thank you, Minister, for taking our questions. Will China impose sanctions?');
    const attribution: ClaimAttribution = {
      voices: doc.sentences.map((s) => ({
        sentence: s.index,
        voice: 'Reporter',
        confidence: 0.9,
        rule: 'turn' as const,
      })),
      quotes: [
        {
          index: 0,
          kind: 'transcript',
          content: { start: 3, end: doc.text.length, text: doc.text.slice(3) },
          speaker: null,
          canonical: 'Reporter',
          cue: null,
          confidence: 0.9,
          sentences: doc.sentences.map((s) => s.index),
          question: true,
        },
      ],
    };
    for (const claim of classifyClaims(doc, attribution, RULES)) expect(claim.type).toBe('other');
  });

  it('answers other, marked as evidence-free, where nothing speaks for a type', () => {
    const claim = classifySentence('The envoy from Geneva.', RULES);
    expect(claim).toMatchObject({ type: 'other', source: 'none', alternatives: [], evidence: [] });
    expect(claim.confidence).toBeLessThanOrEqual(0.3);
    // With the model, which has learnt such fragments from titles and credits: still `other`, with its best guesses as alternatives.
    const guessed = classifySentence('The envoy from Geneva.');
    expect(guessed).toMatchObject({ type: 'other', evidence: [] });
    expect(['model', 'none']).toContain(guessed.source);
    // Its confidence is a step of the shipped calibration for its source: the held-out share of such
    // lines that were `other`, never a certainty (every step counts one wrong claim more than it saw).
    const curve = shippedCalibration()!.sources[guessed.source]!;
    expect(curve.value).toContain(guessed.confidence);
    expect(guessed.confidence).toBeLessThan(1);
    expect(guessed.alternatives.length).toBeGreaterThan(0);
    expect(guessed.alternatives.length).toBeLessThanOrEqual(3);
  });
});

describe('claims of a document', () => {
  const seed = parseDocument(SEED_TEXT, 'seed');
  const claims = classifyClaims(seed);

  it('gives one claim per sentence, with evidence offsets into the text', () => {
    expect(claims.map((c) => c.sentence)).toEqual(seed.sentences.map((s) => s.index));
    for (const claim of claims) {
      expect(CLAIM_TYPES).toContain(claim.type);
      expect(claim.confidence).toBeGreaterThanOrEqual(0);
      expect(claim.confidence).toBeLessThanOrEqual(1);
      expect(claim.alternatives.map((a) => a.type)).not.toContain(claim.type);
      const scores = claim.alternatives.map((a) => a.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const e of claim.evidence) expect(seed.text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(classifyClaims(parseDocument(SEED_TEXT, 'seed')))).toBe(JSON.stringify(claims));
  });

  it('counts each speaker’s claim types and the deciding cues', () => {
    const voices: ClaimAttribution = {
      voices: seed.sentences.map((s) => ({
        sentence: s.index,
        voice: s.index === 1 ? 'Hong Lei' : 'author',
        confidence: 1,
        rule: 'quote' as const,
      })),
      quotes: [],
    };
    const mix = claimMix(classifyClaims(seed, voices));
    expect(mix).toContainEqual({ speaker: 'Hong Lei', type: 'rejection_denial', count: 1 });
    expect(mix.reduce((n, row) => n + row.count, 0)).toBe(seed.sentences.length);
    const cues = evidenceCounts(claims);
    const firmly = cues.find((row) => row.cue === 'firmly opposes');
    expect(firmly).toMatchObject({ type: 'rejection_denial', rule: 'cue:firmly opposes', count: 1 });
  });
});

describe('a document that answers a critic', () => {
  const deteriorated = 'Over the past decade, living conditions in those communities have steadily deteriorated.';
  const typed = (text: string) => {
    const doc = parseDocument(text);
    const claims = classifyClaims(doc, attribute(doc));
    return claims[doc.sentences.findIndex((s) => s.text === deteriorated)]!;
  };
  const reply = typed(
    'Foreign ministry rejects Ruritania’s criticism\n\nThe foreign ministry on Tuesday firmly rejected the ' +
      'criticism from Ruritania of its treatment of border communities.\n\n' +
      deteriorated,
  );
  const report = typed(
    'Ministry publishes border report\n\nThe interior ministry on Tuesday published its annual report on ' +
      'border communities.\n\n' +
      deteriorated,
  );

  it('offers the counter-accusation reading wherever it offers the charge', () => {
    const types = (claim: Claim) => claim.alternatives.map((a) => a.type);
    expect(types(report)).toContain('accusation');
    expect(types(report)).not.toContain('counter_accusation');
    expect(types(reply)).toContain('accusation');
    const charge = types(reply).indexOf('accusation');
    expect(reply.alternatives[charge + 1]).toEqual({
      type: 'counter_accusation',
      score: reply.alternatives[charge]!.score,
    });
    expect(reply.alternatives.length).toBeLessThanOrEqual(3);
  });
});

describe('a long reply that names its critic again and again', () => {
  const block =
    'The foreign ministry on Tuesday firmly rejected the criticism from Ruritania of its treatment of border ' +
    'communities.\n\n“Not long ago, in Ruritania, thousands of migrant children were separated from their ' +
    'parents,” spokesperson Lin Varga told reporters.\n\n“Freedonia needs no lessons,” Varga said.';
  const typedBlocks = (repeats: number) => {
    const doc = parseDocument(
      'Foreign ministry rejects Ruritania’s criticism\n\n' + Array.from({ length: repeats }, () => block).join('\n\n'),
    );
    const claims = classifyClaims(doc, attribute(doc)).map((c) => ({
      type: c.type,
      confidence: c.confidence,
      rules: c.evidence.map((e) => e.rule),
    }));
    return {
      headline: claims[0]!,
      blocks: Array.from({ length: repeats }, (_, k) => claims.slice(1 + 3 * k, 4 + 3 * k)),
    };
  };

  it('finds the critic in each sentence that names it, wherever the sentence stands in the document', () => {
    const single = typedBlocks(1);
    // The spokesperson's whataboutism names the critic: a counter-accusation, by the critic's misdeed.
    expect(single.blocks[0]![1]).toMatchObject({ type: 'counter_accusation' });
    expect(single.blocks[0]![1]!.rules).toContain('critic+misdeed:separated');
    const long = typedBlocks(60);
    expect(long.headline).toEqual(single.headline);
    for (const typed of long.blocks) expect(typed).toEqual(single.blocks[0]);
  });
});

describe('news reports', () => {
  it('reads broadcast sign-offs as no claim, but not a claim that starts like one', () => {
    for (const line of [
      'I’m Jane Miller.',
      'This is VOA news.',
      'Reporting from Nairobi, I’m Tom Baker, VOA news.',
      'AP’s Dana Reed has more.',
      'That’s Reuters Sam Ito.',
    ]) {
      const claim = classifySentence(line, RULES);
      expect(claim.type, line).toBe('other');
      expect(rulesOf(claim), line).toContain('sign-off');
    }
    expect(rulesOf(classifySentence('This is a violation of international law.', RULES))).not.toContain('sign-off');
    expect(typeOf('I’m confident we will reach an agreement.')).not.toBe('other');
  });

  it('gives a reported pronoun’s future, or its backshifted would, to the reported party as a commitment', () => {
    const claim = classifySentence('The opposition leader says she will fly back to the capital next week.', RULES);
    expect(claim.type).toBe('commitment_resolve');
    expect(rulesOf(claim)).toContain('modality:future@own');
    expect(typeOf('The ministers said they would speed up the delivery of aid to the region.')).toBe(
      'commitment_resolve',
    );
    // `it` is as often an empty subject: its future stays a prediction.
    expect(typeOf('Analysts say it will take years to rebuild the port.')).toBe('prediction_warning');
    // A modal other than will/would is no backshifted future.
    expect(typeOf('Hospital chiefs say they may have to turn patients away.')).toBe('prediction_warning');
  });

  it('reads expectations and beliefs about the future as predictions', () => {
    expect(typeOf('The health adviser expects the backlog to be cleared within a week.')).toBe('prediction_warning');
    const belief = classifySentence('I believe we will be back to normal by the summer.', RULES);
    expect(belief.type).toBe('prediction_warning');
    expect(rulesOf(belief)).toContain('cue:i believe * will@own');
  });

  it('reads a promise as a commitment and a court’s decisions as reported facts', () => {
    expect(typeOf('Leaders of the bloc promised on Friday to share vaccines with poorer countries.')).toBe(
      'commitment_resolve',
    );
    expect(typeOf('On Monday, the magistrate rejected his bail application.')).toBe('reported_fact');
    expect(typeOf('All four defendants pleaded not guilty.')).toBe('reported_fact');
    expect(typeOf('I plead not guilty.')).toBe('rejection_denial');
    expect(typeOf('Infections continue to rise in the northern provinces.')).toBe('reported_fact');
  });

  it('reads a speaker’s shock and named problems as concern', () => {
    expect(typeOf('The union leader said he found the verdict shocking and hard to accept.')).toBe(
      'concern_expressive',
    );
    expect(typeOf('But the health commissioner says supply is a big issue.')).toBe('concern_expressive');
  });

  it('reads reported allegations and defiance as accusations', () => {
    expect(typeOf('The two men allegedly smuggled weapons across the border.')).toBe('accusation');
    expect(typeOf('Authorities said the group did not comply with a police order to hand over its records.')).toBe(
      'accusation',
    );
  });

  it('reads asking people to act as a call', () => {
    expect(typeOf('I ask you to stay at home this weekend.')).toBe('call_to_action');
    expect(typeOf('The mayor is asking people to avoid the city centre.')).toBe('call_to_action');
  });
});

describe('learned layer on the labelled set', () => {
  const records = readLabelledClaims(join(ROOT, 'data/claims/labels.jsonl'));
  const cases = claimCases(records, {
    seed: join(ROOT, 'seeds'),
    corpus: join(ROOT, 'tests/fixtures'),
    blind: join(ROOT, 'data/claims/texts'),
  });
  const features = caseFeatures(cases, RULES);
  const train = cases.filter((c) => c.record.split === 'train');
  const trainFeatures = features.filter((_, i) => cases[i]!.record.split === 'train');
  const test = cases.filter((c) => c.record.split === 'test');
  const testFeatures = features.filter((_, i) => cases[i]!.record.split === 'test');
  const model = trainOnCases(train, trainFeatures, { temperature: BAYES_TEMPERATURE });
  const ruleScores = caseRuleScores(cases, RULES);
  const trainRuleScores = ruleScores.filter((_, i) => cases[i]!.record.split === 'train');
  const testRuleScores = ruleScores.filter((_, i) => cases[i]!.record.split === 'test');
  const logistic = trainLogisticOnCases(train, trainFeatures, trainRuleScores);

  it('ships the logistic model with word vectors, trained on the train split only', () => {
    const shipped = shippedModel()!;
    expect(isLogistic(shipped)).toBe(true);
    if (!isLogistic(shipped)) return;
    expect(shipped.wordVectors).toBe(DEFAULT_LOGISTIC_OPTIONS.wordVectors);
    expect(shipped.ruleThreshold).toBe(DEFAULT_LOGISTIC_OPTIONS.ruleThreshold);
    // Every label of the train split, and no feature a test sentence alone brings.
    expect([...shipped.labels]).toEqual(CLAIM_TYPES.filter((type) => train.some((c) => c.record.label === type)));
    expect(shipped.vocabulary).toEqual(logistic.vocabulary);
  });

  it('scores sentences as natural’s BayesClassifier does', () => {
    const natural = trainNaturalBayes(
      dropRareWords(
        train.map((c, i) => ({ features: trainFeatures[i]!, label: c.record.label })),
        DEFAULT_MIN_WORD_COUNT,
      ),
    );
    for (const f of testFeatures) {
      const scores = modelLogScores(model, f);
      const best = model.labels[scores.indexOf(Math.max(...scores))];
      expect(best).toBe(natural.classify([...f]));
    }
  });

  it('reaches its held-out accuracy, alone and combined with the rules', () => {
    const score = (types: readonly ClaimType[]) => scorePredictions(predictionsOf(test, types));
    const rules = score(classifyCases(test, RULES));
    const alone = score(modelCases(model, testFeatures));
    const both = score(classifyCases(test, { model }));
    const logisticAlone = score(modelCases(logistic, testFeatures, testRuleScores));
    const logisticBoth = score(classifyCases(test, { model: logistic }));
    // Floors a few points under the figures reached on the test split, which holds 144 blind-labelled
    // documents never read while writing the rules (rules 0.61, naive Bayes 0.48, both 0.62, lenient 0.75,
    // macro-F1 0.55; logistic with word vectors alone 0.65, with the rules 0.65 and macro-F1 0.58).
    expect(alone.accuracy).toBeGreaterThanOrEqual(0.47);
    expect(rules.accuracy).toBeGreaterThanOrEqual(0.55);
    expect(both.accuracy).toBeGreaterThanOrEqual(0.55);
    expect(both.lenient).toBeGreaterThanOrEqual(0.66);
    expect(both.macroF1).toBeGreaterThanOrEqual(0.5);
    expect(logisticAlone.accuracy).toBeGreaterThanOrEqual(0.62);
    expect(logisticBoth.accuracy).toBeGreaterThanOrEqual(0.62);
    expect(logisticBoth.macroF1).toBeGreaterThanOrEqual(0.55);
    expect(logisticBoth.accuracy).toBeGreaterThan(both.accuracy + 0.02);
  });

  it('reproduces the shipped model and calibration byte for byte from data/claims/', () => {
    const heldOut = cases.filter((c) => c.record.origin === 'blind' && c.record.split === 'test');
    const shipped = trainShippedLogistic(train, trainFeatures, trainRuleScores, heldOut);
    expect(JSON.stringify(shipped.model) + '\n').toBe(
      readFileSync(join(ROOT, 'src/claims/model/claims-model.json'), 'utf8'),
    );
    expect(JSON.stringify(shipped.calibration) + '\n').toBe(
      readFileSync(join(ROOT, 'src/claims/model/calibration.json'), 'utf8'),
    );
  });

  it('fits one calibration step for claims whose raw confidences cannot be told apart', () => {
    // Twenty evidence-free claims of the same raw confidence, half of them right: one step at 0.5.
    const claims = Array.from({ length: 20 }, (_, i) => ({
      sentence: i,
      type: 'other' as ClaimType,
      confidence: 0.2,
      alternatives: [],
      evidence: [],
      speaker: 'author',
      source: 'none' as const,
    }));
    const labels = claims.map((_, i) => (i % 2 === 0 ? 'other' : 'reported_fact') as ClaimType);
    expect(fitCalibration(claims, labels).sources['none']).toEqual({ upTo: [0.2], value: [0.5], n: 20 });
  });

  it('ships a confidence that is non-decreasing in the raw score, one step per distinct raw confidence', () => {
    const calibration = shippedCalibration()!;
    for (const curve of Object.values(calibration.sources)) {
      for (let i = 1; i < curve.value.length; i++) expect(curve.value[i]!).toBeGreaterThanOrEqual(curve.value[i - 1]!);
    }
    expect(calibrate(calibration, 'rules', 0.1)).toBeLessThanOrEqual(calibrate(calibration, 'rules', 0.9));
    // Raw confidences that cannot be told apart (every evidence-free claim has the same) make one step, not several.
    for (const curve of Object.values(calibration.sources)) expect(new Set(curve.upTo).size).toBe(curve.upTo.length);
  });
});

describe('the reference taxonomy and the error families', () => {
  it('matches a cue word whose stem conflates it with another by its form (`likely` is not `like`)', () => {
    const claim = classifySentence('We would like to point out that the reef belongs to our province.', RULES);
    expect(claim.type).toBe('principle_position');
    expect(rulesOf(claim).some((r) => r.includes('likely'))).toBe(false);
    expect(typeOf('The floods are likely to displace thousands more families.')).toBe('prediction_warning');
  });

  it('reads a charge that is only risked as a warning of its consequence, as after a modal', () => {
    // `inflaming` and `reversing the progress` would be a charge and a record; risked, they are what is feared.
    expect(typeOf('Such steps risk further inflaming tensions along the border.')).toBe('prediction_warning');
    expect(typeOf('The plan risks reversing the progress made in the talks.')).toBe('prediction_warning');
    const claim = classifySentence('These deployments risk destabilising the whole region.', RULES);
    expect(claim.type).toBe('prediction_warning');
    expect(claim.evidence.some((e) => e.type === 'accusation')).toBe(false);
    // Done, not risked, the same charge stays an accusation.
    expect(typeOf('These deployments are destabilising the whole region.')).toBe('accusation');
  });

  it('reads a one-word call cue after an article as a noun, not a demand', () => {
    const welcome = classifySentence('We welcome the release of the two aid workers.', RULES);
    expect(welcome.type).toBe('concern_expressive');
    expect(welcome.evidence.some((e) => e.type === 'call_to_action')).toBe(false);
    // the same word as a verb still demands
    expect(typeOf('Release the two aid workers without delay.')).toBe('call_to_action');
    expect(typeOf('We urge the militia to release the two aid workers.')).toBe('call_to_action');
  });

  it("reports another party's negated past, and reads one's own as a denial", () => {
    expect(typeOf('The consulate did not reply to a request for comment.')).toBe('reported_fact');
    expect(typeOf('We never approved the raid and knew nothing of it.')).toBe('rejection_denial');
    // in the present, a bare negated predicate still denies
    expect(typeOf('The board does not publish its minutes because they are confidential.')).toBe('rejection_denial');
  });

  it('reads a clause opened by should in a statement as a condition, not a demand', () => {
    expect(typeOf('Should the army cross the line, it would face a swift response.')).toBe('prediction_warning');
    const condition = classifySentence('The council will act, should the attacks continue.', RULES);
    expect(condition.evidence.some((e) => e.rule.startsWith('modality:obligation'))).toBe(false);
    // asked, or inside the clause, `should` still obliges
    expect(typeOf('Both governments should release the detainees at once.')).toBe('call_to_action');
    const asked = classifySentence('Should we accept such demands?', RULES);
    expect(asked.evidence.some((e) => e.rule.startsWith('modality:obligation'))).toBe(true);
  });

  it('runs a headless subject (`those responsible for …`) up to its verb, so the demand is the point', () => {
    expect(typeOf('Those responsible for the massacre must be brought to justice.')).toBe('call_to_action');
    expect(typeOf('Anyone involved in the smuggling must be prosecuted.')).toBe('call_to_action');
  });

  it('reads a negated cue by its negated reading when it has one (`did not immediately respond` reports)', () => {
    const report = classifySentence('The consulate did not immediately respond to questions.', RULES);
    expect(report.type).toBe('reported_fact');
    expect(report.evidence.some((e) => e.type === 'call_to_action')).toBe(false);
    expect(typeOf('It was not immediately clear how many people were hurt.')).toBe('reported_fact');
    // not negated, the same word still presses
    expect(typeOf('The shelling must stop immediately.')).toBe('call_to_action');
  });

  it('reads sanctions as a measure, not a wrong, unless the sentence charges them', () => {
    expect(typeOf('The European Union on Monday imposed sanctions on five officials.')).toBe('reported_fact');
    // with no date or event verb to report it, the bare word once made this an accusation
    const measure = classifySentence('The new sanctions cover four banks and two shipping firms.', RULES);
    expect(measure.type).toBe('reported_fact');
    expect(measure.evidence.some((e) => e.type === 'accusation')).toBe(false);
    expect(typeOf('We firmly oppose the illegal unilateral sanctions imposed on our companies.')).toBe(
      'rejection_denial',
    );
    expect(typeOf('These unilateral sanctions harm ordinary people.')).toBe('accusation');
  });

  // Stock phrases of the diplomatic registers, each in a sentence written for the test; pride in a
  // guest's visit is no record.
  const STOCK_PHRASES: readonly (readonly [string, ClaimType])[] = [
    ['The charge was levelled without a shred of evidence.', 'rejection_denial'],
    ['Their so-called report is riddled with lies.', 'rejection_denial'],
    ['Now is the moment for the two governments to sit down and talk.', 'cooperation_dialogue'],
    ['We remain willing to meet the other side halfway.', 'cooperation_dialogue'],
    ['We advise the other side not to underestimate our resolve.', 'prediction_warning'],
    ['The former administration tore up the accord and walked away from the table.', 'accusation'],
    ['Contrary to claims in the press, no troops were present.', 'rejection_denial'],
    ['The minister said his government had nothing to hide.', 'rejection_denial'],
    ['The government has not ruled out expelling more diplomats.', 'prediction_warning'],
    ['The vote was neither free nor fair.', 'accusation'],
    ['We are proud that our engineers rebuilt the bridge in six weeks.', 'self_achievement'],
    ['We are proud to welcome the delegation.', 'concern_expressive'],
    ['Our country remains a major donor to the relief effort in the valley.', 'self_achievement'],
    ['The coast guard is doing its part to keep the shipping lanes open.', 'self_achievement'],
    ['What they are really after is keeping our industry down.', 'motive_attribution'],
    ['The junta is using the curfew as cover to arrest journalists.', 'motive_attribution'],
    ['Our partnership is not directed against any third party.', 'rejection_denial'],
    ['We reserve the right to respond in kind.', 'prediction_warning'],
    ['The status of the islands is not up for negotiation.', 'principle_position'],
    ['The ministry advises travellers to avoid the border area.', 'call_to_action'],
    ['We remind the host government of its obligations under the convention.', 'call_to_action'],
    ['We note with alarm the rising number of displaced families.', 'concern_expressive'],
    ['Such provocations will not go unanswered.', 'prediction_warning'],
    ['These exchanges do not target any third party and should not be disturbed.', 'rejection_denial'],
    ['Our cooperation is not targeted at any third party.', 'rejection_denial'],
    ['Washington should look at its own prisons first.', 'counter_accusation'],
    ['The timing of these reports speaks for itself.', 'motive_attribution'],
    ['It is no coincidence that the leak came a day before the vote.', 'motive_attribution'],
    ['The minister said all options remain on the table.', 'prediction_warning'],
    ['They are hiding behind humanitarian slogans to rearm their militias.', 'motive_attribution'],
    ['The opposition called the official tally a work of fiction.', 'rejection_denial'],
    ['Our security policy will not be dictated from abroad.', 'rejection_denial'],
    ['The opposition leader said the election was stolen.', 'accusation'],
    ['The parade was staged to distract attention from the failing economy.', 'motive_attribution'],
    ['Those shedding crocodile tears over our prisons built their own camps.', 'counter_accusation'],
    ['The envoy worked for months to bring both parties back to the negotiating table.', 'cooperation_dialogue'],
    ['The president is ready to meet the rebel commanders anywhere.', 'cooperation_dialogue'],
    ['We are following the situation closely.', 'concern_expressive'],
    ['Our first priority is doing all we can to bring our citizens home.', 'commitment_resolve'],
    ['We do not want to see this dispute spill over the border.', 'concern_expressive'],
    ['It is unfortunate that the council failed to agree on a statement.', 'concern_expressive'],
    ['Italy stands by the people of the flooded provinces.', 'concern_expressive'],
    ['The suffering inflicted on the villagers by the militia is abhorrent.', 'accusation'],
    ['Prisoners are held in inhumane conditions in the northern camps.', 'accusation'],
    ['It was a relief to see the hostages walk free.', 'concern_expressive'],
    ['We watched with admiration as thousands marched for their rights.', 'concern_expressive'],
    ['The opposition is expressing dismay over the conduct of the local elections.', 'concern_expressive'],
    ['Afternoon, everybody, and Happy New Year to you.', 'other'],
    ['And I think that is all I have, so over to you.', 'other'],
    ['The visit does not change our longstanding policy.', 'principle_position'],
    ['The envoy said the border incident left him concerned and regretful.', 'concern_expressive'],
    ['The diplomat said his country had nothing to do with the cyber-attack.', 'rejection_denial'],
  ];

  it.each(STOCK_PHRASES)('knows the stock phrase in %j', (sentence, type) => {
    expect(typeOf(sentence)).toBe(type);
  });

  it('takes the point from the clause after but or however', () => {
    expect(typeOf('We appreciate the invitation to the summit, but firmly reject its final communique.')).toBe(
      'rejection_denial',
    );
    expect(typeOf('The ministry welcomed the visit; however, it strongly opposes the new tariffs.')).toBe(
      'rejection_denial',
    );
    // A charge before `but` is no concession: `not only … but also` keeps both points.
    expect(typeOf('The embargo not only violates the treaty but also harms ordinary farmers.')).toBe('accusation');
  });

  it('does not let a commitment’s object outweigh the commitment', () => {
    expect(
      typeOf('Nor will our people ever waver in their resolve to resist foreign meddling in domestic matters.'),
    ).toBe('commitment_resolve');
    expect(typeOf('We remain committed to countering interference in the electoral process.')).toBe(
      'commitment_resolve',
    );
  });

  it('reads an imperative after a colon as a call', () => {
    expect(typeOf('The appeal from the families was simple: release the fishermen.')).toBe('call_to_action');
    expect(typeOf('His answer to the envoys was blunt: Stop the shelling now.')).toBe('call_to_action');
  });

  it('does not read time words as a reported fact in a present or modal clause', () => {
    expect(typeOf('Our appeal is as urgent this morning as it was last month.')).toBe('call_to_action');
    expect(typeOf('The convoy reached the border town last week.')).toBe('reported_fact');
  });

  it('knows cues of the spokesperson and UN registers', () => {
    expect(typeOf('The door to talks with our neighbours is always open.')).toBe('cooperation_dialogue');
    expect(['self_achievement', 'rejection_denial']).toContain(
      typeOf('Not a single case of torture has been recorded in our prisons.'),
    );
    expect(typeOf('The new rule is about protecting local fishermen rather than punishing any country.')).toBe(
      'rejection_denial',
    );
    expect(typeOf('The Security Council stresses the necessity for all parties to observe the truce.')).toBe(
      'call_to_action',
    );
    // An intensifier is no self-praise by itself.
    expect(typeOf('The regional bank reported its strongest quarterly losses in a decade.')).not.toBe(
      'self_achievement',
    );
  });

  it('types the last line of a document without its full stop', () => {
    const doc = parseDocument(
      'The consul returned home.\n\nThe consulate in the port city was closed due to the expiry of its lease',
    );
    const claims = classifyClaims(doc, undefined, RULES);
    expect(claims[1]!.type).toBe('reported_fact');
    expect(claims[1]!.evidence.length).toBeGreaterThan(0);
    // Inside a text, a short unpunctuated line is still a heading.
    expect(
      classifyClaims(
        parseDocument('The consul returned home.\n\nBackground to the visit\n\nThe talks resume.'),
        undefined,
        RULES,
      )[1]!.type,
    ).toBe('other');
  });

  it('reads an inclusive norm as a principle, not a call', () => {
    expect(typeOf('We must never forget the miners who died in the disaster.')).toBe('principle_position');
    expect(typeOf('It is our common duty to protect the river for future generations.')).toBe('principle_position');
    expect(typeOf('The occupying forces must withdraw from the valley.')).toBe('call_to_action');
  });

  it('types headlines by their content and leaves titles and credit lines other', () => {
    const headline = (text: string) =>
      classifyClaims(parseDocument(`${text}\n\nThe talks resume next week.`), undefined, RULES)[0]!.type;
    expect(headline('Minister Expels Envoy After Port Dispute')).toBe('reported_fact');
    expect(headline('Fighting Could Spread, Warns Mediator, Urging Restraint')).toBe('prediction_warning');
    expect(headline('Joint Statement on the Border Talks')).toBe('other');
    const credit = parseDocument(
      'The ministers met in Oslo.\n\nStatement by Ambassador Jane Roe, Permanent Representative to the UN, at the Security Council debate on Sudan.',
    );
    expect(classifyClaims(credit, undefined, RULES)[1]!.type).toBe('other');
  });

  it('reads the other side’s refusal in a speaker’s voice as a charge, and a denial of any excuse as a principle', () => {
    const doc = parseDocument(
      'Spokesperson Anna Berg spoke to reporters on Tuesday.\n\n"They have rejected our request for consular access," Berg said. "There is no grievance that justifies the bombing of a school," she said.',
    );
    const claims = classifyClaims(doc, attribute(doc), RULES);
    expect(claims[1]!).toMatchObject({ type: 'accusation', speaker: 'Anna Berg' });
    expect(claims[2]!.type).toBe('principle_position');
    // In the outlet's own voice, the reported party's rejection is its denial.
    expect(typeOf('They have rejected the report as biased.')).toBe('rejection_denial');
  });

  it('reads a speaker’s judgement of the other side’s words as a rejection, its refusal as a charge', () => {
    const doc = parseDocument(
      'Spokesperson Anna Berg spoke to reporters on Tuesday.\n\n"We have seen their claims about the convoy. They are baseless," Berg said. "They have blocked every convoy since May," she said.',
    );
    const claims = classifyClaims(doc, attribute(doc), RULES);
    const typeOfSentence = (prefix: string) => claims[sentenceOf(doc, prefix)]!;
    expect(typeOfSentence('They are baseless')).toMatchObject({ type: 'rejection_denial', speaker: 'Anna Berg' });
    expect(typeOfSentence('"They have blocked')).toMatchObject({ type: 'accusation', speaker: 'Anna Berg' });
  });

  it('reads a spokesperson’s bare answer as a fact, a journalist’s as no claim', () => {
    const doc = parseDocument('MS LAND: Correct.\n\nQUESTION: Okay.');
    const attribution: ClaimAttribution = {
      voices: [
        { sentence: 0, voice: 'Dana Land', confidence: 0.9, rule: 'turn' },
        { sentence: 1, voice: 'Reporter', confidence: 0.9, rule: 'turn' },
      ],
      quotes: [],
    };
    expect(classifyClaims(doc, attribution, RULES).map((c) => c.type)).toEqual(['reported_fact', 'other']);
  });

  it('reads a refused permit as an event, a refused claim as a denial', () => {
    expect(typeOf('The march was called off after the city council denied permission for the rally.')).toBe(
      'reported_fact',
    );
    expect(typeOf('The ministry denied the reports of troop movements.')).toBe('rejection_denial');
  });

  it('reads an outlet’s briefing frame as a reported fact', () => {
    expect(typeOf('At Thursday’s briefing, spokesperson Chen answered a question on the fishing dispute.')).toBe(
      'reported_fact',
    );
  });

  it('makes only the question of a journalist’s turn other; its framing sentence is a reported fact', () => {
    const text =
      'Q: The minister said on Friday that the talks had collapsed. Will the government recall its ambassador?';
    const doc = parseDocument(text);
    const attribution: ClaimAttribution = {
      voices: doc.sentences.map((s) => ({
        sentence: s.index,
        voice: 'Reporter',
        confidence: 0.9,
        rule: 'turn' as const,
      })),
      quotes: [
        {
          index: 0,
          kind: 'transcript',
          content: { start: 3, end: text.length, text: text.slice(3) },
          speaker: null,
          canonical: 'Reporter',
          cue: null,
          confidence: 0.9,
          sentences: doc.sentences.map((s) => s.index),
          question: true,
        },
      ],
    };
    const claims = classifyClaims(doc, attribution, RULES);
    expect(claims.map((c) => c.type)).toEqual(['reported_fact', 'other']);
  });

  it('reads a spokesperson’s rhetorical question and the critic’s own misdeeds as counter-accusations', () => {
    const text =
      'Foreign Ministry Spokesperson Mara Voss rejected the criticism from Freedonia at a press conference on Monday.\n\n' +
      '"The accusations by Freedonia are groundless," Voss said. ' +
      '"Only last year, in Freedonia, hundreds of asylum seekers were detained without trial," she said. ' +
      '"Has Freedonia ever apologised for bombing the market in its own civil war?" she added.';
    const doc = parseDocument(text);
    const claims = classifyClaims(doc, attribute(doc), RULES);
    expect(claims[sentenceOf(doc, '"The accusations')]!.type).toBe('rejection_denial');
    const misdeed = claims[sentenceOf(doc, '"Only last year')]!;
    expect(misdeed.type).toBe('counter_accusation');
    expect(misdeed.speaker).toBe('Mara Voss');
    expect(claims[sentenceOf(doc, '"Has Freedonia')]!.type).toBe('counter_accusation');
    // The same facts told by a reporter, in a text that answers nobody, stay facts.
    const report = parseDocument(
      'Only last year, in Freedonia, hundreds of asylum seekers were detained without trial.',
    );
    expect(classifyClaims(report, attribute(report), RULES)[0]!.type).toBe('reported_fact');
    // A journalist’s question stays a question.
    expect(typeOf('Has Freedonia violated the ceasefire?')).toBe('other');
  });
});

describe('generalising error families (statements, news, briefings)', () => {
  it('reads what `must`/`should` or an imperative demands as the call’s content', () => {
    const claim = classifySentence('The junta must free every student it has unlawfully imprisoned.', RULES);
    expect(claim.type).toBe('call_to_action');
    expect(typeOf('Free the fishermen who were illegally seized last spring.')).toBe('call_to_action');
    // Without the obligation the same charge is the point.
    expect(typeOf('The junta has unlawfully imprisoned dozens of students.')).toBe('accusation');
  });

  it('makes a condemnation that names the wrongdoer an accusation', () => {
    const named = classifySentence('Osterland condemns the attack on the grain depot by the Vardan army.', RULES);
    expect(named.type).toBe('accusation');
    expect(rulesOf(named)).toContain('condemn+agent');
    expect(typeOf('We condemn the attack on the relief convoy by armed militias.')).toBe('accusation');
    // An act condemned with no party named stays an attitude.
    expect(typeOf('We strongly condemn the attack on the relief convoy.')).toBe('concern_expressive');
    // So with concern: about an act with its agent it accuses; `concerned by` names a cause, not an agent.
    expect(typeOf('We remain concerned about the intimidation of fishing boats by the Ostravan coast guard.')).toBe(
      'accusation',
    );
    expect(typeOf('The envoy was concerned by reports that Ostravan troops had crossed the line.')).toBe(
      'concern_expressive',
    );
  });

  it('knows charges, denials of legitimacy and threatened responses of the UN and EU register', () => {
    expect(typeOf('Reporters covering the vote were harassed and intimidated by plain-clothes officers.')).toBe(
      'accusation',
    );
    expect(typeOf('The occupying power continues to deny aid convoys access to the valley.')).toBe('accusation');
    expect(typeOf('This conduct is incompatible with the commitments the government signed in 2019.')).toBe(
      'accusation',
    );
    expect(typeOf('The so-called local assemblies in the occupied districts have no legitimacy.')).toBe(
      'rejection_denial',
    );
    expect(typeOf('These charges against the aid workers are without foundation.')).toBe('rejection_denial');
    expect(typeOf('Any further incursion will be met with a firm and united response.')).toBe('prediction_warning');
  });

  it('reads another party’s continued conduct as a charge, not a commitment', () => {
    const claim = classifySentence('The militia continues to shell villages along the river.', RULES);
    expect(claim.type).toBe('accusation');
    expect(claim.evidence.some((e) => e.type === 'commitment_resolve')).toBe(false);
    expect(typeOf('The occupying forces keep detaining local officials without charge.')).toBe('accusation');
    // The speaker’s own continuation stays a commitment.
    expect(typeOf('We will continue to support the displaced families.')).toBe('commitment_resolve');
    expect(typeOf('We continue to condemn every attack on aid workers.')).not.toBe('accusation');
  });

  it('knows the courtesies, records and motives of Security Council statements', () => {
    expect(typeOf('Colleagues, I will be brief.')).toBe('other');
    expect(typeOf('Statement by Ambassador Ines Moreau at the Security Council briefing on the Sahel')).toBe('other');
    expect(typeOf('Our country is the largest donor to the refugee response in the region.')).not.toBe(
      'principle_position',
    );
    expect(typeOf('The regime is using hunger as a weapon against its own citizens.')).toBe('motive_attribution');
    expect(typeOf('Only a political solution can end the suffering in the north.')).toBe('cooperation_dialogue');
  });

  it('reads a passive harm with a named agent as an accusation, outside a reporter’s news', () => {
    const claim = classifySentence(
      'Dozens of farmers were shot and wounded by the paramilitary units on Sunday.',
      RULES,
    );
    expect(claim.type).toBe('accusation');
    expect(rulesOf(claim)).toContain('passive+agent');
    expect(typeOf('Three aid warehouses were looted by Vardan soldiers last month.')).toBe('accusation');
    expect(typeOf('The election was marred by ballot stuffing and fell short of basic standards.')).toBe('accusation');
    // A harm with no agent named stays a fact.
    expect(typeOf('Three aid warehouses were looted last month.')).toBe('reported_fact');
  });

  it('keeps a reported party’s speech act its claim in the past tense', () => {
    expect(typeOf('The envoy urged both sides to show restraint.')).toBe('call_to_action');
    expect(typeOf('The Secretary-General welcomed the agreement between the two parties.')).toBe('concern_expressive');
    expect(typeOf('The minister warned that the blockade would lead to famine.')).toBe('prediction_warning');
    // What a clause before `; however,` concedes stays conceded.
    expect(typeOf('The council praised the ceasefire; however, it rejects the new border map.')).toBe(
      'rejection_denial',
    );
  });

  it('reads a charge in the subject of a demand as who is addressed', () => {
    expect(typeOf('The perpetrators of these atrocities must face justice.')).toBe('call_to_action');
    // A critic told to look at itself stays a counter-accusation.
    expect(typeOf('Those who lecture others ought to look at their own human rights record first.')).toBe(
      'counter_accusation',
    );
  });

  it('counts the figures of the speaker’s own record for the record, not as a bare fact', () => {
    const claim = classifySentence(
      'Since March, our government has provided more than 30 million euros in emergency aid.',
      RULES,
    );
    expect(claim.type).toBe('self_achievement');
    expect(rulesOf(claim)).toContain('record+facts');
    expect(typeOf('The Union and its member states are the largest provider of relief in the region.')).toBe(
      'self_achievement',
    );
    // Another party’s figures stay facts.
    expect(typeOf('Since March, the neighbouring states have received more than 30,000 refugees.')).toBe(
      'reported_fact',
    );
  });

  it('reads a statement’s issuer, named in the third person, as the author’s own side', () => {
    const text =
      'The Republic of Freedonia notes the report published by the monitoring mission on the border incident.\n\n' +
      'Freedonia will fund the work of the mission until the end of the year.\n\n' +
      'The neighbouring state will soon face a shortage of water in the valley.\n';
    const doc = parseDocument(text);
    const claims = classifyClaims(doc, attribute(doc), RULES);
    const own = claims[sentenceOf(doc, 'Freedonia will')]!;
    expect(own.type).toBe('commitment_resolve');
    expect(rulesOf(own)).toContain('modality:future@own');
    // Another party's future stays a prediction.
    expect(claims[sentenceOf(doc, 'The neighbouring')]!.type).toBe('prediction_warning');
    // With no issuer named, a future of conduct (`will fund`) is still read as the issuer's; a bare future predicts.
    const bare = parseDocument('Freedonia will fund the work of the mission until the end of the year.\n');
    expect(rulesOf(classifyClaims(bare, attribute(bare), RULES)[0]!)).toContain('modality:future@issuer');
    const shortage = parseDocument('Freedonia will soon face a shortage of water in the valley.\n');
    expect(classifyClaims(shortage, attribute(shortage), RULES)[0]!.type).toBe('prediction_warning');
  });

  it('reads a verbless opening with a number and a time word as a fronted phrase, not the subject', () => {
    const claim = classifySentence(
      'Six years on from the illegal annexation of the peninsula by the neighbouring state, the Union remains steadfast in its commitment to the territorial integrity of the country.',
      RULES,
    );
    expect(claim.type).toBe('commitment_resolve');
    // The charge sets the scene: it counts less than the predicate after the comma.
    const weight = (rule: string) => claim.evidence.find((e) => e.rule === rule)!.weight;
    expect(weight('cue:illegal annexation')).toBeLessThan(weight('cue:remain steadfast'));
    // A number that opens the subject keeps it (`Five people were killed`): the harm is reported.
    expect(
      typeOf('Five people were killed in the attack on the market, officials in the province said on Monday.'),
    ).toBe('reported_fact');
  });

  it('reads a charge in an object or adjunct as what the sentence is about, not what it does', () => {
    const trip = classifySentence(
      'The foreign minister travelled to the capital to discuss the pressure on the two journalists.',
      RULES,
    );
    expect(trip.type).toBe('reported_fact');
    expect(trip.alternatives.map((a) => a.type)).toContain('accusation');
    // The charge that heads the predicate stays the sentence's act.
    expect(typeOf('The regime has violated the ceasefire agreement again.')).toBe('accusation');
  });

  it('gives two tied coordinated predicates to the more specific type', () => {
    const claim = classifySentence(
      'We welcome the new trade agreement and will continue to support its full implementation.',
      RULES,
    );
    expect(claim.type).toBe('commitment_resolve');
    expect(rulesOf(claim)).toContain('coordinated:concern_expressive');
    // A clearly stronger first act stays the point; a second object after `and` is no second predicate.
    expect(typeOf('We welcome the new trade agreement and will keep working on it.')).toBe('concern_expressive');
    expect(rulesOf(classifySentence('We welcome the new trade agreement and the new bridge.', RULES))).not.toContain(
      'coordinated:concern_expressive',
    );
  });

  it('keeps a speech act that introduces a partial quote the quoted party’s claim', () => {
    const doc = parseDocument(
      'Polls closed on Sunday in the northern provinces.\n\nUN envoy Maria Lopez welcomed what she called the "calm and orderly" conduct of the count.\n',
    );
    const claim = classifyClaims(doc, attribute(doc), RULES)[sentenceOf(doc, 'UN envoy')]!;
    expect(claim).toMatchObject({ type: 'concern_expressive', speaker: 'Maria Lopez' });
    const weight = (rule: string) => claim.evidence.find((e) => e.rule === rule)!.weight;
    expect(weight('cue:welcomed')).toBeGreaterThan(weight('tense:past'));
  });

  it('reads a ministry that names itself by its institution as the author’s own side, and no other ministry', () => {
    const doc = parseDocument(
      'The Ministry strongly condemns the shelling of the hospital in the border town.\n\n' +
        'The Ministry will fund new shelters for the families in the region.\n\n' +
        'The neighbouring ministry will face questions about the convoy.\n',
    );
    const claims = classifyClaims(doc, attribute(doc), RULES);
    expect(rulesOf(claims[sentenceOf(doc, 'The Ministry will')]!)).toContain('modality:future@own');
    expect(claims[sentenceOf(doc, 'The Ministry will')]!.type).toBe('commitment_resolve');
    expect(rulesOf(claims[sentenceOf(doc, 'The neighbouring')]!)).toContain('modality:future@neutral');
  });

  it('does not count figures for a record cue that is the object of another act', () => {
    const claim = classifySentence(
      'The Republic notes the results of the vote held on 3 May, with 60 per cent turnout.',
      RULES,
    );
    expect(rulesOf(claim)).not.toContain('record+facts');
    expect(claim.type).toBe('reported_fact');
    // Past an auxiliary and an adverb the record cue still heads the predicate.
    expect(
      rulesOf(classifySentence('Since March, our agency has swiftly delivered 30 million euros in aid.', RULES)),
    ).toContain('record+facts');
  });
});

describe('rhetorical questions and clefts in a spokesperson’s answer', () => {
  // A briefing: the journalist asks, the spokesperson answers with questions and a cleft.
  const briefing = parseDocument(
    'Reporter: Palmeria says your navy provoked the clash near the reef. What is your response?\n' +
      'Spokesperson Wen: Why should we take lessons on seamanship from a country that rams fishing boats? ' +
      'Why would our navy provoke a clash in waters we have patrolled for decades? ' +
      'Where is the evidence? ' +
      'So who is really stirring up trouble in the region? ' +
      'It is the Palmerian coast guard that rammed our trawler last spring. ' +
      'It is our coast guard that keeps these waters safe. ' +
      'It is important that both sides exercise restraint.',
  );
  const claims = classifyClaims(briefing, attribute(briefing), RULES);
  const typeAt = (prefix: string) => claims[sentenceOf(briefing, prefix)]!.type;

  it('reads a question in a rhetorical form as asserting its answer', () => {
    // About another party's conduct (a relative clause, a question about who really does it): blame turned back.
    expect(typeAt('Spokesperson Wen: Why should')).toBe('counter_accusation');
    expect(typeAt('So who is really')).toBe('counter_accusation');
    // About the speaker's own side or a claim: a denial; its modal asks, it does not predict.
    expect(typeAt('Why would our navy')).toBe('rejection_denial');
    expect(typeAt('Where is the evidence')).toBe('rejection_denial');
    // The journalist's own question stays a question.
    expect(typeAt('What is your response')).toBe('other');
  });

  it('reads a cleft that puts another party in focus as a counter-accusation, not one naming one’s own side', () => {
    const cleft = claims[sentenceOf(briefing, 'It is the Palmerian')]!;
    expect(cleft.type).toBe('counter_accusation');
    expect(rulesOf(cleft)).toContain('cleft');
    expect(rulesOf(claims[sentenceOf(briefing, 'It is our coast guard')]!)).not.toContain('cleft');
    expect(rulesOf(claims[sentenceOf(briefing, 'It is important')]!)).not.toContain('cleft');
    // A reporter's cleft, in a news report that quotes others, narrates.
    const news = parseDocument(
      '"We will not be intimidated," the Palmerian minister said on Monday. ' +
        'It was the Palmerian delegation that first proposed the talks in 2019.',
    );
    const told = classifyClaims(news, attribute(news), RULES)[sentenceOf(news, 'It was')]!;
    expect(told.type).toBe('reported_fact');
    expect(rulesOf(told)).not.toContain('cleft');
  });
});

describe('commitments of an issuer, to principles and to cooperation', () => {
  it('reads a statement’s future of conduct with a named subject as the issuer’s commitment, figures included', () => {
    const pledge = classifySentence(
      'The Kingdom of Ostrava will provide a further 12 million euros to the refugee agency this winter.',
      RULES,
    );
    expect(pledge.type).toBe('commitment_resolve');
    expect(rulesOf(pledge)).toEqual(expect.arrayContaining(['modality:future@issuer', 'commitment+facts']));
    // Another party's continued or charged conduct is no commitment of the speaker's.
    const shelling = classifySentence('The junta will continue its brutal shelling of the border towns.', RULES);
    expect(shelling.type).not.toBe('commitment_resolve');
    expect(rulesOf(shelling)).not.toContain('modality:future@issuer');
    expect(
      rulesOf(classifySentence('Ostrava will deploy more troops to the border to intimidate its neighbours.', RULES)),
    ).not.toContain('modality:future@issuer');
    // A future without a verb of conduct still predicts, and an announced event still reports.
    expect(typeOf('Fuel prices will rise sharply across the region if the strait stays closed.')).toBe(
      'prediction_warning',
    );
    expect(typeOf('Ostrava will host the next ministerial meeting in its capital.')).toBe('reported_fact');
  });

  it('reads `it` after a reporting verb as the reported party before a verb of conduct only', () => {
    expect(typeOf('The ministry said it would send 3 million euros in emergency aid to the flooded provinces.')).toBe(
      'commitment_resolve',
    );
    expect(
      rulesOf(classifySentence('The ministry said it would take years to rebuild the flooded port.', RULES)),
    ).not.toContain('modality:future@own');
  });

  it('reads a commitment to cooperate as a commitment, an offer to cooperate as cooperation', () => {
    expect(typeOf('Lessia will continue to engage in constructive dialogue and cooperation with its neighbours.')).toBe(
      'commitment_resolve',
    );
    // An offer proposes the cooperation instead.
    expect(typeOf('We stand ready to work with all parties to find a peaceful settlement.')).toBe(
      'cooperation_dialogue',
    );
  });
});

describe('cue readings that depend on the words around them', () => {
  it('reads `concerned` after its noun as involved, not worried', () => {
    expect(
      typeOf('The person concerned was detained on 4 May and the case is being handled in accordance with the law.'),
    ).toBe('reported_fact');
    expect(typeOf('The Council remains concerned about the humanitarian situation in the valley.')).toBe(
      'concern_expressive',
    );
    expect(typeOf('We are deeply concerned about the detention of the two journalists.')).toBe('concern_expressive');
    // Before `about`/`over`, or in a headline that drops its `is`, it is the worry again.
    const headline = parseDocument("Ostrava Concerned Over Lessia's Snap Election\n\nThe vote is on Sunday.\n");
    expect(classifyClaims(headline, attribute(headline), RULES)[0]!.type).toBe('concern_expressive');
  });

  it('reads scare quotes on a report and a denied event as rejections', () => {
    expect(typeOf('The so-called report relies on unnamed witnesses and doctored photographs.')).toBe(
      'rejection_denial',
    );
    expect(typeOf('The alleged incursion into our airspace simply did not happen.')).toBe('rejection_denial');
    expect(typeOf('My delegation voted against the draft resolution.')).toBe('rejection_denial');
    // Scare quotes on the critics themselves still turn criticism back.
    expect(
      typeOf('The so-called champions of press freedom should first look at their own record of jailing reporters.'),
    ).toBe('counter_accusation');
  });
});

describe('conditions, threats and hypocrisy', () => {
  it('reads a commitment to measures under a condition as a threat, and the condition as no claim of its own', () => {
    const threat = classifySentence(
      'Should talks fail, nothing changes; but if the blockade continues, Ostrava will not hesitate to take further measures.',
      RULES,
    );
    expect(threat.type).toBe('prediction_warning');
    expect(rulesOf(threat)).toContain('condition+commitment:measures');
    // The condition's own cue (`continues to obstruct`) is the other party's conduct, not a commitment.
    const fronted = classifySentence(
      'If the council continues to obstruct the inquiry, the Union will consider further targeted measures.',
      RULES,
    );
    expect(fronted.type).toBe('prediction_warning');
    // A commitment to aid under a condition stays a commitment.
    expect(typeOf('We will continue to provide humanitarian aid to the valley if access is granted.')).toBe(
      'commitment_resolve',
    );
  });

  it('knows the words of hypocrisy, point-scoring, harmless intent and renewed talks', () => {
    expect(
      typeOf(
        'It is deeply ironic that a government which jailed three editors last year now presents itself as a guardian of free speech.',
      ),
    ).toBe('counter_accusation');
    expect(typeOf('Opposition leaders are plainly trying to score points by playing the migration card.')).toBe(
      'motive_attribution',
    );
    expect(typeOf('The exercise is purely defensive and poses no threat to any neighbour.')).toBe('rejection_denial');
    expect(typeOf('The envoy said the priority was to bring both delegations back to the negotiating table.')).toBe(
      'cooperation_dialogue',
    );
  });
});

describe('lines of a statement that claim nothing, norms for all, and continued acts', () => {
  it('reads a place-and-date line as no claim, and a line that tells what happened with its date as a fact', () => {
    const text =
      'OSCE Permanent Council No. 1402 Vienna, 12 January 2023\n\n' +
      'Minister recalls ambassador after border incident on 3 March 2024\n\n' +
      'The Union condemns the attack.\n';
    const doc = parseDocument(text);
    const claims = classifyClaims(doc, attribute(doc), RULES);
    const dateline = claims[sentenceOf(doc, 'OSCE Permanent')]!;
    expect(dateline.type).toBe('other');
    expect(rulesOf(dateline)).toContain('dateline');
    expect(rulesOf(claims[sentenceOf(doc, 'Minister recalls')]!)).not.toContain('dateline');
  });

  it('reads an obligation of a generic subject as a norm, and of a named party as a call', () => {
    const norm = classifySentence(
      'States must refrain from the threat or use of force against the territorial integrity of any state.',
      RULES,
    );
    expect(norm.type).toBe('principle_position');
    expect(rulesOf(norm)).toContain('modality:obligation@generic');
    expect(typeOf('No country should be allowed to redraw borders by force.')).toBe('principle_position');
    expect(typeOf('The Government must refrain from any use of force against protesters.')).toBe('call_to_action');
    expect(typeOf('All parties must exercise restraint.')).toBe('call_to_action');
  });

  it('reads a continued call as the call, and continued conduct of one’s own as a commitment', () => {
    expect(typeOf('We continue to urge all sides to protect civilians and aid workers.')).toBe('call_to_action');
    expect(typeOf('We continue to provide shelter to the families who fled the fighting.')).toBe('commitment_resolve');
  });

  it('reads a host’s introduction and a speaker’s courtesies as no claim', () => {
    expect(typeOf('We are joined by the Foreign Minister, who is in the capital this morning.')).toBe('other');
    expect(typeOf('Very sorry for the delay this morning.')).toBe('other');
    expect(typeOf('It is good to be with you again.')).toBe('other');
  });
});

describe('present habits, sign-offs and acknowledgements', () => {
  it('reads the present simple of a verb no list knows as a standing position of the speaker’s side', () => {
    const habit = classifySentence('We act in the interests of our citizens.', RULES);
    expect(habit.type).toBe('principle_position');
    expect(rulesOf(habit)).toContain('tense:present');
    // The past of the same verb reports.
    expect(typeOf('We acted in the interests of our citizens.')).toBe('reported_fact');
  });

  it('reads a correspondent’s sign-off with where from and for whom as no claim', () => {
    expect(typeOf('Mara Lind reports for VOA from Kigali.')).toBe('other');
    expect(typeOf("VOA's Mara Lind at the U.N. reports.")).toBe('other');
    expect(typeOf("VOA's Mara Lind reports from the State Department.")).toBe('other');
    // A credit line that opens with its credit.
    expect(typeOf("Delivered by the UK's Permanent Representative to the UN, Jane Doe.")).toBe('other');
    expect(typeOf('The aid was delivered by convoy to the northern towns.')).not.toBe('other');
    expect(typeOf('The minister reports from the front line that the town has fallen.')).not.toBe('other');
  });

  it('reads a longer sign-off from `our` bureau, and a report’s credit lines, as no claim', () => {
    expect(typeOf('Kessport Radio’s Mara Lind reports from our bureau at the United Nations.')).toBe('other');
    expect(typeOf('Correspondent Mara Lind has details from our East Africa bureau in Nairobi.')).toBe('other');
    expect(typeOf('Some information for this report provided by Reuters and AFP.')).toBe('other');
    expect(typeOf('Additional reporting by Tomas Berg in Kessport.')).toBe('other');
    // A report of events that names a bureau is still a fact (this passed before).
    expect(typeOf('Gunmen attacked our bureau in Nairobi on Monday, the editor said.')).not.toBe('other');
  });

  it('reads `Sure.` as acknowledging a question, `No.` as answering it', () => {
    const doc = parseDocument(
      'QUESTION: Can I ask about the talks?\nMR LANE: Sure.\nQUESTION: Are they over?\nMR LANE: No.\n',
    );
    const claims = classifyClaims(doc, attribute(doc), RULES);
    expect(claims[sentenceOf(doc, 'MR LANE: Sure')]!.type).toBe('other');
    expect(claims[sentenceOf(doc, 'MR LANE: No')]!.type).toBe('reported_fact');
  });
});

describe('measures, norms of anyone, feigned concern and titles', () => {
  it('reads a sanction heading the predicate as the news, the charges that justify it as its grounds', () => {
    const measure = classifySentence(
      'Today the United States sanctioned four officials responsible for the brutal crackdown on protesters.',
      RULES,
    );
    expect(measure.type).toBe('reported_fact');
    expect(rulesOf(measure)).toContain('measure:sanctioned');
    expect(
      typeOf("Ostrava is expelling four diplomats for allegedly meddling in the country's internal affairs."),
    ).toBe('reported_fact');
    // After an article `sanctions` is a noun, no measure announced.
    expect(
      rulesOf(classifySentence('The sanctions imposed on Tarvos have failed to achieve their objectives.', RULES)),
    ).not.toContain('measure:sanctions');
  });

  it('reads a charge made of anyone, anywhere as a norm, and one naming the wrongdoer as an accusation', () => {
    expect(typeOf('We condemn the use of chemical weapons by anyone, anywhere.')).toBe('principle_position');
    expect(typeOf('The Council condemns terrorism in all its forms and manifestations.')).toBe('principle_position');
    expect(typeOf('We condemn the chemical attack on the town by the regime.')).toBe('accusation');
  });

  it('reads feigned concern as a motive imputed', () => {
    expect(typeOf('Moscow publicly feigns deep concern about attacks on power stations.')).toBe('motive_attribution');
  });

  it('reads `news` in a title by its form, so a headline announcing new measures is no title', () => {
    const doc = parseDocument(
      'Ostrava announces new sanctions over sham elections in the east\n\nThe Foreign Secretary said the measures were overdue.\n',
    );
    expect(rulesOf(classifyClaims(doc, attribute(doc), RULES)[0]!)).not.toContain('title');
  });
});

describe('judgements of conduct', () => {
  it('reads `unacceptable` of conduct as an accusation and of a proposal as a rejection', () => {
    const conduct = classifySentence(
      'The ongoing detention and the show trials of the monitors are totally unacceptable.',
      RULES,
    );
    expect(conduct.type).toBe('accusation');
    expect(rulesOf(conduct)).toContain('conduct+judgement:unacceptable');
    expect(typeOf('This proposal is unacceptable to my government.')).toBe('rejection_denial');
  });

  it('reads irresponsible acts as a charge and irresponsible remarks as a rejection', () => {
    expect(typeOf('Once again the regime resorted to irresponsible nuclear rhetoric.')).toBe('accusation');
    expect(typeOf('Such irresponsible remarks seriously distort the facts.')).toBe('rejection_denial');
  });
});

describe('participle clauses, refusals to comment, credit lines', () => {
  it('reads a whole participle clause after a comma as adding to the main clause, not replacing it', () => {
    expect(
      typeOf('The ministry is deeply concerned by the clashes, calling on both sides to exercise restraint.'),
    ).toBe('concern_expressive');
    expect(typeOf('The ministry calls on both sides to exercise restraint.')).toBe('call_to_action');
  });

  it('reads a refusal to comment and a wire-service credit as no claim, blame traded as accusations', () => {
    expect(typeOf("I'm not in a position to confirm any intelligence from here.")).toBe('other');
    expect(typeOf('Some information for this report was provided by Reuters.')).toBe('other');
    expect(typeOf('The two neighbours are blaming each other for the border clash.')).toBe('accusation');
  });

  it('reads a spokesperson declining to comment as no claim, not as a call to refrain', () => {
    expect(typeOf('I would like to refrain from commenting on each remark of the visiting minister.')).toBe('other');
    expect(typeOf('I am not going to get into the details of our exchanges with Ostrava.')).toBe('other');
    expect(typeOf('We urge both sides to refrain from further provocations.')).toBe('call_to_action');
  });

  it('reads a line giving only the day, the date and the clock time as a dateline', () => {
    const doc = parseDocument(
      'Press Conference by the Foreign Minister\n\nFriday, May 9, 2025, 4:10 p.m.\n\nWe met the envoy at 3 p.m. on Monday.\n',
    );
    expect(classifyClaims(doc, attribute(doc), RULES).map((c) => c.type)).toEqual(['other', 'other', 'reported_fact']);
  });
});

describe('titles after a colon, publication notices, a journalist’s present-tense framing', () => {
  const typesOf = (text: string) => {
    const doc = parseDocument(text);
    return classifyClaims(doc, attribute(doc), RULES).map((c) => c.type);
  };

  it('reads a topic followed by a colon and a document kind as a title, a claim before the colon as a headline', () => {
    expect(
      typesOf('Tenth anniversary of the harbour accord: joint statement\n\nThe accord was signed in 2015.\n')[0],
    ).toBe('other');
    expect(
      typesOf(
        'The junta must free the detained reporters: UK statement at the UN Security Council\n\nThey were detained in May.\n',
      )[0],
    ).toBe('call_to_action');
  });

  it('reads a credit line as a title, a long sentence opening with the same words as a sentence', () => {
    expect(
      typeOf('Statement by the Permanent Representative of Ostrava at the Security Council debate on Carpania.'),
    ).toBe('other');
    expect(
      typeOf(
        'Statements by the two ministries on Monday distorted the ruling of the arbitral tribunal, ignored the history of the islands and repeated the claim that the detained fishermen had knowingly entered closed waters on their own.',
      ),
    ).toBe('rejection_denial');
    const briefing = parseDocument(
      'Ministry of Foreign Affairs Press Briefing by Spokesperson Lin Varga\n\nThe spokesperson took questions on the border talks.\n',
    );
    expect(classifyClaims(briefing, undefined, RULES)[0]!.type).toBe('other');
    expect(typeOf('The remarks by the visiting minister were deeply offensive to our people.')).not.toBe('other');
  });

  it('reads a title word after its issuer’s name as a title, unless a verb stands in the name', () => {
    const first = (line: string) =>
      classifyClaims(parseDocument(`${line}\n\nThe talks resumed on Monday.\n`), undefined, RULES)[0]!.type;
    expect(first('Foreign Ministry of Estrela Statement on the Closure of the Northern Crossing')).toBe('other');
    expect(first('Ministry of Foreign Affairs Daily Briefing')).toBe('other');
    expect(first('Carpanian Embassy Press Release, 4 March 2025')).toBe('other');
    // A verb in the run is a headline's: it reports.
    expect(first('Estrela Prime Minister Holt Rejects Statement on Border Closure')).not.toBe('other');
  });

  it('reads a notice that a statement was issued, a host’s hand-over and a speaker’s preamble as no claim', () => {
    expect(typeOf('The ministry has issued a statement following the elections in Ostrava.')).toBe('other');
    expect(typeOf('The foreign minister joins me now from the capital.')).toBe('other');
    expect(typeOf('So let me say a couple of things about this.')).toBe('other');
  });

  it('reads a journalist’s framing in the present with a named subject as a reported fact, the question as other', () => {
    expect(
      typesOf(
        'QUESTION: Ostrava opposes renewing the monitoring mission. Will you veto it?\nMS LANE: We will decide next week.\n',
      ).slice(0, 2),
    ).toEqual(['reported_fact', 'other']);
  });
});

describe('a spokesperson’s idioms of rebuttal and non-answer', () => {
  it('reads turning the facts upside down as a rejection, and `unlike some countries` as turning the charge back', () => {
    expect(typeOf('Their version of events turns the facts upside down.')).toBe('rejection_denial');
    expect(
      typeOf('We have never used detained foreigners as bargaining chips, unlike some countries that do so routinely.'),
    ).toBe('counter_accusation');
  });

  it('reads refusing to speculate and having no further information as no claim', () => {
    expect(typeOf('I will not speculate on what the other side intends.')).toBe('other');
    expect(typeOf('I have no further information at this point.')).toBe('other');
  });

  it('reads a spokesperson’s question about fairness as a rejection', () => {
    const doc = parseDocument(
      "Foreign Ministry Spokesperson Lin Varga's Regular Press Conference\n\nQ: Ostrava blames your navy for the collision. What is your response?\n\nA: Is it fair to blame us for every incident at sea?\n",
    );
    expect(classifyClaims(doc, attribute(doc), RULES).at(-1)!.type).toBe('rejection_denial');
  });
});

describe('a tally of what others said', () => {
  it('reads a count of parties that called for or condemned something as a cited fact, the speakers’ own call as a call', () => {
    const tally = classifySentence(
      'Fourteen of the fifteen members of the Council called for an end to the missile tests.',
      RULES,
    );
    expect(tally.type).toBe('reported_fact');
    expect(rulesOf(tally)).toContain('speech-act@other');
    expect(typeOf('Many countries have condemned the coup.')).toBe('reported_fact');
    // One party's call, or the joint speakers' own (`the two sides`), stays a call.
    expect(typeOf('The ministry called for an end to the missile tests.')).toBe('call_to_action');
    expect(typeOf('The two sides called for an immediate ceasefire in the valley.')).toBe('call_to_action');
  });
});

describe('beliefs that frame a demand', () => {
  it('reads a belief followed by a demand as the demand, a belief in a principle as a position', () => {
    expect(typeOf('We believe the monitors must be granted unfettered access to the border zone.')).toBe(
      'call_to_action',
    );
    expect(typeOf("We believe it's in both countries interest to lift the trade barriers.")).toBe('call_to_action');
    expect(typeOf('We believe that every state has the right to choose its alliances.')).toBe('principle_position');
  });
});

describe('the reporting frame reads the one reporting-verb table', () => {
  it('counts every past and present form of its lemmas, from the shared table of src/text', () => {
    const frame = lexicon().reportVerbs;
    // forms the old hand-written list of 36 missed for lemmas it had (`stated` but not `states`)
    for (const form of ['states', 'stated', 'explains', 'explained', 'pointed', 'says', 'according'])
      expect(frame.has(form)).toBe(true);
    expect(frame.has('stating')).toBe(false);
    expect(reportingForms(['point out'])).toEqual(['points', 'pointed']);
    expect(() => reportingForms(['proclaimify'])).toThrow(/no lemma "proclaimify"/);
  });
});

describe('a twelfth round of blind documents: briefing openers, responsibility, spurious claims', () => {
  it('reads a briefer’s opening housekeeping as no claim', () => {
    expect(typeOf('I have one announcement for you at the top, and then I will take your questions.')).toBe('other');
    expect(typeOf('The deputy minister is here today to join me and answer your questions.')).toBe('other');
    expect(typeOf('Please excuse me for starting a few minutes late.')).toBe('other');
  });

  it('reads holding a party responsible, and stirring up instability, as accusations', () => {
    expect(typeOf('We hold the regime fully responsible for the deaths of the two aid workers.')).toBe('accusation');
    expect(typeOf('The junta is fomenting unrest along the northern border.')).toBe('accusation');
  });

  it('reads spurious claims and a party defending itself against charges as rejections', () => {
    expect(typeOf('The embassy dismissed the report as spurious.')).toBe('rejection_denial');
    expect(typeOf('Ostrava defended itself against charges that it had armed the militias.')).toBe('rejection_denial');
  });

  it('reads `an attempt by X to` as an imputed aim', () => {
    expect(typeOf('The sanctions are an attempt by the coalition to weaken our economy.')).toBe('motive_attribution');
  });

  it('does not read a reflexive object (`defended itself`) as the critic’s own record', () => {
    const claim = classifySentence('The council defended itself against the accusations of its neighbours.', RULES);
    expect(rulesOf(claim).some((rule) => rule.startsWith('critic+own'))).toBe(false);
    // A reflexive after a preposition still turns the charge back.
    expect(
      rulesOf(classifySentence('Those who accuse others should take a hard look at themselves.', RULES)).some((rule) =>
        rule.startsWith('critic+own'),
      ),
    ).toBe(true);
  });
});

describe('names that hold a report verb, and title and date lines that end with a full stop', () => {
  it('does not read `States` in `the United States` as a report verb framing the rest of the sentence', () => {
    // Before: the comma before `the United States` opened an inverted frame (`…, X states`), so the rejection was framed and lost.
    expect(typeOf('On Thursday, the United States rejected allegations that it had armed the rebels.')).toBe(
      'rejection_denial',
    );
  });

  const doc = parseDocument(
    [
      'Ostrava closes its border.',
      'Estrela statement following the General Assembly vote on the draft resolution on the border.',
      'Joint Statement from the Foreign Ministers of Estrela, Ostrava and the United Provinces.',
      'The statement follows a threat by Ostrava to end the truce.',
      'We welcome the statement.',
      'Vienna, 7 December 2023.',
    ].join('\n\n'),
  );
  const claims = classifyClaims(doc, attribute(doc), RULES);

  it('reads a verbless title on a line of its own as no claim, full stop and all', () => {
    expect(claims[sentenceOf(doc, 'Estrela statement')]!.type).toBe('other');
    // `United` is an -ed form, but a capitalised one belongs to a name
    expect(claims[sentenceOf(doc, 'Joint Statement')]!.type).toBe('other');
    expect(claims[sentenceOf(doc, 'Vienna,')]!.type).toBe('other');
  });

  it('keeps a one-sentence paragraph that opens with an article, or holds a pronoun, as a sentence', () => {
    expect(claims[sentenceOf(doc, 'The statement follows')]!.type).toBe('reported_fact');
    // a pronoun or a claim's cue makes a line a sentence, though the lexicons know no verb in it
    expect(claims[sentenceOf(doc, 'We welcome')]!.type).toBe('concern_expressive');
  });
});
