import abbreviations from './lexicon/abbreviations.json';
import { ENTRY_STAMP } from './clock-times';
import { lineEndAt, lineStartAt } from './lines';
import leadInPrepositions from './lexicon/lead-in-prepositions.json';
import listBullets from './lexicon/list-bullets.json';
import numberAbbreviations from './lexicon/number-abbreviations.json';
import sentenceStarters from './lexicon/sentence-starters.json';
import { isSpace } from './paragraphs';
import { quoteAttributionForms } from './reporting-verbs';

/**
 * Rule-based sentence segmentation in one left-to-right scan. Only the characters that can
 * end a sentence (`. ! ? …`), bullets and line breaks stop the scan; every decision looks at
 * the word before the mark and the word after it, so the cost stays linear in the text.
 */

const enum Abbreviation {
  /** Title before a name (`Mr.`, `Gen.`, `Mt.`): never ends a sentence. */
  BeforeName = 1,
  /** `e.g.`, `vs.`, `Fig.`: never ends a sentence. */
  MidSentence,
  /** `Co.`, `Jr.`, `U.S.`, `Jan.`: ends a sentence only when a typical sentence opener follows. */
  MayEndSentence,
  /** `a.m.`, `P.M.`: ends a sentence before any capitalised word except a time zone, weekday or month (`6 P.M. EDT`, `9 a.m. Tuesday`). */
  ClockTime,
}

const ABBREVIATION_ANY_CASE = new Map<string, Abbreviation>();
const ABBREVIATION_EXACT = new Map<string, Abbreviation>();
for (const [entries, kind] of [
  [abbreviations.beforeName, Abbreviation.BeforeName],
  [abbreviations.midSentence, Abbreviation.MidSentence],
  [abbreviations.mayEndSentence, Abbreviation.MayEndSentence],
  [abbreviations.clockTime, Abbreviation.ClockTime],
] as const) {
  for (const entry of entries) {
    if (entry === entry.toLowerCase()) ABBREVIATION_ANY_CASE.set(entry, kind);
    else {
      ABBREVIATION_EXACT.set(entry, kind);
      ABBREVIATION_EXACT.set(entry.toUpperCase(), kind);
    }
  }
}

/** Longer words are never looked up: no abbreviation is that long. */
const ABBREVIATION_MAX_LENGTH = Math.max(
  ...[...ABBREVIATION_ANY_CASE.keys(), ...ABBREVIATION_EXACT.keys()].map((entry) => entry.length),
);
const AFTER_CLOCK_TIME: ReadonlySet<string> = new Set(abbreviations.afterClockTime);
const BEFORE_NUMBER: ReadonlySet<string> = new Set(numberAbbreviations.words);
const STARTERS: ReadonlySet<string> = new Set(sentenceStarters);
const LEAD_INS: ReadonlySet<string> = new Set(leadInPrepositions);
const ATTRIBUTION_VERBS = quoteAttributionForms();

/** A short phrase opened by a lead-in preposition (`At 5 a.m.`) is not a sentence yet. */
const LEAD_IN_MAX_WORDS = 5;
/** Capitalised words allowed between a closing quote and its speech verb (`” Foreign Minister Wang said.`). */
const ATTRIBUTION_MAX_NAME_WORDS = 4;
/** An aside in parentheses after an abbreviation (`U.S. (and its allies)`) is this short. */
const ASIDE_MAX_LENGTH = 40;
/** List markers are short: `1.`, `12)`, `a.`; longer numbers are years or amounts. */
const MARKER_MAX_DIGITS = 3;

const OTHER = 0;
/** A full stop or an ellipsis character. */
const STOP = 1;
const EXCLAIM = 2;
const SPACE = 3;
const LINE_BREAK = 4;
const BULLET = 5;
/** `。！？｡`: Chinese and Japanese sentence ends, which need no space after them. */
const CJK_END = 6;

/** Class of every UTF-16 code unit; spaces only matter (as SPACE) inside a list, see LIST_CHAR_CLASS. */
const CHAR_CLASS = new Uint8Array(0x10000);
CHAR_CLASS[0x2e] = STOP;
CHAR_CLASS[0x21] = EXCLAIM;
CHAR_CLASS[0x3f] = EXCLAIM;
CHAR_CLASS[0x203d] = EXCLAIM;
CHAR_CLASS[0x2026] = STOP;
CHAR_CLASS[0x0a] = LINE_BREAK;
CHAR_CLASS[0x0d] = LINE_BREAK;
CHAR_CLASS[0x85] = LINE_BREAK;
for (const code of [0x3002, 0xff01, 0xff1f, 0xff61]) CHAR_CLASS[code] = CJK_END;
for (const bullet of listBullets) CHAR_CLASS[bullet.charCodeAt(0)] = BULLET;
/** Inside a list every space may precede the next marker, so the scan stops at spaces too. */
const LIST_CHAR_CLASS = CHAR_CLASS.slice();
for (let code = 0; code < 0x10000; code++)
  if (isSpace(code) && CHAR_CLASS[code] !== LINE_BREAK) LIST_CHAR_CLASS[code] = SPACE;

/** Quote marks and brackets that may close a sentence after its final mark. */
function isCloser(code: number): boolean {
  return (
    isCjkCloser(code) ||
    code === 0x201d ||
    code === 0x22 ||
    code === 0x2019 ||
    code === 0x27 ||
    code === 0x29 ||
    code === 0x5d ||
    code === 0x7d ||
    code === 0xbb ||
    code === 0x203a
  );
}

/** `」』）】〉》` and their half-width forms close a CJK quotation or bracket after its end mark. */
function isCjkCloser(code: number): boolean {
  return (
    code === 0x300d ||
    code === 0x300f ||
    code === 0xff09 ||
    code === 0x3011 ||
    code === 0x3009 ||
    code === 0x300b ||
    code === 0xff63
  );
}

function isQuoteMark(code: number): boolean {
  return (
    code === 0x201c ||
    code === 0x201d ||
    code === 0x22 ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x27 ||
    code === 0xab ||
    code === 0xbb ||
    code === 0x201e ||
    code === 0x2039 ||
    code === 0x203a
  );
}

/**
 * Marks that may open a sentence before its first word; `”` is included because sources
 * mis-set it as an opening mark, and the backquote because older newswire opens quotes with ``.
 */
function isOpener(code: number): boolean {
  return isQuoteMark(code) || code === 0x28 || code === 0x5b || code === 0x7b || code === 0x60;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

/** Whether a UTF-16 code unit is an upper-case letter. */
export function isUpper(code: number): boolean {
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : UPPER.test(String.fromCharCode(code));
}

/** Whether a UTF-16 code unit is a lower-case letter. */
export function isLower(code: number): boolean {
  return code < 0x80 ? code >= 0x61 && code <= 0x7a : LOWER.test(String.fromCharCode(code));
}

/** Whether a UTF-16 code unit is a letter. */
export function isLetter(code: number): boolean {
  return code < 0x80 ? (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a : LETTER.test(String.fromCharCode(code));
}

/** Whether a UTF-16 code unit is an ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The first non-space offset from `i` before `end`. */
export function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The offset after the last non-space character before `i`, not before `from`. */
export function trimEnd(text: string, from: number, i: number): number {
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

function skipOpeners(text: string, i: number, end: number): number {
  while (i < end && isOpener(text.charCodeAt(i))) i++;
  return i;
}

function letterRunEnd(text: string, i: number, end: number): number {
  while (i < end && isLetter(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Closing quotes and brackets after a final mark. An apostrophe followed by a letter is
 * not a closer but part of the word (`Jr.'s`).
 */
function skipClosers(text: string, i: number, end: number): number {
  while (i < end) {
    const code = text.charCodeAt(i);
    if (!isCloser(code)) break;
    if ((code === 0x27 || code === 0x2019) && i + 1 < end && isLetter(text.charCodeAt(i + 1))) break;
    i++;
  }
  return i;
}

/**
 * Whether the word at `i`, after a final mark, continues the sentence: lower case (`co. at`,
 * `Yahoo! in`) or punctuation (`etc.,`), and after a full stop a number (`p. 55`). A brand
 * written in camel case (`eBay`, `iPads`) and a handle joined by an underscore (`tidepool_9`)
 * open a sentence like a capital.
 */
function continuesAt(text: string, i: number, end: number, afterFullStop: boolean): boolean {
  if (i >= end) return false;
  const code = text.charCodeAt(i);
  if (isLower(code)) return !(i + 1 < end && isUpper(text.charCodeAt(i + 1))) && !handleAt(text, i, end);
  return (
    code === 0x2c ||
    code === 0x3b ||
    code === 0x3a ||
    code === 0x25 ||
    code === 0x26 ||
    code === 0x2f ||
    (afterFullStop && isDigit(code))
  );
}

/** The word at `i` runs on past an underscore to more letters or digits (`saltwater_kev`): a handle. */
function handleAt(text: string, i: number, end: number): boolean {
  let k = i;
  while (k < end && (isLower(text.charCodeAt(k)) || isUpper(text.charCodeAt(k)) || isDigit(text.charCodeAt(k)))) k++;
  return (
    k + 1 < end &&
    text.charCodeAt(k) === 0x5f &&
    (isLower(text.charCodeAt(k + 1)) || isUpper(text.charCodeAt(k + 1)) || isDigit(text.charCodeAt(k + 1)))
  );
}

function lowerWord(text: string, from: number, to: number): string {
  return text.slice(from, to).toLowerCase();
}

function isStarterAt(text: string, i: number, end: number): boolean {
  const to = letterRunEnd(text, i, end);
  return to > i && STARTERS.has(lowerWord(text, i, to));
}

function abbreviationOf(word: string): Abbreviation | undefined {
  return ABBREVIATION_EXACT.get(word) ?? ABBREVIATION_ANY_CASE.get(word.toLowerCase());
}

/** A capitalised word that may follow a clock time inside the sentence: a time zone (`EDT`), weekday or month. */
function continuesClockTime(text: string, i: number, end: number): boolean {
  const to = letterRunEnd(text, i, end);
  let capitals = true;
  for (let k = i; k < to && capitals; k++) capitals = isUpper(text.charCodeAt(k));
  return (capitals && to > i + 1) || AFTER_CLOCK_TIME.has(lowerWord(text, i, to));
}

/** `U.S`, `e.g`, `D.C`: single letters joined by full stops. */
function isLetterDotted(text: string, from: number, to: number): boolean {
  if (to - from < 3) return false;
  for (let i = from; i < to; i += 2) {
    if (!isLetter(text.charCodeAt(i))) return false;
    if (i + 1 < to && text.charCodeAt(i + 1) !== 0x2e) return false;
  }
  return (to - from) % 2 === 1;
}

/** Whether the sentence so far (`sentenceStart` up to `at`) is a short phrase opened by a lead-in preposition. */
function isLeadIn(text: string, sentenceStart: number, at: number): boolean {
  const first = skipOpeners(text, sentenceStart, at);
  const firstEnd = letterRunEnd(text, first, at);
  if (firstEnd === first || !LEAD_INS.has(lowerWord(text, first, firstEnd))) return false;
  let words = 1;
  for (let i = firstEnd; i < at; i++) {
    if (isSpace(text.charCodeAt(i)) && !isSpace(text.charCodeAt(i + 1)) && ++words > LEAD_IN_MAX_WORDS) return false;
  }
  return true;
}

/**
 * Whether a closing quote is followed by its attribution (`?” Hong asked`, `.” Wang said,`):
 * a few capitalised words, then a speech verb. After a full stop the verb must close the
 * clause, since `.” Hong said the talks ...` opens a new sentence.
 */
function attributionFollows(text: string, i: number, end: number, clauseMustEnd: boolean): boolean {
  for (let words = 0; words <= ATTRIBUTION_MAX_NAME_WORDS && i < end; words++) {
    const to = letterRunEnd(text, i, end);
    if (to === i) return false;
    if (!isUpper(text.charCodeAt(i))) {
      if (!ATTRIBUTION_VERBS.has(text.slice(i, to))) return false;
      if (to === end || !clauseMustEnd) return true;
      const after = text.charCodeAt(to);
      return after === 0x2e || after === 0x2c || after === 0x3b;
    }
    // `?” She said, “…”`: an attribution's pronoun would be in lower case; a capital opens a new sentence.
    if (words === 0 && CAPITALISED_PRONOUNS.has(text.slice(i, to))) return false;
    i = to;
    if (i < end && text.charCodeAt(i) !== 0x20) return false;
    i++;
  }
  return false;
}

/** Subject pronouns that a quotation's attribution writes in lower case (`?” she asked`); `I` is always capitalised. */
const CAPITALISED_PRONOUNS = new Set(['He', 'She', 'They', 'We', 'It', 'You']);

interface Marker {
  /** The marker's number, or the char code of its letter. */
  readonly value: number;
  readonly letter: boolean;
  /** `.`, `)`, `.)`, or `()` for `(a)`. */
  readonly style: string;
  readonly end: number;
}

/** A list marker at `i` (`1.`, `2)`, `3.)`, `a.`, `(b)`), followed by a space. */
function markerAt(text: string, i: number, end: number): Marker | null {
  const parenthesised = i < end && text.charCodeAt(i) === 0x28;
  let j = parenthesised ? i + 1 : i;
  let value = 0;
  let letter = false;
  const first = j;
  while (j < end && isDigit(text.charCodeAt(j)) && j - first < MARKER_MAX_DIGITS + 1)
    value = value * 10 + text.charCodeAt(j++) - 0x30;
  if (j === first) {
    const code = text.charCodeAt(j);
    if (j >= end || code >= 0x80 || !isLetter(code)) return null;
    value = code;
    letter = true;
    j++;
  } else if (j - first > MARKER_MAX_DIGITS) return null;
  let style: string;
  if (parenthesised) {
    if (text.charCodeAt(j) !== 0x29) return null;
    style = '()';
    j++;
  } else if (text.charCodeAt(j) === 0x2e) {
    style = text.charCodeAt(j + 1) === 0x29 ? '.)' : '.';
    j += style.length;
  } else if (text.charCodeAt(j) === 0x29) {
    style = ')';
    j++;
  } else return null;
  if (j >= end || !isSpace(text.charCodeAt(j))) return null;
  return { value, letter, style, end: j };
}

/**
 * Whether a marker may open a list. A capital with a full stop is an initial (`J. K. Rowling`)
 * unless it is `A.`.
 */
function opensList(marker: Marker): boolean {
  return !marker.letter || marker.style !== '.' || marker.value === 0x41 || isLower(marker.value);
}

/** A list marker opening the sentence at `i`, after any bullets. */
function markerAtSentenceStart(text: string, i: number, end: number): Marker | null {
  return markerAt(text, pastBulletMarks(text, i, end), end);
}

/**
 * Past the bullet characters (`•`, `▪`) and spaces at `i`. A middle dot and a space open an item
 * too (`· 71% said …`); inside a line it separates fields (`Reuters · 3 min read`), so it is no
 * bullet where sentences are split.
 */
function pastBulletMarks(text: string, i: number, end: number): number {
  while (
    i < end &&
    (CHAR_CLASS[text.charCodeAt(i)] === BULLET || isSpace(text.charCodeAt(i)) || middleDotBullet(text, i, end))
  )
    i++;
  return i;
}

/** A bullet that only opens a line's item: a dash or an asterisk, or a middle dot, and a space. */
function lineBulletAt(text: string, i: number, end: number): boolean {
  return isDashBulletAt(text, i, end) || middleDotBullet(text, i, end);
}

function middleDotBullet(text: string, i: number, end: number): boolean {
  return text.charCodeAt(i) === 0xb7 && i + 1 < end && isSpace(text.charCodeAt(i + 1));
}

/** Where a list item's words start: past its bullets (`•`, `- `, `* `) and spaces at `i`. */
export function pastBullet(text: string, i: number, end: number): number {
  for (i = pastBulletMarks(text, i, end); isDashBulletAt(text, i, end);) i = pastBulletMarks(text, i + 2, end);
  return i;
}

/**
 * Where a list item's words start past its bullets and its marker too (`(c) Ms Arbuckle said:`,
 * `3. The Chair …`): a marker that may open a list, then spaces.
 */
export function pastListMarker(text: string, i: number, end: number): number {
  i = pastBullet(text, i, end);
  const marker = markerAt(text, i, end);
  return marker && opensList(marker) ? skipSpaces(text, marker.end, end) : i;
}

/** A subclause's number and the spaces after it (`3.1 `, `12.4.2. `), which list markers leave out. */
const SUBCLAUSE_NUMBER = /^\d{1,3}(?:\.\d{1,3})+\.?[ \t]+/u;

/**
 * Where an item's words start past its list marker or its subclause's number (`2.1 The Chief
 * Executive outlined …` in minutes, `3.1 “The Purchaser shall …”` in a contract), or past a live
 * page's entry stamp (`14:10 “It is a sad day,” said …`).
 */
export function pastItemNumber(text: string, i: number, end: number): number {
  const past = pastListMarker(text, i, end);
  if (past > i) return past;
  const lead = text.slice(i, Math.min(end, i + ITEM_NUMBER_MAX));
  const m = SUBCLAUSE_NUMBER.exec(lead) ?? ENTRY_STAMP.exec(lead);
  return m ? i + m[0].length : i;
}

/** Longest subclause number or live entry's stamp read (`10:00 pm EDT: `). */
const ITEM_NUMBER_MAX = 24;

/** A line that opens with a dash or asterisk used as a bullet (`- item`). */
function isDashBulletAt(text: string, i: number, end: number): boolean {
  const code = text.charCodeAt(i);
  return (
    (code === 0x2d || code === 0x2a || code === 0x2013 || code === 0x2014) &&
    i + 1 < end &&
    isSpace(text.charCodeAt(i + 1))
  );
}

/**
 * Whether a number after the full stop at `dot` may go on the sentence: after an abbreviation,
 * a letter or a symbol (`p. 55`, `No. 5`, `N°. 1026`, `Jan. 5`), not after a plain word
 * (`… Russian disinformation. 141 countries united …`).
 */
function numberMayFollow(text: string, floor: number, dot: number): boolean {
  const wordStart = wordStartBefore(text, floor, dot);
  if (dot - wordStart < 2 || letterRunEnd(text, wordStart, dot) !== dot) return true;
  const word = text.slice(wordStart, dot);
  return abbreviationOf(word) !== undefined || BEFORE_NUMBER.has(word) || BEFORE_NUMBER.has(word.toLowerCase());
}

/**
 * Whether an opening parenthesis at `i` starts an aside inside the sentence: it closes on the
 * same line within a few words and the text goes on in lower case or with clause punctuation
 * (`the R.O.C. (Taiwan) head of state`), where a new sentence would start with a capital.
 */
function asideContinuesAt(text: string, i: number, end: number): boolean {
  if (text.charCodeAt(i) !== 0x28) return false;
  const limit = Math.min(end, i + ASIDE_MAX_LENGTH);
  let close = i + 1;
  while (close < limit && text.charCodeAt(close) !== 0x29) {
    const kind = CHAR_CLASS[text.charCodeAt(close)];
    if (kind === LINE_BREAK || kind === STOP || kind === EXCLAIM) return false;
    close++;
  }
  if (close >= limit) return false;
  const next = skipSpaces(text, close + 1, end);
  return next > close + 1 && continuesAt(text, next, end, false);
}

/** Longest stage direction in square brackets (`[laughter]`, `[inaudible]`, `[cross talk]`). */
const DIRECTION_MAX_LENGTH = 30;

/**
 * Where the word after a stage direction starts when one opens at `i`: square brackets around
 * lower-case words closing within a few characters, then a capitalised word; else -1.
 */
function wordAfterDirection(text: string, i: number, end: number): number {
  if (text.charCodeAt(i) !== 0x5b) return -1;
  const limit = Math.min(end, i + DIRECTION_MAX_LENGTH);
  let close = i + 1;
  for (; close < limit && text.charCodeAt(close) !== 0x5d; close++) {
    const code = text.charCodeAt(close);
    if (!(code === 0x20 || (code >= 0x61 && code <= 0x7a))) return -1;
  }
  if (close >= limit || close === i + 1) return -1;
  const next = skipSpaces(text, close + 1, end);
  return next > close + 1 && next < end && isUpper(text.charCodeAt(next)) ? next : -1;
}

/** Start of the word before a full stop at `dot`, past any opening marks and bullets. */
function wordStartBefore(text: string, floor: number, dot: number): number {
  let i = dot;
  while (i > floor && !isSpace(text.charCodeAt(i - 1))) i--;
  while (i < dot && (isOpener(text.charCodeAt(i)) || CHAR_CLASS[text.charCodeAt(i)] === BULLET)) i++;
  return i;
}

/** Whether the word before `wordStart` in the sentence is capitalised (`Albert I.` vs `you and I.`). */
function previousWordCapitalised(text: string, sentenceStart: number, wordStart: number): boolean {
  let i = trimEnd(text, sentenceStart, wordStart);
  if (i === sentenceStart) return false;
  while (i > sentenceStart && !isSpace(text.charCodeAt(i - 1))) i--;
  i = skipOpeners(text, i, wordStart);
  return isUpper(text.charCodeAt(i));
}

/**
 * Whether a full stop at `dot` ends a sentence whose next one follows without a space, as
 * scraped text has it (`the world.Today is`, `1,000.That`): a word or number, then a
 * capitalised word. A token holding `@`, `/` or another stop is an address (`Jane.Doe@example.com`).
 */
function spaceMissingAfter(text: string, floor: number, dot: number, end: number): boolean {
  if (dot + 2 >= end || !isUpper(text.charCodeAt(dot + 1)) || !isLower(text.charCodeAt(dot + 2))) return false;
  const before = text.charCodeAt(dot - 1);
  if (!(isLower(before) || isDigit(before))) return false;
  let from = dot - 1;
  while (from > floor && !isSpace(text.charCodeAt(from - 1))) from--;
  if (dot - from < 2) return false;
  let to = dot + 1;
  while (to < end && !isSpace(text.charCodeAt(to))) to++;
  for (let k = from; k < to - 1; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x40 || code === 0x2f || (code === 0x2e && k !== dot)) return false;
  }
  return true;
}

/**
 * Whether a single full stop at `dot` ends the sentence `at.sentence` opened, when the next word
 * (past opening marks, `opened` when there were some) starts at `next`. Only called when that
 * word starts with a capital or an opening mark.
 */
function periodEndsSentence(at: SentenceScanner, dot: number, next: number, opened: boolean): boolean {
  const { text, end } = at;
  const sentenceStart = at.sentence;
  const wordStart = wordStartBefore(text, sentenceStart, dot);
  if (wordStart === dot) return true;
  const length = dot - wordStart;
  const first = text.charCodeAt(wordStart);
  // Too long for the lexicon, unless dotted like `U.S.S.R.`
  if (length > ABBREVIATION_MAX_LENGTH && text.charCodeAt(dot - 2) !== 0x2e) return true;
  if (length === 1 && isLetter(first)) {
    // A lone letter opening a sentence is a label or an initial (`Q. Did you`), never a sentence.
    if (isLower(first) || wordStart === skipOpeners(text, sentenceStart, dot)) return false;
    // An initial, unless a pronoun or a letter ends the sentence: `you and I. Did`, not `Albert I. Jones`.
    return (
      isStarterAt(text, next, end) &&
      !previousWordCapitalised(text, sentenceStart, wordStart) &&
      !isLeadIn(text, sentenceStart, dot)
    );
  }
  const word = text.slice(wordStart, dot);
  const kind = abbreviationOf(word) ?? (isLetterDotted(text, wordStart, dot) ? Abbreviation.MayEndSentence : undefined);
  switch (kind) {
    case undefined:
      return true;
    case Abbreviation.BeforeName:
    case Abbreviation.MidSentence:
      return false;
    case Abbreviation.MayEndSentence:
      return (
        ((opened && !asideContinuesAt(text, skipSpaces(text, dot + 1, end), end)) || isStarterAt(text, next, end)) &&
        !isLeadIn(text, sentenceStart, dot)
      );
    case Abbreviation.ClockTime:
      return (opened || !continuesClockTime(text, next, end)) && !isLeadIn(text, sentenceStart, dot);
  }
}

/**
 * Longest sentence kept whole, in UTF-16 code units. Text with no sentence end for longer than
 * this (a run-on paragraph, a table flattened into one line, a list without full stops) is cut
 * at clause punctuation (`; , : —` and `，；：、`), else at a space, else anywhere; so no
 * sentence, and no quote or claim inside one, grows past it.
 */
export const MAX_SENTENCE_LENGTH = 3000;
/** A run-on sentence is cut no earlier than this into its piece, so the pieces stay long. */
const MIN_PIECE_LENGTH = MAX_SENTENCE_LENGTH / 2;

function isClausePunct(code: number): boolean {
  return (
    code === 0x3b ||
    code === 0x2c ||
    code === 0x3a ||
    code === 0x2014 ||
    code === 0xff0c ||
    code === 0xff1b ||
    code === 0xff1a ||
    code === 0x3001
  );
}

/** Where to cut `[from, from + MAX_SENTENCE_LENGTH)`: after the last clause mark, else at the last space, else at the limit. */
function runOnCut(text: string, from: number): number {
  const limit = from + MAX_SENTENCE_LENGTH;
  let space = -1;
  for (let i = limit - 1; i > from + MIN_PIECE_LENGTH; i--) {
    const code = text.charCodeAt(i);
    if (isClausePunct(code)) return skipClosers(text, i + 1, limit);
    if (space < 0 && isSpace(code)) space = i;
  }
  if (space > 0) return space;
  const code = text.charCodeAt(limit);
  return code >= 0xdc00 && code <= 0xdfff ? limit - 1 : limit; // never between the halves of a surrogate pair
}

/**
 * Sentence spans inside one paragraph `[start, end)` of `text`, trimmed, in order,
 * covering every non-space character of the range; none longer than `MAX_SENTENCE_LENGTH`.
 */
export function sentenceSpans(text: string, start: number, end: number): { start: number; end: number }[] {
  const spans = scanSentences(text, start, end);
  if (!spans.some((s) => s.end - s.start > MAX_SENTENCE_LENGTH)) return spans;
  const capped: { start: number; end: number }[] = [];
  for (const span of spans) {
    let from = span.start;
    while (span.end - from > MAX_SENTENCE_LENGTH) {
      const cut = runOnCut(text, from);
      capped.push({ start: from, end: trimEnd(text, from, cut) });
      from = skipSpaces(text, cut, span.end);
    }
    if (span.end > from) capped.push({ start: from, end: span.end });
  }
  return capped;
}

/** The sentence spans of `[start, end)` (trimmed), before run-on sentences are cut. */
function scanSentences(text: string, start: number, end: number): { start: number; end: number }[] {
  return scanner.scan(text, start, trimEnd(text, start, end));
}

/**
 * One paragraph's scan for sentence ends. The scan skips ordinary characters and hands each
 * candidate to the pass for its kind: (1) spaces and line breaks (list items end at a line break),
 * (2) bullets, (3) CJK full stops, (4) `!` and `?`, (5) full stops and ellipses. Each pass returns
 * where the scan resumes, having closed the sentence (`split`) when it ended there.
 *
 * One instance serves every paragraph (`scanner`): with no instance alive between documents, a
 * full garbage collection drops the class's object layout, and with it the optimised code of
 * every pass (measured: segmentation 3x slower when a full collection runs between documents, as
 * `scripts/bench.js` forces one between its runs).
 */
class SentenceScanner {
  text = '';
  start = 0;
  end = 0;
  spans: { start: number; end: number }[] = [];
  /** Where the open sentence starts. */
  sentence = 0;
  /** The next list marker expected (`2.` after `1.`), when the sentence opened with a marker. */
  private listNext = -1;
  private listLetter = false;
  private listStyle = '';
  /** `LIST_CHAR_CLASS` once a list has opened: then a line break may end an item. */
  private classes = CHAR_CLASS;
  /** A list item (after a bullet, a dash or a marker) ends at its line break, unless the next line continues it in lower case. */
  private item = false;

  /** The sentence spans of `[start, end)`, `end` trimmed. */
  scan(text: string, start: number, end: number): { start: number; end: number }[] {
    this.text = text;
    this.start = start;
    this.end = end;
    this.spans = [];
    this.sentence = skipSpaces(text, start, end);
    this.listNext = -1;
    this.listLetter = false;
    this.listStyle = '';
    this.classes = CHAR_CLASS;
    this.item = false;
    const spans = this.scanRange();
    // let the text and spans go with the paragraph
    this.text = '';
    this.spans = [];
    return spans;
  }

  private scanRange(): { start: number; end: number }[] {
    // The skip loop reads locals, not fields: it runs for every character of the text.
    const text = this.text;
    const end = this.end;
    let i = this.open(this.sentence);
    while (i < end) {
      const table = this.classes;
      let code = text.charCodeAt(i);
      while (table[code] === OTHER && ++i < end) code = text.charCodeAt(i);
      if (i >= end) break;
      i = this.atCandidate(i, table[code]!);
    }
    if (end > this.sentence) this.spans.push({ start: this.sentence, end });
    return this.spans;
  }

  private atCandidate(i: number, kind: number): number {
    if (kind === SPACE || kind === LINE_BREAK) return this.atSpace(i, kind === LINE_BREAK);
    if (kind === BULLET)
      return i > this.sentence && isSpace(this.text.charCodeAt(i - 1))
        ? this.split(trimEnd(this.text, this.sentence, i), i)
        : i + 1;
    if (kind === CJK_END) return this.atCjkEnd(i);
    const precededByOpener = i > this.start && isOpener(this.text.charCodeAt(i - 1));
    if (kind === EXCLAIM) return this.atExclaim(i, precededByOpener);
    return this.atFullStop(i, precededByOpener);
  }

  private continuesList(marker: Marker): boolean {
    return marker.value === this.listNext && marker.letter === this.listLetter && marker.style === this.listStyle;
  }

  /** Open a sentence at `at`; returns where scanning resumes (past a list marker). */
  private open(at: number): number {
    const { text, end } = this;
    this.sentence = at;
    this.item = at < end && (CHAR_CLASS[text.charCodeAt(at)] === BULLET || lineBulletAt(text, at, end));
    const marker = markerAtSentenceStart(text, at, end);
    if (!marker || !(opensList(marker) || this.continuesList(marker))) return at;
    this.item = true;
    this.listNext = marker.value + 1;
    this.listLetter = marker.letter;
    this.listStyle = marker.style;
    this.classes = LIST_CHAR_CLASS;
    return marker.end;
  }

  /** Close the sentence at `cut` and open the next at `next`; returns where scanning resumes. */
  private split(cut: number, next: number): number {
    if (cut > this.sentence) this.spans.push({ start: this.sentence, end: cut });
    return this.open(skipSpaces(this.text, next, this.end));
  }

  /** Pass 1: white space; at a line break, a list item or a dash bullet on the next line ends the sentence. */
  private atSpace(i: number, lineBreak: boolean): number {
    const { text, end } = this;
    let n = i + 1;
    let lineStart = lineBreak;
    while (n < end && isSpace(text.charCodeAt(n))) {
      if (CHAR_CLASS[text.charCodeAt(n)] === LINE_BREAK) lineStart = true;
      n++;
    }
    const marker = n < end ? markerAt(text, n, end) : null;
    const listItem = marker !== null && (this.continuesList(marker) || (lineStart && opensList(marker)));
    if (listItem || (lineStart && ((this.item && !isLower(text.charCodeAt(n))) || lineBulletAt(text, n, end))))
      return this.split(trimEnd(text, this.sentence, i), n);
    if (lineStart && lineBreak && headingLineEnds(text, this.sentence, i, n, end))
      return this.split(trimEnd(text, this.sentence, i), n);
    if (lineStart && dashedEntryAt(text, n, end) && dashedEntryAt(text, lineStartAt(text, i), i))
      return this.split(trimEnd(text, this.sentence, i), n);
    return n;
  }

  /** Pass 3: `。`, `！`, `？` end the sentence after any closing marks. */
  private atCjkEnd(i: number): number {
    const { text, end } = this;
    let j = i + 1;
    while (j < end && CHAR_CLASS[text.charCodeAt(j)] === CJK_END) j++;
    const closed = skipClosers(text, j, end);
    return closed < end ? this.split(closed, closed) : closed;
  }

  /** Pass 4: `!` and `?` end the sentence unless the text goes on in lower case or with an attribution (`"Why?" she asked`). */
  private atExclaim(i: number, precededByOpener: boolean): number {
    const { text, end } = this;
    let j = i + 1;
    while (j < end && CHAR_CLASS[text.charCodeAt(j)] === EXCLAIM) j++;
    const closed = skipClosers(text, j, end);
    if (precededByOpener || closed >= end || !isSpace(text.charCodeAt(closed))) return j;
    const n = skipSpaces(text, closed, end);
    const word = skipOpeners(text, n, end);
    const quoted = closed > j && isQuoteMark(text.charCodeAt(closed - 1));
    if (!continuesAt(text, word, end, false) && !(quoted && attributionFollows(text, word, end, false)))
      return this.split(closed, n);
    return closed;
  }

  /** Pass 5: a full stop or an ellipsis: `.`, `...`, `. . .`, `…`, `....` */
  private atFullStop(i: number, precededByOpener: boolean): number {
    const { text, end } = this;
    const { to: j, dots, spaced } = dotRun(text, i, end);
    const closers = skipClosers(text, j, end);
    // `… the first flood’.[13] ‘Our delegates …`: a footnote marker belongs to the sentence it ends.
    const closed = closers + footnoteMarkerLength(text, closers, end);
    if (closed >= end || !isSpace(text.charCodeAt(closed)))
      return dots === 1 && closed === j && spaceMissingAfter(text, this.sentence, i, end) ? this.split(j, j) : j;
    const n = skipSpaces(text, closed, end);
    // `Coffee, mostly. [laughter] Seriously, …`: a stage direction in brackets before a capital opens the next sentence.
    const directed = dots === 1 ? wordAfterDirection(text, n, end) : -1;
    if (directed >= 0) return periodEndsSentence(this, i, directed, false) ? this.split(closed, n) : closed;
    const word = skipOpeners(text, n, end);
    if (continuesAt(text, word, end, dots > 1 || closed > j || numberMayFollow(text, this.sentence, i))) return closed;
    if (dots === 1) {
      const quoted = closers > j && isQuoteMark(text.charCodeAt(closers - 1));
      const ends =
        closed > j
          ? !(quoted && attributionFollows(text, word, end, true))
          : periodEndsSentence(this, i, word, word > n);
      return ends ? this.split(closed, n) : closed;
    }
    // An ellipsis opening a sentence or a bracket (`[...]`) marks an omission, not an end.
    if (i === this.sentence || precededByOpener) return closed;
    // `word. . . . Next`: the full stop ends it, the ellipsis opens the next.
    if (spaced && !isSpace(text.charCodeAt(i - 1))) return this.split(i + 1, i + 1);
    // `that.... She`, `period . . . . Next`
    if (!spaced || dots >= 4) return this.split(closed, n);
    // `is . . . I didn’t`: a spaced three-dot ellipsis marks an omission inside the sentence.
    return closed;
  }
}

/** Most digits of a footnote marker in brackets after a full stop (`.[13]`). */
const FOOTNOTE_DIGITS = 3;

/** The length of a footnote marker at `i` (`[13]`), or 0. */
function footnoteMarkerLength(text: string, i: number, end: number): number {
  if (text.charCodeAt(i) !== 0x5b) return 0;
  let k = i + 1;
  while (k < end && k - i <= FOOTNOTE_DIGITS && isDigit(text.charCodeAt(k))) k++;
  return k > i + 1 && text.charCodeAt(k) === 0x5d ? k + 1 - i : 0;
}

/** Longest line that may stand as a heading inside a paragraph (`14:25`, `Convoy reaches hospital`). */
const HEADING_LINE_MAX = 80;
/** How much longer than a heading the line after it is: a hard-wrapped paragraph's lines are about as long as each other. */
const HEADING_LINE_MARGIN = 15;

/**
 * Pass 1b: a short line without closing punctuation, followed on the next line by a much longer line
 * opening with a capital or a digit, is a heading of its own (a live blog's `14:25`, then its
 * entry's title, then the entry): the line break ends it. A hard-wrapped sentence breaks its
 * lines at about the same width, so its lines are never short before long ones.
 */
function headingLineEnds(text: string, sentence: number, i: number, n: number, end: number): boolean {
  // The whole line, and the whole sentence so far: `… ended. The minister said` before a wrapped name is no heading.
  const lineStart = lineStartAt(text, i);
  if (skipSpaces(text, lineStart, i) !== skipSpaces(text, sentence, i)) return false;
  const lineEnd = trimEnd(text, lineStart, i);
  const length = lineEnd - lineStart;
  if (length === 0 || length > HEADING_LINE_MAX) return false;
  // A title may end with its quotation (`Rebels: ‘No shots from our side’`).
  const quoteEnd = isQuoteMark(text.charCodeAt(lineEnd - 1)) ? lineEnd - 1 : lineEnd;
  const last = text.charCodeAt(quoteEnd - 1);
  if (quoteEnd === lineStart || (!isLetter(last) && !isDigit(last))) return false;
  const first = text.charCodeAt(n);
  if (!(UPPER.test(text[n]!) || isDigit(first))) return false;
  const next = Math.min(lineEndAt(text, n), end);
  return trimEnd(text, n, next) - n >= length + HEADING_LINE_MARGIN;
}

/** Most characters of a dated label before its dash (`10 Sept`, `14:05`, `March 2019`). */
const ENTRY_LABEL_MAX = 16;

/**
 * Pass 1c: a line that opens with a short label holding a digit, then a spaced dash (`6 Sept –
 * Note rejects the protest`, `14:05 - Police close the road`): an entry of a timeline or a log. Two
 * such lines in a row are two entries, however short, so the line break between them ends the
 * first (called with the start of the line before and of the line after the break).
 */
function dashedEntryAt(text: string, i: number, end: number): boolean {
  let digit = false;
  for (let j = i; j < end && j - i <= ENTRY_LABEL_MAX; j++) {
    const code = text.charCodeAt(j);
    if (CHAR_CLASS[code] === LINE_BREAK) return false;
    if (isDigit(code)) digit = true;
    else if (code === 0x20 && j > i && isDashBulletAt(text, j + 1, end)) return digit;
  }
  return false;
}

/** The run of full stops and ellipses at `i`: where it ends, its dots (`…` counts three), and whether spaces separate them. */
function dotRun(text: string, i: number, end: number): { to: number; dots: number; spaced: boolean } {
  let j = i;
  let dots = 0;
  let spaced = false;
  for (;;) {
    const code = j < end ? text.charCodeAt(j) : -1;
    if (code === 0x2e) dots++;
    else if (code === 0x2026) dots += 3;
    else if (
      code === 0x20 &&
      dots > 0 &&
      j + 1 < end &&
      (text.charCodeAt(j + 1) === 0x2e || text.charCodeAt(j + 1) === 0x2026)
    )
      spaced = true;
    else break;
    j++;
  }
  return { to: j, dots, spaced };
}

const scanner = new SentenceScanner();
