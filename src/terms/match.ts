import { wordRuns } from './tokens';
import type { Doc, Token } from '../text';

/** A term (`china`), a phrase of several words (`human rights`), or a RegExp tested on each word's norm. */
export type TermPattern = string | RegExp;

/** One match: its first and last word tokens (the same token for a single word). */
export interface Occurrence {
  readonly first: Token;
  readonly last: Token;
}

/**
 * Non-overlapping matches of a pattern, in document order. Words are compared case-insensitively
 * with the tokens' norms (so `china` finds `China’s`; note that `us` finds both the pronoun and the
 * acronym `US`); a phrase matches adjacent words of one sentence with no punctuation between them.
 */
export function findOccurrences(doc: Doc, pattern: TermPattern): Occurrence[] {
  const matchers = wordMatchers(pattern);
  const n = matchers.length;
  const found: Occurrence[] = [];
  for (const run of wordRuns(doc.tokens)) {
    for (let i = 0; i + n <= run.length;) {
      if (matchers.every((matches, k) => matches(run[i + k]!))) {
        found.push({ first: run[i]!, last: run[i + n - 1]! });
        i += n;
      } else {
        i++;
      }
    }
  }
  return found;
}

function wordMatchers(pattern: TermPattern): ((token: Token) => boolean)[] {
  if (pattern instanceof RegExp) {
    // Without g/y a RegExp keeps no lastIndex state between tests.
    const flags = pattern.flags.replace(/[gy]/g, '');
    const re = new RegExp(pattern.source, flags.includes('i') ? flags : `${flags}i`);
    return [(token) => re.test(token.norm)];
  }
  const words = pattern.trim().split(/\s+/).filter(Boolean).map(foldWord);
  if (words.length === 0) throw new RangeError('empty term pattern');
  return words.map((word) => (token: Token) => foldWord(token.norm) === word);
}

function foldWord(word: string): string {
  return word.toLowerCase().replace(/[‘’]/g, "'");
}
