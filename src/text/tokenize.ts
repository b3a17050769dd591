/**
 * Word tokenizer: one linear charCode scan with a character-class table. A word's string, kind,
 * norm, stem, stop flag, possessive and parts are computed once per distinct spelling (a `Form`)
 * and shared by its tokens, so a token is one object of four fields (see `ScannedToken`).
 *
 * Capitals in norm (see `keepsCapitals`): acronyms keep them, except where they cannot be told
 * from shouting: a range whose capitals outnumber its lower-case letters two to one, a run of
 * three or more all-capital words, or an all-capital label before a colon (`MS. JEAN-PIERRE:`).
 *
 * Choices where tokenizers differ, made here for press text:
 * - Money: a currency sign followed by digits is one `number` token with any letter prefix
 *   (`$100`, `€5`, `HK$100,000`, norm `HK$100000`); a lone `$` is a `symbol`. `%` is a `symbol`.
 * - Number norm: thousands separators dropped (`1,000` → `1000`), letter suffixes lower-cased.
 *   A token that starts with a digit is a number unless a hyphen joins it to letters
 *   (`2-year-old` is a word with parts; `2020-21` and `25th` are numbers).
 * - Twitter handles and hashtags (`@AmbassdaorTai`, `#HongKong`) are `word` tokens, norm
 *   lower-cased with the sigil kept, stem = norm (names are not stemmed), never stop words.
 * - URLs (`https://…`, `www.…`) and e-mail addresses are one `symbol` token, norm as typed.
 * - Dotted capitals lose their dots in norm (`U.S.` → `US`); lower-case dotted forms keep them
 *   (`a.m.`, `e.g.`), so they never meet the stop words `am`, `eg`.
 */
import { inspect } from 'node:util';
import abbreviations from './lexicon/abbreviations.json';
import numberAbbreviations from './lexicon/number-abbreviations.json';
import { isHyphen, keepsCapitals, lexemeOf, normalizeNumber, normalizeWord } from './normalize';
import type { Span, Token, TokenKind } from './types';
import { ALL_QUOTE_MARKS } from './quote-marks';
import { detach } from './detach';

const SPACE = 1;
const LOWER = 2;
const UPPER = 3;
const LETTER = 4; // caseless letters and combining marks
const DIGIT = 5;
const HYPHEN = 6;
const APOSTROPHE = 7; // ' and ’: inside a word, or a single quotation mark
const DOT = 8;
const QUOTE = 9;
const PUNCT = 10;
const SYMBOL = 11;
const HIGH_SURROGATE = 12;

const CLASS = new Uint8Array(65536); // 0 = not classified yet

// `'` and `’` are left out: inside a word they are apostrophes, and the word scanner decides.
const QUOTE_MARKS = ALL_QUOTE_MARKS.replace(/['’]/g, '');
const SENTENCE_PUNCT = '.,;:!?…¡¿‥·、。';
const INVISIBLE_SPACES = '\u200b\u2060\ufeff';

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  let k: number;
  if (code >= 0xd800 && code <= 0xdbff) k = HIGH_SURROGATE;
  else if (code >= 0xdc00 && code <= 0xdfff) k = SYMBOL;
  else if (isHyphen(code)) k = HYPHEN;
  else if (code === 0x27 || code === 0x2019) k = APOSTROPHE;
  else if (code === 0x2e) k = DOT;
  else if (QUOTE_MARKS.includes(ch)) k = QUOTE;
  else if (/\s/.test(ch) || INVISIBLE_SPACES.includes(ch)) k = SPACE;
  else if (/[\p{Lu}\p{Lt}]/u.test(ch)) k = UPPER;
  else if (/\p{Ll}/u.test(ch)) k = LOWER;
  else if (/[\p{L}\p{M}]/u.test(ch)) k = LETTER;
  else if (/\p{Nd}/u.test(ch)) k = DIGIT;
  else if (/[\p{Pd}\p{Ps}\p{Pe}\p{Pi}\p{Pf}]/u.test(ch) || SENTENCE_PUNCT.includes(ch)) k = PUNCT;
  else k = SYMBOL;
  CLASS[code] = k;
  return k;
}

for (let code = 0; code < 128; code++) classify(code);

function charClass(code: number): number {
  const k = CLASS[code]!;
  return k !== 0 ? k : classify(code);
}

function isAlnum(k: number): boolean {
  return k >= LOWER && k <= DIGIT;
}

function isLetter(k: number): boolean {
  return k >= LOWER && k <= LETTER;
}

function isCurrency(code: number): boolean {
  return code === 0x24 || code === 0xa3 || code === 0xa5 || code === 0x20ac || code === 0x20b9;
}

/**
 * Abbreviations from the lexicon shared with the sentence splitter, in every spelling that
 * matches: a lower-case entry in any case (`co`, `Co`, `CO`), a capitalised one as typed or in
 * capitals (`Jan`, `JAN`). Dotted entries (`e.g`) need no list: the scanner joins them itself.
 * The value tells whether the word also keeps its dot at the end of a sentence.
 */
const ABBREVIATIONS: ReadonlyMap<string, boolean> = new Map(
  (
    [
      [abbreviations.beforeName, false],
      [abbreviations.mayEndSentence, true],
      [abbreviations.midSentence, false],
    ] as const
  ).flatMap(([words, keepsFinalDot]) =>
    words
      .filter((w) => !w.includes('.'))
      .flatMap((w) => (w === w.toLowerCase() ? [w, w[0]!.toUpperCase() + w.slice(1)] : [w]).concat(w.toUpperCase()))
      .map((w): [string, boolean] => [w, keepsFinalDot]),
  ),
);
const BEFORE_NUMBER: ReadonlySet<string> = new Set(numberAbbreviations.words.flatMap((w) => [w, w.toUpperCase()]));
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS.keys(), ...BEFORE_NUMBER].map((w) => w.length));

const MAX_PARTS = 64;

/** What one scan of a word or number found; reused to avoid an allocation per token. */
class WordScan {
  upper = 0;
  lower = 0;
  letters = 0;
  hyphens = 0;
  /** Apostrophes, dots and ampersands inside the word: the norm needs the slow path. */
  marks = 0;
  commas = 0;
  currency = false;
  email = false;
  /** An underscore joins the word's parts (`saltwater_kev`): a handle or an identifier, not stemmed. */
  underscore = false;
  /** Hash of the letters and digits with the length: the key of `forms` (marks are compared, not hashed). */
  hash = 0;
  readonly hyphenAt = new Int32Array(MAX_PARTS);

  reset(): void {
    this.upper = this.lower = this.letters = this.hyphens = this.marks = this.commas = 0;
    this.currency = this.email = this.underscore = false;
    this.hash = 0;
  }
}
const scan = new WordScan();

function nextNonSpaceIsDigit(text: string, i: number, end: number): boolean {
  while (i < end && charClass(text.charCodeAt(i)) === SPACE) i++;
  return i < end && charClass(text.charCodeAt(i)) === DIGIT;
}

/**
 * A word that keeps its final dot: an initial (`J. Smith`), a listed abbreviation (`Mr.`,
 * `Inc.`) or a number abbreviation before a number (`No. 5`). A dot that ends the range after a
 * word that never ends a sentence (`Mr`, `vs`) was a full stop after all.
 */
function ownsDot(text: string, first: number, dot: number, end: number): boolean {
  if (dot - first === 1 && charClass(text.charCodeAt(first)) === UPPER && dot + 1 < end) return true;
  if (dot - first > LONGEST_ABBREVIATION) return false;
  const word = text.slice(first, dot);
  const keepsFinalDot = ABBREVIATIONS.get(word);
  if (keepsFinalDot === true || (keepsFinalDot === false && dot + 1 < end)) return true;
  return BEFORE_NUMBER.has(word) && nextNonSpaceIsDigit(text, dot + 1, end);
}

/** An `s` that ends a word (after an apostrophe at `i - 1`). */
function isPossessiveS(text: string, i: number, end: number): boolean {
  return i < end && (text.charCodeAt(i) | 32) === 115 && (i + 1 === end || !isAlnum(charClass(text.charCodeAt(i + 1))));
}

function isThousandsGroup(text: string, i: number, end: number): boolean {
  if (i + 3 > end) return false;
  for (let j = i; j < i + 3; j++) if (charClass(text.charCodeAt(j)) !== DIGIT) return false;
  return i + 3 === end || charClass(text.charCodeAt(i + 3)) !== DIGIT;
}

/** End of a URL or e-mail address starting at `i`: up to white space, less trailing punctuation. */
function linkEnd(text: string, i: number, end: number): number {
  let j = i;
  let opened = false;
  while (j < end) {
    const k = charClass(text.charCodeAt(j));
    if (k === SPACE || k === QUOTE) break;
    if (text.charCodeAt(j) === 40) opened = true;
    j++;
  }
  for (;;) {
    const last = text.charCodeAt(j - 1);
    const k = charClass(last);
    if (j - 1 > i && (k === DOT || k === APOSTROPHE || (k === PUNCT && !(last === 41 && opened)))) j--;
    else return j;
  }
}

function startsLink(text: string, i: number, code: number): boolean {
  if (code === 104)
    return text.charCodeAt(i + 1) === 116 && (text.startsWith('http://', i) || text.startsWith('https://', i));
  return code === 119 && text.charCodeAt(i + 1) === 119 && text.startsWith('www.', i);
}

/**
 * Where one `scanWord` call stands: the word's range, and the letters and digits of the segment
 * since its last hyphen or dot. One module-level object reused for every word (as `scan` is), so
 * the scan allocates nothing; `stopped` is set by the join that ends the word.
 */
class WordCursor {
  text = '';
  first = 0;
  end = 0;
  singleQuoteOpen = false;
  segLetters = 0;
  segDigits = 0;
  /** A dotted abbreviation (`U.S`) runs through the word. */
  dotted = false;
  stopped = false;

  begin(text: string, first: number, end: number, singleQuoteOpen: boolean): void {
    this.text = text;
    this.first = first;
    this.end = end;
    this.singleQuoteOpen = singleQuoteOpen;
    this.segLetters = this.segDigits = 0;
    this.dotted = this.stopped = false;
  }

  /** The word ends at `i`. */
  stop(i: number): number {
    this.stopped = true;
    return i;
  }

  /** A new segment starts after the joining mark at `i`. */
  newSegment(i: number): number {
    this.segLetters = this.segDigits = 0;
    return i + 1;
  }

  /** Letters so far, in this segment or, before a currency prefix ended, in the whole word. */
  hasLetters(): boolean {
    return this.segLetters > 0 || (!scan.currency && scan.upper + scan.lower > 0);
  }
}
const cursor = new WordCursor();

/**
 * Scan a word or number starting at a letter or digit; return its end and leave the findings in
 * `scan`. Joins hyphenated compounds, inner apostrophes, a plural possessive `s’` (unless a single
 * quotation is open: then the mark closes it), dotted abbreviations, decimals, thousands groups,
 * dates `5/14/24`, times `10:30`, `R&D`, currency prefixes `HK$` and e-mail addresses.
 * Two passes in turn: (1) a run of letters and digits, (2) the mark after it, which either joins
 * the word (and the next run follows) or ends it.
 */
function scanWord(text: string, i: number, end: number, singleQuoteOpen: boolean): number {
  scan.reset();
  const first = i;
  const plainEnd = plainWordEnd(text, i, end);
  if (plainEnd > 0) {
    scan.letters = plainEnd - first;
    scan.hash = finishHash(scan.hash, plainEnd - first);
    return plainEnd;
  }
  cursor.begin(text, first, end, singleQuoteOpen);
  for (;;) {
    i = scanAlnumRun(text, i, end);
    if (i >= end) break;
    i = joinAt(cursor, i);
    if (cursor.stopped) break;
  }
  // an e-mail address is a symbol token: its letters and hash are never read
  if (scan.email) return i;
  scan.letters = scan.upper + scan.lower;
  scan.hash = finishHash(scan.hash, i - first);
  return i;
}

/** Pass 1: letters and digits from `i`, counted into `scan` and the cursor's segment, hashed. */
function scanAlnumRun(text: string, i: number, end: number): number {
  // locals in the loop, written back once: this loop runs for every character of a word
  let letters = 0;
  let digits = 0;
  let upper = scan.upper;
  let lower = scan.lower;
  let hash = scan.hash;
  while (i < end) {
    const code = text.charCodeAt(i);
    const k = charClass(code);
    if (k === DIGIT) digits++;
    else if (k >= LOWER && k <= LETTER) {
      letters++;
      if (k === LOWER) lower++;
      else if (k === UPPER) upper++;
    } else break;
    hash = (Math.imul(hash, 31) + code) | 0;
    i++;
  }
  cursor.segLetters += letters;
  cursor.segDigits += digits;
  scan.upper = upper;
  scan.lower = lower;
  scan.hash = hash;
  return i;
}

/** Pass 2: whether the mark at `i` joins the word; returns where scanning goes on, or where the word ends (`stopped`). */
function joinAt(w: WordCursor, i: number): number {
  const { text, end } = w;
  const code = text.charCodeAt(i);
  const k = charClass(code);
  const next = i + 1 < end ? charClass(text.charCodeAt(i + 1)) : SPACE;
  if (k === HYPHEN) return joinHyphen(w, i, next);
  if (k === APOSTROPHE) return joinApostrophe(w, i, next);
  if (k === DOT) return joinDot(w, i, next);
  if (code === 44 /* , */) return joinThousands(w, i);
  if (code === 47 /* / */ || code === 58 /* : */) {
    const joins = code === 47 ? next === DIGIT : isDigitPair(text, i + 1, end);
    return !w.hasLetters() && w.segDigits > 0 && joins ? i + 1 : w.stop(i);
  }
  if (code === 38 /* & */) return joinAmpersand(w, i, next);
  if (isCurrency(code)) return joinCurrency(w, i, next);
  // `saltwater_kev`, `Verity_Plays`: an underscore between letters or digits joins a forum handle written without its `@`.
  if (code === 95 /* _ */ && isAlnum(next)) {
    scan.underscore = true;
    return i + 1;
  }
  if (code === 64 /* @ */ && isAlnum(next)) {
    scan.email = true;
    return w.stop(linkEnd(text, i, end));
  }
  return w.stop(i);
}

/** `1,000`: a comma before a group of three digits in a number. */
function joinThousands(w: WordCursor, i: number): number {
  if (w.hasLetters() || w.segDigits === 0 || !isThousandsGroup(w.text, i + 1, w.end)) return w.stop(i);
  scan.commas++;
  return i + 1;
}

/** `R&D`: an ampersand between capitals. */
function joinAmpersand(w: WordCursor, i: number, next: number): number {
  if (next !== UPPER || charClass(w.text.charCodeAt(i - 1)) !== UPPER) return w.stop(i);
  scan.marks++;
  return i + 1;
}

/** `US-led`, `2-year-old`: a hyphen between letters or digits, up to `MAX_PARTS` parts. */
function joinHyphen(w: WordCursor, i: number, next: number): number {
  if (!isAlnum(next) || scan.hyphens === MAX_PARTS - 1) return w.stop(i);
  scan.hyphenAt[scan.hyphens++] = i;
  w.dotted = false;
  return w.newSegment(i);
}

/** `don’t`, `O’Neill` inside the word; `countries’` ends it, unless a single quotation is open. */
function joinApostrophe(w: WordCursor, i: number, next: number): number {
  const text = w.text;
  const afterLetter = isLetter(charClass(text.charCodeAt(i - 1)));
  if (afterLetter && isLetter(next)) {
    scan.marks++;
    return i + 1;
  }
  if (afterLetter && !isAlnum(next) && !w.singleQuoteOpen && (text.charCodeAt(i - 1) | 32) === 115) {
    scan.marks++;
    return w.stop(i + 1);
  }
  return w.stop(i);
}

/** A decimal point, a dotted abbreviation (`U.S.`, `a.m.`), an abbreviation's own dot (`Mr.`) or a domain's (`whitehouse.gov`). */
function joinDot(w: WordCursor, i: number, next: number): number {
  const { text, end } = w;
  const { segLetters, segDigits } = w;
  if (segDigits > 0 && segLetters === 0 && next === DIGIT) return i + 1;
  if (
    segDigits === 0 &&
    segLetters > 0 &&
    segLetters <= 2 &&
    isLetter(next) &&
    (i + 2 >= end || !isAlnum(charClass(text.charCodeAt(i + 2))))
  ) {
    w.dotted = true;
    scan.marks++;
    w.segLetters = 0;
    return i + 1;
  }
  const ownDot =
    (w.dotted && segDigits === 0 && segLetters > 0 && segLetters <= 2) ||
    (scan.hyphens === 0 && scan.marks === 0 && segDigits === 0 && ownsDot(text, w.first, i, end));
  if (ownDot) {
    scan.marks++;
    i++;
    if (i >= end) return w.stop(i);
    const after = charClass(text.charCodeAt(i));
    // `U.N.-backed`: a compound may go on after the abbreviation's dot
    if (after === HYPHEN) return i;
    return w.stop(after === APOSTROPHE && isPossessiveS(text, i + 1, end) ? i + 2 : i); // `U.S.’s`
  }
  // `whitehouse.gov`: a lower-case letter right after a dot cannot start a sentence
  if (segLetters > 0 && !w.dotted && next === LOWER) {
    scan.marks++;
    return w.newSegment(i);
  }
  return w.stop(i);
}

/** `HK$100`: a currency sign after at most three capitals and before a digit. */
function joinCurrency(w: WordCursor, i: number, next: number): number {
  const first = w.first;
  const prefix =
    next === DIGIT &&
    scan.lower === 0 &&
    w.segDigits === 0 &&
    scan.hyphens === 0 &&
    i - first <= 3 &&
    scan.upper === i - first;
  if (!prefix) return w.stop(i);
  scan.currency = true;
  w.segLetters = 0;
  return i + 1;
}

function finishHash(hash: number, length: number): number {
  hash = Math.imul(hash ^ length, 0x85ebca6b);
  return Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35) ^ (hash >>> 16);
}

/**
 * The fast path for most tokens: ASCII lower-case letters, after at most one capital (`China`),
 * ended by a space, punctuation other than a dot, or a quotation mark. Returns the end, with the
 * letter counts and the unfinished hash in `scan`, or 0 when the word needs the full scan.
 */
function plainWordEnd(text: string, i: number, end: number): number {
  const first = i;
  let code = text.charCodeAt(i);
  let hash = 0;
  let upper = 0;
  if (code >= 65 && code <= 90) {
    hash = code;
    upper = 1;
    if (++i === end) return 0;
    code = text.charCodeAt(i);
  }
  while (code >= 97 && code <= 122) {
    hash = (Math.imul(hash, 31) + code) | 0;
    if (++i === end) break;
    code = text.charCodeAt(i);
  }
  if (i === first + upper) return 0;
  if (i < end) {
    const k = charClass(code);
    if (k !== SPACE && k !== PUNCT && k !== QUOTE) return 0;
  }
  scan.upper = upper;
  scan.lower = i - first - upper;
  scan.hash = hash;
  return i;
}

function isDigitPair(text: string, i: number, end: number): boolean {
  return (
    i + 2 <= end &&
    charClass(text.charCodeAt(i)) === DIGIT &&
    charClass(text.charCodeAt(i + 1)) === DIGIT &&
    (i + 2 === end || charClass(text.charCodeAt(i + 2)) !== DIGIT)
  );
}

/**
 * A token as `Doc.tokens` hands it out: where it starts, its place, and the form it shares with
 * every token of the same spelling, whose fields (and `end`) it reads through getters. Built only
 * when a document's `tokens` are first read (see `TokenBuffer.tokenAt`); the parse itself writes
 * columns. One constructor, fields always in this order: one hidden class, so every reader's
 * property access stays monomorphic.
 */
class ScannedToken implements Token {
  constructor(
    readonly index: number,
    readonly sentence: number,
    readonly start: number,
    private readonly form: Form,
  ) {}

  get end(): number {
    return this.start + this.form.length;
  }
  get text(): string {
    return this.form.text;
  }
  get kind(): TokenKind {
    return this.form.kind;
  }
  get norm(): string {
    return this.form.norm;
  }
  get stem(): string {
    return this.form.stem;
  }
  get stop(): boolean {
    return this.form.stop;
  }
  get possessive(): string | undefined {
    return this.form.possessive;
  }
  /** Built on each read from the parts the spelling shares: nothing reads them in a hot loop. */
  get parts(): readonly Span[] | undefined {
    const parts = this.form.parts;
    if (parts === undefined) return undefined;
    const offset = this.start;
    return parts.map((part) => ({ start: offset + part.start, end: offset + part.end, text: part.text }));
  }

  /** The contract's fields in their order, so `JSON.stringify` writes what it would for a plain token. */
  toJSON(): Token {
    const { index, sentence, start, end, text, kind, norm, stem, stop, parts, possessive } = this;
    return { index, sentence, start, end, text, kind, norm, stem, stop, parts, possessive };
  }

  /** Notebooks and `console.log` show the contract's fields, not the shared form. */
  [inspect.custom](): Token {
    return this.toJSON();
  }
}

/**
 * The tokens of a text as columns: token `t` starts at `starts[t]`, lies in sentence
 * `sentences[t]`, and has the spelling-level fields of `forms[t]` (its `end` is
 * `starts[t] + forms[t].length`). Stages that read every token read these instead of `Token`
 * objects; read-only for them.
 */
export interface TokenColumns {
  readonly length: number;
  readonly starts: Int32Array;
  readonly sentences: Int32Array;
  readonly forms: readonly TokenForm[];
}

/** What a token owes to its spelling alone, shared by every token of that spelling. */
export interface TokenForm {
  readonly text: string;
  readonly length: number;
  readonly kind: TokenKind;
  readonly norm: string;
  readonly stem: string;
  readonly stop: boolean;
  readonly possessive: string | undefined;
  /** `text` less the possessive clitic. */
  readonly surface: string;
  /** Scratch slots for a stage that numbers the forms of one document (see `terms/index-of`). */
  mark: number;
  markId: number;
  /** What stages derive from the spelling alone, one slot per stage (see `formMemo`). */
  memo: unknown[] | undefined;
}

/**
 * Tokens being appended, as columns: `[0, length)` are written, with room reserved past them
 * (grown by doubling when the estimate was short). No object per token: allocating a million
 * small objects and collecting them was most of the parse time.
 */
export class TokenBuffer implements TokenColumns {
  starts: Int32Array;
  sentences: Int32Array;
  forms: Form[];
  length = 0;

  constructor(room: number) {
    room = Math.max(16, room);
    this.starts = new Int32Array(room);
    this.sentences = new Int32Array(room);
    this.forms = new Array<Form>(room);
  }

  /** An empty buffer with room for about `expected` tokens. */
  static withRoom(expected: number): TokenBuffer {
    return new TokenBuffer(expected);
  }

  grow(): void {
    const room = this.starts.length * 2;
    const starts = new Int32Array(room);
    starts.set(this.starts);
    const sentences = new Int32Array(room);
    sentences.set(this.sentences);
    this.starts = starts;
    this.sentences = sentences;
    this.forms.length = room;
  }

  /** The columns without the unused room. */
  finish(): TokenColumns {
    const n = this.length;
    this.forms.length = n;
    return {
      length: n,
      starts: this.starts.subarray(0, n),
      sentences: this.sentences.subarray(0, n),
      forms: this.forms,
    };
  }

  /** Token `t` as an object of the `Token` contract, numbered `index`. */
  tokenAt(t: number, index = t): Token {
    return new ScannedToken(index, this.sentences[t]!, this.starts[t]!, this.forms[t]!);
  }
}

/** `Token` objects for columns `[0, length)`: what `Doc.tokens` holds once read. */
export function tokensOfColumns(columns: TokenColumns): Token[] {
  const { length, starts, sentences, forms } = columns;
  const tokens = new Array<Token>(length);
  for (let t = 0; t < length; t++) tokens[t] = new ScannedToken(t, sentences[t]!, starts[t]!, forms[t] as Form);
  return tokens;
}

function push(out: TokenBuffer, sentence: number, start: number, form: Form): void {
  const index = out.length;
  if (index === out.starts.length) out.grow();
  out.starts[index] = start;
  out.sentences[index] = sentence;
  out.forms[index] = form;
  out.length = index + 1;
}

/** Forms of one-character punctuation, quotes and symbols, by char code and kind. */
const SINGLE_CHAR_FORMS = new Map<number, Form>();
/** The same for characters below U+2100 (punctuation, quotes, dashes), in an array: no hashing. */
const SINGLE_CHAR_ARRAY_KEYS = 0x2100 * 4;
const SINGLE_CHAR_ARRAY = new Array<Form | undefined>(SINGLE_CHAR_ARRAY_KEYS).fill(undefined);

/** Append a punctuation, quote or symbol token `text[start, end)` of the range. */
function pushOther(t: RangeTokenizer, start: number, end: number, kind: TokenKind): void {
  const { out, sentence, text } = t;
  if (end - start > 1) {
    const raw = text.slice(start, end);
    push(out, sentence, start, otherForm(raw, kind));
    return;
  }
  const code = text.charCodeAt(start);
  const key = code * 4 + (kind === 'punct' ? 0 : kind === 'quote' ? 1 : 2);
  let form = key < SINGLE_CHAR_ARRAY_KEYS ? SINGLE_CHAR_ARRAY[key] : SINGLE_CHAR_FORMS.get(key);
  if (form === undefined) {
    form = otherForm(String.fromCharCode(code), kind);
    if (key < SINGLE_CHAR_ARRAY_KEYS) SINGLE_CHAR_ARRAY[key] = form;
    else SINGLE_CHAR_FORMS.set(key, form);
  }
  push(out, sentence, start, form);
}

function otherForm(raw: string, kind: TokenKind): Form {
  return new Form(0, raw, kind, kind === 'quote' && raw === '’' ? "'" : raw, '', false, undefined, undefined);
}

/** The parts of a hyphenated word just scanned, with offsets into the word itself. */
function partsOf(word: string, start: number): Span[] {
  const parts: Span[] = [];
  let from = 0;
  for (let h = 0; h < scan.hyphens; h++) {
    const at = scan.hyphenAt[h]! - start;
    parts.push({ start: from, end: at, text: word.slice(from, at) });
    from = at + 1;
  }
  parts.push({ start: from, end: word.length, text: word.slice(from) });
  return parts;
}

/** What a word or number token owes to its spelling alone: computed once per distinct spelling. */
class Form implements TokenForm {
  readonly length: number;
  readonly surface: string;
  mark = -1;
  markId = -1;
  memo: unknown[] | undefined = undefined;

  // Eight positional fields rather than one options object: a form is built for every new
  // spelling while parsing, and an options object would be one more allocation each time.
  // eslint-disable-next-line max-params -- see above: the parse's hot path
  constructor(
    readonly hash: number,
    readonly text: string,
    readonly kind: TokenKind,
    readonly norm: string,
    readonly stem: string,
    readonly stop: boolean,
    readonly possessive: string | undefined,
    /** For a hyphenated word: its parts, with offsets into `text`. */
    readonly parts: readonly Span[] | undefined,
  ) {
    this.length = text.length;
    this.surface = possessive ? text.slice(0, text.length - possessive.length) : text;
  }

  private shoutedForm: Form | undefined = undefined;

  /** This word in a shouting line: its norm, stem and stop flag as if no acronym kept its capitals. */
  shouted(): Form {
    if (this.shoutedForm === undefined) {
      const norm = normalizeWord(this.text, true).norm;
      const lexeme = lexemeOf(norm);
      this.shoutedForm = new Form(
        this.hash,
        this.text,
        this.kind,
        norm,
        lexeme.stem,
        lexeme.stop,
        this.possessive,
        this.parts,
      );
    }
    return this.shoutedForm;
  }
}

/**
 * Forms by spelling, looked up from offsets into the text so that a repeated word costs neither
 * a new string nor a new normalisation (running text repeats most of its words). Open
 * addressing on a hash of the char codes; hash and length are compared before the characters.
 * Emptied when it holds `FORM_TABLE_LIMIT` forms.
 */
class FormTable {
  private slots: (Form | undefined)[] = emptySlots(1 << 14);
  /** Each slot's hash, so that a probe past another spelling touches no `Form` (0 marks an empty slot's hash too). */
  private hashes = new Int32Array(1 << 14);
  private count = 0;

  find(text: string, start: number, end: number, hash: number): Form | undefined {
    const slots = this.slots;
    const hashes = this.hashes;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      if (hashes[slot] !== hash) {
        if (hashes[slot] === 0 && slots[slot] === undefined) return undefined;
        continue;
      }
      const form = slots[slot];
      if (form === undefined) return undefined;
      if (form.length === end - start && sameChars(text, start, form.text)) return form;
    }
  }

  add(form: Form): void {
    if (this.count >= FORM_TABLE_LIMIT) {
      this.slots = emptySlots(1 << 14);
      this.hashes = new Int32Array(1 << 14);
      this.count = 0;
    } else if ((this.count + 1) * 2 > this.slots.length) {
      const old = this.slots;
      this.slots = emptySlots(old.length * 2);
      this.hashes = new Int32Array(old.length * 2);
      for (const f of old) if (f !== undefined) this.insert(f);
    }
    this.insert(form);
    this.count++;
  }

  private insert(form: Form): void {
    const mask = this.slots.length - 1;
    let slot = form.hash & mask;
    while (this.slots[slot] !== undefined) slot = (slot + 1) & mask;
    this.slots[slot] = form;
    this.hashes[slot] = form.hash;
  }
}
/**
 * Every stage keeps what it derives from a spelling on its form (see `formMemo`), so emptying the
 * table costs each stage its work on every form again. 65,536 forms hold the vocabulary of a corpus
 * of a few thousand press texts (the bench's 1,198 texts have 38,683 spellings, over the 32,768 this
 * was before: the table was emptied once a pass), for about 5 MB more kept heap.
 */
const FORM_TABLE_LIMIT = 1 << 16;

/** `text.startsWith(word, start)` for a short word, inlined: cheaper than the builtin's call. */
function sameChars(text: string, start: number, word: string): boolean {
  for (let k = word.length - 1; k >= 0; k--) if (text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
  return true;
}

function emptySlots(size: number): (Form | undefined)[] {
  return new Array<Form | undefined>(size).fill(undefined);
}

const forms = new FormTable();

/** The form of the word or number `text[start, end)` just scanned (its findings are in `scan`). */
function formOf(text: string, start: number, end: number): Form {
  const hash = scan.hash;
  const known = forms.find(text, start, end, hash);
  if (known !== undefined) return known;
  // The form outlives the document: it must not keep the document's text alive.
  const raw = detach(text.slice(start, end));
  let form: Form;
  if (scan.currency || (charClass(text.charCodeAt(start)) === DIGIT && (scan.hyphens === 0 || scan.letters === 0))) {
    form = new Form(
      hash,
      raw,
      'number',
      scan.commas > 0 || scan.letters > 0 ? normalizeNumber(raw) : raw,
      '',
      false,
      undefined,
      undefined,
    );
  } else {
    let norm: string;
    let possessive: string | undefined;
    if (scan.hyphens === 0 && scan.marks === 0) {
      norm = scan.upper === 0 || keepsCapitals(raw, scan.upper, scan.lower, false) ? raw : raw.toLowerCase();
    } else {
      const wordForm = normalizeWord(raw, false);
      norm = wordForm.norm;
      possessive = wordForm.possessive;
    }
    // A handle is a name: its stem is its norm, as for `@handles`.
    const lexeme = scan.underscore ? { stem: norm, stop: false } : lexemeOf(norm);
    form = new Form(
      hash,
      raw,
      'word',
      norm,
      lexeme.stem,
      lexeme.stop,
      possessive,
      scan.hyphens > 0 ? partsOf(raw, start) : undefined,
    );
  }
  forms.add(form);
  return form;
}

/** Append the word or number `text[start, end)` just scanned (its findings are in `scan`). */
function pushWord(t: RangeTokenizer, start: number, end: number): void {
  if (scan.email) pushOther(t, start, end, 'symbol');
  else push(t.out, t.sentence, start, formOf(t.text, start, end));
}

/** Re-normalise word tokens `out[from, to)` as shouting text: no acronym keeps its capitals. */
function lowerCaseAcronyms(out: TokenBuffer, from: number, to: number): void {
  const forms = out.forms;
  for (let t = from; t < to; t++) {
    const form = forms[t]!;
    if (form.kind === 'word' && form.norm !== form.norm.toLowerCase()) forms[t] = form.shouted();
  }
}

/** A range is shouting when capitals outnumber lower-case letters two to one (titles, labels). */
const SHOUTING_MIN_CAPITALS = 8;
/** A run of this many all-capital words is shouting wherever it stands (`WHAT THEY ARE SAYING`). */
const SHOUTING_RUN_WORDS = 3;
/** A shorter all-capital run before a colon is a speaker label (`MS. JEAN-PIERRE:`, `MODERATOR:`). */
const LABEL_MIN_CAPITALS = 7;

/** Append the tokens of `text[start, end)` to `out`, numbering them from `out.length`. */
export function tokenizeRange(text: string, start: number, end: number, sentence: number, out: Token[]): void {
  const buffer = new TokenBuffer((end - start) >> 2);
  tokenizeInto(text, start, end, sentence, buffer);
  const first = out.length;
  for (let t = 0; t < buffer.length; t++) out.push(buffer.tokenAt(t, first + t));
}

/**
 * One `tokenizeInto` call: the range, where its tokens go, and what the scan carries from token to
 * token. Fields of one object rather than variables captured by closures, which V8 would keep on
 * the heap in the hottest loop. One instance serves every call (`rangeTokenizer`): with no
 * instance alive between documents, a full garbage collection would drop the class's object
 * layout and the optimised code of every pass with it.
 */
class RangeTokenizer {
  text = '';
  start = 0;
  end = 0;
  sentence = 0;
  out: TokenBuffer = EMPTY_BUFFER;
  /** Capitals and lower-case letters of the range's words: a range that shouts lower-cases its acronyms. */
  upper = 0;
  lower = 0;
  /** A single quotation mark is open: a word's final `s’` closes it rather than making a plural possessive. */
  singleQuoteOpen = false;
  /** The current run of all-capital words: its first token (-1: none) and its capitals. */
  runStart = -1;
  runCapitals = 0;

  begin(text: string, start: number, end: number, sentence: number, out: TokenBuffer): void {
    this.text = text;
    this.start = start;
    this.end = end;
    this.sentence = sentence;
    this.out = out;
    this.upper = this.lower = this.runCapitals = 0;
    this.singleQuoteOpen = false;
    this.runStart = -1;
  }

  /** Let the text and the buffer go with the document (the word cursor would keep the text too). */
  release(): void {
    this.text = '';
    this.out = EMPTY_BUFFER;
    cursor.text = '';
  }

  /** Close the run of all-capital words, lower-casing its acronyms when it shouts. */
  endRun(beforeColon: boolean): void {
    if (this.runStart < 0) return;
    const out = this.out;
    const words = out.length - this.runStart;
    if (words >= SHOUTING_RUN_WORDS || (beforeColon && this.runCapitals >= LABEL_MIN_CAPITALS))
      lowerCaseAcronyms(out, this.runStart, out.length);
    this.runStart = -1;
  }

  /** Count a word just scanned into the range's letters and the run of all-capital words. */
  countWord(firstClass: number): void {
    this.upper += scan.upper;
    this.lower += scan.lower;
    // single capitals (`I`, `A`) are too common to extend a shouting run
    const capitalWord = scan.lower === 0 && scan.upper > 1 && firstClass === UPPER && !scan.email;
    if (!capitalWord) this.endRun(false);
    else if (this.runStart < 0) {
      this.runStart = this.out.length;
      this.runCapitals = scan.upper;
    } else this.runCapitals += scan.upper;
  }
}

const EMPTY_BUFFER = new TokenBuffer(0);
const rangeTokenizer = new RangeTokenizer();

/**
 * `tokenizeRange` into a buffer. Each token is found by one of two passes, chosen by its first
 * character: a word, number or link (`tokenizeWordAt`), or a mark (`tokenizeMarkAt`).
 */
export function tokenizeInto(text: string, start: number, end: number, sentence: number, out: TokenBuffer): void {
  const first = out.length;
  const t = rangeTokenizer;
  t.begin(text, start, end, sentence, out);
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    const k = charClass(code);
    if (k === SPACE) i++;
    else if (isAlnum(k)) i = tokenizeWordAt(t, i, code, k);
    else {
      t.endRun(code === 58);
      i = tokenizeMarkAt(t, i, code, k);
    }
  }
  t.endRun(false);
  if (t.upper >= SHOUTING_MIN_CAPITALS && t.upper > 2 * t.lower) lowerCaseAcronyms(out, first, out.length);
  t.release();
}

/** A link, word or number at `i` (a letter or digit); returns its end. */
function tokenizeWordAt(t: RangeTokenizer, i: number, code: number, k: number): number {
  const { text, end } = t;
  if (startsLink(text, i, code)) {
    const linkAt = linkEnd(text, i, end);
    t.endRun(false);
    pushOther(t, i, linkAt, 'symbol');
    return linkAt;
  }
  const wordEnd = scanWord(text, i, end, t.singleQuoteOpen);
  t.countWord(k);
  pushWord(t, i, wordEnd);
  return wordEnd;
}

/** Anything else at `i`: quotation marks, punctuation, a currency amount, a handle or hashtag, a symbol; returns its end. */
function tokenizeMarkAt(t: RangeTokenizer, i: number, code: number, k: number): number {
  const { text, end, start } = t;
  const next = i + 1 < end ? text.charCodeAt(i + 1) : 32;
  if (k === APOSTROPHE) return tokenizeApostrophe(t, i, next);
  if (k === QUOTE) {
    if (code === 0x2018 || code === 0x201b) t.singleQuoteOpen = true;
    pushOther(t, i, i + 1, 'quote');
    return i + 1;
  }
  if (k === DOT || k === HYPHEN || code === 0x2014 || code === 0x2013) {
    // `...`, `--`, `——`: a run of the same mark is one token
    let j = i + 1;
    while (j < end && text.charCodeAt(j) === code) j++;
    pushOther(t, i, j, 'punct');
    return j;
  }
  if (k === PUNCT) {
    pushOther(t, i, i + 1, 'punct');
    return i + 1;
  }
  if (isCurrency(code) && charClass(next) === DIGIT) {
    const amountEnd = scanWord(text, i + 1, end, t.singleQuoteOpen);
    scan.currency = true;
    pushWord(t, i, amountEnd);
    return amountEnd;
  }
  if (
    (code === 64 || code === 35) &&
    (i === start || !isAlnum(charClass(text.charCodeAt(i - 1)))) &&
    startsName(code, next)
  ) {
    const handleEnd = nameEnd(text, i + 1, end);
    const raw = text.slice(i, handleEnd);
    const norm = raw.toLowerCase();
    push(t.out, t.sentence, i, new Form(0, raw, 'word', norm, norm, false, undefined, undefined));
    return handleEnd;
  }
  const symbolEnd = k === HIGH_SURROGATE ? emojiEnd(text, i, end) : i + 1;
  pushOther(t, i, symbolEnd, 'symbol');
  return symbolEnd;
}

/** A `'` or `’` no word has taken: a quotation mark, or the elision of `’90s`. */
function tokenizeApostrophe(t: RangeTokenizer, i: number, next: number): number {
  const opening = opensQuote(t.text, i, t.start, next);
  if (opening && isDecadeElision(t.text, i + 1, t.end)) {
    const raw = t.text.slice(i, i + 4);
    push(t.out, t.sentence, i, new Form(0, raw, 'number', "'" + raw.slice(1), '', false, undefined, undefined));
    return i + 4;
  }
  t.singleQuoteOpen = opening;
  pushOther(t, i, i + 1, 'quote');
  return i + 1;
}

/** A single mark opens a quotation after a space, quote, bracket or dash and before a word. */
function opensQuote(text: string, i: number, start: number, next: number): boolean {
  const nextClass = charClass(next);
  if (!isAlnum(nextClass) && nextClass !== QUOTE) return false;
  if (i === start) return true;
  const prev = text.charCodeAt(i - 1);
  const prevClass = charClass(prev);
  return prevClass === SPACE || prevClass === QUOTE || OPENING_CONTEXT.includes(String.fromCharCode(prev));
}
const OPENING_CONTEXT = '([{—–-/';

/** `’90s`: an apostrophe, two digits and an `s`. */
function isDecadeElision(text: string, i: number, end: number): boolean {
  return (
    i + 3 <= end &&
    isDigitPair(text, i, i + 2) &&
    text.charCodeAt(i + 2) === 115 &&
    (i + 3 === end || !isAlnum(charClass(text.charCodeAt(i + 3))))
  );
}

/** A handle `@name` may start with a digit or `_`; a hashtag needs a letter (`#1` is a symbol and a number). */
function startsName(sigil: number, next: number): boolean {
  const k = charClass(next);
  return isLetter(k) || (sigil === 64 && (k === DIGIT || next === 95));
}

function nameEnd(text: string, i: number, end: number): number {
  while (i < end) {
    const code = text.charCodeAt(i);
    if (!isAlnum(charClass(code)) && code !== 95) break;
    i++;
  }
  return i;
}

const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Longest emoji sequence looked at (a tag-sequence flag is 14 code units, a family with skin tones about 30). */
const EMOJI_MAX_UNITS = 64;

/**
 * An emoji or other astral character as one grapheme cluster (`Intl.Segmenter`): flags
 * (regional-indicator pairs, tag sequences), skin tones, variation selectors and
 * zero-width-joined sequences stay one token.
 */
function emojiEnd(text: string, i: number, end: number): number {
  const clusters = GRAPHEMES.segment(text.slice(i, Math.min(end, i + EMOJI_MAX_UNITS)));
  const first = clusters[Symbol.iterator]().next().value;
  return i + (first ? first.segment.length : 1);
}
