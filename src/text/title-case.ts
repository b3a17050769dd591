import { WORD_CLASSES } from './word-keys';
/** Share of capitalised words (or figures) from which a short line reads as title case. */
const TITLE_CASE_SHARE = 0.7;
/** A title-case line is short: a headline, a title of a work. */
export const TITLE_CASE_MAX_WORDS = 12;

/**
 * Whether `words` (a line's words, in order) read as title case (`Tax Cuts Are Coming`, `Ten
 * Years on the Tarn`): at most TITLE_CASE_MAX_WORDS, most of them capitalised or figures, and the
 * line not closed by a sentence's punctuation (`lastChar`). Speech and sentences are written in
 * sentence case.
 */
export function isTitleCase(words: readonly string[], lastChar: string): boolean {
  const n = words.length;
  if (n === 0 || n > TITLE_CASE_MAX_WORDS || '.!?,'.includes(lastChar)) return false;
  let capitalised = 0;
  // Title case leaves its minor words (`in`, `the`, `of`) in lower case: they count on neither side.
  let minor = 0;
  for (const w of words)
    if (/^[\p{Lu}\d]/u.test(w)) capitalised++;
    else if (TITLE_MINOR_WORDS.has(w)) minor++;
  return n > minor && capitalised / (n - minor) >= TITLE_CASE_SHARE;
}

const TITLE_MINOR_WORDS: ReadonlySet<string> = new Set(WORD_CLASSES.titleMinorWords);
