import { tokenColumns } from '../text';
import type { Doc, TokenKind } from '../text';

/** The fields of a word the term statistics read: a parsed document's shared `TokenForm`, or a stand-in. */
export interface WordForm {
  readonly kind: TokenKind;
  readonly norm: string;
  readonly surface: string;
  readonly stop: boolean;
  /** Scratch slots: a counter that numbers forms stamps `mark` with its own serial and keeps its id in `markId`. */
  mark: number;
  markId: number;
}

/**
 * A document's word tokens (words and numbers), read once and kept for every statistic of that
 * document: positions, run boundaries and forms, in typed arrays where they are numbers. Built
 * from the parse's token columns when the document has them (no `Token` object read), else from
 * `doc.tokens`.
 */
export interface DocWords {
  readonly count: number;
  /** Token index of each word. */
  readonly token: Int32Array;
  /** Offset of each word's first character, and its sentence. */
  readonly start: Int32Array;
  readonly sentence: Int32Array;
  /** 1 where a run of adjacent words starts: after a non-word token, a sentence boundary or a gap in token indices. */
  readonly runStart: Uint8Array;
  readonly forms: readonly WordForm[];
}

/** `build`, run once per key object and kept as long as the key lives. */
function perObject<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = build(key);
      cache.set(key, value);
    }
    return value;
  };
}

/** The words of `doc`, built on first use and cached for the document's lifetime. */
export const docWords: (doc: Doc) => DocWords = perObject(buildDocWords);

function buildDocWords(doc: Doc): DocWords {
  const columns = tokenColumns(doc);
  if (columns === undefined) return fromTokens(doc);
  const { length, starts, sentences, forms } = columns;
  let count = 0;
  for (let t = 0; t < length; t++) if (isWordKind(forms[t]!.kind)) count++;
  const words = allocate(count);
  let w = 0;
  let previousWord = false;
  let previousSentence = -1;
  for (let t = 0; t < length; t++) {
    const form = forms[t]!;
    const sentence = sentences[t]!;
    if (!isWordKind(form.kind)) {
      previousWord = false;
      continue;
    }
    words.token[w] = t;
    words.start[w] = starts[t]!;
    words.sentence[w] = sentence;
    words.runStart[w] = previousWord && previousSentence === sentence ? 0 : 1;
    words.forms[w] = form;
    previousWord = true;
    previousSentence = sentence;
    w++;
  }
  return words;
}

function fromTokens(doc: Doc): DocWords {
  const tokens = doc.tokens;
  let count = 0;
  for (const token of tokens) if (isWordKind(token.kind)) count++;
  const words = allocate(count);
  let w = 0;
  let previous: { word: boolean; sentence: number; index: number } | undefined;
  for (const token of tokens) {
    const word = isWordKind(token.kind);
    if (word) {
      const continues =
        previous !== undefined &&
        previous.word &&
        previous.sentence === token.sentence &&
        previous.index + 1 === token.index;
      const possessive = token.possessive;
      words.token[w] = token.index;
      words.start[w] = token.start;
      words.sentence[w] = token.sentence;
      words.runStart[w] = continues ? 0 : 1;
      words.forms[w] = {
        kind: token.kind,
        norm: token.norm,
        surface: possessive ? token.text.slice(0, token.text.length - possessive.length) : token.text,
        stop: token.stop,
        mark: -1,
        markId: -1,
      };
      w++;
    }
    previous = { word, sentence: token.sentence, index: token.index };
  }
  return words;
}

function allocate(count: number): DocWords & { forms: WordForm[] } {
  return {
    count,
    token: new Int32Array(count),
    start: new Int32Array(count),
    sentence: new Int32Array(count),
    runStart: new Uint8Array(count),
    forms: new Array<WordForm>(count),
  };
}

export function isWordKind(kind: TokenKind): boolean {
  return kind === 'word' || kind === 'number';
}

let lastStamp = 0;

/** A fresh stamp for one pass that numbers forms through their scratch slots (passes never interleave). */
export function newStamp(): number {
  return ++lastStamp;
}

/**
 * Words of `doc` by folded norm (lower case, curly apostrophes straightened: how term patterns
 * match), as a postings list built once per document: the positions of each folded norm, in order.
 */
export interface FoldIndex {
  readonly idOf: ReadonlyMap<string, number>;
  /** Folded-norm id of each word. */
  readonly ids: Int32Array;
  /** Positions of id `k`: `positions[offsets[k], offsets[k + 1])`. */
  readonly offsets: Int32Array;
  readonly positions: Int32Array;
}

export const foldIndex: (words: DocWords) => FoldIndex = perObject(buildFoldIndex);

function buildFoldIndex(words: DocWords): FoldIndex {
  const stamp = newStamp();
  const idOf = new Map<string, number>();
  const ids = new Int32Array(words.count);
  for (let w = 0; w < words.count; w++) {
    const form = words.forms[w]!;
    if (form.mark !== stamp) {
      const folded = foldWord(form.norm);
      let id = idOf.get(folded);
      if (id === undefined) idOf.set(folded, (id = idOf.size));
      form.mark = stamp;
      form.markId = id;
    }
    ids[w] = form.markId;
  }
  const offsets = new Int32Array(idOf.size + 1);
  for (let w = 0; w < words.count; w++) offsets[ids[w]! + 1]++;
  for (let k = 0; k < idOf.size; k++) offsets[k + 1] += offsets[k]!;
  const fill = offsets.slice(0, idOf.size);
  const positions = new Int32Array(words.count);
  for (let w = 0; w < words.count; w++) positions[fill[ids[w]!]!++] = w;
  return { idOf, ids, offsets, positions };
}

export function foldWord(word: string): string {
  return word.toLowerCase().replace(/[‘’]/g, "'");
}

/**
 * Word positions where a term (one word or a phrase of adjacent words in one run) starts,
 * non-overlapping, in document order: what `findOccurrences` finds for a string pattern, read from
 * the postings of the term's first word.
 */
export function termPositions(words: DocWords, term: string): number[] {
  const parts = term.trim().split(/\s+/).filter(Boolean).map(foldWord);
  if (parts.length === 0) throw new RangeError('empty term pattern');
  const index = foldIndex(words);
  const wanted = parts.map((p) => index.idOf.get(p) ?? -1);
  if (wanted.includes(-1)) return [];
  const n = wanted.length;
  const found: number[] = [];
  const first = wanted[0]!;
  let nextAllowed = 0;
  for (let at = index.offsets[first]!, stop = index.offsets[first + 1]!; at < stop; at++) {
    const w = index.positions[at]!;
    if (w < nextAllowed || w + n > words.count) continue;
    let k = 1;
    while (k < n && words.runStart[w + k] === 0 && index.ids[w + k] === wanted[k]) k++;
    if (k < n) continue;
    found.push(w);
    nextAllowed = w + n;
  }
  return found;
}

/**
 * A document's words numbered once for every count over them: a dense id per distinct norm, each
 * word's id and surface form, and each norm's rank in code-unit order (what orders rows).
 */
export interface NumberedWords {
  readonly norms: readonly string[];
  readonly ids: Int32Array;
  readonly surfaces: readonly string[];
  readonly ranks: Int32Array;
  /** Some norm holds a character at or below the space (then joined terms do not sort as their ranks). */
  readonly spaced: boolean;
}

export const numberedWords: (words: DocWords) => NumberedWords = perObject(numberWords);

function numberWords(words: DocWords): NumberedWords {
  const stamp = newStamp();
  const idOf = new Map<string, number>();
  const norms: string[] = [];
  const ids = new Int32Array(words.count);
  const surfaces = new Array<string>(words.count);
  for (let w = 0; w < words.count; w++) {
    const form = words.forms[w]!;
    if (form.mark !== stamp) {
      let id = idOf.get(form.norm);
      if (id === undefined) {
        id = norms.push(form.norm) - 1;
        idOf.set(form.norm, id);
      }
      form.mark = stamp;
      form.markId = id;
    }
    ids[w] = form.markId;
    surfaces[w] = form.surface;
  }
  return { norms, ids, surfaces, ranks: codeUnitRanks(norms), spaced: norms.some(holdsSpace) };
}

/** Ids below this fit next to a two-character prefix key in one double (2^32 × 2^20 < 2^53). */
const RANK_ID_LIMIT = 2 ** 20;

/** The first two code units of a word as one number that orders as the words do (a missing unit sorts first). */
function prefixKey(word: string): number {
  const first = word.length > 0 ? word.charCodeAt(0) + 1 : 0;
  const second = word.length > 1 ? word.charCodeAt(1) + 1 : 0;
  return first * 65537 + second;
}

/**
 * The rank of each of the distinct `norms` in code-unit order (as `<` compares strings). Sorting
 * the strings with a comparator was as dear as the rest of the term counts: instead, numbers
 * made of each word's two-character prefix and its id are sorted natively, and only words that
 * share a prefix are compared as strings.
 */
function codeUnitRanks(norms: readonly string[]): Int32Array {
  const n = norms.length;
  const ranks = new Int32Array(n);
  const byNorm = (a: number, b: number) => (norms[a]! < norms[b]! ? -1 : 1);
  let order: Int32Array;
  if (n >= RANK_ID_LIMIT) {
    order = Int32Array.from(norms.keys()).sort(byNorm);
  } else {
    const keyed = new Float64Array(n);
    for (let id = 0; id < n; id++) keyed[id] = prefixKey(norms[id]!) * RANK_ID_LIMIT + id;
    keyed.sort();
    order = new Int32Array(n);
    for (let r = 0; r < n; r++) order[r] = keyed[r]! % RANK_ID_LIMIT;
    for (let from = 0; from < n;) {
      const prefix = Math.floor(keyed[from]! / RANK_ID_LIMIT);
      let to = from + 1;
      while (to < n && Math.floor(keyed[to]! / RANK_ID_LIMIT) === prefix) to++;
      if (to - from > 1) order.subarray(from, to).sort(byNorm);
      from = to;
    }
  }
  for (let r = 0; r < n; r++) ranks[order[r]!] = r;
  return ranks;
}

/** A character at or below the space that joins the words of a term. */
export function holdsSpace(norm: string): boolean {
  for (let c = 0; c < norm.length; c++) if (norm.charCodeAt(c) <= 32) return true;
  return false;
}
