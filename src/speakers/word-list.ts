import { ALL_QUOTE_MARKS, formMemo, TextCache, tokenColumnsOf, type Doc, type TokenForm, dotlessKey } from '../text';
import { CUE_STARTS } from './lexicon';

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

const POSSESSIVE = /(?:['’]s|s['’])$/i;
/** `We've`, `they’ve`: a subject with its perfect auxiliary contracted, keyed as the subject (`we`), as `We have` reads past the auxiliary. */
const CONTRACTED_HAVE = /^(\p{L}+)['’]ve$/iu;

/** What a word's own characters say about it, whatever token it is. */
interface Shape {
  readonly key: string;
  /** The spelling ends in a possessive `’s` / `s’`. */
  readonly possessive: boolean;
  readonly upper: boolean;
  readonly allCaps: boolean;
}

/**
 * Texts repeat their words, within and across documents: derive each distinct spelling's
 * shape once. Bounded, and cleared whole, so memory stays flat.
 */
const SHAPES = new TextCache<Shape>(50_000);

/**
 * A social-media handle: `@sarn_truth`, or `saltwater_kev` without its `@` (the tokenizer joins a
 * word's parts by an underscore only there).
 */
export function isHandle(text: string): boolean {
  return (text.charCodeAt(0) === AT_SIGN && text.length > 1 && text.charCodeAt(1) !== AT_SIGN) || text.includes('_');
}

/**
 * Starts with a capital, or is a handle: a handle names an account as a capital names a person,
 * so it reads as a name (`@sarn_truth posted …`).
 */
function startsUpperCase(text: string): boolean {
  if (isHandle(text)) return true;
  const first = text.charCodeAt(0);
  if (first === AT_SIGN) return false;
  return first >= 65 && first <= 90 ? true : first > 127 && text[0] !== text[0]!.toLowerCase();
}

const AT_SIGN = 64;

/** The shape of every plain word (see `isPlain`); its key is the word's own text, so left empty here. */
const PLAIN: Shape = { key: '', possessive: false, upper: false, allCaps: false };

/**
 * `text[start, end)` holds lower-case ASCII letters, digits and hyphens only: such a word is its
 * own key and no possessive. Most words are plain, and checking their characters in the
 * document text is cheaper than looking them up.
 */
function isPlain(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45)) return false;
  }
  return true;
}

function shapeOf(text: string): Shape {
  return SHAPES.get(text) ?? SHAPES.add(text, describeShape);
}

function describeShape(text: string): Shape {
  let base = text;
  let possessive = false;
  const lastCode = text.charCodeAt(text.length - 1);
  // Only words ending in s or an apostrophe can be possessive; test the pattern on those alone.
  if ((lastCode === 115 || lastCode === 83 || lastCode === 0x2019 || lastCode === 39) && POSSESSIVE.test(text)) {
    base = text.endsWith('s’') || text.endsWith("s'") ? text.slice(0, -1) : text.slice(0, -2);
    possessive = true;
  }
  const upper = startsUpperCase(text);
  // (Only a spelling ending in `ve` can hold one: test the pattern on those alone.)
  const have = possessive || !/ve$/i.test(text) ? null : CONTRACTED_HAVE.exec(text);
  if (have) base = have[1]!;
  return {
    key: dotlessKey(base),
    possessive,
    upper,
    allCaps: upper && base.length > 1 && base === base.toUpperCase() && base !== base.toLowerCase(),
  };
}

/** What the whole-text passes ask of every token, read once into one byte per token. */
const UPPER = 1;
const COUNTS_AS_WORD = 2;
const MAY_START_CUE = 4;

/** Quotation characters, double and single: a token of one of them alone is a mark, never a word. */
const MARK_CODES = new Set([...ALL_QUOTE_MARKS].map((m) => m.charCodeAt(0)));

/** A character's class for the cue filter: a lower-case ASCII letter, or anything else. */
function letterClass(code: number): number {
  return code >= 97 && code <= 122 ? code - 97 : 26;
}

/** A word's cue-filter cell, by its first and last characters and its length. */
function cueCell(first: number, last: number, length: number): number {
  return (letterClass(first) * 27 + letterClass(last)) * 16 + Math.min(length, 15);
}

/**
 * The cells of the cue first words: a token in any other cell is no cue, found from the
 * document text without touching the token's own string or hashing it.
 */
const CUE_CELLS = new Uint8Array(27 * 27 * 16);
for (const w of CUE_STARTS) CUE_CELLS[cueCell(w.charCodeAt(0), w.charCodeAt(w.length - 1), w.length)] = 1;

/** What a `Word` owes to its spelling alone: derived once per token form (see `WORD_SHAPES`). */
export interface WordShape extends Omit<Word, 'start' | 'end' | 'text'> {
  /** The cue-filter and case flags of `WordList.flags`. */
  readonly flags: number;
}

/**
 * Every token of a spelling shares one form: its shape is kept on the form, so a word seen
 * before costs one array read instead of character scans, a `Map` look-up and a key.
 */
const WORD_SHAPES = formMemo<WordShape>();

function wordShapeOf(form: TokenForm): WordShape {
  let shape = WORD_SHAPES.get(form);
  if (shape === undefined) {
    shape = describeWordShape(form);
    WORD_SHAPES.set(form, shape);
  }
  return shape;
}

const AMPERSAND: WordShape = {
  key: 'and',
  isWord: true,
  isQuoteMark: false,
  cap: false,
  allCaps: false,
  possessive: false,
  flags: COUNTS_AS_WORD,
};

function describeWordShape(form: TokenForm): WordShape {
  const text = form.text;
  const first = text.charCodeAt(0);
  const length = form.length;
  const possessiveToken = form.possessive !== undefined;
  // `Hallam & Frey`, `Marks & Spencer`: an ampersand is the word `and`, which may join a name.
  if (text === '&') return AMPERSAND;
  if ((form.kind !== 'word' && form.kind !== 'number') || (length === 1 && MARK_CODES.has(first))) {
    const isQuoteMark = form.kind === 'quote' || (length === 1 && MARK_CODES.has(first));
    return { key: text, isWord: false, isQuoteMark, cap: false, allCaps: false, possessive: possessiveToken, flags: 0 };
  }
  let flags = COUNTS_AS_WORD;
  if ((first >= 65 && first <= 90) || startsUpperCase(text)) flags |= UPPER;
  if (CUE_CELLS[cueCell(first, text.charCodeAt(length - 1), length)] === 1 && CUE_STARTS.has(text))
    flags |= MAY_START_CUE;
  const shape = isPlain(text, 0, length) ? PLAIN : shapeOf(text);
  return {
    key: shape === PLAIN ? text : shape.key,
    isWord: true,
    isQuoteMark: false,
    cap: shape.upper,
    allCaps: shape.allCaps,
    possessive: possessiveToken || shape.possessive,
    flags,
  };
}

/**
 * The document's tokens as attribution reads them, built on first use and cached: the
 * whole-text passes read a byte of flags per token (`startsUpper`, `countWords`,
 * `mayStartCue`), taken in a single pass over the token columns (no `Token` object is built),
 * and only the few tokens near a cue or in a name become `Word`s, which keeps attribution cheap
 * next to tokenization. What a word owes to its spelling is read from its form's shape.
 */
export class WordList {
  readonly length: number;
  private readonly cache: (Word | undefined)[];
  private readonly flags: Uint8Array;
  private readonly starts: Int32Array;
  private readonly forms: readonly TokenForm[];

  constructor(doc: Doc) {
    const columns = tokenColumnsOf(doc);
    this.length = columns.length;
    this.starts = columns.starts;
    this.forms = columns.forms;
    this.cache = new Array<Word | undefined>(this.length);
    this.flags = new Uint8Array(this.length);
    const forms = this.forms;
    for (let i = 0; i < this.length; i++) this.flags[i] = wordShapeOf(forms[i]!).flags;
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

  /**
   * What word `i` owes to its spelling (key, case, kind), shared by every token of that
   * spelling: a whole-text pass that needs no offsets reads it without building the `Word`.
   */
  shapeAt(i: number): WordShape | undefined {
    return i >= 0 && i < this.length ? wordShapeOf(this.forms[i]!) : undefined;
  }

  /** The token's text as written (raw token check). */
  textAt(i: number): string | undefined {
    return i >= 0 && i < this.length ? this.forms[i]!.text : undefined;
  }

  /** A word that starts with an upper-case letter (raw token check). */
  startsUpper(i: number): boolean {
    return (this.flags[i]! & UPPER) !== 0;
  }

  /** How many words and numbers lie in `[from, to)`. */
  countWords(from: number, to: number): number {
    let n = 0;
    for (let i = from; i < to; i++) if ((this.flags[i]! & COUNTS_AS_WORD) !== 0) n++;
    return n;
  }

  /** A word that as written may begin a reporting cue (raw token check: a cue is lower case). */
  mayStartCue(i: number): boolean {
    return (this.flags[i]! & MAY_START_CUE) !== 0;
  }

  private build(i: number): Word {
    const form = this.forms[i]!;
    return new TokenWord(this.starts[i]!, form, wordShapeOf(form));
  }
}

/**
 * A `Word` built for one token: its offsets and its form, the rest read from the shape its
 * spelling shares with every token of that spelling (three fields a token, not nine).
 */
class TokenWord implements Word {
  constructor(
    readonly start: number,
    private readonly form: TokenForm,
    private readonly shape: WordShape,
  ) {}

  get end(): number {
    return this.start + this.form.length;
  }
  get text(): string {
    return this.form.text;
  }
  get key(): string {
    return this.shape.key;
  }
  get isWord(): boolean {
    return this.shape.isWord;
  }
  get isQuoteMark(): boolean {
    return this.shape.isQuoteMark;
  }
  get cap(): boolean {
    return this.shape.cap;
  }
  get allCaps(): boolean {
    return this.shape.allCaps;
  }
  get possessive(): boolean {
    return this.shape.possessive;
  }
}
