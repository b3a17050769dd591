import wordClasses from './lexicon/word-classes.json';
import { detach } from './detach';
import { TextCache } from './text-cache';
import { porterStem } from './normalize';

const keyCache = new TextCache<string>(100_000);

/**
 * Word keys: how a word of the text meets a word of a lexicon. One module for every stage, so
 * a lexicon entry and a token are keyed by the very same functions.
 */

/** Speaker lexicons: lower case without dots, so `Mr.`/`Mr` and `U.S.`/`US` meet whatever the tokenizer did with them. */
export function dotlessKey(word: string): string {
  const lower = word.toLowerCase();
  return lower.indexOf('.') < 0 ? lower : lower.replace(/\./g, '');
}

/** A norm in the form claim lexicons are stored: apostrophes unified, possessive `'s` removed. */
export function lexiconForm(norm: string): string {
  let word = norm.replace(/[’‘`]/g, "'");
  // `let's` is `let us`, not a possessive: stripped, it would match every `let` (`let me`, `let the record`).
  if (word.length > 2 && word.endsWith("'s") && word !== "let's") word = word.slice(0, -2);
  else if (word.length > 2 && word.endsWith("s'")) word = word.slice(0, -1);
  return word;
}

/**
 * The matching key of a word: the Porter stem of its normalized form, cached per norm. Keys are
 * computed here rather than taken from `Token.stem` so that lexicon phrases and text are
 * stemmed by the very same function.
 */
export function wordKey(norm: string): string {
  return keyCache.get(norm) ?? keyCache.add(norm, keyOf);
}

function keyOf(norm: string): string {
  const word = lexiconForm(norm);
  return /[a-z]/.test(word) ? porterStem(word) : word;
}

/** The exact-form key of a word (`=issued`), for phrase words marked `=` in a lexicon. */
export function exactKey(norm: string): string {
  return '=' + lexiconForm(norm);
}

const ids = new Map<string, number>();

/** A small integer per distinct key, so that phrase look-ups compare numbers, not strings. */
export function keyId(key: string): number {
  let id = ids.get(key);
  if (id === undefined) ids.set(detach(key), (id = ids.size));
  return id;
}

/** English word classes every stage shares (`src/text/lexicon/word-classes.json`), as written there: each stage keys them its own way. */
export const WORD_CLASSES: {
  readonly modals: readonly string[];
  readonly pastModals: readonly string[];
  readonly auxiliaries: readonly string[];
  readonly reflexivePronouns: readonly string[];
  readonly personalWords: readonly string[];
  readonly determiners: readonly string[];
  readonly weekdays: readonly string[];
  readonly months: readonly string[];
  readonly dayParts: readonly string[];
  readonly periods: readonly string[];
  readonly relativeTimeEnds: readonly string[];
  readonly numberWords: readonly string[];
  readonly placeAdverbs: readonly string[];
  readonly titleMinorWords: readonly string[];
  readonly demonstratives: readonly string[];
  readonly irregularPasts: readonly string[];
  readonly irregularParticiples: readonly string[];
} = wordClasses;
