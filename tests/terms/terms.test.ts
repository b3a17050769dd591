import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument, parseDocument } from '../../src/text';
import { PairInterner } from '../../src/terms/pair-interner';
import {
  chiSquare1P,
  collocations,
  dispersion,
  documentFrequency,
  erfc,
  keyness,
  kwic,
  ngrams,
  summary,
  termFrequency,
  termFrequencyOfTokens,
  tfidf,
  tokensOfSentences,
  tokensOutsideSentences,
  topTfidf,
  trends,
} from '../../src/terms';
import type { TermCount } from '../../src/terms';
import { findOccurrences } from '../../src/terms/match';
import type { Doc } from '../../src/text';
import { toDataFrame } from '../../src/terms/dataframes';

const seed = loadDocument(join(__dirname, '..', '..', 'seeds', '000_4c4a38b6e695fe75.txt'));

function find<T extends { readonly term: string }>(rows: readonly T[], term: string): T | undefined {
  return rows.find((row) => row.term === term);
}

function expectSorted(rows: readonly { readonly count: number; readonly term: string }[]): void {
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1]!, rows[i]!];
    expect(a.count > b.count || (a.count === b.count && a.term < b.term), `${a.term} before ${b.term}`).toBe(true);
  }
}

describe('termFrequency on the seed', () => {
  const rows = termFrequency(seed);

  it('counts countries and China (possessives included) with their surface forms', () => {
    expect(find(rows, 'countries')).toMatchObject({ count: 11, display: 'countries', docs: 1 });
    expect(find(rows, 'china')).toMatchObject({ count: 9, display: 'China' });
  });

  it('leaves out stop words unless asked, and measures per1k against all words', () => {
    expect(find(rows, 'the')).toBeUndefined();
    const all = termFrequency(seed, { stopwords: true });
    const the = find(all, 'the')!;
    expect(the.count).toBe(32);
    expect(the.per1k).toBeCloseTo((32 * 1000) / summary(seed).words, 10);
    expect(find(rows, 'countries')!.per1k).toBeCloseTo((11 * 1000) / summary(seed).words, 10);
  });

  it('sorts by count, then term, and applies minCount', () => {
    expectSorted(rows);
    const frequent = termFrequency(seed, { minCount: 5 });
    expect(frequent.length).toBeGreaterThan(0);
    expect(frequent.every((r) => r.count >= 5)).toBe(true);
    expect(frequent).toEqual(rows.filter((r) => r.count >= 5));
  });

  it('keeps numbers out unless asked', () => {
    expect(find(rows, '11')).toBeUndefined();
    expect(find(termFrequency(seed, { numbers: true }), '11')).toMatchObject({ count: 2 });
  });
});

describe('termFrequency on constructed text', () => {
  it('displays the most frequent surface form, the first seen on a tie', () => {
    const doc = parseDocument('Sanctions work. sanctions fail. Sanctions stay. Tariffs bite. tariffs hurt.');
    const rows = termFrequency(doc);
    expect(find(rows, 'sanctions')).toMatchObject({ count: 3, display: 'Sanctions' });
    expect(find(rows, 'tariffs')).toMatchObject({ count: 2, display: 'Tariffs' });
  });

  it('counts document frequency over several documents', () => {
    const docs = [
      parseDocument('Sanctions bite exporters.'),
      parseDocument('Sanctions fail. Sanctions stay.'),
      parseDocument('Tariffs bite.'),
    ];
    expect(find(termFrequency(docs), 'sanctions')).toMatchObject({ count: 3, docs: 2 });
    expect(documentFrequency(docs).slice(0, 2)).toEqual([
      { term: 'bite', docs: 2 },
      { term: 'sanctions', docs: 2 },
    ]);
  });
});

describe('termFrequencyOfTokens', () => {
  it("counts a whole document's tokens exactly as termFrequency counts the document", () => {
    expect(termFrequencyOfTokens(seed.tokens)).toEqual(termFrequency(seed));
    expect(termFrequencyOfTokens(seed.tokens, { stopwords: true, numbers: true })).toEqual(
      termFrequency(seed, { stopwords: true, numbers: true }),
    );
  });

  it('counts only the given sentences, per 1,000 of their own words', () => {
    const doc = parseDocument(
      'The minister said sanctions would fail. Exporters rejected the tariffs. The minister said sanctions hurt farmers.',
    );
    const rows = termFrequencyOfTokens(tokensOfSentences(doc, [0, 2]));
    expect(find(rows, 'sanctions')).toMatchObject({ count: 2, display: 'sanctions', docs: 1 });
    expect(find(rows, 'tariffs')).toBeUndefined();
    expect(find(rows, 'the')).toBeUndefined();
    // 12 words in sentences 0 and 2 (punctuation is not a word).
    expect(find(rows, 'minister')!.per1k).toBeCloseTo((2 * 1000) / 12, 10);
    expect(find(termFrequencyOfTokens(tokensOfSentences(doc, [0, 2]), { stopwords: true }), 'the')).toMatchObject({
      count: 2,
    });
  });

  it("splits the seed's counts between a group of sentences and the rest", () => {
    const quoted = [3, 8, 10];
    const inside = termFrequencyOfTokens(tokensOfSentences(seed, quoted));
    const outside = termFrequencyOfTokens(tokensOutsideSentences(seed, quoted));
    for (const row of termFrequency(seed))
      expect((find(inside, row.term)?.count ?? 0) + (find(outside, row.term)?.count ?? 0)).toBe(row.count);
    expectSorted(inside);
  });
});

describe('ngrams', () => {
  it('finds "human rights" as the top bigram of the seed, 16 times', () => {
    const bigrams = ngrams(seed, 2);
    expect(bigrams[0]).toMatchObject({ term: 'human rights', count: 16, n: 2 });
    expectSorted(bigrams);
  });

  it('drops n-grams that start or end with a stop word unless asked', () => {
    expect(find(ngrams(seed, 2), 'of the')).toBeUndefined();
    expect(find(ngrams(seed, 2, { stopwords: true }), 'of the')!.count).toBeGreaterThan(0);
    expect(find(ngrams(seed, 3), 'rule of law')).toMatchObject({ count: 2, display: 'rule of law' });
  });

  it('never crosses a sentence boundary, punctuation or a quote mark', () => {
    const doc = parseDocument(
      'Officials met in Geneva. Rights groups protested. Geneva, rights groups said. “Geneva” rights groups agreed.',
    );
    const bigrams = ngrams(doc, 2, { stopwords: true });
    expect(find(bigrams, 'geneva rights')).toBeUndefined();
    expect(find(bigrams, 'rights groups')).toMatchObject({ count: 3 });
    expect(find(ngrams(doc, 3, { stopwords: true }), 'geneva rights groups')).toBeUndefined();
  });

  it('displays the most frequent surface form of the whole n-gram, the first seen on a tie', () => {
    const doc = parseDocument(
      'The Trade Council met. The trade council voted. The Trade Council adjourned. The trade war ended. The Trade War resumed.',
    );
    const bigrams = ngrams(doc, 2);
    expect(find(bigrams, 'trade council')).toMatchObject({ count: 3, display: 'Trade Council' });
    expect(find(bigrams, 'trade war')).toMatchObject({ count: 2, display: 'trade war' });
  });

  it('keeps n-grams of the same words in another order apart, sorted by count then term', () => {
    const docs = [
      parseDocument('Ministers said trade talks stalled. Talks trade ministers said.'),
      parseDocument('Trade talks stalled again.'),
    ];
    const trigrams = ngrams(docs, 3);
    expect(find(trigrams, 'trade talks stalled')).toMatchObject({ count: 2, docs: 2 });
    expect(find(trigrams, 'talks trade ministers')).toMatchObject({ count: 1, docs: 1 });
    // `said` and `again` are stop words: no trigram starts or ends with them.
    expect(trigrams.map((row) => row.term)).toEqual([
      'trade talks stalled',
      'ministers said trade',
      'talks trade ministers',
    ]);
  });

  it('rejects a non-positive n', () => {
    expect(() => ngrams(seed, 0)).toThrow(RangeError);
  });
});

describe('tfidf', () => {
  const docs = [
    parseDocument('Sanctions bite exporters.'),
    parseDocument('Sanctions fail.'),
    parseDocument('Tariffs bite.'),
  ];

  it('uses tf = count / words and the smoothed idf ln((1+N)/(1+df)) + 1', () => {
    const rows = tfidf(docs);
    const exporters = rows.find((r) => r.doc === 0 && r.term === 'exporters')!;
    expect(exporters).toMatchObject({ count: 1, df: 1 });
    expect(exporters.tf).toBeCloseTo(1 / 3, 12);
    expect(exporters.idf).toBeCloseTo(Math.log(4 / 2) + 1, 12);
    expect(exporters.tfidf).toBeCloseTo((1 / 3) * (Math.log(2) + 1), 12);
    const sanctions = rows.find((r) => r.doc === 1 && r.term === 'sanctions')!;
    expect(sanctions.idf).toBeCloseTo(Math.log(4 / 3) + 1, 12);
    expect(sanctions.tf).toBeCloseTo(1 / 2, 12);
  });

  it('orders each document by weight, ties by term, and keeps k per document', () => {
    expect(
      tfidf(docs)
        .filter((r) => r.doc === 0)
        .map((r) => r.term),
    ).toEqual(['exporters', 'bite', 'sanctions']);
    expect(topTfidf(docs, 1).map((r) => [r.doc, r.term])).toEqual([
      [0, 'exporters'],
      [1, 'fail'],
      [2, 'tariffs'],
    ]);
  });
});

describe('chi-square p-values', () => {
  it('erfc matches reference values to 1e-7', () => {
    expect(erfc(0)).toBeCloseTo(1, 7);
    expect(erfc(1)).toBeCloseTo(0.1572992070502851, 7);
    expect(erfc(2)).toBeCloseTo(0.004677734981047266, 7);
    expect(erfc(-1)).toBeCloseTo(1.8427007929497148, 7);
  });

  it('gives the textbook critical values', () => {
    expect(chiSquare1P(3.84)).toBeCloseTo(0.05, 3);
    expect(chiSquare1P(6.63)).toBeCloseTo(0.01, 3);
    expect(chiSquare1P(10.83)).toBeCloseTo(0.001, 4);
    expect(chiSquare1P(0)).toBe(1);
  });
});

describe('keyness', () => {
  it('computes the two-cell G² from frequency lists', () => {
    // a = 10 in 1,000 words, b = 5 in 2,000: E1 = 1000·15/3000 = 5, E2 = 10,
    // G² = 2(10 ln(10/5) + 5 ln(5/10)) = 10 ln 2.
    const target: TermCount[] = [{ term: 'sanctions', display: 'sanctions', count: 10, per1k: 10, docs: 1 }];
    const reference: TermCount[] = [{ term: 'sanctions', display: 'sanctions', count: 5, per1k: 2.5, docs: 1 }];
    const [row] = keyness(target, reference);
    expect(row!.g2).toBeCloseTo(10 * Math.LN2, 10);
    expect(row!.p).toBeCloseTo(0.008468, 5);
    expect(row!.logRatio).toBeCloseTo(2, 10);
    expect(row!.effect).toBeCloseTo(300, 8);
    expect(keyness(reference, target)[0]!.g2).toBeCloseTo(-10 * Math.LN2, 10);
  });

  it('computes G², log ratio and signs from documents', () => {
    const target = parseDocument('Sanctions bite. Sanctions hurt.');
    const reference = parseDocument('Tariffs bite. Tariffs hurt. Sanctions fail.');
    const rows = keyness(target, reference);
    // sanctions: a = 2 of c = 4 words, b = 1 of d = 6; E1 = 4·3/10 = 1.2, E2 = 6·3/10 = 1.8.
    const sanctions = find(rows, 'sanctions')!;
    expect(sanctions).toMatchObject({ target: 2, reference: 1, targetPer1k: 500 });
    expect(sanctions.g2).toBeCloseTo(2 * (2 * Math.log(2 / 1.2) + 1 * Math.log(1 / 1.8)), 10);
    expect(sanctions.logRatio).toBeCloseTo(Math.log2(2 / 4 / (1 / 6)), 10);
    // tariffs: a = 0, b = 2; E1 = 0.8, E2 = 1.2; G² = 2·2 ln(2/1.2), negative; 0.5 replaces the zero in the log ratio.
    const tariffs = find(rows, 'tariffs')!;
    expect(tariffs.g2).toBeCloseTo(-4 * Math.log(2 / 1.2), 10);
    expect(tariffs.logRatio).toBeCloseTo(Math.log2(0.5 / 4 / (2 / 6)), 10);
    expect(rows[0]!.term).toBe('sanctions');
    expect(rows[rows.length - 1]!.term).toBe('tariffs');
  });

  it('compares a group of sentences with the rest of the document', () => {
    const quoted = [3, 8, 10];
    const rows = keyness(tokensOfSentences(seed, quoted), tokensOutsideSentences(seed, quoted));
    const whole = termFrequency(seed);
    expect(rows.length).toBe(whole.length);
    for (const row of rows) expect(row.target + row.reference).toBe(find(whole, row.term)!.count);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.g2).toBeGreaterThanOrEqual(rows[i]!.g2);
  });
});

describe('collocations', () => {
  const doc = parseDocument('Human rights matter. Human rights groups protest. Rights groups protest.');

  it('computes PMI and G² on the table of adjacent pairs', () => {
    // Pairs: human rights ×2, rights matter, rights groups ×2, groups protest ×2: N = 7.
    const rows = collocations(doc, { minCount: 1, stopwords: true });
    const humanRights = find(rows, 'human rights')!;
    expect(humanRights).toMatchObject({ a: 'human', b: 'rights', count: 2 });
    expect(humanRights.pmi).toBeCloseTo(Math.log2((2 * 7) / (2 * 2)), 10);
    // 2×2 table [2, 0; 0, 5]: expected 4/7 and 25/7 on the diagonal.
    expect(humanRights.g2).toBeCloseTo(2 * (2 * Math.log(2 / (4 / 7)) + 5 * Math.log(5 / (25 / 7))), 10);
    const rightsGroups = find(rows, 'rights groups')!;
    expect(rightsGroups.pmi).toBeCloseTo(Math.log2((2 * 7) / (3 * 2)), 10);
  });

  it('drops rare pairs by default and pairs within the window only', () => {
    expect(collocations(doc).map((r) => r.term)).toEqual(['groups protest', 'human rights', 'rights groups']);
    const wide = collocations(doc, { window: 2, minCount: 1, stopwords: true });
    expect(find(wide, 'human groups')).toMatchObject({ count: 1 });
    expect(find(wide, 'human protest')).toBeUndefined();
  });

  it('finds human rights in the seed', () => {
    const rows = collocations(seed);
    expect(rows[0]).toMatchObject({ term: 'human rights', count: 16 });
    expect(rows[0]!.p).toBeLessThan(0.001);
    expect(find(rows, 'of the')).toBeUndefined();
  });
});

describe('kwic', () => {
  it('returns slices of the document text', () => {
    const lines = kwic(seed, 'Human Rights');
    expect(lines).toHaveLength(16);
    for (const line of lines) {
      expect(line.match).toBe(seed.text.slice(line.start, line.end));
      expect(line.match.toLowerCase()).toBe('human rights');
      expect(line.left).toBe(seed.text.slice(line.docStart, line.docStart + line.left.length));
      expect(line.right).toBe(seed.text.slice(line.docEnd - line.right.length, line.docEnd));
      expect(seed.sentences[line.sentence]!.text).toContain(line.match);
    }
  });

  it('takes the window in words, keeping punctuation as typed', () => {
    const doc = parseDocument('One two three four five six seven eight target nine ten eleven twelve thirteen.');
    expect(kwic(doc, 'target', { window: 3 })[0]).toMatchObject({
      left: 'six seven eight',
      match: 'target',
      right: 'nine ten eleven',
    });
    const quoted = parseDocument('Officials said: “Sanctions work,” adding more.');
    expect(kwic(quoted, 'sanctions', { window: 2 })[0]).toMatchObject({
      left: 'Officials said: “',
      match: 'Sanctions',
      right: 'work,” adding',
    });
  });

  it('keeps the window inside the paragraph and accepts a RegExp', () => {
    const doc = parseDocument('First paragraph ends here.\n\nSanctions bite hard.');
    expect(kwic(doc, 'sanctions')[0]).toMatchObject({
      left: '',
      right: 'bite hard',
      docStart: doc.text.indexOf('Sanctions'),
    });
    // A match is the token as typed, possessive included (`countries’`).
    const matches = kwic(seed, /^countr/).map((l) => l.match.toLowerCase());
    expect(matches.filter((m) => m.startsWith('countries'))).toHaveLength(11);
    expect(matches.filter((m) => m === 'country')).toHaveLength(1);
    expect(matches).toHaveLength(12);
  });
});

describe('dispersion and trends', () => {
  it('gives ascending fractions in [0, 1] with offsets and sentences of each occurrence', () => {
    const [china, rights] = dispersion(seed, ['china', 'human rights']);
    expect(china!.count).toBe(9);
    expect(rights!.count).toBe(16);
    for (const row of [china!, rights!]) {
      expect(row.positions).toHaveLength(row.count);
      for (let i = 0; i < row.count; i++) {
        expect(row.positions[i]).toBeGreaterThanOrEqual(0);
        expect(row.positions[i]).toBeLessThanOrEqual(1);
        if (i > 0) expect(row.positions[i]).toBeGreaterThan(row.positions[i - 1]!);
        const offset = row.offsets[i]!;
        expect(seed.text.slice(offset, offset + row.term.length).toLowerCase()).toBe(row.term);
        const sentence = seed.sentences[row.sentences[i]!]!;
        expect(offset >= sentence.start && offset < sentence.end).toBe(true);
      }
      expect(row.juillandD).toBeGreaterThan(0);
      expect(row.juillandD).toBeLessThanOrEqual(1);
    }
  });

  it("scores Juilland's D 1 for an even spread and 0 for a cluster", () => {
    const even = parseDocument(Array(10).fill('Trade talks resumed near sanctions.').join(' '));
    expect(dispersion(even, ['sanctions'])[0]!.juillandD).toBeCloseTo(1, 10);
    const clustered = parseDocument(
      ['Sanctions bite sanctions hurt sanctions.', ...Array(9).fill('Trade talks resumed near Geneva.')].join(' '),
    );
    expect(dispersion(clustered, ['sanctions'])[0]!.juillandD).toBeCloseTo(0, 10);
    expect(dispersion(clustered, ['tariffs'])[0]).toMatchObject({ count: 0, positions: [] });
  });

  it('splits counts over segments of equal word count, adding up to the frequency list', () => {
    const words = summary(seed).words;
    const frequencies = termFrequency(seed, { stopwords: true, numbers: true });
    for (const term of ['countries', 'china']) {
      const rows = trends(seed, [term]);
      expect(rows).toHaveLength(10);
      expect(rows.reduce((sum, r) => sum + r.count, 0)).toBe(find(frequencies, term)!.count);
      expect(rows.reduce((sum, r) => sum + r.words, 0)).toBe(words);
      for (const row of rows) {
        expect(row.words === Math.floor(words / 10) || row.words === Math.ceil(words / 10)).toBe(true);
        expect(row.per1k).toBeCloseTo((row.count * 1000) / row.words, 10);
      }
    }
    expect(trends(seed, ['human rights'], 4).reduce((sum, r) => sum + r.count, 0)).toBe(16);
  });
});

describe('summary', () => {
  it('counts units and vocabulary', () => {
    const doc = parseDocument('Sanctions bite. Sanctions hurt exporters.');
    expect(summary(doc)).toMatchObject({
      paragraphs: 1,
      sentences: 2,
      tokens: 7,
      words: 5,
      types: 4,
      typeTokenRatio: 0.8,
      stopwordShare: 0,
    });
  });

  it('reports the headline and a plausible stop-word share on the seed', () => {
    const s = summary(seed);
    expect(s.headline).toBe('China blasts Western countries’ human rights accusations');
    expect(s.stopwordShare).toBeGreaterThan(0.25);
    expect(s.stopwordShare).toBeLessThan(0.65);
    expect(s.types).toBeLessThan(s.words);
  });
});

describe('toDataFrame', () => {
  it('builds a DataFrame with one row per result and array fields as JSON', () => {
    const rows = dispersion(seed, ['china', 'human rights']);
    const frame = toDataFrame(rows);
    expect(frame.shape).toEqual([2, 6]);
    expect(frame.columns).toEqual(['term', 'count', 'positions', 'offsets', 'sentences', 'juillandD']);
    expect(JSON.parse(String(frame['offsets'].values[1]))).toEqual(rows[1]!.offsets);
    expect(toDataFrame([], ['term', 'count']).columns).toEqual(['term', 'count']);
  });
});

describe('statistics read from token columns agree with the Token objects', () => {
  // A document not made by parseDocument has no columns: the stages read doc.tokens instead.
  const plain = (doc: Doc): Doc => ({
    source: doc.source,
    text: doc.text,
    headline: doc.headline,
    paragraphs: doc.paragraphs,
    sentences: doc.sentences,
    tokens: [...doc.tokens],
  });
  const files = ['joint-statement-hong-kong-2020-05-28', 'speech-brainard-2024-05-16', 'wh-background-call-2024-01-27'];
  for (const name of files) {
    it(name, () => {
      const doc = loadDocument(join(__dirname, '..', 'fixtures', `${name}.txt`));
      const copy = plain(doc);
      const top = termFrequency(doc)
        .slice(0, 8)
        .map((t) => t.term);
      const phrases = ngrams(doc, 2)
        .slice(0, 4)
        .map((t) => t.term)
        .concat(['human rights', 'the united states', 'no such phrase']);
      expect(termFrequency(doc)).toEqual(termFrequency(copy));
      expect(termFrequency(doc, { stopwords: true, numbers: true })).toEqual(
        termFrequency(copy, { stopwords: true, numbers: true }),
      );
      for (const n of [1, 2, 3]) expect(ngrams(doc, n)).toEqual(ngrams(copy, n));
      expect(summary(doc)).toEqual(summary(copy));
      expect(dispersion(doc, [...top, ...phrases])).toEqual(dispersion(copy, [...top, ...phrases]));
      expect(trends(doc, [...top, ...phrases], 7)).toEqual(trends(copy, [...top, ...phrases], 7));
      // positions from the postings index match a scan of the tokens
      for (const term of [...top, ...phrases]) {
        const scanned = findOccurrences(doc, term).map(({ first }) => first.start);
        expect(dispersion(doc, [term])[0]!.offsets).toEqual(scanned);
      }
    });
  }
});

describe('n-gram ids', () => {
  it('numbers pairs densely in order of first sight, whatever size the table starts at', () => {
    // The word ids of a real sentence's bigrams: repeated pairs get the id they first had.
    const doc = parseDocument(
      'The talks on the border and the talks on trade ended, and the talks on the border will resume.',
    );
    const norms = doc.tokens.filter((t) => t.kind === 'word').map((t) => t.norm);
    const ids = norms.map((w) => norms.indexOf(w));
    const pairs = ids.slice(1).map((id, i) => [ids[i]!, id] as const);
    const expected: number[] = [];
    const seen = new Map<string, number>();
    for (const [a, b] of pairs) {
      const key = `${a},${b}`;
      if (!seen.has(key)) seen.set(key, seen.size);
      expected.push(seen.get(key)!);
    }
    // A table that must grow several times and one that never does give the same ids.
    for (const start of [1, 4, 1000]) {
      const interner = new PairInterner(start);
      expect(pairs.map(([a, b]) => interner.idOf(a, b))).toEqual(expected);
    }
    expect(Math.max(...expected) + 1).toBeLessThan(pairs.length);
  });
});
