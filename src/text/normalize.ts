import stopwords from './lexicon/stopwords.json';
import { TextCache } from './text-cache';

// The single module file: the package root pulls in a redis client that slows every string op.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- one natural module file, not the package root (which loads a redis client)
const porterStemmer: { stem(word: string): string } = require('natural/lib/natural/stemmers/porter_stemmer');

/** natural's Porter stem of a word (no caching, no normalisation): every stage stems through this one function. */
export function porterStem(word: string): string {
  return porterStemmer.stem(word);
}

const STOP_WORDS: ReadonlySet<string> = new Set([
  ...stopwords.natural,
  ...stopwords.additions,
  ...stopwords.contractions,
]);
/** Contractions ending in `'s` (`it's`, `let's`) must not lose their clitic as a possessive would. */
const CONTRACTIONS: ReadonlySet<string> = new Set(stopwords.contractions);

const RIGHT_SINGLE_QUOTE = 0x2019;
const APOSTROPHE = 0x27;
const DOT = 0x2e;

function isApostrophe(code: number): boolean {
  return code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE;
}

export function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011;
}

/** Curly apostrophes typed as `’` count as the straight `'`. */
function unifyApostrophes(word: string): string {
  return word.indexOf('’') < 0 ? word : word.replace(/’/g, "'");
}

/**
 * Whether a word keeps its capitals in `norm`: an acronym of 2+ capitals and no lower-case
 * letter (`US`, `NSA`, `COVID`), or its plural (`EVs`, `NGOs`). In a shouting line nothing
 * keeps its case, because acronyms cannot be told from capitalised words there.
 */
export function keepsCapitals(word: string, upper: number, lower: number, shouting: boolean): boolean {
  if (shouting || upper < 2) return false;
  return lower === 0 || (lower === 1 && word.charCodeAt(word.length - 1) === 115);
}

function countCase(word: string): { upper: number; lower: number } {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 65 && code <= 90) upper++;
    else if (code >= 97 && code <= 122) lower++;
    else if (code >= 128) {
      const ch = word[i]!;
      if (ch.toLowerCase() !== ch) upper++;
      else if (ch.toUpperCase() !== ch) lower++;
    }
  }
  return { upper, lower };
}

/** One hyphen-free part of a word: dotted capitals lose their dots (`U.S.` → `US`), even when shouting. */
function partNorm(part: string, shouting: boolean): string {
  const innerDot = part.indexOf('.') >= 0 && part.indexOf('.') < part.length - 1;
  const { upper, lower } = countCase(part);
  if (innerDot) return lower === 0 && upper > 0 ? part.replace(/\./g, '') : unifyApostrophes(part.toLowerCase());
  const word = part.charCodeAt(part.length - 1) === DOT ? part.slice(0, -1) : part;
  return keepsCapitals(word, upper, lower, shouting) ? unifyApostrophes(word) : unifyApostrophes(word.toLowerCase());
}

export interface WordForm {
  readonly norm: string;
  /** The possessive clitic as typed (`’s`, `'s`, `’`), when removed from `norm`. */
  readonly possessive: string | undefined;
}

/**
 * The norm of a word token that has an apostrophe, a dot or a hyphen (plain words take the
 * tokenizer's fast path). A trailing apostrophe is always a plural possessive: the tokenizer only
 * keeps one inside a word in that case.
 */
export function normalizeWord(raw: string, shouting: boolean): WordForm {
  const n = raw.length;
  let body = raw;
  let possessive: string | undefined;
  if (n > 1 && isApostrophe(raw.charCodeAt(n - 1))) {
    possessive = raw.slice(n - 1);
    body = raw.slice(0, n - 1);
  } else if (
    n > 2 &&
    (raw.charCodeAt(n - 1) | 32) === 115 &&
    isApostrophe(raw.charCodeAt(n - 2)) &&
    !CONTRACTIONS.has(unifyApostrophes(raw.toLowerCase()))
  ) {
    possessive = raw.slice(n - 2);
    body = raw.slice(0, n - 2);
  }
  let norm = '';
  let from = 0;
  for (let i = 0; i <= body.length; i++) {
    if (i < body.length && !isHyphen(body.charCodeAt(i))) continue;
    norm += (from === 0 ? '' : '-') + partNorm(body.slice(from, i), shouting);
    from = i + 1;
  }
  return { norm, possessive };
}

/**
 * The norm of a number: thousands separators dropped (`1,000` → `1000`, so both spellings count
 * as one term) and letter suffixes lower-cased (`25TH` → `25th`); a currency prefix stays as typed
 * (`HK$100,000` → `HK$100000`).
 */
export function normalizeNumber(raw: string): string {
  const plain = raw.indexOf(',') < 0 ? raw : raw.replace(/,/g, '');
  return plain.replace(/(\d)([^\d.,:/]+)$/, (_match, digit: string, suffix: string) => digit + suffix.toLowerCase());
}

export interface Lexeme {
  readonly stem: string;
  readonly stop: boolean;
}

// Stemming is the dearest step per token; the vocabulary is small, so every norm is stemmed once.
const lexemes = new TextCache<Lexeme>(100_000);

/** Stem and stop flag of a word norm (cached). Acronym norms (`US`) are never stop words. */
export function lexemeOf(norm: string): Lexeme {
  return lexemes.get(norm) ?? lexemes.add(norm, describeLexeme);
}

function describeLexeme(norm: string): Lexeme {
  return { stem: porterStem(norm.toLowerCase()), stop: STOP_WORDS.has(norm) };
}

/** True when a word norm is in the stop-word lexicon (`src/text/lexicon/stopwords.json`). */
export function isStopWord(norm: string): boolean {
  return lexemeOf(norm).stop;
}

/** Porter stem of a word norm, as stored in `Token.stem`. */
export function stemOf(norm: string): string {
  return lexemeOf(norm).stem;
}
