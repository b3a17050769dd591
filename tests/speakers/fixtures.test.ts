import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/text';
import { attribute, contentMatches, scoreQuotes, type GoldQuote } from '../../src/speakers';

/** Hand-checked quote annotations of public-domain press texts (tests/fixtures/*.quotes.json). */
const dir = join(__dirname, '..', 'fixtures');
const annotations = readdirSync(dir)
  .filter((f) => f.endsWith('.quotes.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { document: string; quotes: GoldQuote[] });

/** Below what the rules reach on these texts today (1.0), with room for tokenizer and segmenter changes. */
const MIN_PRECISION = 0.9;
const MIN_RECALL = 0.9;

describe('annotated public-domain fixtures', () => {
  it('has annotations to check', () => {
    expect(annotations.length).toBeGreaterThanOrEqual(3);
  });

  for (const gold of annotations) {
    it(`${gold.document}: quote precision and recall`, () => {
      const text = readFileSync(join(dir, gold.document), 'utf8');
      const score = scoreQuotes(attribute(parseDocument(text, gold.document)).quotes, gold.quotes);
      expect(score.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
      expect(score.recall).toBeGreaterThanOrEqual(MIN_RECALL);
    });
  }

  it('finds no quote in the joint statement, which has none', () => {
    const text = readFileSync(join(dir, 'joint-statement-hong-kong-2020-05-28.txt'), 'utf8');
    expect(attribute(parseDocument(text, 'joint')).quotes).toEqual([]);
  });

  it('credits every labelled quote block of the compilation to its label', () => {
    const text = readFileSync(join(dir, 'wh-what-they-are-saying-2024-05-16.txt'), 'utf8');
    const a = attribute(parseDocument(text, 'wtas'));
    expect(a.quotes.filter((q) => q.canonical === null)).toEqual([]);
    const warren = a.quotes.find((q) => q.canonical === 'Elizabeth Warren');
    expect(warren?.speaker?.text).toBe('Senator Elizabeth Warren');
  });
});

describe('scoreQuotes', () => {
  const text = 'A said x. B said y.';
  const span = (s: string, from = 0) => ({
    start: text.indexOf(s, from),
    end: text.indexOf(s, from) + s.length,
    text: s,
  });
  const gold: GoldQuote[] = [{ kind: 'indirect', content: span('x'), speaker: span('A'), canonical: 'A' }];

  it('needs both content and speaker overlap for a match', () => {
    const hit = [
      {
        index: 0,
        kind: 'indirect' as const,
        content: span('x'),
        speaker: span('A'),
        canonical: 'A',
        cue: null,
        confidence: 1,
        sentences: [0],
      },
    ];
    const wrongSpeaker = [{ ...hit[0]!, speaker: span('B'), canonical: 'B' }];
    expect(scoreQuotes(hit, gold)).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 0, f1: 1 });
    expect(scoreQuotes(wrongSpeaker, gold)).toMatchObject({
      truePositives: 0,
      falsePositives: 1,
      falseNegatives: 1,
      speakerPrecision: 0,
    });
    // Another mention of the same speaker matches when its canonical name contains the annotated one.
    expect(scoreQuotes([{ ...wrongSpeaker[0]!, canonical: 'Dr. A' }], gold)).toMatchObject({
      truePositives: 1,
      falsePositives: 0,
    });
  });

  it('matches contents sharing 30 % of the longer span or lying 80 % inside the annotation', () => {
    const long = 'The council said the budget would be cut by a third next year.';
    const at = (s: string) => ({ start: long.indexOf(s), end: long.indexOf(s) + s.length });
    const goldContent = at('the budget would be cut by a third next year');
    expect(contentMatches(at('the budget would be cut'), goldContent)).toBe(true); // inside the annotation
    expect(contentMatches(at('The council said the'), goldContent)).toBe(false); // 3 shared characters
    expect(contentMatches(at('The council said the budget'), goldContent)).toBe(false);
    expect(contentMatches(at('said the budget would be cut by a third'), goldContent)).toBe(true);
  });
});
