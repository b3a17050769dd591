import { keyId, TextCache, tokenizeRange, wordKey, type Token } from '../text';
import { lexicon } from './lexicon/compile';
import type { PhraseMatch } from './phrase-trie';
import type { WordInfo } from './word-info';
import { wordInfo } from './word-info';

/**
 * The words by which a voice names its own side: its name, its aliases, extra names a user gives,
 * and the words its role implies (`Chinese Foreign Ministry spokesperson` → `China`, `Beijing`),
 * each phrase as the stem-key ids of its words. A subject matching one is the speaker's own side.
 *
 * Built for every voice of every document, and a corpus brings new voices with every document:
 * what a name or a role gives is kept per string (`TextCache`), so a voice costs a few look-ups
 * and no trie is built for it.
 */
export type OwnSide = readonly (readonly number[])[];

const MAX_CACHED = 20_000;
/** A name or alias → its words' norms as one lexicon phrase (`Hong Lei` → `hong lei`). */
const namePhrases = new TextCache<string>(MAX_CACHED);
/** A name or role → the own-side words its role words imply (sides.json 'ownRoleWords'). */
const roleWords = new TextCache<readonly string[]>(MAX_CACHED);
/** A lexicon phrase → its words' stem-key ids, as `WordInfo.keyId` holds them. */
const phraseKeys = new TextCache<readonly number[]>(MAX_CACHED);

const NO_WORDS: readonly string[] = [];

/** The own side of a voice with these names (and aliases), role and extra names; null when it has none. */
export function ownSideOf(
  names: readonly string[],
  role: string | null,
  extra: readonly string[] | undefined,
): OwnSide | null {
  const phrases = new Set<string>();
  for (const name of names) addPhrase(phrases, namePhrases.get(name) ?? namePhrases.add(name, phraseOfText));
  for (const name of extra ?? NO_WORDS)
    addPhrase(phrases, namePhrases.get(name) ?? namePhrases.add(name, phraseOfText));
  for (const description of role ? [...names, role] : names)
    for (const word of roleWords.get(description) ?? roleWords.add(description, impliedWords)) phrases.add(word);
  if (phrases.size === 0) return null;
  return [...phrases].sort().map((phrase) => phraseKeys.get(phrase) ?? phraseKeys.add(phrase, keysOfPhrase));
}

/** Some phrase of `side` lies wholly within `words[from, to)`. */
export function ownSideWithin(side: OwnSide, words: readonly WordInfo[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const id = words[i]!.keyId;
    for (const phrase of side) {
      if (phrase[0] !== id || i + phrase.length > to) continue;
      let k = 1;
      while (k < phrase.length && words[i + k]!.keyId === phrase[k]) k++;
      if (k === phrase.length) return true;
    }
  }
  return false;
}

function addPhrase(phrases: Set<string>, phrase: string): void {
  if (phrase.length > 0) phrases.add(phrase);
}

function wordTokens(text: string): Token[] {
  const tokens: Token[] = [];
  tokenizeRange(text, 0, text.length, 0, tokens);
  return tokens.filter((t) => t.kind === 'word' || t.kind === 'number');
}

/** A name as a lexicon phrase: its words' norms, so `Hong Lei` matches `Hong Lei` in text. */
function phraseOfText(text: string): string {
  return wordTokens(text)
    .map((t) => t.norm)
    .join(' ');
}

function impliedWords(description: string): readonly string[] {
  const view = wordTokens(description).map(wordInfo);
  const matches: PhraseMatch<readonly string[]>[] = [];
  lexicon().ownRoleWords.matchAll(view, 0, view.length, matches);
  return matches.length === 0 ? NO_WORDS : matches.flatMap((m) => m.value);
}

/** As `PhraseTrie.add` keys a phrase without gaps or exact forms: each word's stem key. */
function keysOfPhrase(phrase: string): readonly number[] {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => keyId(wordKey(word)));
}
