import { porterStem } from '../text';

const keyCache = new Map<string, string>();

/** A norm in the form lexicons are stored: apostrophes unified, possessive `'s` removed. */
export function normalizeWord(norm: string): string {
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
  let key = keyCache.get(norm);
  if (key === undefined) {
    const word = normalizeWord(norm);
    key = /[a-z]/.test(word) ? porterStem(word) : word;
    keyCache.set(norm, key);
  }
  return key;
}

/** The exact-form key of a word (`=issued`), for phrase words marked `=` in a lexicon. */
export function exactKey(norm: string): string {
  return '=' + normalizeWord(norm);
}

const ids = new Map<string, number>();

/** A small integer per distinct key, so that phrase look-ups compare numbers, not strings. */
export function keyId(key: string): number {
  let id = ids.get(key);
  if (id === undefined) ids.set(key, (id = ids.size));
  return id;
}
