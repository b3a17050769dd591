import { keyId, lexiconForm, wordKey } from '../text';

/** A token as the trie reads it. */
export interface TrieWord {
  /** Id (see `keyId`) of the stem key (punctuation as typed). */
  readonly keyId: number;
  /** Id of `=` + normalized norm, for phrase words that must match exactly. */
  readonly exactId: number;
  /** Words and numbers: a `*` gap skips only these. */
  readonly word: boolean;
}

export type KeyView = readonly TrieWord[];

/** A lexicon phrase found in a token sequence: token positions `[start, end)`. */
export interface PhraseMatch<T> {
  readonly value: T;
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
}

/** Where phrases starting with a given word continue; opaque outside the trie. */
export interface PhraseNode<T> {
  readonly next: Map<number, PhraseNode<T>>;
  /** Continuation after a `*` gap. */
  gap: PhraseNode<T> | null;
  readonly values: { value: T; phrase: string }[];
}

const GAP = '*';
/** A phrase word written `=issued` matches that form only, not every word of its stem (`issue`). */
const EXACT = '=';
/** How many words a `*` in a phrase may skip. */
const MAX_GAP = 4;

function newNode<T>(): PhraseNode<T> {
  return { next: new Map(), gap: null, values: [] };
}

/**
 * Multi-word phrases keyed word by word (stems, or exact forms), matched in one pass over a
 * sentence. A word's starting nodes can be cached (`starts`, `matchFrom`) so that the pass
 * touches the trie only where a phrase may start.
 */
export class PhraseTrie<T> {
  private readonly root = newNode<T>();

  add(phrase: string, value: T): void {
    const words = phrase.trim().split(/\s+/);
    if (words[0] === GAP || words[words.length - 1] === GAP)
      throw new Error(`phrase may not start or end with a gap: "${phrase}"`);
    let node = this.root;
    for (const word of words) {
      if (word === GAP) {
        node.gap ??= newNode<T>();
        node = node.gap;
        continue;
      }
      const key = keyId(word.startsWith(EXACT) ? EXACT + lexiconForm(word.slice(1)) : wordKey(word));
      let child = node.next.get(key);
      if (!child) {
        child = newNode<T>();
        node.next.set(key, child);
      }
      node = child;
    }
    node.values.push({ value, phrase: phrase.replace(/(^|\s)=/g, '$1') });
  }

  /** The nodes of phrases starting with this word (by stem, by exact form); cache them per word. */
  starts(word: TrieWord): readonly PhraseNode<T>[] {
    const nodes: PhraseNode<T>[] = [];
    const byStem = this.root.next.get(word.keyId);
    if (byStem) nodes.push(byStem);
    const byForm = this.root.next.get(word.exactId);
    if (byForm) nodes.push(byForm);
    return nodes;
  }

  /** Matches starting at `start`, from the word's cached `starts` nodes. */
  matchFrom(starts: readonly PhraseNode<T>[], view: KeyView, start: number, to: number, out: PhraseMatch<T>[]): void {
    const search: Search<T> = { view, start, to, out };
    for (const node of starts) walk(search, node, start + 1);
  }

  /** Every match starting in `[from, to)` and ending by `to`. */
  matchAll(view: KeyView, from: number, to: number, out: PhraseMatch<T>[]): void {
    const search: Search<T> = { view, start: from, to, out };
    for (let i = from; i < to; i++) {
      search.start = i;
      step(search, this.root, i);
    }
  }

  /** Matches starting exactly at `start`. */
  matchAt(view: KeyView, start: number, to: number, out: PhraseMatch<T>[]): void {
    step({ view, start, to, out }, this.root, start);
  }
}

/** One search for phrases starting at `start` in `view`, ending by `to`; matches go to `out`. */
interface Search<T> {
  readonly view: KeyView;
  start: number;
  readonly to: number;
  readonly out: PhraseMatch<T>[];
}

/** Follow the token at `pos` from `node`, by stem and by exact form. */
function step<T>(search: Search<T>, node: PhraseNode<T>, pos: number): void {
  const word = search.view[pos]!;
  const byStem = node.next.get(word.keyId);
  if (byStem) walk(search, byStem, pos + 1);
  const byForm = node.next.get(word.exactId);
  if (byForm) walk(search, byForm, pos + 1);
}

/** At `node`, having read up to `pos`: record its phrases, then continue with the next word or across a gap. */
function walk<T>(search: Search<T>, node: PhraseNode<T>, pos: number): void {
  const { view, start, to, out } = search;
  for (const { value, phrase } of node.values) out.push({ value, phrase, start, end: pos });
  // Most cue nodes end their phrase: no look-up of the next word where nothing continues.
  if (pos < to && node.next.size > 0) step(search, node, pos);
  const gap = node.gap;
  if (!gap) return;
  for (let skip = 0, at = pos; skip <= MAX_GAP && at < to; skip++, at++) {
    if (skip > 0 && !view[at - 1]!.word) break;
    step(search, gap, at);
  }
}
