import {
  ALL_QUOTE_MARKS,
  CLOCK_TIME,
  ENTRY_STAMP,
  charIndexWithin,
  type Doc,
  type Sentence,
  isSpace,
} from '../../text';
import {
  ARTICLES,
  AUXILIARIES,
  AS_FIXED_WORDS,
  BE_FORMS,
  CITING_VERBS,
  HABITUAL_INFINITIVE,
  BLOCKING_WORDS,
  CARRIED_OUT_INFINITIVE,
  CONTACT_INFINITIVE,
  BARE_CLAUSE,
  CUE_FORMS,
  NAMING_VERBS,
  QUANTITY_OPENERS,
  DIRECTIVE,
  THINKING_VERBS,
  CONCESSIVE_OPENERS,
  NO_RESPONSE_PHRASES,
  PARTICIPLE_CUES,
  type CueForm,
  DOCUMENT_NOUNS,
  GROUP_NOUNS,
  IRREGULAR_PASTS,
  ADJUNCT_PREPOSITIONS,
  CLAUSE_COORDINATORS,
  RELATIVE_ADVERBS,
  RELATIVE_PRONOUNS,
  SUBORDINATORS,
  RESUMPTIVE_NOUNS,
  TITLES,
  SUBJECT_PRONOUNS,
  FIRST_PERSON,
  SECOND_PERSON,
} from '../lexicon';
import type { MentionInfo, MentionSpan } from '../mentions';
import type { Region } from '../types';
import type { Word, WordList } from '../word-list';

/**
 * A reporting frame found in one sentence: a cue, its subject, and where its content lies.
 * `after` is content following the cue (`said that …`, `told the court: “…”`); `before` is
 * content preceding the attribution (`…, Hong said.`, `“…,” said Hong.`).
 */
/** What a frame's subject issued: see `Frame.issued`. */
export interface Issued {
  readonly noun: string;
  readonly act: boolean;
}

export interface Frame {
  readonly sentence: number;
  readonly cueStart: number;
  readonly cueEnd: number;
  readonly lemma: string;
  readonly subject: MentionSpan;
  readonly info: MentionInfo;
  readonly after: Region | null;
  readonly before: Region | null;
  /** Where the attribution (subject or inverted cue) begins: content before it ends at a comma or a closing mark. */
  readonly attributionStart: number;
  /** A speech act reported without its words (`issued a joint statement`). */
  readonly reported: boolean;
  /** A speech act with no content of its own (`released a statement.`): it names a speaker for later pronouns but gives no quote. */
  readonly wordless?: boolean;
  /**
   * The statement or similar the subject issued, by its noun's key (`statement`): a later `the
   * statement said` refers to it. `act` when the sentence reports the issuing itself (`issued its
   * response`), not only words taken from it (`said in a statement`). Null when none.
   */
  readonly issued: Issued | null;
  /** Content introduced by `that`, a colon or a quotation, rather than a bare clause. */
  readonly marked: boolean;
  /** The cue continues an earlier clause: an -ing participle (`…, with Tang saying: …`) or a verb after `and` (`… and said …`). */
  readonly joined: boolean;
  /** The cue shares the subject of the report before it through `and` or `, then` (`… and said …`). */
  readonly coordinated?: boolean;
  /** The attribution opens a clause of its own after a comma and a conjunction (`…, while Republicans say …`). */
  readonly newClause: boolean;
}

/** What a source frame's caller knows; the rest of a `Frame` is a marked, standalone report. */
export type SourceParts = Pick<
  Frame,
  'sentence' | 'cueStart' | 'cueEnd' | 'lemma' | 'subject' | 'info' | 'after' | 'before' | 'attributionStart'
>;

/**
 * A frame whose cue names its source outright (`according to X`, `In her view,`, a headline's
 * `Name:`): its content is marked, it reports words rather than a bare speech act, and it joins
 * no other report.
 */
export function sourceFrame(parts: SourceParts): Frame {
  return { ...parts, reported: false, issued: null, marked: true, joined: false, newClause: false };
}

/** A frame found at a cue, and the word after which the next cue is looked for. */
export interface FoundFrame {
  readonly frame: Frame;
  readonly resume: number;
}

/**
 * One sentence as every cue handler reads it: the document, its words, the sentence's word
 * range `[lo, hi)`, where its content ends (`end`, before the final punctuation), and which
 * words lie inside quotation marks. Built once per sentence that holds a possible cue.
 */
export interface SentenceScan {
  readonly doc: Doc;
  readonly words: WordList;
  readonly sentence: Sentence;
  readonly quoted: Int32Array;
  readonly lo: number;
  readonly hi: number;
  readonly end: number;
}

/**
 * The reported clause from word `at` to the sentence's content end, or null when `at` lies at or
 * past that end. A clause of its own before a colon and a quotation ends at the colon: the
 * quotation goes on with the speaker's own words (`said the plan would fail: “Nobody will pay.”`).
 */
export function regionOf(scan: SentenceScan, at: number | null): Region | null {
  const { words, hi, end } = scan;
  if (at === null || at >= hi || words.at(at)!.start >= end) return null;
  const region = reportedClause(scan.doc.text, words.at(at)!.start, end);
  let colonSeen = false;
  for (let t = at + 1; t < hi && words.at(t)!.start < region.end; t++) {
    // `told reporters the closure had “nothing to do with water”, rejecting suggestions that …`: a
    // participle cue after a closing quotation mark and its comma is the speaker's next act.
    if (
      isPunct(words.at(t), ',') &&
      t - 1 > at &&
      words.at(t - 1)!.isQuoteMark &&
      PARTICIPLE_CUES.has(words.at(t + 1)?.key ?? '')
    )
      return { start: region.start, end: words.at(t - 1)!.end };
    // `said the plan had failed, which it called “a betrayal”.`: a relative clause closing the
    // sentence whose naming verb reports a quotation of its own (a description of the clause
    // before) ends the report (not `said the plan, which critics called “a giveaway”, would pass`).
    if (isPunct(words.at(t), ',') && words.at(t + 1)?.key === 'which') {
      const naming = namingClauseAt(words, t + 1, hi);
      if (naming && (naming.close + 1 >= hi || isPunct(words.at(naming.close + 1), '.;!?')))
        return { start: region.start, end: words.at(t - 1)!.end };
    }
    if (colonSeen || !isPunct(words.at(t), ':')) continue;
    colonSeen = true;
    if (words.at(t + 1)?.isQuoteMark === true && clauseBefore(words, at, t))
      return { start: region.start, end: words.at(t - 1)!.end };
  }
  return region;
}

/** Most words of the subject of a relative naming clause (`what the ministry’s statement called`). */
const NAMING_SUBJECT_WORDS = 4;

/** A naming clause after a relative word: its subject's words, its naming verb and the quotation it names. */
export interface NamingClause {
  readonly subject: MentionSpan;
  readonly verb: number;
  readonly lemma: string;
  /** The quotation's opening and closing marks. */
  readonly open: number;
  readonly close: number;
}

/**
 * `what it called “…”`, `which she described as “…”`: after the relative word at `at`, a short
 * subject, a past or present naming verb and (past `as`) a quotation closed before `hi`; or null.
 */
export function namingClauseAt(words: WordList, at: number, hi: number): NamingClause | null {
  for (let t = at + 2; t <= at + 1 + NAMING_SUBJECT_WORDS; t++) {
    const w = words.at(t);
    if (!w?.isWord) return null;
    const naming = (CUE_FORMS.get(w.key) ?? []).find((f) => NAMING_VERBS.has(f.lemma) && !f.participle);
    if (!naming) continue;
    const open = words.at(t + 1)?.key === 'as' ? t + 2 : t + 1;
    if (words.at(open)?.isQuoteMark !== true) return null;
    for (let close = open + 1; close < hi; close++)
      if (words.at(close)!.isQuoteMark)
        return { subject: { from: at + 1, to: t }, verb: t, lemma: naming.lemma, open, close };
    return null;
  }
  return null;
}

/**
 * Words `[from, to)` open with a clause of their own: a few plain words, then an auxiliary or
 * modal (`such a format would let …`, `the plan will fail`), not a relative or comparative clause
 * inside an object or an adjunct (`in a statement that was released …`, `more simply than any
 * politician has managed`), a subordinate one (`put it when the report was launched`) or one
 * joined after the cue's object (`said it many times and I will say it again`).
 */
export function clauseBefore(words: WordList, from: number, to: number): boolean {
  for (let t = from; t < to && t - from < CLAUSE_SUBJECT_WORDS; t++) {
    const w = words.at(t)!;
    if (!w.isWord || w.key === 'than' || CLAUSE_OPENERS.some((set) => set.has(w.key))) return false;
    if (t === from && ADJUNCT_PREPOSITIONS.has(w.key)) return false;
    // (`say their leaders struck a deal …:` — a past verb shows the clause as well as an auxiliary.)
    if (t > from && (AUXILIARIES.has(w.key) || BE_FORMS.has(w.key) || pastVerbAt(words, t))) return true;
  }
  return false;
}

/** Words that open another clause before a subject's auxiliary. */
const CLAUSE_OPENERS = [RELATIVE_PRONOUNS, RELATIVE_ADVERBS, SUBORDINATORS, CLAUSE_COORDINATORS];

/** Most words of a clause's subject before its auxiliary (`such a format would`, `the new ferry timetable will`). */
const CLAUSE_SUBJECT_WORDS = 6;

/** Fewest words a reported clause holds. */
export const MIN_CONTENT_WORDS = 3;

/** A bare clause after a trailing attribution shorter than this is an adjunct (`…, he said on Monday`). */
export const SHORT_TAIL_WORDS = 6;

export function matchForm(
  words: WordList,
  i: number,
  hi: number,
  forms: readonly CueForm[] | undefined,
  quoted: Int32Array,
): CueForm | null {
  if (!forms) return null;
  for (const f of forms) {
    let ok = i + f.words.length <= hi;
    for (let k = 0; ok && k < f.words.length; k++) ok = words.at(i + k)!.key === f.words[k] && quoted[i + k]! < 0;
    if (ok) return f;
  }
  return null;
}

/**
 * Content end: the sentence end without its final punctuation. A comma or a space can end a
 * sentence only where an over-long run-on was cut at a clause mark; neither belongs to the content.
 */
export function contentEnd(doc: Doc, sentence: Sentence): number {
  let e = sentence.end;
  for (;;) {
    while (e > sentence.start && '.!?;:…, \t'.includes(doc.text[e - 1]!)) e--;
    // `… “not negotiate its rainfall”.[6]`, `…[citation needed]`: a reference work's note markers close no words.
    const note = NOTE_MARKER.exec(doc.text.slice(Math.max(sentence.start, e - NOTE_MARKER_MAX), e));
    if (!note || e - note[0].length <= sentence.start) return e;
    e -= note[0].length;
  }
}

/** A footnote or editorial marker at the end of a sentence (`[6]`, `[12][13]`, `[citation needed]`). */
const NOTE_MARKER = /\[(?:\d{1,3}|[a-z]|citation needed|clarification needed|who\?|when\?|according to whom\?)\]$/u;
const NOTE_MARKER_MAX = 30;

export const isPunct = (w: Word | undefined, chars: string): boolean =>
  w !== undefined && !w.isWord && !w.isQuoteMark && chars.includes(w.text);

/** Any quotation mark of src/text's table, as a regular-expression character class. */
const CLOSING_MARK = `[${ALL_QUOTE_MARKS.replace(/[\]\\^-]/g, '\\$&')}]`;

/**
 * `…, even though studies show …`: after a comma, one of the lexicon's concessive openers opens the
 * author's own concession; the comma may close a quotation first (`…,” though she conceded …`).
 */
const CONCESSION = new RegExp(`(,${CLOSING_MARK}?)\\s+(?:${[...CONCESSIVE_OPENERS].map(escaped).join('|')})\\b`, 'i');

/** A phrase as a pattern: its regular-expression characters escaped. */
function escaped(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `…, and the Treasury did not respond to requests for comment`, `…, but did not say whether …`,
 * `…, and the group, which owns the plant, did not reply …` (an aside between commas after the
 * party): after a comma and `and` or `but`, a party (or the subject itself) that gave no answer (the
 * lexicon's noResponsePhrases); the author's note, not
 * the report. The group holds the comma and the closing mark kept.
 */
const NO_RESPONSE_ALTERNATION = NO_RESPONSE_PHRASES.map(escaped).join('|');
const NO_RESPONSE = new RegExp(
  `(,${CLOSING_MARK}?)\\s+(?:and|but)\\s+(?:[^,;.]{1,60}?\\s|[^,;.]{1,60},[^,;.]{1,60},\\s)?(?:${NO_RESPONSE_ALTERNATION})\\b`,
  'i',
);

/** Any of the lexicon's noResponsePhrases (`had not replied`, `declined to comment`), anywhere. */
export const NO_RESPONSE_WORDS = new RegExp(`\\b(?:${NO_RESPONSE_ALTERNATION})\\b`, 'iu');

/**
 * `…,” a charge his team denied`, `…” – a charge she calls absurd`, `…, allegations the company
 * rejects`: after a comma or a dash, `a`/`an` and a noun that takes up what was said, or that noun in
 * the plural; or `a`/`an`, any noun and a pronoun naming it (`…”, a stock she called “…”`); the group
 * holds the comma and the closing mark kept.
 */
const RESUMPTIVE_ALTERNATION = [...RESUMPTIVE_NOUNS].join('|');
/** The pronouns that may name a resumed noun (`she`, `they`, `we`). */
const NAMING_PRONOUN_ALTERNATION = [...SUBJECT_PRONOUNS, ...FIRST_PERSON].join('|');
/** The past and present forms of the naming verbs (`called`, `describes`): `…, a stock she called “…”`. */
const NAMING_FORM_ALTERNATION = [...CUE_FORMS]
  .filter(([, forms]) => forms.some((f) => f.words.length === 1 && !f.participle && NAMING_VERBS.has(f.lemma)))
  .map(([key]) => key)
  .join('|');
/** Words after `as` that open no clause of its own subject (the lexicon's asFixedWords) or a pronoun's (`as it always had`). */
const AS_OPENERS_KEPT = [...AS_FIXED_WORDS, ...SUBJECT_PRONOUNS, ...FIRST_PERSON, ...SECOND_PERSON];

const RESUMPTION = new RegExp(
  `(,${CLOSING_MARK}?|${CLOSING_MARK}?\\s[–—])\\s+(?:an?\\s+(?:${RESUMPTIVE_ALTERNATION})|(?:${RESUMPTIVE_ALTERNATION})s|an?\\s+[\\p{Ll}-]+\\s+(?:${NAMING_PRONOUN_ALTERNATION})\\s+(?:${NAMING_FORM_ALTERNATION}))\\b`,
  'iu',
);

/**
 * `…, as Aldmark and Ostmere summoned its envoys`, `…, as a strike by dock workers entered its fifth
 * day`, `…, as the Minister announced this morning`: after a comma, `as` and a subject of its own
 * (no pronoun, no `if`/`far`/`soon`…), a few words without an auxiliary, then a past verb:
 * the author's account of what else happened, or of who else said so, not the report (`…, as the
 * law requires`, `…, as the first shots were heard`, `…, as it always had` stay in it). The group
 * holds the comma and the closing mark kept.
 */
const AS_EVENT = new RegExp(
  `(,${CLOSING_MARK}?)\\s+as\\s+(?!(?:${AS_OPENERS_KEPT.join('|')})\\b)(?:(?!(?:${[...AUXILIARIES].join('|')})\\b)[\\p{L}'’-]+\\s+){1,8}?(?:\\p{Ll}+ed|${[...IRREGULAR_PASTS].join('|')})\\b`,
  'iu',
);

/**
 * How many words at `k` open a noun phrase taking up what was said: 2 for `a charge`, 1 for
 * `allegations`, else 0.
 */
export function resumptiveOpening(words: WordList, k: number): number {
  const first = words.at(k)?.key ?? '';
  if ((first === 'a' || first === 'an') && RESUMPTIVE_NOUNS.has(words.at(k + 1)?.key ?? '')) return 2;
  return first.endsWith('s') && RESUMPTIVE_NOUNS.has(first.slice(0, -1)) ? 1 : 0;
}

/**
 * The reported clause from `start`: it stops at a semicolon (`accused the judge of lying; he has
 * denied …` is two reports) and before a concessive clause or a noun taking it up, else runs to
 * the sentence's end.
 */
function reportedClause(text: string, start: number, end: number): Region {
  let stop = charIndexWithin(text, ';', start, end);
  if (stop < 0) stop = end;
  for (const pattern of [CONCESSION, RESUMPTION, NO_RESPONSE, AS_EVENT]) {
    const found = pattern.exec(text.slice(start, stop));
    // A quotation the comma or the dash closes stays whole: its closing mark belongs to the report. Right after
    // the cue (`…, the ministry said, a claim the rebels denied`) the clause is empty: nothing follows the cue.
    if (found) stop = found.index > 0 ? start + found.index + closingKept(found[1]!) : start;
  }
  while (stop > start && isSpace(text.charCodeAt(stop - 1))) stop--;
  return { start, end: stop };
}

/** How many characters of a resumption's or a concession's opening the report keeps: a closing quotation mark and the comma before it. */
function closingKept(opening: string): number {
  if (opening.startsWith(',')) return opening.length > 1 ? 2 : 0;
  return opening.length > 0 && !/^\s/.test(opening) ? 1 : 0;
}

/** Most words from a naming verb's object to the `as` of its naming quotation (`dismissed a report on … as “…”`). */
export const NAMING_REACH = 24;

/** From word `t`, plain words up to `as`, an optional article, then a quotation mark (`… as a “debt trap”`). */
export function namingQuotationAfter(words: WordList, t: number, hi: number, quoted: Int32Array): boolean {
  for (let k = t; k < hi; k++) {
    const w = words.at(k)!;
    // `described the new building, which will be clad in terracotta, as “…”`: an aside may sit in the object.
    if (isPunct(w, ',') && k > t && quoted[k]! < 0) continue;
    if (!w.isWord || quoted[k]! >= 0) return false;
    if (w.key !== 'as') continue;
    const next = ARTICLES.has(words.at(k + 1)?.key ?? '') ? k + 2 : k + 1;
    return words.at(next)?.isQuoteMark === true;
  }
  return false;
}

/** Words that open an indirect question (`asked whether …`, `asked the ministry why …`). */
export const INDIRECT_QUESTION_WORDS: ReadonlySet<string> = new Set([
  'whether',
  'if',
  'how',
  'why',
  'what',
  'when',
  'where',
  'who',
  'which',
]);

/** An auxiliary, a be-form or a regular past among words `[from, to)`: a clause, not an adjunct. */
export function verbAmong(words: WordList, from: number, to: number): boolean {
  if (hasAuxiliary(words, from, to)) return true;
  for (let t = from; t < to; t++) if (isPastForm(words, t)) return true;
  return false;
}

/**
 * Words from `from` open a clause whose verb shows before `to` and before any clause embedded in
 * them (`that`, a relative or question word; see `opensEmbeddedClause`): an auxiliary or be-form, or a past after the first
 * word (`unqualified support` is a noun phrase; `a review of how the decision was made` is one too).
 */
export function clauseVerbFrom(words: WordList, from: number, to: number): boolean {
  let stop = from;
  while (stop < to && !opensEmbeddedClause(words.at(stop)!.key)) stop++;
  if (hasAuxiliary(words, from, stop) || verbAmong(words, from + 1, stop)) return true;
  // `that anyone who insults the President may be imprisoned`: past a relative clause on the subject's
  // head, an auxiliary after the relative clause's own verb is the clause's.
  // (Not after `that`, which as often opens a noun's own clause: `a guarantee that no grant will …`.)
  const relative = words.at(stop)?.key;
  if (!(stop > from && stop < to && (relative === 'who' || relative === 'which'))) return false;
  if (hasAuxiliary(words, stop + 2, to)) return true;
  // `that Mr Dunholt, who holds dual citizenship, owned a holiday home`: so is a past right after the
  // comma that closes a relative clause set between commas.
  if (!isPunct(words.at(stop - 1), ',')) return false;
  for (let t = stop + 1; t < to; t++) if (isPunct(words.at(t), ',')) return pastVerbAt(words, t + 1);
  return false;
}

/** `if`, `when` and `where` may open an adverbial clause before the verb (`that where a tie is found, the officer shall …`). */
function opensEmbeddedClause(key: string): boolean {
  return (
    key === 'that' ||
    RELATIVE_PRONOUNS.has(key) ||
    (INDIRECT_QUESTION_WORDS.has(key) && key !== 'if' && key !== 'when' && key !== 'where')
  );
}

/** A word in lower case (`the chief examiner`: a head after a listed title; `he expects`: a verb after a pronoun). */
export function isLowerWord(w: Word | undefined): boolean {
  return w !== undefined && w.isWord && !w.cap;
}

/** A verb opens at `t`: an auxiliary or be-form, or a past (`, was rigged`, `and have asked`). */
export function verbOpensAt(words: WordList, t: number): boolean {
  return hasAuxiliary(words, t, t + 1) || pastVerbAt(words, t);
}

export function hasAuxiliary(words: WordList, from: number, to: number): boolean {
  // (Never past the text's last word: a cut text may end right after a comma.)
  for (let k = from, end = Math.min(to, words.length); k < end; k++)
    if (AUXILIARIES.has(words.at(k)!.key) || BE_FORMS.has(words.at(k)!.key)) return true;
  return false;
}

/** Modals that make `like to`, `love to` a wish (`would like to say`), beside the blocking words. */
const WISH_MODALS = new Set(['would', "'d", '’d']);

/**
 * `used to say`, `likes to say`, `was forced to admit`: where the habit or constraint before a cue
 * at word `i` starts (the subject stands before it), or `i` when the cue has none. Before a
 * carried-out infinitive (`forced to`, `had to`) its auxiliaries belong to it; a modal or a negation
 * among them (`will be forced to admit`, `was not obliged to say`) leaves the act undone: `i`.
 */
export function habitStart(words: WordList, i: number, lo: number): number {
  if (i - 2 < lo || words.at(i - 1)!.key !== 'to') return i;
  const governor = words.at(i - 2)!.key;
  // `would like to say`, `would love to point out`: a modal makes the habit a wish, no report.
  // (`are at pains to say`: a two-word governor starts at its first word.)
  const habitPair = i - 3 >= lo && HABITUAL_INFINITIVE.has(`${words.at(i - 3)!.key} ${governor}`);
  if (HABITUAL_INFINITIVE.has(governor) || habitPair) {
    const first = habitPair ? i - 3 : i - 2;
    const before = first - 1 >= lo ? words.at(first - 1)!.key : '';
    return BLOCKING_WORDS.has(before) || WISH_MODALS.has(before) ? i : first;
  }
  // `went on to argue`: a two-word governor starts at its first word.
  const pair = i - 3 >= lo && CARRIED_OUT_INFINITIVE.has(`${words.at(i - 3)!.key} ${governor}`);
  if (!pair && !CARRIED_OUT_INFINITIVE.has(governor)) return contactStart(words, i, lo);
  let k = pair ? i - 3 : i - 2;
  for (; k - 1 >= lo; k--) {
    const w = words.at(k - 1)!;
    if (!w.isWord) break;
    if (BLOCKING_WORDS.has(w.key)) return i;
    if (!BE_FORMS.has(w.key) && !AUXILIARIES.has(w.key)) break;
  }
  return k;
}

/** Most words between a contact verb and the `to` of its purpose (`rang the letters desk to say`, `wrote to the Command’s liaison office the same afternoon to say`). */
const CONTACT_WORDS = 9;

/**
 * `emailed to say that …`, `rang the letters desk to say …`, `has been in touch to say …`: the
 * purpose of getting in touch is a report; it starts at the contact verb (its subject stands
 * before it), or `i` when none stands within a few words before `to`.
 */
function contactStart(words: WordList, i: number, lo: number): number {
  // Only words are reported so: not a question (`wrote to ask whether …`) nor an agreement (`called to agree …`).
  const saying = (CUE_FORMS.get(words.at(i)?.key ?? '') ?? []).some(
    (f) => f.base && BARE_CLAUSE.has(f.lemma) && !DIRECTIVE.has(f.lemma) && !THINKING_VERBS.has(f.lemma),
  );
  if (!saying) return i;
  for (let k = i - 2; k >= lo && i - 1 - k <= CONTACT_WORDS; k--) {
    const w = words.at(k)!;
    if (!w.isWord) return i;
    // `has been in touch to say`: a phrase of two words starts at its first.
    const start = CONTACT_INFINITIVE.has(w.key)
      ? k
      : k > lo && CONTACT_INFINITIVE.has(`${words.at(k - 1)!.key} ${w.key}`)
        ? k - 1
        : -1;
    if (start >= 0) return BLOCKING_WORDS.has(words.at(start - 1)?.key ?? '') ? i : start;
  }
  return i;
}

/** Word `k` looks like a lower-case past form (`drafted`, `agreed`): a clause's verb, without a tagger. */
export function isPastForm(words: WordList, k: number): boolean {
  const w = words.at(k);
  return w !== undefined && w.isWord && !w.cap && w.key.length > 3 && w.key.endsWith('ed');
}

/** A verb in the simple past at `k`, regular (`climbed`) or irregular (`fell`), written in lower case. */
export function pastVerbAt(words: WordList, k: number): boolean {
  const w = words.at(k);
  return w !== undefined && (isPastForm(words, k) || (w.isWord && !w.cap && IRREGULAR_PASTS.has(w.key)));
}

export function isNounHomograph(key: string): boolean {
  return GROUP_NOUNS.has(key) || isDocumentNoun(key);
}

/** `key` or, for a plural in `-s`, its singular is in `nouns` (`memo`, `notes`). */
export function singularOrPluralOf(nouns: ReadonlySet<string>, key: string): boolean {
  return nouns.has(key) || (key.endsWith('s') && nouns.has(key.slice(0, -1)));
}

/** A document noun, singular or plural (`memo`, `notes`). */
export function isDocumentNoun(key: string): boolean {
  return singularOrPluralOf(DOCUMENT_NOUNS, key);
}

/** The words from `at` are the phrase `keys` (word keys, as the lexicon lists phrases). */
export function phraseAt(words: WordList, at: number, keys: readonly string[]): boolean {
  return keys.every((key, n) => words.at(at + n)?.key === key);
}

/** How many words the figure-opening phrase at `k` has (`at least`, `as many as`: lexicon `quantityOpeners`), or 0. */
export function quantityOpenerLength(words: WordList, k: number): number {
  return QUANTITY_OPENERS.find((keys) => phraseAt(words, k, keys))?.length ?? 0;
}

/** The quotation opening with the mark at `open`: its closing mark and the text of its words, or null when it does not close before `hi`. */
export function quotationAt(words: WordList, open: number, hi: number): { close: number; text: string } | null {
  const texts: string[] = [];
  for (let t = open + 1; t < hi; t++) {
    if (words.at(t)!.isQuoteMark) return { close: t, text: texts.join(' ') };
    texts.push(words.at(t)!.text);
  }
  return null;
}

export function subjectIsFree(span: MentionSpan, quoted: Int32Array): boolean {
  for (let k = span.from; k < span.to; k++) if (quoted[k]! >= 0) return false;
  return true;
}

/**
 * Most words from a citing verb to the `as` of its participle (`quoted on state television last
 * night as`, `quoted the Director-General of the National Parks Authority, Dr Ana Vell, as`).
 */
export const CITATION_WORDS = 20;

/**
 * The citing verb (`quoted`, `cited`, speaker-nouns.json 'citingVerbs') before the `as` of the
 * participle cue at `i` (`quoted … as saying`), within a few words of plain text; or -1. With
 * `bare`, the participle may follow without `as` (`was quoted in the release saying`).
 */
export function citingVerbBefore(words: WordList, lo: number, i: number, bare = false): number {
  const as = words.at(i - 1)?.key === 'as';
  if (i - 2 <= lo) return -1;
  if (!as) return bare ? bareCitingVerbBefore(words, lo, i) : -1;
  for (let q = i - 2; q > lo && i - q <= CITATION_WORDS; q--) {
    const w = words.at(q)!;
    // `quoted Vesna Korlan, a former minister, as saying`: an aside's commas may stand between.
    if (!w.isWord && w.text !== ',') return -1;
    if (CITING_VERBS.has(w.key)) return q;
  }
  return -1;
}

/** Most words of the adjunct between a citing verb and a participle without `as` (`in the release`). */
const BARE_CITATION_WORDS = 5;

/** `quoted in the release saying`: the citing verb, then an adjunct its preposition opens (no comma), then the participle at `i`. */
function bareCitingVerbBefore(words: WordList, lo: number, i: number): number {
  for (let q = i - 1; q > lo && i - q <= BARE_CITATION_WORDS + 1; q--) {
    if (!words.at(q)!.isWord) return -1;
    if (CITING_VERBS.has(words.at(q)!.key)) return q + 1 < i && ADJUNCT_PREPOSITIONS.has(words.at(q + 1)!.key) ? q : -1;
  }
  return -1;
}

/**
 * `3.3 A parent read …`, `12 The Chair said …`: the number of a minutes' item before its first
 * word, a section number (with a point) or a count no article follows, is no part of the sentence's words.
 */
export function pastItemNumber(text: string, words: WordList, lo: number, hi: number): number {
  if (lo >= hi) return lo;
  const number = words.at(lo)!;
  // `c. Ms Ana Kresnik, whose …, said`, `b) The mayor said`: a lettered item is marked by its dot or bracket.
  const lettered = /^[a-z]$/.test(number.text) && (words.at(lo + 1)?.text === '.' || words.at(lo + 1)?.text === ')');
  // `A3.3 According to …`, `A4.4 He notes …`: an annex's paragraph number carries its letter (read as
  // `A3`, `.`, `3`).
  if (/^[A-Z]\d+$/.test(number.text)) {
    let at = lo + 1;
    while (words.at(at)?.text === '.' && /^\d+$/.test(words.at(at + 1)?.text ?? '')) at += 2;
    return at > lo + 1 && at < hi && words.at(at)!.isWord && words.at(at)!.cap ? at : lo;
  }
  if (CLOCK_TIME.test(number.text)) return pastEntryStamp(text, words, lo, hi);
  if (!lettered && !/^\d+(?:\.\d+)*\.?$/.test(number.text)) return lo;
  // `3. The driver of Car 7 stated …`: a numbered paragraph's full stop is a token of its own.
  const dotted = words.at(lo + 1)?.text === '.' || (lettered && words.at(lo + 1)?.text === ')');
  const at = dotted ? lo + 2 : lo + 1;
  const next = words.at(at);
  if (at >= hi || !next?.isWord || !next.cap) return lo;
  return dotted || number.text.includes('.') || ARTICLES.has(next.key) || TITLES.has(next.key) ? at : lo;
}

/**
 * `13:30 Councillor Ada Voss has told …`, `2.34pm GMT – The mayor said …`: a live page's entry
 * opens with its stamp (src/text's ENTRY_STAMP, which the splitter's item numbers read too); the
 * entry's words start at the first token past it.
 */
function pastEntryStamp(text: string, words: WordList, lo: number, hi: number): number {
  const start = words.at(lo)!.start;
  const stamp = ENTRY_STAMP.exec(text.slice(start, start + ENTRY_STAMP_CHARS));
  if (!stamp) return lo;
  let at = lo + 1;
  while (at < hi && words.at(at)!.start < start + stamp[0].length) at++;
  return at < hi ? at : lo;
}

/** Longest entry stamp read (`10:00 pm EDT: `). */
const ENTRY_STAMP_CHARS = 24;

/** Most tokens of a wire dateline before its dash. */
const DATELINE_TOKENS = 16;

/**
 * The first word after a wire dateline opening the sentence (`MARRA, Estrela, June 11 (Norpress)
 * — An Estrelan guard …`): capitalised words, figures, commas, dots and parentheses up to a dash.
 * The place and date are the agency's, not the speaker's words.
 */
export function pastDateline(words: WordList, lo: number, hi: number): number {
  for (let t = lo; t < hi && t - lo <= DATELINE_TOKENS; t++) {
    const w = words.at(t)!;
    if (isPunct(w, '—–-')) return t > lo && t + 1 < hi ? t + 1 : lo;
    // (`VELMORA/SARNOW, March 12 (Wire) -`: a slash joins two places.)
    if (w.isWord ? !w.cap && !/^\d/.test(w.key) : !isPunct(w, ',.()/')) return lo;
  }
  return lo;
}

/** Relative words a reporting clause may interrupt (`where, it says, …`, `which, he said, …`). */
export const INTERRUPTED_RELATIVES = new Set(['where', 'which', 'who', 'when']);

/**
 * Where the last clause opened by a comma, a semicolon or a dash and a coordinator (`, and`, `, but`,
 * `— and the ministry does, pointing out …`) before `end` starts, or `lo`.
 */
export function clauseAfterCoordinator(words: WordList, lo: number, end: number): number {
  for (let t = end - 1; t > lo; t--) {
    if (!isPunct(words.at(t), ',;—–')) continue;
    return CLAUSE_COORDINATORS.has(words.at(t + 1)?.key ?? '') ? t + 2 : lo;
  }
  return lo;
}
