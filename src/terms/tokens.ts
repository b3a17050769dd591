import { isWordLike } from '../text';
import type { Doc, Token, TokenKind } from '../text';

/** One document or several; most statistics accept either. */
export type DocInput = Doc | readonly Doc[];

export function asDocs(input: DocInput): readonly Doc[] {
  return isDocArray(input) ? input : [input];
}

function isDocArray(input: DocInput): input is readonly Doc[] {
  return Array.isArray(input);
}

/** The token as typed, minus a possessive clitic the tokenizer took off its norm. */
export function surface(token: Token): string {
  const text = token.text;
  const possessive = token.possessive;
  return possessive ? text.slice(0, text.length - possessive.length) : text;
}

export function wordCount(tokens: readonly Token[]): number {
  let words = 0;
  for (const token of tokens) if (isWordLike(token)) words++;
  return words;
}

/** `isWordLike` on a kind already read: a token's fields are getters, so hot loops read each once. */
export function isWordKind(kind: TokenKind): boolean {
  return kind === 'word' || kind === 'number';
}

/**
 * Maximal runs of adjacent word tokens. A run ends at any non-word token (punctuation, quote mark,
 * symbol), at a sentence boundary, and at a gap in token indices, so a token list gathered from
 * scattered sentences never joins words that were not next to each other.
 */
export function wordRuns(tokens: readonly Token[]): readonly (readonly Token[])[] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  let previous: Token | undefined;
  for (const token of tokens) {
    const continues =
      previous !== undefined &&
      isWordLike(previous) &&
      previous.sentence === token.sentence &&
      previous.index + 1 === token.index;
    if (!continues && run.length > 0) {
      runs.push(run);
      run = [];
    }
    if (isWordLike(token)) run.push(token);
    previous = token;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Code-unit order: locale-independent, so output is identical on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function per1k(count: number, words: number): number {
  return words === 0 ? 0 : (count * 1000) / words;
}
