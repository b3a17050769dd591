import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  blankAfter,
  charIndexWithin,
  shortLineAt,
  blankBefore,
  firstAtOrAfter,
  isStopWord,
  lastAtOrBefore,
  lineBreakBetween,
  parseDocument,
  porterStem,
  stemOf,
  TextCache,
  tokenizeRange,
} from '../../src/text';
import type { Token } from '../../src/text';

const SEED = readFileSync('seeds/000_4c4a38b6e695fe75.txt', 'utf8');

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  tokenizeRange(text, 0, text.length, 0, out);
  return out;
}

const texts = (text: string) => tokenize(text).map((t) => t.text);
const find = (tokens: readonly Token[], text: string) => {
  const token = tokens.find((t) => t.text === text);
  if (!token) throw new Error(`no token ${text} in ${tokens.map((t) => t.text).join(' | ')}`);
  return token;
};

describe('seed document', () => {
  const doc = parseDocument(SEED, 'seed');
  const count = (norm: string) => doc.tokens.filter((t) => t.norm === norm).length;

  it('counts terms by norm, possessives included', () => {
    expect(count('countries')).toBe(11);
    expect(count('china')).toBe(9);
    expect(doc.tokens.filter((t) => t.norm === 'china' && t.possessive === '’s')).toHaveLength(4);
  });

  it('keeps the acronym US apart from the pronoun us, and US-led as one compound', () => {
    expect(doc.tokens.filter((t) => t.kind === 'word' && t.text === 'US').map((t) => t.norm)).toEqual([
      'US',
      'US',
      'US',
    ]);
    expect(count('us')).toBe(0);
    const led = find(doc.tokens, 'US-led');
    expect(led.norm).toBe('US-led');
    expect(led.parts?.map((p) => [p.text, SEED.slice(p.start, p.end)])).toEqual([
      ['US', 'US'],
      ['led', 'led'],
    ]);
    expect(find(doc.tokens, 'US').stop).toBe(false);
  });

  it('gives every token, and every part, offsets that slice back to its text', () => {
    expect(doc.tokens.length).toBeGreaterThan(400);
    doc.tokens.forEach((t, i) => {
      expect(t.index).toBe(i);
      expect(SEED.slice(t.start, t.end)).toBe(t.text);
      for (const p of t.parts ?? []) expect(SEED.slice(p.start, p.end)).toBe(p.text);
    });
    for (const s of doc.sentences) {
      for (const t of doc.tokens.slice(s.tokenStart, s.tokenEnd)) {
        expect(t.sentence).toBe(s.index);
        expect(t.start >= s.start && t.end <= s.end).toBe(true);
      }
    }
  });

  it('covers every non-space character with exactly one token', () => {
    const covered = new Uint8Array(SEED.length);
    for (const t of doc.tokens) for (let i = t.start; i < t.end; i++) covered[i]++;
    for (let i = 0; i < SEED.length; i++) expect(covered[i]).toBe(/\s/.test(SEED[i]!) ? 0 : 1);
  });

  it('marks the quotation marks of the seed as quotes', () => {
    const quotes = doc.tokens.filter((t) => t.kind === 'quote').map((t) => t.text);
    expect(quotes.filter((q) => q === '“')).toHaveLength(quotes.filter((q) => q === '”').length);
    expect(quotes.length).toBeGreaterThanOrEqual(8);
  });
});

describe('hyphenated compounds', () => {
  it('keeps compounds whole, with parts and per-part norms', () => {
    const tokens = tokenize('The U.N.-backed plan, a One-size-fits-all answer to the G-7 and a US-led push.');
    const un = find(tokens, 'U.N.-backed');
    expect(un.norm).toBe('UN-backed');
    expect(un.parts?.map((p) => p.text)).toEqual(['U.N.', 'backed']);
    expect(find(tokens, 'One-size-fits-all').norm).toBe('one-size-fits-all');
    expect(find(tokens, 'One-size-fits-all').parts).toHaveLength(4);
    expect(find(tokens, 'G-7').parts?.map((p) => p.text)).toEqual(['G', '7']);
    expect(find(tokens, 'US-led').norm).toBe('US-led');
  });

  it('creates no parts for unhyphenated words and splits a dangling hyphen off', () => {
    const tokens = tokenize('It was mes- — having talks.');
    expect(find(tokens, 'talks').parts).toBeUndefined();
    expect(texts('It was mes- — having talks.')).toEqual(['It', 'was', 'mes', '-', '—', 'having', 'talks', '.']);
  });
});

describe('possessives and contractions', () => {
  it('removes a possessive from the norm and keeps it as typed, in both apostrophe styles', () => {
    const tokens = tokenize("China’s stance, Beijing's record and others’ progress");
    expect(find(tokens, 'China’s')).toMatchObject({ kind: 'word', norm: 'china', possessive: '’s' });
    expect(find(tokens, "Beijing's")).toMatchObject({ norm: 'beijing', possessive: "'s" });
    expect(find(tokens, 'others’')).toMatchObject({ norm: 'others', possessive: '’' });
  });

  it('keeps contractions whole, apostrophes unified, as stop words', () => {
    const tokens = tokenize("It isn't over, and we don’t know. It’s late; let's go.");
    expect(find(tokens, "isn't")).toMatchObject({ norm: "isn't", stop: true });
    expect(find(tokens, 'don’t')).toMatchObject({ norm: "don't", stop: true });
    expect(find(tokens, 'It’s')).toMatchObject({ norm: "it's", stop: true });
    expect(find(tokens, 'It’s').possessive).toBeUndefined();
    expect(find(tokens, "let's").norm).toBe("let's");
  });

  it('reads a trailing ’ after s as closing an open single quote, otherwise as a plural possessive', () => {
    const quoted = tokenize('He called it ‘One Country, Two Systems’ principle.');
    expect(quoted.map((t) => t.text)).toContain('Systems');
    expect(quoted.filter((t) => t.kind === 'quote').map((t) => t.text)).toEqual(['‘', '’']);
    const plural = tokenize('He criticised the countries’ stance.');
    expect(find(plural, 'countries’').possessive).toBe('’');
    expect(plural.some((t) => t.kind === 'quote')).toBe(false);
  });

  it('takes straight single quotes as quotation marks around words', () => {
    const tokens = tokenize("Looking from the angle of 'My Country First', the world is divided.");
    expect(tokens.filter((t) => t.kind === 'quote').map((t) => t.text)).toEqual(["'", "'"]);
    expect(find(tokens, 'First').norm).toBe('first');
  });
});

describe('abbreviations and sentence-final periods', () => {
  it('keeps dots inside abbreviations and initials, and splits a full stop after a word', () => {
    expect(texts('Mr. Sullivan met U.S. officials at 10 a.m., e.g. George W. Bush.')).toEqual([
      'Mr.',
      'Sullivan',
      'met',
      'U.S.',
      'officials',
      'at',
      '10',
      'a.m.',
      ',',
      'e.g.',
      'George',
      'W.',
      'Bush',
      '.',
    ]);
    expect(texts('China’s human rights record.')).toEqual(['China’s', 'human', 'rights', 'record', '.']);
  });

  it('keeps the final dot of U.S. at the end of a sentence', () => {
    expect(texts('The talks were held in the U.S.')).toEqual(['The', 'talks', 'were', 'held', 'in', 'the', 'U.S.']);
  });

  it('counts U.S., U.S and US as one term, and never as the pronoun us', () => {
    const tokens = tokenize('The U.S. and the U.S military told us the US would act.');
    expect(tokens.filter((t) => t.norm === 'US').map((t) => t.text)).toEqual(['U.S.', 'U.S', 'US']);
    expect(find(tokens, 'us')).toMatchObject({ norm: 'us', stop: true });
    expect(find(tokens, 'U.S.').stop).toBe(false);
  });

  it('reads a possessive after an abbreviation, and an abbreviation inside a compound', () => {
    const tokens = tokenize('The U.S.’s role in Sino-U.S. ties');
    expect(find(tokens, 'U.S.’s')).toMatchObject({ norm: 'US', possessive: '’s' });
    expect(find(tokens, 'Sino-U.S.')).toMatchObject({ norm: 'sino-US' });
  });

  it('drops the dot of a title from its norm', () => {
    expect(find(tokenize('Sen. Warren and Mr. Hunt spoke.'), 'Mr.').norm).toBe('mr');
  });

  it('treats a dot after a word that only abbreviates before a number as a full stop at the end', () => {
    expect(texts('Resolution No. 5 passed.')).toEqual(['Resolution', 'No.', '5', 'passed', '.']);
    expect(texts('The answer was no.')).toEqual(['The', 'answer', 'was', 'no', '.']);
  });
});

describe('acronyms and shouting', () => {
  it('keeps all-capital words of two or more letters, and lower-cases the rest', () => {
    const tokens = tokenize('The NSA and the PRC briefed A UN panel on EVs.');
    expect(tokens.map((t) => t.norm)).toEqual([
      'the',
      'NSA',
      'and',
      'the',
      'PRC',
      'briefed',
      'a',
      'UN',
      'panel',
      'on',
      'EVs',
      '.',
    ]);
  });

  it('lower-cases everything in a shouting line, where acronyms cannot be told apart', () => {
    const tokens = tokenize('CHINA URGES US TO STOP INTERFERING');
    expect(tokens.map((t) => t.norm)).toEqual(['china', 'urges', 'us', 'to', 'stop', 'interfering']);
  });

  it('lower-cases a capitalised speaker label before its colon but keeps acronyms in the turn', () => {
    const tokens = tokenize('MS. JEAN-PIERRE:  The NSA spoke with the PRC.');
    expect(tokens.map((t) => t.norm)).toEqual([
      'ms',
      'jean-pierre',
      ':',
      'the',
      'NSA',
      'spoke',
      'with',
      'the',
      'PRC',
      '.',
    ]);
    expect(find(tokens, 'JEAN-PIERRE').parts).toHaveLength(2);
  });

  it('does not count single capitals towards a shouting run', () => {
    expect(tokenize('Did I tell A US official?').map((t) => t.norm)).toEqual([
      'did',
      'i',
      'tell',
      'a',
      'US',
      'official',
      '?',
    ]);
  });

  it('keeps a short capitalised outlet label as an acronym', () => {
    expect(tokenize('AFP: Will China respond?')[0]!.norm).toBe('AFP');
  });

  it('lower-cases a run of three or more capitalised words inside a sentence', () => {
    const tokens = tokenize('WHAT THEY ARE SAYING: Labor Leaders Praise the U.S. Plan');
    expect(tokens.slice(0, 4).map((t) => t.norm)).toEqual(['what', 'they', 'are', 'saying']);
    expect(find(tokens, 'U.S.').norm).toBe('US');
  });
});

describe('numbers', () => {
  it('keeps numbers, ordinals, dates and times whole', () => {
    const tokens = tokenize('On 5/14/24 at 10:30, 1,000 people (3.5% of 11) marked the 25th and 1st days.');
    for (const n of ['5/14/24', '10:30', '1,000', '3.5', '11', '25th', '1st'])
      expect(find(tokens, n).kind).toBe('number');
    expect(find(tokens, '%').kind).toBe('symbol');
    expect(find(tokens, '1,000').norm).toBe('1000');
    expect(find(tokens, '1,000')).toMatchObject({ stem: '', stop: false });
  });

  it('reads money with its currency sign as one number', () => {
    const tokens = tokenize('Fines of HK$100,000 and US$283,000, or $1.5 billion; $ alone is a symbol.');
    expect(find(tokens, 'HK$100,000')).toMatchObject({ kind: 'number', norm: 'HK$100000' });
    expect(find(tokens, 'US$283,000').kind).toBe('number');
    expect(find(tokens, '$1.5').kind).toBe('number');
    expect(find(tokens, '$').kind).toBe('symbol');
  });

  it('keeps a list of numbers apart', () => {
    expect(texts('Articles 1,2 and 3')).toEqual(['Articles', '1', ',', '2', 'and', '3']);
  });
});

describe('punctuation, quotes and symbols', () => {
  it('types quotation marks, dashes and ellipses', () => {
    const tokens = tokenize('“We do not seek conflict,” he said — and then… nothing... (Inaudible) – "fine".');
    const kinds = (kind: string) => tokens.filter((t) => t.kind === kind).map((t) => t.text);
    expect(kinds('quote')).toEqual(['“', '”', '"', '"']);
    expect(kinds('punct')).toEqual([',', '—', '…', '...', '(', ')', '–', '.']);
  });

  it('splits editorial brackets', () => {
    expect(texts('on Tuesday [sic] and [Wednesday]')).toEqual([
      'on',
      'Tuesday',
      '[',
      'sic',
      ']',
      'and',
      '[',
      'Wednesday',
      ']',
    ]);
  });

  it('keeps handles, hashtags, URLs and e-mail addresses whole', () => {
    const tokens = tokenize(
      'Thanks @AmbassdaorTai! #Teamsters see https://www.whitehouse.gov/briefing-room/. Mail press@who.eop.gov.',
    );
    expect(find(tokens, '@AmbassdaorTai')).toMatchObject({ kind: 'word', norm: '@ambassdaortai', stop: false });
    expect(find(tokens, '#Teamsters').kind).toBe('word');
    expect(find(tokens, 'https://www.whitehouse.gov/briefing-room/').kind).toBe('symbol');
    expect(find(tokens, 'press@who.eop.gov').kind).toBe('symbol');
    expect(tokens.at(-1)!.text).toBe('.');
  });

  it('keeps a handle written without its @ whole: an underscore joins its parts', () => {
    const tokens = tokenize('Reply from saltwater_kev and Verity_Plays, not snake _ case.');
    expect(find(tokens, 'saltwater_kev')).toMatchObject({ kind: 'word', norm: 'saltwater_kev', stem: 'saltwater_kev' });
    expect(find(tokens, 'Verity_Plays')).toMatchObject({ kind: 'word', stop: false });
    expect(tokens.map((t) => t.text)).toContain('_');
  });

  it('keeps an emoji with its modifiers as one symbol', () => {
    const tokens = tokenize('Great news 👍🏽 today');
    expect(find(tokens, '👍🏽').kind).toBe('symbol');
    expect(tokens).toHaveLength(4);
  });
});

describe('any input', () => {
  it('covers every non-space character of the range once, in order, with exact offsets', () => {
    // press-text pieces in pseudo-random order, fixed seed: mixes of marks the rules treat specially
    const pieces = [
      'a',
      'Z',
      'US',
      'S',
      's',
      '.',
      '-',
      "'",
      '’',
      '‘',
      '“',
      '”',
      '"',
      ' ',
      '\n',
      '1',
      '0',
      ',',
      '$',
      '%',
      '@',
      '#',
      '&',
      '/',
      ':',
      '(',
      ']',
      '…',
      '—',
      'é',
      '👍',
      '\u200d',
      'http://x.y',
      'e.g.',
      'Mr.',
    ];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let i = 1 + Math.floor(random() * 20); i > 0; i--) text += pieces[Math.floor(random() * pieces.length)];
      const start = Math.floor((random() * text.length) / 2);
      const end = start + Math.floor(random() * (text.length - start + 1));
      const out: Token[] = [];
      tokenizeRange(text, start, end, 0, out);
      let at = start;
      for (const t of out) {
        expect(text.slice(at, t.start).trim()).toBe('');
        expect(t.end).toBeGreaterThan(t.start);
        expect(text.slice(t.start, t.end)).toBe(t.text);
        at = t.end;
      }
      expect(at).toBeLessThanOrEqual(end);
      expect(text.slice(at, end).trim()).toBe('');
    }
  });
});

describe('ranges, stems and stop words', () => {
  it('tokenizes only the given range and numbers tokens from out.length', () => {
    const text = 'First sentence. Second one here.';
    const out: Token[] = [];
    tokenizeRange(text, 0, 15, 0, out);
    tokenizeRange(text, 16, text.length, 1, out);
    expect(out.map((t) => [t.index, t.sentence, t.text])).toEqual([
      [0, 0, 'First'],
      [1, 0, 'sentence'],
      [2, 0, '.'],
      [3, 1, 'Second'],
      [4, 1, 'one'],
      [5, 1, 'here'],
      [6, 1, '.'],
    ]);
  });

  it('stems words with the Porter stemmer on the lower-cased norm, and leaves others unstemmed', () => {
    const tokens = tokenize('Criticizing countries, 11 times!');
    expect(tokens.map((t) => t.stem)).toEqual(['critic', 'countri', '', '', 'time', '']);
    expect(stemOf('countries')).toBe('countri');
  });

  it('marks stop words from the lexicon, never acronyms or non-words', () => {
    expect(isStopWord('the')).toBe(true);
    expect(isStopWord('US')).toBe(false);
    expect(tokenize('the 1 ,').map((t) => t.stop)).toEqual([true, false, false]);
  });
});

describe('tokens that share their spelling', () => {
  it('re-normalises a shouting run without changing the same spelling elsewhere', () => {
    const doc = parseDocument('THE NSA ALSO SAID NO.\n\nThe NSA said it would respond.');
    const nsa = doc.tokens.filter((t) => t.text === 'NSA');
    expect(nsa.map((t) => [t.sentence, t.norm])).toEqual([
      [0, 'nsa'],
      [1, 'NSA'],
    ]);
  });

  it('gives each occurrence of a hyphenated word parts at its own offsets', () => {
    const text = 'US-led talks failed, and US-led sanctions followed.';
    const led = tokenize(text).filter((t) => t.text === 'US-led');
    expect(led.map((t) => t.parts?.map((p) => [p.start, p.end, p.text]))).toEqual([
      [
        [0, 2, 'US'],
        [3, 6, 'led'],
      ],
      [
        [25, 27, 'US'],
        [28, 31, 'led'],
      ],
    ]);
    for (const t of led) for (const p of t.parts!) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('serialises a token to JSON with the contract fields in order', () => {
    const [china, led] = tokenize('China’s US-led');
    expect(JSON.parse(JSON.stringify(china))).toEqual({
      index: 0,
      sentence: 0,
      start: 0,
      end: 7,
      text: 'China’s',
      kind: 'word',
      norm: 'china',
      stem: 'china',
      stop: false,
      possessive: '’s',
    });
    expect(Object.keys(JSON.parse(JSON.stringify(led)))).toEqual([
      'index',
      'sentence',
      'start',
      'end',
      'text',
      'kind',
      'norm',
      'stem',
      'stop',
      'parts',
    ]);
  });
});

describe('TextCache: what a stage remembers of the documents across documents', () => {
  it('makes each value once from its key, and empties itself whole when full', () => {
    const made: string[] = [];
    const stems = new TextCache<string>(2);
    const stem = (word: string) =>
      stems.get(word) ??
      stems.add(word, (own) => {
        made.push(own);
        return porterStem(own);
      });
    expect(stem('negotiations')).toBe('negoti');
    expect(stem('negotiations')).toBe('negoti');
    expect(stem('sanctions')).toBe('sanction');
    expect(made).toEqual(['negotiations', 'sanctions']);
    // a third key finds the table full: it starts again, so the first key is made anew
    expect(stem('ceasefire')).toBe('ceasefir');
    expect(stem('negotiations')).toBe('negoti');
    expect(made).toEqual(['negotiations', 'sanctions', 'ceasefire', 'negotiations']);
    // a key cut from a document is kept as its own copy, equal to it
    const text = 'The Permanent Representative of Freedonia spoke first.';
    const office = text.slice(4, 28);
    expect(stems.add(office, (own) => own)).toBe('Permanent Representative');
    expect(stems.get('Permanent Representative')).toBe(office);
  });
});

describe('line breaks between two offsets', () => {
  it('finds a break of any convention in the gap between two words, and none on one line', () => {
    for (const brk of ['\n', '\r\n', '\r']) {
      const text = `FOR IMMEDIATE RELEASE${brk}Tarnholm University adopts a new charter`;
      const doc = parseDocument(text);
      const words = doc.tokens.map((t) => t.text);
      const release = doc.tokens[words.indexOf('RELEASE')]!;
      const next = doc.tokens[words.indexOf('Tarnholm')]!;
      expect(lineBreakBetween(text, release.end, next.start)).toBe(true);
      const adopts = doc.tokens[words.indexOf('adopts')]!;
      expect(lineBreakBetween(text, next.end, adopts.start)).toBe(false);
      // The gap alone is read: a break further on does not count.
      expect(lineBreakBetween(text, 0, release.end)).toBe(false);
    }
  });
});

describe('searching positions in a sorted list', () => {
  // The starts of the sentences of a real paragraph: a sorted list with gaps.
  const doc = parseDocument(
    'The talks ended on Friday. Both sides agreed to meet again. The date was not set. Observers were cautious.',
  );
  const starts = doc.sentences.map((s) => s.start);
  const start = (n: number) => n;

  it('finds the first position at or after an offset, and the last at or before it', () => {
    for (let offset = -1; offset <= doc.text.length + 1; offset++) {
      const first = starts.findIndex((s) => s >= offset);
      expect(firstAtOrAfter(starts, offset, start), `offset ${offset}`).toBe(first < 0 ? starts.length : first);
      const last = starts.filter((s) => s <= offset).length - 1;
      expect(lastAtOrBefore(starts, offset, start), `offset ${offset}`).toBe(last);
    }
  });

  it('takes the first of equal positions, so that spans starting together are all found', () => {
    const spans = [0, 5, 5, 5, 9].map((s) => ({ start: s }));
    expect(firstAtOrAfter(spans, 5, (s) => s.start)).toBe(1);
    expect(lastAtOrBefore(spans, 5, (s) => s.start)).toBe(3);
    expect(firstAtOrAfter([], 5, start)).toBe(0);
  });
});

describe('blank space before and after an offset on its line', () => {
  const text =
    'Leaders meet\n  “We could never agree on the map”: Dagny Ferrel on the talks\nThe end.\u00a0\r\nLast line';
  const quote = text.indexOf('“');
  const colon = text.indexOf(':');
  const end = text.indexOf('The end.') + 'The end.'.length;

  it('reads white space as trim does, stopping at the line break', () => {
    expect(blankBefore(text, quote)).toBe(true);
    expect(blankBefore(text, colon)).toBe(false);
    expect(blankBefore(text, 0)).toBe(true);
    // A no-break space and a CRLF line end: blank to the end of the line.
    expect(blankAfter(text, end)).toBe(true);
    expect(blankAfter(text, colon)).toBe(false);
    expect(blankAfter(text, text.length)).toBe(true);
  });

  it('stops at a floor or a ceiling as at a line break', () => {
    const paragraph = text.indexOf('  “');
    expect(blankBefore(text, quote, paragraph)).toBe(true);
    expect(blankBefore(text, colon, colon - 1)).toBe(false);
    expect(blankBefore(text, colon, colon)).toBe(true);
    expect(blankAfter(text, colon, colon)).toBe(true);
  });
});

describe('a short line around an offset', () => {
  it('gives the line without its outer white space, or null once it is longer than the limit', () => {
    const text =
      'Ceasefire talks\n  ‘We will not sign’: the rebels\u00a0 \nThe rebels said on Monday that they would not sign.';
    const quote = text.indexOf('‘');
    expect(shortLineAt(text, quote, 120)).toBe('‘We will not sign’: the rebels');
    expect(shortLineAt(text, quote, 30)).toBe('‘We will not sign’: the rebels');
    expect(shortLineAt(text, quote, 29)).toBeNull();
    const said = text.indexOf('said');
    expect(shortLineAt(text, said, 120)).toBe('The rebels said on Monday that they would not sign.');
    expect(shortLineAt(text, said, 20)).toBeNull();
    // On white space the whole line is read, as trim reads it.
    expect(shortLineAt(text, text.indexOf('\u00a0'), 120)).toBe('‘We will not sign’: the rebels');
  });
});

describe('a character within a range', () => {
  it('finds the first occurrence inside the range only', () => {
    const text = 'The minister said the talks had failed; the envoy (Ana Lind) disagreed; (laughter)';
    const semicolon = text.indexOf(';');
    expect(charIndexWithin(text, ';', 0, text.length)).toBe(semicolon);
    expect(charIndexWithin(text, ';', 0, semicolon)).toBe(-1);
    expect(charIndexWithin(text, ';', semicolon + 1, text.length)).toBe(text.lastIndexOf(';'));
    expect(charIndexWithin(text, '(', -5, 10)).toBe(-1);
    expect(charIndexWithin(text, '(', 0, 1000)).toBe(text.indexOf('('));
  });
});
