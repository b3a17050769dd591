/**
 * The document model every stage reads. All units are plain, immutable data;
 * every `start`/`end` pair indexes `Doc.text`, and `text.slice(start, end) === unit.text`.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Paragraph extends Span {
  readonly index: number;
}

export interface Sentence extends Span {
  readonly index: number;
  readonly paragraph: number;
  /** True for the first line when it is a title without final punctuation. */
  readonly headline: boolean;
  /** Tokens of this sentence are `doc.tokens.slice(tokenStart, tokenEnd)`. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

export type TokenKind =
  | 'word' // letters, with inner hyphens/apostrophes/dots (US-led, isn't, U.S.)
  | 'number' // 11, 1,000, 3.5, 25th, HK$100,000
  | 'punct' // . , ; : ! ? ( ) - — …
  | 'quote' // “ ” " ‘ ’ ' when used as quotation marks
  | 'symbol'; // anything else: $ % @ # & / emoji

export interface Token extends Span {
  readonly index: number;
  readonly sentence: number;
  readonly kind: TokenKind;
  /**
   * The form terms are counted by: lower case, except acronyms (`US`, `UN`, `U.S.` → `US`);
   * apostrophes unified to `'`; a possessive `'s` / `s'` removed (`China’s` → `china`).
   */
  readonly norm: string;
  /** Porter stem of `norm` (empty for non-words). */
  readonly stem: string;
  /** True when `norm` is in the stop-word lexicon (always false for non-words). */
  readonly stop: boolean;
  /** For hyphenated compounds (`US-led`): the parts, each with offsets. */
  readonly parts?: readonly Span[];
  /** The possessive clitic as typed (`’s`, `'`), when one was removed from `norm`. */
  readonly possessive?: string;
}

export interface Doc {
  /** Where the text came from: a file path, `<stdin>`, or a caller-given name. */
  readonly source: string;
  /** The exact text all offsets index into (BOM stripped, line breaks kept as in the file). */
  readonly text: string;
  readonly headline: Span | null;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
}
