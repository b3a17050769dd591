// Property tests: generated texts of letters, digits, every kind of whitespace, all
// quote marks, abbreviations and transcript labels, through the whole pipeline.
// `npm test` runs a few thousand cases; PROPERTY_RUNS=20000 (or any number) runs more.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysisRecord, analyze, recordJsonEstimate } from '../src/pipeline';
import {
  DocumentError,
  MAX_SENTENCE_LENGTH,
  blankAfter,
  blankBefore,
  charIndexWithin,
  firstAtOrAfter,
  lastAtOrBefore,
  lineBreakBetween,
  parseDocument,
  shortLineAt,
} from '../src/text';
import type { Span } from '../src/text';
import { toCsv, writeJson } from '../src/io';

const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 0) || 0;
/** Cases per property: the default keeps the suite to a few seconds; PROPERTY_RUNS raises every property to it. */
const runs = (fallback: number) => ({ numRuns: RUNS || fallback });

const WORDS = [
  'the',
  'minister',
  'said',
  'talks',
  'China',
  'US',
  'we',
  'will',
  'never',
  'accept',
  'strongly',
  'opposes',
  'according',
  'to',
  'told',
  'reporters',
  'Hong',
  'Lei',
  'spokesperson',
  'Biden',
  'in',
  'and',
  'It',
  'They',
  'ré',
  'naïve',
  'Ærø',
  'don’t',
  'China’s',
  'US-led',
  'e‑mail',
];
const ABBREVIATIONS = [
  'Mr.',
  'Dr.',
  'U.S.',
  'e.g.',
  'a.m.',
  'p.m.',
  'Jan.',
  'Co.',
  'Gen.',
  'Inc.',
  'No.',
  'vs.',
  'etc.',
  'J.',
  'St.',
];
const LABELS = [
  'Q:',
  'Q.',
  'MS. PSAKI:',
  'THE PRESIDENT:',
  'MR. PRICE:',
  'SPOKESPERSON:',
  'Q ',
  '[Laughter.]',
  '(Applause.)',
  '—',
  '–',
  '- ',
  '• ',
  '1. ',
  'a) ',
];
const QUOTES = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›', '`', '``', "''", '「', '」'];
const PUNCT = [
  '.',
  '. ',
  '! ',
  '? ',
  '?!',
  '…',
  '...',
  '. . .',
  ',',
  ', ',
  ';',
  ':',
  '(',
  ')',
  '[',
  ']',
  '。',
  '！',
  '？',
  '，',
  '%',
  '$',
  '&',
  '/',
  '=SUM(A1)',
  '@x',
  '#tag',
  '-2',
  '+44',
];
const SPACE = [
  ' ',
  ' ',
  ' ',
  '\t',
  '\n',
  '\n\n',
  '\r',
  '\r\r',
  '\r\n',
  '\r\n\r\n',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\u3000',
  '\u2009',
  '\u200b',
  '\f',
  '\v',
  '\u0085',
  ' \n \n',
];
const OTHER = [
  '🇺🇸',
  '👍🏽',
  '👨‍👩‍👧',
  '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
  'e\u0301',
  '\ud83d',
  '\udc4d',
  '中国',
  '日本語',
  '2024',
  '3.5',
  '1,000',
  '9:30',
  '\u0000',
  '\ufeff',
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 5, arbitrary: fc.constantFrom(...SPACE) },
  { weight: 2, arbitrary: fc.constantFrom(...ABBREVIATIONS) },
  { weight: 1, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 3, arbitrary: fc.constantFrom(...QUOTES) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.constantFrom(...OTHER) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9]{1,8}$/) },
);
const text = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));
/** Texts whose only line breaks are `\n`, to compare with their CRLF and CR versions. */
const lfText = fc
  .array(piece, { maxLength: 80 })
  .map((parts) => parts.join('').replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n'));

function expectSpan(source: string, span: Span | { start: number; end: number }, what: string): void {
  if (!(span.start >= 0 && span.start <= span.end && span.end <= source.length))
    throw new Error(`${what} [${span.start}, ${span.end}) outside 0..${source.length}`);
  if ('text' in span && source.slice(span.start, span.end) !== span.text)
    throw new Error(
      `${what} [${span.start}, ${span.end}) text ${JSON.stringify(span.text)} ≠ slice ${JSON.stringify(source.slice(span.start, span.end))}`,
    );
}

/** Analyse, allowing only the documented refusal. */
function analyseOrRefuse(input: string) {
  try {
    return analyze(parseDocument(input, 'generated.txt'));
  } catch (err) {
    if (err instanceof DocumentError) return null;
    throw err;
  }
}

describe('properties of the pipeline on generated texts', () => {
  it('never throws except DocumentError, and every span indexes the text exactly', () => {
    fc.assert(
      fc.property(text, (input) => {
        const analysis = analyseOrRefuse(input);
        if (!analysis) return;
        const { doc, attribution, claims } = analysis;
        expect(doc.text).toBe(input);
        for (const p of doc.paragraphs) expectSpan(input, p, 'paragraph');
        let previousEnd = 0;
        for (const s of doc.sentences) {
          expectSpan(input, s, 'sentence');
          if (s.start < previousEnd)
            throw new Error(`sentence ${s.index} starts at ${s.start}, before the previous one ends at ${previousEnd}`);
          if (s.end - s.start > MAX_SENTENCE_LENGTH)
            throw new Error(`sentence ${s.index} longer than ${MAX_SENTENCE_LENGTH}`);
          previousEnd = s.end;
        }
        for (const t of doc.tokens) {
          expectSpan(input, t, 'token');
          const s = doc.sentences[t.sentence]!;
          if (!(s.start <= t.start && t.end <= s.end))
            throw new Error(
              `token ${JSON.stringify(t.text)} [${t.start}, ${t.end}) outside its sentence [${s.start}, ${s.end})`,
            );
        }
        for (const q of attribution.quotes) {
          expectSpan(input, q.content, 'quote content');
          if (q.speaker) expectSpan(input, q.speaker, 'quote speaker');
          if (q.cue) expectSpan(input, q.cue, 'quote cue');
        }
        for (const a of attribution.actors) {
          for (const m of a.mentionSpans) expectSpan(input, m, `mention of ${a.name}`);
          if (a.reportedCue) expectSpan(input, a.reportedCue, 'reported cue');
        }
        expect(claims).toHaveLength(doc.sentences.length);
        for (const c of claims) for (const e of c.evidence) expectSpan(input, e, 'claim evidence');
      }),
      runs(1000),
    );
  });

  it('cuts run-on texts into sentences no longer than MAX_SENTENCE_LENGTH, covering every character', () => {
    const runOn = fc
      .tuple(fc.array(piece, { minLength: 1, maxLength: 30 }), fc.integer({ min: 2000, max: 12000 }))
      .map(([parts, length]) => {
        const unit = parts.join('').replace(/[.!?…。！？\r\n\u0085\u2028\u2029]/g, ' ') + ' ';
        return unit.repeat(Math.ceil(length / unit.length));
      });
    fc.assert(
      fc.property(runOn, (input) => {
        const doc = (() => {
          try {
            return parseDocument(input);
          } catch (err) {
            if (err instanceof DocumentError) return null;
            throw err;
          }
        })();
        if (!doc) return;
        let covered = '';
        for (const s of doc.sentences) {
          expectSpan(input, s, 'sentence');
          if (s.end - s.start > MAX_SENTENCE_LENGTH) throw new Error(`sentence of ${s.end - s.start} characters`);
          covered += s.text;
        }
        expect(covered.replace(/\s+/g, '')).toBe(input.replace(/\s+/g, ''));
      }),
      runs(60),
    );
  });

  it('gives the same output for the same input, and a JSON stream equal to JSON.stringify', () => {
    fc.assert(
      fc.property(text, (input) => {
        const first = analyseOrRefuse(input);
        if (!first) return;
        const record = analysisRecord(first);
        const again = JSON.stringify(analysisRecord(analyze(parseDocument(input, 'generated.txt'))), null, 1);
        let streamed = '';
        writeJson({ write: (t) => (streamed += t) }, record, 1);
        expect(streamed).toBe(JSON.stringify(record, null, 1));
        expect(again).toBe(streamed);
        // the same bytes when the estimate lets the record be written in one piece
        let whole = '';
        writeJson({ write: (t) => (whole += t) }, record, 1, recordJsonEstimate(record));
        expect(whole).toBe(streamed);
        expect(recordJsonEstimate(record)).toBeGreaterThanOrEqual(streamed.length);
      }),
      runs(200),
    );
  });

  it('reads CRLF, LF and CR versions of a text as the same paragraphs, sentences and claims', () => {
    const shape = (input: string) => {
      const analysis = analyseOrRefuse(input);
      if (!analysis) return null;
      const lf = (s: string) => s.replace(/\r\n?/g, '\n');
      return {
        paragraphs: analysis.doc.paragraphs.map((p) => lf(p.text)),
        sentences: analysis.doc.sentences.map((s) => [s.paragraph, s.headline, lf(s.text)]),
        claims: analysis.claims.map((c) => [c.type, c.evidence.map((e) => lf(e.text))]),
      };
    };
    fc.assert(
      fc.property(lfText, (input) => {
        const lf = shape(input);
        expect(shape(input.replace(/\n/g, '\r\n'))).toEqual(lf);
        expect(shape(input.replace(/\n/g, '\r'))).toEqual(lf);
      }),
      runs(400),
    );
  });

  it('never lets a CSV cell start a formula, and keeps numbers as they are', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.constantFrom(...PUNCT, ...SPACE), fc.double({ noNaN: true, noDefaultInfinity: true })),
        (value) => {
          const line = toCsv([{ v: value }])
            .split('\n')
            .slice(1, -1)
            .join('\n');
          const cell = line.startsWith('"') ? line.slice(1) : line;
          if (typeof value === 'number') expect(line).toBe(String(value));
          else if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(value))
            expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        },
      ),
      runs(1000),
    );
  });
});

describe('bounded searches agree with their plain definitions on generated texts', () => {
  // Reference definitions, as the code read them before it stopped scanning whole lines and texts.
  const lineStart = (t: string, i: number) => {
    let k = i;
    while (k > 0 && t[k - 1] !== '\n' && t[k - 1] !== '\r') k--;
    return k;
  };
  const lineEnd = (t: string, i: number) => {
    let k = i;
    while (k < t.length && t[k] !== '\n' && t[k] !== '\r') k++;
    return k;
  };
  // The limit is drawn around the length of the line at the first offset, where an off-by-one would show.
  const withOffsets = text.chain((t) =>
    fc.nat({ max: t.length }).chain((a) =>
      fc.tuple(
        fc.constant(t),
        fc.constant(a),
        fc.nat({ max: t.length }),
        fc
          .integer({ min: -2, max: 2 })
          .map((d) => Math.max(1, t.slice(lineStart(t, a), lineEnd(t, a)).trim().length + d)),
      ),
    ),
  );

  it('blankBefore, blankAfter, lineBreakBetween and shortLineAt', () => {
    fc.assert(
      fc.property(withOffsets, ([t, a, b, max]) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(blankBefore(t, to, from)).toBe(t.slice(Math.max(from, lineStart(t, to)), to).trim() === '');
        expect(blankAfter(t, from, to)).toBe(t.slice(from, Math.min(to, lineEnd(t, from))).trim() === '');
        expect(lineBreakBetween(t, from, to)).toBe(/[\n\r]/.test(t.slice(from, to)));
        const line = t.slice(lineStart(t, a), lineEnd(t, a)).trim();
        expect(shortLineAt(t, a, max)).toBe(line.length <= max ? line : null);
      }),
      runs(400),
    );
  });

  it('charIndexWithin, firstAtOrAfter and lastAtOrBefore', () => {
    fc.assert(
      fc.property(withOffsets, fc.constantFrom(';', '(', ' ', '\n', '“'), ([t, a, b], char) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const plain = t.indexOf(char, from);
        expect(charIndexWithin(t, char, from, to)).toBe(plain >= 0 && plain < to ? plain : -1);
        // The positions of every space, a sorted list.
        const spaces = [...t].flatMap((c, i) => (c === ' ' ? [i] : []));
        const at = (n: number) => n;
        const first = spaces.findIndex((s) => s >= a);
        expect(firstAtOrAfter(spaces, a, at)).toBe(first < 0 ? spaces.length : first);
        expect(lastAtOrBefore(spaces, a, at)).toBe(spaces.filter((s) => s <= a).length - 1);
      }),
      runs(400),
    );
  });
});
