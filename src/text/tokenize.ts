// PROVISIONAL: replaced by the fast tokenizer (helper B). Signature is the contract.
import type { Token } from './types';

/** Append the tokens of `text[start, end)` to `out`, numbering them from `out.length`. */
export function tokenizeRange(text: string, start: number, end: number, sentence: number, out: Token[]): void {
  const re = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|\S/gu;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    const t = m[0];
    const word = /\p{L}/u.test(t);
    out.push({
      index: out.length,
      sentence,
      start: m.index,
      end: m.index + t.length,
      text: t,
      kind: word ? 'word' : /\p{N}/u.test(t) ? 'number' : 'punct',
      norm: t.toLowerCase(),
      stem: '',
      stop: false,
    });
  }
}
