import { formMemo, type Token, type TokenForm } from '../text';
import { lexicon, type CompiledLexicon, type Cue } from './lexicon/compile';
import type { PhraseNode, TrieWord } from './phrase-trie';
import { exactKey, keyId, lexiconForm, TextCache, wordKey } from '../text';

/** Bit flags of what the lexicons say about a word, so the sentence pass needs one look-up per token. */
export const WORD = 1;
export const NEGATOR = 1 << 1;
export const AUXILIARY = 1 << 2;
export const REPORT_VERB = 1 << 3;
export const OWN_PRONOUN = 1 << 4;
export const OTHER_PRONOUN = 1 << 5;
export const DISCOURSE = 1 << 6;
export const FRONTED = 1 << 7;
export const CONDITIONAL = 1 << 8;
export const OBLIGATION = 1 << 9;
export const RELATIVE = 1 << 10;
export const TIME = 1 << 11;
export const CALENDAR = 1 << 12;
export const CLAUSE_BREAKER = 1 << 13;
export const CONTRAST = 1 << 14;
export const FUTURE = 1 << 15;
export const IMPERATIVE = 1 << 16;
export const CUE = 1 << 17;
export const NUMBER = 1 << 18;
export const PARTICIPLE = 1 << 19;
export const CAPITALIZED = 1 << 20;
/** Punctuation that ends a clause for negation scope. */
export const CLAUSE_PUNCT = 1 << 21;
export const CLOSING = 1 << 22;
export const SCHEDULED = 1 << 23;
export const PRESENT_VERB = 1 << 24;
export const PAST_VERB = 1 << 25;
/** A pronoun with a future clitic (`we'll`): subject and future in one token. */
export const FUTURE_CLITIC = 1 << 26;
export const PAST_BEFORE_FUTURE = 1 << 27;
export const IMPERATIVE_EXCEPTION = 1 << 28;
/** A past tense or participle: an `-ed` form or a listed irregular one. */
export const ED_FORM = 1 << 29;
export const DETERMINER = 1 << 30;

export interface WordInfo extends TrieWord {
  readonly norm: string;
  /** `norm` as the lexicons store it (see `lexiconForm`), computed once per spelling. */
  readonly normalized: string;
  /** Stem key (see `wordKey`). */
  readonly key: string;
  readonly flags: number;
  /** The model's word feature (`w:<stem>`). */
  readonly feature: string;
  /** Cue phrases (and cues that count only when negated) starting with this word. */
  readonly cueStarts: readonly PhraseNode<Cue>[];
  readonly negatedCueStarts: readonly PhraseNode<Cue>[];
  /** Starts a phrase of counter.json's lists. */
  readonly criticStart: boolean;
  readonly ownRecordStart: boolean;
  /** A word of criticism (counter.json 'criticWords'): a capitalised name next to it is a critic. */
  readonly criticWord: boolean;
}

const NONE: readonly PhraseNode<Cue>[] = [];

const CONTRAST_WORDS = new Set(['but', 'while', 'whereas', 'yet', 'however']);
const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '—', '–', '(', ')', '-']);
const CLOSING_MARKS = new Set(['"', '”', '’', "'", ')', ']', '»']);

// A norm is shared by the capitalised and lower-case forms of a word; the CAPITALIZED flag is not.
const MAX_CACHED = 50_000;
const lowerWords = new TextCache<WordInfo>(MAX_CACHED);
const capitalizedWords = new TextCache<WordInfo>(MAX_CACHED);
const marks = new TextCache<WordInfo>(MAX_CACHED);

/** What the lexicons say about a token, cached per distinct form. */
export function wordInfo(token: Pick<Token, 'kind' | 'text' | 'norm'>): WordInfo {
  if (token.kind !== 'word' && token.kind !== 'number')
    return marks.get(token.text) ?? marks.add(token.text, describeMark);
  const capitalized = isUpper(token.text.charCodeAt(0));
  const cache = capitalized ? capitalizedWords : lowerWords;
  return (
    cache.get(token.norm) ??
    cache.add(token.norm, (norm) => describeWord(lexicon(), norm, token.kind === 'number', capitalized))
  );
}

/**
 * `wordInfo` of a parsed token's shared form, kept on the form: a spelling met before costs one
 * array read instead of two `Map` look-ups through the token's getters.
 */
const WORD_INFOS = formMemo<WordInfo>();

export function wordInfoOfForm(form: TokenForm): WordInfo {
  let info = WORD_INFOS.get(form);
  if (info === undefined) {
    info = wordInfo(form);
    WORD_INFOS.set(form, info);
  }
  return info;
}

function describeMark(text: string): WordInfo {
  const flags = (CLAUSE_PUNCTUATION.has(text) ? CLAUSE_PUNCT : 0) | (CLOSING_MARKS.has(text) ? CLOSING : 0);
  const id = keyId(text);
  return {
    norm: text,
    normalized: lexiconForm(text),
    key: text,
    keyId: id,
    exactId: id,
    word: false,
    flags,
    feature: '',
    cueStarts: NONE,
    negatedCueStarts: NONE,
    criticStart: false,
    ownRecordStart: false,
    criticWord: false,
  };
}

function describeWord(lex: CompiledLexicon, norm: string, isNumber: boolean, capitalized: boolean): WordInfo {
  const key = wordKey(norm);
  const exact = exactKey(norm);
  const partial = { keyId: keyId(key), exactId: keyId(exact), word: true };
  const form = exact.slice(1);
  let flags = WORD;
  const set = (flag: number, on: boolean) => {
    if (on) flags |= flag;
  };
  set(NUMBER, isNumber);
  set(CAPITALIZED, capitalized);
  set(NEGATOR, lex.negators.has(form) || lex.negatorSuffixes.some((suffix) => form.endsWith(suffix)));
  set(AUXILIARY, lex.auxiliaries.has(form));
  set(REPORT_VERB, lex.reportVerbs.has(form));
  set(OWN_PRONOUN, lex.ownPronouns.has(form));
  set(OTHER_PRONOUN, lex.otherPronouns.has(form));
  set(DISCOURSE, lex.discourseMarkers.has(form));
  set(FRONTED, lex.fronted.has(form));
  set(CONDITIONAL, lex.conditional.has(form));
  set(OBLIGATION, lex.obligation.has(form));
  set(RELATIVE, lex.relative.has(form));
  set(TIME, lex.timeWords.has(form));
  set(CALENDAR, lex.calendarWords.has(form));
  set(CLAUSE_BREAKER, lex.clauseBreakers.has(form));
  set(CONTRAST, CONTRAST_WORDS.has(form));
  set(FUTURE, lex.future.starts(partial).length > 0);
  set(IMPERATIVE, lex.imperatives.has(form));
  const cueStarts = lex.cues.starts(partial);
  const negatedCueStarts = lex.negatedCues.starts(partial);
  set(CUE, cueStarts.length > 0 || negatedCueStarts.length > 0);
  set(PARTICIPLE, form.length > 5 && form.endsWith('ing'));
  set(SCHEDULED, lex.scheduled.has(form));
  set(PRESENT_VERB, lex.presentVerbs.has(form));
  set(PAST_VERB, lex.pastVerbs.has(form));
  set(
    FUTURE_CLITIC,
    lex.futureSuffixes.some((suffix) => form.length > suffix.length && form.endsWith(suffix)),
  );
  set(PAST_BEFORE_FUTURE, lex.pastBeforeFuture.has(form));
  set(IMPERATIVE_EXCEPTION, lex.imperativeExceptions.has(form));
  set(DETERMINER, lex.determiners.has(form));
  set(ED_FORM, (form.length > 4 && form.endsWith('ed')) || lex.irregularParticiples.has(form));
  return {
    norm,
    normalized: form,
    key,
    ...partial,
    flags,
    feature: isNumber ? 'w:#' : `w:${key}`,
    cueStarts: cueStarts.length > 0 ? cueStarts : NONE,
    negatedCueStarts: negatedCueStarts.length > 0 ? negatedCueStarts : NONE,
    criticStart: lex.criticReference.starts(partial).length > 0,
    ownRecordStart: lex.ownRecord.starts(partial).length > 0,
    criticWord: lex.criticWords.has(form),
  };
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}
