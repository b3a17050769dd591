import type { Doc } from '../text';
import { lexKey } from './lexicon';

/** Quotation characters, double and single. */
export const DOUBLE_MARKS = new Set(['“', '”', '"', '„', '«', '»']);
export const SINGLE_MARKS = new Set(['‘', '’', "'"]);

/**
 * A token as attribution reads it: `key` is the lexicon key (lower case, dots dropped,
 * possessive removed), so the rules work the same on the provisional and final tokenizers.
 */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly key: string;
  /** Letters or digits (not punctuation, quote marks or symbols). */
  readonly isWord: boolean;
  readonly isQuoteMark: boolean;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  readonly allCaps: boolean;
  readonly possessive: boolean;
}

/** Whitespace as the paragraph splitter sees it (including no-break and ideographic spaces). */
export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);
}

const POSSESSIVE = /(?:['’]s|s['’])$/i;

/**
 * The document's tokens as attribution reads them, built on first use and cached: a whole-text
 * pass looks at the raw token (`startsUpper`, `countsAsWord`) and only the few tokens
 * near a cue or in a name become `Word`s, which keeps attribution cheap next to tokenization.
 */
export class WordList {
  readonly length: number;
  private readonly cache: (Word | undefined)[];
  /** A text repeats its words: each distinct word's key is computed once. */
  private readonly keys = new Map<string, string>();

  constructor(private readonly doc: Doc) {
    this.length = doc.tokens.length;
    this.cache = new Array<Word | undefined>(this.length);
  }

  at(i: number): Word | undefined {
    if (i < 0 || i >= this.length) return undefined;
    let w = this.cache[i];
    if (w === undefined) {
      w = this.build(i);
      this.cache[i] = w;
    }
    return w;
  }

  /** Starts with an upper-case letter (raw token check). */
  startsUpper(i: number): boolean {
    const text = this.doc.tokens[i]!.text;
    const first = text.charCodeAt(0);
    return first >= 65 && first <= 90 ? true : first > 127 && text[0] !== text[0]!.toLowerCase();
  }

  /** A word or number, not punctuation or a quote mark (raw token check). */
  countsAsWord(i: number): boolean {
    const t = this.doc.tokens[i]!;
    return (t.kind === 'word' || t.kind === 'number') && !(t.text.length === 1 && (DOUBLE_MARKS.has(t.text) || SINGLE_MARKS.has(t.text)));
  }

  private build(i: number): Word {
    const t = this.doc.tokens[i]!;
    const text = t.text;
    const isQuoteMark = t.kind === 'quote' || (text.length === 1 && (DOUBLE_MARKS.has(text) || SINGLE_MARKS.has(text)));
    const isWord = !isQuoteMark && (t.kind === 'word' || t.kind === 'number');
    let base = text;
    let possessive = t.possessive !== undefined;
    const lastCode = text.charCodeAt(text.length - 1);
    // Only words ending in s or an apostrophe can be possessive; test the pattern on those alone.
    if (isWord && (lastCode === 115 || lastCode === 83 || lastCode === 0x2019 || lastCode === 39) && POSSESSIVE.test(text)) {
      base = text.endsWith('s’') || text.endsWith("s'") ? text.slice(0, -1) : text.slice(0, -2);
      possessive = true;
    }
    const upper = this.startsUpper(i);
    let key = text;
    if (isWord) {
      const known = this.keys.get(base);
      key = known ?? lexKey(base);
      if (known === undefined) this.keys.set(base, key);
    }
    return {
      start: t.start,
      end: t.end,
      text,
      key,
      isWord,
      isQuoteMark,
      cap: isWord && upper,
      allCaps: isWord && upper && base.length > 1 && base === base.toUpperCase() && base !== base.toLowerCase(),
      possessive,
    };
  }
}
