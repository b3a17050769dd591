import { lineBreakBetween } from '../../text';
import {
  ADJUNCT_PREPOSITIONS,
  APPROXIMATORS,
  ARTICLES,
  LABELLING_PARTICIPLES,
  NAME_NOUNS,
  AUXILIARIES,
  BARE_CLAUSE,
  THING_CUES,
  CLAUSE_COORDINATORS,
  COORDINATORS,
  PARENTHETICAL_OPENERS,
  LISTENER_OBJECT,
  BE_FORMS,
  type CueForm,
  CUE_FORMS,
  FIRST_PERSON,
  GROUP_NOUNS,
  IRREGULAR_PARTICIPLES,
  IRREGULAR_PASTS,
  PRONOUNS,
  MENTION_OPENERS,
  MENTION_PREPOSITIONS,
  NAMING_VERBS,
  PERCEPTION_VERBS,
  NEGATIVE_SUBJECTS,
  isFigure,
  POSSESSIVE_PRONOUNS,
  OBJECT_PREPOSITIONS,
  LOCATIVE_PREPOSITIONS,
  PLACE_ADVERBS,
  PARTICIPLE_CUES,
  PARTICIPLE_LEADS,
  PAST_MODALS,
  RELATIVE_PRONOUNS,
  RELATIVE_TIME_ENDS,
  SPEECH_NOUNS,
  SUBJECT_SKIP,
  SUBORDINATORS,
  TITLES,
  RELATIVE_ADVERBS,
  COUNTING_SUBJECTS,
  TOPIC_PREPOSITIONS,
} from '../lexicon';
import {
  abbreviationDot,
  type MentionInfo,
  type MentionSpan,
  describeMentionOnce,
  isMannerAdverb,
  mentionAfter,
  mentionBefore,
  partitiveAfter,
  postmodifierOfNoun,
  participleBeforeAgent,
} from '../mentions';
import type { Word, WordList } from '../word-list';
import {
  type Frame,
  type SentenceScan,
  INDIRECT_QUESTION_WORDS,
  citingVerbBefore,
  clauseAfterCoordinator,
  habitStart,
  hasAuxiliary,
  isPastForm,
  isLowerWord,
  isPunct,
  pastDateline,
  pastVerbAt,
  subjectIsFree,
  resumptiveOpening,
} from './frame';
import { namingQuotationWithin, pastTimeAdjunct } from './content-after';
import { isShortTitle, UNNAMED_PARTY_KINDS } from './headline';
import {
  SEQUENCE_ADVERBS,
  clauseSubject,
  endsNounPhrase,
  describedMention,
  invertedApposition,
  openingNounPhrase,
  pastAdjunct,
  qualifiedGroup,
  shareWordsBefore,
  relativeSubject,
  subjectBeforeCommaRelative,
  subjectBeforeContactClause,
  pluralCount,
  singularSubject,
  subjectBeforeRelative,
  isOpeningAdjunct,
  pastOpeningAdjuncts,
  modifiedSubject,
  pluralNoun,
  plainNounPhrase,
  nounPhraseWord,
  postmodifyingParticiple,
} from './subjects';

/**
 * How a verb cue's subject was found: `before` the cue (`Hong said`), `borrowed` from the
 * report before (`…, adding that`), `coordinated` with it (`… and said`), or `inverted` after
 * the cue (`…, said Hong`).
 */
type SubjectSource = 'before' | 'borrowed' | 'coordinated' | 'inverted';

interface FoundSubject {
  readonly subject: MentionSpan;
  /** The description carried over from the report the subject is shared with. */
  readonly info: MentionInfo | null;
  readonly source: SubjectSource;
  /** Shared with a verb before it in a relative clause (`…, which has … and insists …`). */
  readonly relative?: boolean;
}

/** Who speaks at a verb cue, and where the attribution starts (a word index). */
export interface CueSubject {
  readonly subject: MentionSpan;
  readonly info: MentionInfo;
  readonly source: SubjectSource;
  /** The cue opens a relative clause (`the ministry, which said …`). */
  readonly relative: boolean;
  readonly attributionStart: number;
}

/** Most words of a document's defined label in quotation marks (`(“Regional Manager E”)`). */
const DEFINED_LABEL_WORDS = 4;

/**
 * `the Bank’s then Head of Savings (“Senior Manager A”) wrote`, `a retired teacher aged 78
 * (“Customer C”), told`: a capitalised label in quotation marks and parentheses right before the
 * cue (past a comma) is the name a document defines for the speaker; the attribution starts at the
 * noun phrase it labels. Null otherwise.
 */
function definedLabelBefore(scan: SentenceScan, i: number): CueSubject | null {
  const { doc, words, lo } = scan;
  let close = i - 1;
  if (isPunct(words.at(close), ',')) close--;
  if (close - 3 < lo || !isPunct(words.at(close), ')') || !words.at(close - 1)!.isQuoteMark) return null;
  let open = close - 2;
  while (open > lo && close - open <= DEFINED_LABEL_WORDS + 2 && !words.at(open)!.isQuoteMark) open--;
  if (!words.at(open)?.isQuoteMark || !isPunct(words.at(open - 1), '(') || open + 1 >= close - 1) return null;
  for (let t = open + 1; t < close - 1; t++)
    if (!words.at(t)!.isWord || !(words.at(t)!.cap || /^\d+$/.test(words.at(t)!.key))) return null;
  const subject = { from: open + 1, to: close - 1 };
  const labelled = mentionBefore(words, open - 1, lo, true);
  return {
    subject,
    info: describeMentionOnce(doc.text, words, subject),
    source: 'before',
    relative: false,
    attributionStart: labelled && labelled.to === open - 1 ? labelled.from : open - 1,
  };
}

/** Most words of a work's title in an aside, and of the words before it back to the aside's comma. */
const TITLE_ASIDE_WORDS = 8;

/**
 * `Felix Oduya, author of “Gravel, Glass, Gasoline,” said …`: an aside that closes on a work's
 * title, its comma set inside the closing mark, right before the cue; the name before the aside
 * speaks. Null otherwise.
 */
function workTitleAsideBefore(scan: SentenceScan, i: number): CueSubject | null {
  const { doc, words, lo } = scan;
  const close = i - 1;
  if (close - 2 <= lo || !words.at(close)!.isQuoteMark || !isPunct(words.at(close - 1), ',')) return null;
  let open = close - 2;
  while (open > lo && close - open <= TITLE_ASIDE_WORDS + 2 && !words.at(open)!.isQuoteMark) open--;
  if (
    !words.at(open)?.isQuoteMark ||
    !isShortTitle(doc.text.slice(words.at(open + 1)!.start, words.at(close - 2)!.end))
  )
    return null;
  let comma = open - 1;
  while (comma > lo && open - comma <= TITLE_ASIDE_WORDS && words.at(comma)!.isWord && !words.at(comma)!.cap) comma--;
  if (!isPunct(words.at(comma), ',') || comma === open - 1) return null;
  const subject = mentionBefore(words, comma, lo, false);
  if (!subject || subject.to !== comma) return null;
  const info = describeMentionOnce(doc.text, words, subject);
  if (info.kind !== 'name') return null;
  return { subject, info, source: 'before', relative: false, attributionStart: subject.from };
}

/**
 * Determiners that only ever open a noun phrase (unlike `another` or `several`, which may stand
 * alone as a subject): a cue's spelling after one is a noun (`the report`, `whose notes`, `their
 * claims`). `her` is left out, being an object pronoun too (`heard her say that …`).
 */
const NOUN_ARTICLES: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'whose',
  'his',
  'its',
  'their',
  'our',
  'my',
  'your',
]);

/** After a spelling both lemma and past, what shows the verb: punctuation, the sentence's end or `that`. */
function verbAfterPastSpelling(words: WordList, j: number): boolean {
  const next = words.at(j);
  return next === undefined || !next.isWord || next.key === 'that';
}

/**
 * `The government's made clear that …`, `Labor’s said that …`: an `’s` right before a past cue that
 * hands over a clause with `that` or a colon contracts `has`, not a possessive (`the country's
 * reported cases`, `Velgrad’s threatened “mirror response”`).
 */
function contractedHas(words: WordList, subjectEnd: number, i: number, form: CueForm): boolean {
  if (subjectEnd !== i || !form.past || !/['’]s$/iu.test(words.at(i - 1)!.text)) return false;
  const after = words.at(i + form.words.length);
  return after !== undefined && (after.key === 'that' || isPunct(after, ':'));
}

/** The words before `subjectEnd` end in an owner's possessive, not a contracted `has`: no subject of the cue at `i`. */
function ownerOnly(words: WordList, subjectEnd: number, i: number, form: CueForm): boolean {
  return words.at(subjectEnd - 1)!.possessive && !contractedHas(words, subjectEnd, i, form);
}

/**
 * The speaker of the verb cue at `i`: the subject before it, else (for a participle) the subject
 * it borrows or the subject of `quoted as saying`, else (for a finite cue) the subject it
 * shares through `and` or the inverted subject after it. Then a singular subject before a
 * plural-looking cue is refused (`a state lawmaker` is a noun phrase), and a role in
 * apposition gives way to the name before it.
 */
export function findCueSubject(
  scan: SentenceScan,
  i: number,
  form: CueForm,
  previous: Frame | undefined,
): CueSubject | null {
  const { doc, words, quoted } = scan;
  // `wrote in a note that …`, `the report said`, `whose notes`: a cue's spelling right after a determiner is a noun;
  // so is one after a name's possessive (`Saelen Water’s projects director`).
  if (!form.participle && i > scan.lo && NOUN_ARTICLES.has(words.at(i - 1)!.key) && !words.at(i - 1)!.cap) return null;
  if (!form.participle && i > scan.lo && words.at(i - 1)!.cap && ownerOnly(words, i, i, form)) return null;
  // `the earliest confirmed patient`, `the first reported case`: after an article and a superlative or an ordinal, a past form is an adjective.
  if (form.past && i - 1 > scan.lo && rankingWord(words.at(i - 1)!) && NOUN_ARTICLES.has(words.at(i - 2)!.key))
    return null;
  // `a retired teacher aged 78 (“Customer C”), told …`: the document's defined label speaks.
  const defined = form.participle ? null : (definedLabelBefore(scan, i) ?? workTitleAsideBefore(scan, i));
  if (defined) return defined;
  const conjunction = conjunctionBefore(scan, i);
  // `The minister, Gerrit Lanholm, has been telling colleagues …`: after a be-form a participle is
  // the clause's own verb, and its subject is found as a finite cue's.
  const progressive = form.participle && i - 1 > scan.lo && BE_FORMS.has(words.at(i - 1)!.key);
  const before = subjectInClause(
    scan,
    habitStart(words, i, scan.lo),
    progressive ? { ...form, participle: false } : form,
  );
  // `raised the advice to red and urged …`: a span that ends with its coordinator is the clause before
  // the cue, not its subject; the cue shares that clause's subject.
  // `The submission states that … and warns …`: nor is a span that ends with the cue of the sentence's
  // frame before (`states` read as a plural noun) whose report the cue stands in; the cue shares its subject instead.
  const beforeSubject =
    before.subject &&
    !CLAUSE_COORDINATORS.has(words.at(before.subject.to - 1)!.key) &&
    !(previous && endsWithCueOf(words, before.subject, previous) && withinReport(previous, words.at(i)!.start))
      ? before.subject
      : null;
  // `X was quoted in the release saying`: the passive's subject, not the adjunct's noun before the participle.
  const remarks = form.participle ? (remarksSubject(scan, i) ?? quotedAsSubject(scan, i)) : null;
  // `It has written to the Directorate asking that …`: the lead verb's object is no subject of the participle.
  // (`Sullivan was on television yesterday saying …`: nor is the object of `was on`.)
  const lead = form.participle && beforeSubject !== null ? leadVerbBefore(words, scan.lo, i) : -1;
  const leadObject = beforeSubject !== null && lead >= 0 && lead < beforeSubject.from;
  const found: FoundSubject | null = remarks
    ? remarks
    : beforeSubject && !leadObject
      ? { subject: beforeSubject, info: null, source: 'before' }
      : form.participle
        ? participleSubject(scan, i, form, previous)
        : (coordinatedSubject(scan, i, conjunction, previous, form) ?? invertedSubject(scan, i, form));
  // `Lee's remarks came …`: an owner is no subject; but `The government's made clear that …` contracts `has`.
  if (!found || !subjectIsFree(found.subject, quoted) || ownerOnly(words, found.subject.to, i, form)) return null;
  // `the hymn written after the disaster`: a participle that is never a past (`written`, `spoken`) right
  // after its noun, with no auxiliary, modifies that noun; no one is reported.
  if (found.source === 'before' && found.subject.to === i && participleOnly(words.at(i)!.key)) return null;
  // `Nobody said …`, `None of the ministers said …`: a subject that denies anyone spoke reports nothing.
  if (negativeSubject(words, found.subject)) return null;
  const { source } = found;
  let subject = lastLineOf(doc.text, words, resumedSubject(words, found.subject));
  let info = found.info ?? describeMentionOnce(doc.text, words, subject);
  // `a Republican state lawmaker`, `an English-speaking state crossed …`: a singular subject cannot take the lemma's own form, so the word is a noun.
  // A form that is also the past is a verb where punctuation or `that` follows it (`“…,” the memo read.`, `the agency forecast that …`).
  if (
    source === 'before' &&
    form.base &&
    !(form.alsoPast && verbAfterPastSpelling(words, i + form.words.length)) &&
    form.words.length === 1 &&
    subject.to === i &&
    singularSubject(words, subject, info) &&
    // (`I heard a crewman yell, “…”`: after a verb of hearing the base form is what the subject did.)
    !PERCEPTION_VERBS.has(words.at(subject.from - 1)?.key ?? '')
  )
    return null;
  // `several claims that have circulated …`: a lone plural quantifier cannot take a third-person `-s` form either.
  if (
    source === 'before' &&
    !form.base &&
    !form.past &&
    !form.participle &&
    form.words.length === 1 &&
    subject.to === i &&
    subject.to - subject.from === 1 &&
    pluralCount(words.at(subject.from)!.key)
  )
    return null;
  if (source !== 'inverted' && source !== 'borrowed') {
    const named = nameBeforeRole(scan, subject, info);
    if (named) {
      subject = named.subject;
      info = named.info;
    }
  }
  const attributionStart =
    source === 'inverted' || source === 'borrowed'
      ? i
      : source === 'coordinated'
        ? conjunction
        : Math.min(subject.from, i);
  const aside = source === 'before' && info.kind !== 'name' ? speakerInAside(scan, subject, i) : null;
  if (aside) ({ subject, info } = aside);
  return { subject, info, source, relative: before.relative || found.relative === true, attributionStart };
}

/**
 * The speaker an aside between a described subject and its cue names: the label a document gives
 * (`The operator on duty, referred to in this notice as Employee A, told …`; a name keeps its own:
 * `The Electoral Authority, known as EA, said`), or the description of a counted subject (`The
 * other, a member of the government delegation, said …`, the mention running from the subject over
 * it); or null.
 */
function speakerInAside(
  scan: SentenceScan,
  subject: MentionSpan,
  i: number,
): { subject: MentionSpan; info: MentionInfo } | null {
  const { doc, words } = scan;
  const label = labelInAside(scan, subject, i);
  if (label) return { subject: label, info: describeMentionOnce(doc.text, words, label) };
  const description = descriptionOfOther(scan, subject, i);
  return description
    ? { subject: { from: subject.from, to: description.to }, info: describeMentionOnce(doc.text, words, description) }
    : null;
}

/** Most words from a labelling participle to its `as` (`referred to in this notice as`). */
const LABELLING_REACH = 6;

/**
 * `, referred to in this notice as Employee A,` right after `subject` and right before the cue at
 * `i`: the mention after `as` (lexicon `labellingParticiples`); or null.
 */
function labelInAside({ words }: SentenceScan, subject: MentionSpan, i: number): MentionSpan | null {
  const comma = subject.to;
  if (!isPunct(words.at(comma), ',') || !isPunct(words.at(i - 1), ',')) return null;
  if (!LABELLING_PARTICIPLES.has(words.at(comma + 1)?.key ?? '')) return nameGivenInAside(words, comma, i);
  for (let t = comma + 2; t < i - 1 && t - comma <= LABELLING_REACH; t++) {
    const w = words.at(t)!;
    if (!w.isWord) return null;
    if (w.key !== 'as') continue;
    const label = { from: t + 1, to: i - 1 };
    const mention = mentionAfter(words, t + 1, i - 1);
    const named = mention !== null && mention.from === label.from && mention.to === label.to;
    return words.at(t + 1)!.cap && (named || labelWords(words, label)) ? label : null;
  }
  return null;
}

/** Most words from an aside's `who` to the name it gives (`who asked to be identified only by her first name,`). */
const NAME_ASIDE_REACH = 12;

/**
 * `, who gave her name only as Ines,` / `, who gave only her first name, Maud,` after an unnamed
 * speaker (its comma at `comma`) and right before the cue at `i`: the name after `as` or after the
 * comma that follows a name noun (lexicon `nameNouns`) or a labelling participle; or null.
 */
function nameGivenInAside(words: WordList, comma: number, i: number): MentionSpan | null {
  if (words.at(comma + 1)?.key !== 'who') return null;
  let named = false;
  for (let t = comma + 2; t < i - 1 && t - comma <= NAME_ASIDE_REACH; t++) {
    const w = words.at(t)!;
    if (NAME_NOUNS.has(w.key) || LABELLING_PARTICIPLES.has(w.key)) named = true;
    else if (named && (w.key === 'as' || isPunct(w, ','))) {
      const mention = mentionAfter(words, t + 1, i - 1);
      return mention && mention.from === t + 1 && mention.to === i - 1 && words.at(t + 1)!.cap ? mention : null;
    } else if (!w.isWord) return null;
  }
  return null;
}

/** Most words of the description in apposition to a counting subject (`, a member of the government delegation,`). */
const DESCRIPTION_WORDS = 8;

/**
 * `The other, a member of the government delegation, said …`: a subject that only counts off
 * someone, then a description opened by an article between commas right before the cue at `i`:
 * the description names who speaks; or null.
 */
function descriptionOfOther({ words }: SentenceScan, subject: MentionSpan, i: number): MentionSpan | null {
  const keys: string[] = [];
  for (let t = subject.from; t < subject.to; t++) keys.push(words.at(t)!.key.toLowerCase());
  if (!COUNTING_SUBJECTS.has(keys.join(' '))) return null;
  const comma = subject.to;
  if (!isPunct(words.at(comma), ',') || !isPunct(words.at(i - 1), ',') || i - 1 - comma - 1 > DESCRIPTION_WORDS)
    return null;
  if (!ARTICLES.has(words.at(comma + 1)?.key ?? '')) return null;
  for (let t = comma + 1; t < i - 1; t++) if (!words.at(t)!.isWord) return null;
  return i - 1 > comma + 2 ? { from: comma + 1, to: i - 1 } : null;
}

/** Most words of a document's label for a person (`Employee A`, `Witness 3`). */
const LABEL_WORDS = 3;

/** Capitalised words, numbers and letters only (`Employee A`, `Witness 3`): a document's label. */
function labelWords(words: WordList, span: MentionSpan): boolean {
  if (span.to - span.from > LABEL_WORDS) return false;
  for (let t = span.from; t < span.to; t++) {
    const w = words.at(t)!;
    if (!w.isWord || !(w.cap || /^\d+$/.test(w.key))) return false;
  }
  return span.to > span.from;
}

/** The cue of `frame` ends `span` (not `a user called Gorsefield Dad`, where the naming cue's name follows it). */
function endsWithCueOf(words: WordList, span: MentionSpan, frame: Frame): boolean {
  return words.at(span.from)!.start <= frame.cueStart && frame.cueEnd === words.at(span.to - 1)!.end;
}

/** `written`, `spoken`, `shown`: a past participle that is no simple past. */
function participleOnly(key: string): boolean {
  return IRREGULAR_PARTICIPLES.has(key) && !IRREGULAR_PASTS.has(key);
}

/** A subject never runs across a line break (`… on behalf of customers` / `Firm says …`): its last line is the subject. */
function lastLineOf(text: string, words: WordList, subject: MentionSpan): MentionSpan {
  for (let t = subject.to - 1; t > subject.from; t--)
    if (lineBreakBetween(text, words.at(t - 1)!.end, words.at(t)!.start)) return { from: t, to: subject.to };
  return subject;
}

/** `Nobody`, `No one`, `None of …`: a subject that says nobody spoke. */
export function negativeSubject(words: WordList, subject: MentionSpan): boolean {
  const first = words.at(subject.from)!.key;
  const next = words.at(subject.from + 1);
  // `no member of staff has told me …`: `no` before a lower-case noun (not `No 10 said`, a name).
  const noNoun = first === 'no' && next !== undefined && next.isWord && !next.cap && !/^\d/.test(next.key);
  // `neither the Ambassador nor any member of staff has asked …`: the last of a `neither … nor` pair.
  const afterNor = words.at(subject.from - 1)?.key === 'nor';
  // `…, and nobody on the committee doubts that …`: the mention qualifies a negative head before it.
  const before = subject.from - 1;
  const qualifiesNegative =
    (MENTION_PREPOSITIONS.has(words.at(before)?.key ?? '') || words.at(before)?.key === 'on') &&
    (NEGATIVE_SUBJECTS.has(words.at(before - 1)?.key ?? '') ||
      NEGATIVE_SUBJECTS.has(`${words.at(before - 2)?.key ?? ''} ${words.at(before - 1)?.key ?? ''}`));
  return (
    noNoun ||
    afterNor ||
    qualifiesNegative ||
    NEGATIVE_SUBJECTS.has(first) ||
    NEGATIVE_SUBJECTS.has(`${first} ${next?.key ?? ''}`)
  );
}

/** Most lower-case nouns before a trailing attribution's head (`…, camp health officials said`). */
const COMPOUND_WORDS = 2;

/**
 * `…, health officials said.`, `…, aid workers told reporters.`: in an attribution after a comma,
 * the lower-case nouns before the speaker noun are its compound (`health officials`), not the
 * end of the content.
 */
function trailingCompound(words: WordList, subject: MentionSpan, lo: number): MentionSpan | null {
  // `…,” said she,`: a pronoun has no compound.
  if (PRONOUNS.has(words.at(subject.from)!.key)) return null;
  let k = subject.from - 1;
  while (k > lo && subject.from - 1 - k < COMPOUND_WORDS && compoundWord(words.at(k)!)) k--;
  return k < subject.from - 1 && isPunct(words.at(k), ',') ? { from: k + 1, to: subject.to } : null;
}

function compoundWord(w: Word): boolean {
  return (
    w.isWord &&
    !w.cap &&
    !ARTICLES.has(w.key) &&
    !CLAUSE_COORDINATORS.has(w.key) &&
    !COORDINATORS.has(w.key) &&
    !SUBJECT_SKIP.has(w.key) &&
    !PARENTHETICAL_OPENERS.has(w.key) &&
    !RELATIVE_PRONOUNS.has(w.key) &&
    !AUXILIARIES.has(w.key) &&
    !BE_FORMS.has(w.key) &&
    !CUE_FORMS.has(w.key)
  );
}

/**
 * `…, a claim the rebel group dismissed as “…”`, `…, allegations the company rejects`: a noun taking up what was said, then the party
 * reacting to it; that party is the subject, not the noun before it.
 */
function resumedSubject(words: WordList, subject: MentionSpan): MentionSpan {
  const { from, to } = subject;
  const opening = resumptiveOpening(words, from);
  return opening > 0 && to > from + opening ? { from: from + opening, to } : subject;
}

/** Most words from a clause's coordinator to its cue (`, but several people from the rear carriages said`). */
const COORDINATED_CLAUSE_WORDS = 10;

/** The first word of a clause that a comma and a coordinator open before the cue at `i`, or `lo`. */
function coordinatedClauseStart(words: WordList, lo: number, i: number): number {
  for (let t = i - 1; t > lo + 1 && i - t <= COORDINATED_CLAUSE_WORDS; t--) {
    const w = words.at(t)!;
    if (!w.isWord) return lo;
    if (CLAUSE_COORDINATORS.has(w.key) && isPunct(words.at(t - 1), ',')) return t + 1;
  }
  return lo;
}

/** Most words from a clause's conjunction to its cue (`…, while the opposition, whose candidate …, said`). */
const CONJUNCTION_CLAUSE_WORDS = 30;

/**
 * `…, while the opposition, whose candidate finished second, said …`: a subject with a comma
 * relative clause, opening a clause after a comma (inside a closing quotation mark or not) and a conjunction.
 */
function commaRelativeAfterConjunction(words: WordList, lo: number, i: number): MentionSpan | null {
  for (let t = i - 2; t > lo + 1 && i - t <= CONJUNCTION_CLAUSE_WORDS; t--)
    if (
      CLAUSE_COORDINATORS.has(words.at(t)!.key) &&
      (isPunct(words.at(t - 1), ',') || (words.at(t - 1)!.isQuoteMark && isPunct(words.at(t - 2), ',')))
    )
      return subjectBeforeCommaRelative(words, t + 1, i);
  return null;
}

/** Words that rank what a participle describes (`the first reported case`, `the last confirmed sighting`). */
const RANKING_WORDS: ReadonlySet<string> = new Set(['first', 'last', 'only', 'latest', 'most', 'least']);

/** A superlative (`earliest`, `largest`) or a ranking word, in lower case. */
function rankingWord(w: Word): boolean {
  return w.isWord && !w.cap && (RANKING_WORDS.has(w.key) || (w.key.length > 5 && w.key.endsWith('est')));
}

/** Most tokens of a reference in brackets (`(I-44)`, `(D-014 to D-019)`). */
const REFERENCE_TOKENS = 8;

/** Where a reference in brackets right before the cue starts (`A former stallholder (I-44) told`), or the cue. */
function beforeReference(words: WordList, lo: number, cue: number): number {
  if (words.at(cue - 1)?.text !== ')') return cue;
  for (let t = cue - 2; t > lo && cue - t <= REFERENCE_TOKENS; t--) {
    const w = words.at(t)!;
    if (w.text === '(') return /\d/u.test(words.at(t + 1)!.text) || /\d/u.test(words.at(cue - 2)!.text) ? t : cue;
    if (w.text === ')' || w.isQuoteMark) return cue;
  }
  return cue;
}

/** Most words of a `where` or `when` clause between a subject and its cue (`where a teacher was shot dead`). */
const WHERE_CLAUSE_WORDS = 8;
/** Most words of the postmodifiers between a subject's head and such a clause (`in charge of an Army checkpoint in Ardessa`). */
const HEAD_POSTMODIFIER_WORDS = 10;

/**
 * `The sergeant in charge of the checkpoint where a teacher was shot dead told …`: a mention
 * opening the clause, its postmodifiers (no verb, no punctuation), then a `where` or `when` clause
 * with a verb of its own right before the cue: the mention is the subject.
 */
function subjectBeforeWhereClause(words: WordList, lo: number, i: number): MentionSpan | null {
  let where = -1;
  for (let t = i - 1; t > lo && i - t <= WHERE_CLAUSE_WORDS + 1; t--) {
    const w = words.at(t)!;
    if (!w.isWord) return null;
    if (RELATIVE_ADVERBS.has(w.key) && !w.cap) {
      where = t;
      break;
    }
  }
  if (where < 0 || !(hasAuxiliary(words, where + 1, i) || pastVerbAt(words, i - 1) || pastVerbAt(words, i - 2)))
    return null;
  // (`The warden of the hostel`: a head no lexicon lists opens a plain noun phrase.)
  const head = mentionAfter(words, lo, where) ?? plainNounPhrase(words, lo, where);
  if (!head || head.from !== lo || where - head.to > HEAD_POSTMODIFIER_WORDS) return null;
  for (let t = head.to; t < where; t++) {
    const w = words.at(t)!;
    if (!w.isWord || hasAuxiliary(words, t, t + 1) || pastVerbAt(words, t)) return null;
  }
  // (The head names the speaker: `in Ardessa` is where the checkpoint is, not who speaks.)
  return head;
}

/** Most words from a relative adverb to the cue of its clause (`where farmers in the Dorn valley say`). */
const RELATIVE_ADVERB_CLAUSE_WORDS = 8;

/** The word after a `where` or `when` that follows a comma and opens the clause of the cue at `i`, or -1. */
function relativeAdverbClause(words: WordList, lo: number, i: number): number {
  for (let t = i - 1; t > lo && i - t <= RELATIVE_ADVERB_CLAUSE_WORDS; t--) {
    const w = words.at(t)!;
    if (!w.isWord) return -1;
    if (RELATIVE_ADVERBS.has(w.key) && !w.cap && isPunct(words.at(t - 1), ',')) return t + 1 < i ? t + 1 : -1;
  }
  return -1;
}

/**
 * `subjectBeforeCue` within the cue's clause: `…, in Meridova, where farmers in the valley say …`:
 * a relative adverb after a comma opens a clause of its own, whose subject follows it.
 */
function subjectInClause(
  scan: SentenceScan,
  i: number,
  form: CueForm,
): { subject: MentionSpan | null; relative: boolean } {
  const clause = form.participle ? -1 : relativeAdverbClause(scan.words, scan.lo, i);
  return subjectBeforeCue(clause > scan.lo ? { ...scan, lo: clause } : scan, i, form);
}

/**
 * The subject standing before the cue: a mention (past adverbs and asides), the antecedent of a
 * relative pronoun, a mention opening a relative clause, or an opening noun phrase; past an
 * adjunct (`Lee in an interview with Radio Nord said`) and widened to a qualified group
 * (`Leaders of several Ohio schools say`).
 */
function subjectBeforeCue(
  scan: SentenceScan,
  i: number,
  form: CueForm,
): { subject: MentionSpan | null; relative: boolean } {
  const { doc, words, lo, quoted } = scan;
  const naming = !form.participle && namesQuotationNext(words, i, form) ? namingClauseSubject(words, lo, i) : null;
  if (naming && subjectIsFree(naming, quoted)) return { subject: naming, relative: false };
  // `… remarks by Minister Rui Calado, who described …`: a relative pronoun right before the cue names its antecedent.
  const relative = form.participle ? null : relativeSubject(words, i, lo);
  // `Residents there said`, `Our reporter there says`: a place adverb after the subject;
  // `Its minister, Ruta Sandvall, last month described`: so may a time be.
  const placed = timeBeforeCue(words, lo, i - 1 > lo && PLACE_ADVERBS.has(words.at(i - 1)!.key) ? i - 1 : i);
  let subject =
    relative ??
    (form.participle ? null : figureSubject(words, lo, placed)) ??
    mentionBefore(words, placed, lo, !form.participle) ??
    // `On Monday, Vantria's chief negotiator, Livia Ostrand, told …`: the mention and its asides are read
    // within the main clause, past the adjuncts that open the sentence.
    (form.participle ? null : mentionInMainClause(words, lo, placed));
  // `a team leader with 30 years’ service told`: a noun after a measure's possessive ends a longer noun phrase.
  if (subject && measureBefore(words, subject.from, lo)) subject = null;
  // `Fans waiting outside the box office on Monday said`: a mention after a preposition is its
  // object; the noun phrase opening the clause, with its modifiers, is the subject.
  // (`Teachers she interviewed in Orsk said`: a contact clause's subject is found on its own.)
  // (`Residents living near the plant say …`: in the present too.)
  if (
    subject &&
    !form.participle &&
    subject.from - 2 > lo &&
    participlePhraseBefore(words, subject.from) &&
    !subjectBeforeContactClause(words, lo, i)
  ) {
    const wider = openingModifiedSubject(words, lo, i);
    if (wider && wider.from < subject.from && wider.to >= subject.to) subject = wider;
  }
  if (!subject && !form.participle)
    subject =
      unlistedSubject(words, lo, i, form) ??
      // `Beltrane, who had told the Standard that he would be “happy”, said …`: a relative clause closing
      // on a quotation leaves no mention before the cue; the noun phrase it describes is the subject.
      (isPunct(words.at(i - 1), ',') && words.at(i - 2)?.isQuoteMark
        ? subjectBeforeCommaRelative(words, lo, i, true)
        : null);
  // `“…,” the precinct captain, Hal Meyer, said`: the attribution starts at the noun phrase the name stands beside.
  else if (subject && !form.participle && isPunct(words.at(subject.to), ',')) {
    const wider = openingNounPhrase(words, lo, i);
    if (wider && wider.from > lo && wider.from < subject.from && wider.to === subject.to) subject = wider;
  }
  // `One woman, whose husband, a teacher in Melk, was taken …, told us`, `Teachers she met in
  // Orsk said`: a name inside a relative clause is not the subject; the noun phrase opening the sentence is.
  if (subject && !form.participle && !relative && subject.from > lo) {
    const opening =
      subjectBeforeCommaRelative(words, lo, i) ??
      commaRelativeAfterConjunction(words, lo, i) ??
      subjectBeforeContactClause(words, lo, i) ??
      subjectBeforeRelative(words, lo, i, true);
    // `Her partner, the sculptor Idris Maelen, says`: a name in apposition to the opening noun phrase speaks.
    if (opening && opening.to < subject.from && !apposedName(words, opening, subject)) subject = opening;
  }
  if (subject && !form.participle && !relative)
    subject = nameBeforeDescription(doc.text, words, lo, subject) ?? subject;
  if (subject && !subjectIsFree(subject, quoted)) subject = null;
  if (subject && !form.participle && !relative) subject = { from: bareRoleStart(words, lo, subject), to: subject.to };
  // A relative pronoun's antecedent is the subject as it stands: no adjunct or group reaches past it.
  if (subject && !form.participle && !relative) subject = pastAdjunct(doc.text, words, subject, lo) ?? subject;
  if (subject && !form.participle && !relative) subject = trailingCompound(words, subject, lo) ?? subject;
  if (!form.participle && !relative && (!subject || subject.from > lo)) {
    // `…, but several people from the rear carriages said …`: the group may open a coordinated clause.
    const clauseStart = coordinatedClauseStart(words, lo, i);
    subject =
      qualifiedGroup(words, lo, i, subject) ??
      (clauseStart > lo ? qualifiedGroup(words, clauseStart, i, subject) : null) ??
      subject;
  }
  // `In a statement posted on its channel, the group denied …`: the object of a preposition
  // opening the clause, with a past participle after it, is a noun and its modifier, not a
  // subject and its verb (`a report by the auditor concluded` is one subject).
  if (
    subject &&
    form.past &&
    !relative &&
    subject.from > lo &&
    OBJECT_PREPOSITIONS.has(words.at(subject.from - 1)!.key)
  ) {
    const p = subject.from - 1;
    if (p === lo || isPunct(words.at(p - 1), ',')) subject = subjectAfterObject(words, subject);
  }
  if (subject) subject = ownClauseSubject(words, subject, i, quoted, relative !== null);
  return { subject, relative: relative !== null };
}

/** Words `[from, to)` hold no verb of a clause of their own: no auxiliary, be-form or subject pronoun. */
function nounPhraseOnly(words: WordList, from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    const key = words.at(t)!.key;
    if (AUXILIARIES.has(key) || BE_FORMS.has(key) || PRONOUNS.has(key)) return false;
  }
  return to > from;
}

/**
 * The subject of the cue's own clause inside a span read as its subject: a person's pronoun after
 * an opening adjunct without its comma (not for a relative pronoun's antecedent), or the noun phrase
 * after a subordinator.
 */
function ownClauseSubject(
  words: WordList,
  subject: MentionSpan,
  i: number,
  quoted: Int32Array,
  relative: boolean,
): MentionSpan {
  // `Somewhere around Harlan Avenue she turned to me and said`: a noun phrase right before a person's
  // pronoun is an opening adjunct without its comma; the pronoun is the subject.
  // The pronoun's own predicate is joined to the cue's by `and` (not a contact clause: `Teachers she interviewed in Orsk said`).
  if (!relative && subject.to < i && andBetween(words, subject.to + 1, i)) {
    const next = words.at(subject.to)!;
    if (
      next.isWord &&
      !next.cap &&
      PRONOUNS.get(next.key) === 'person' &&
      subjectIsFree({ from: subject.to, to: subject.to + 1 }, quoted)
    )
      subject = { from: subject.to, to: subject.to + 1 };
  }
  // `…, because I thought …`: a subordinator opens the clause, it is no part of its subject; nor
  // one inside the span (`issued a notice after an investigation found …`: the clause it opens has
  // its own subject), unless a participle's adjunct opens with it (`Voters polled after the debate said`).
  if (subject.to - subject.from > 1) {
    for (let t = subject.to - 2; t >= subject.from; t--)
      if (
        SUBORDINATORS.has(words.at(t)!.key) &&
        (t === subject.from ||
          (!words.at(t)!.cap && !isPastForm(words, t - 1) && nounPhraseOnly(words, t + 1, subject.to)))
      ) {
        return { from: t + 1, to: subject.to };
      }
  }
  return subject;
}

/** A lower-case `and` among words `[from, to)`. */
function andBetween(words: WordList, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (words.at(t)!.key === 'and' && !words.at(t)!.cap) return true;
  return false;
}

/**
 * `In a statement Mr Hale said …`, `In the video the chief executive said …`: an opening
 * preposition's object without its comma, then the subject. The subject opens where a lower-case
 * word is followed by an article, a possessive or a capitalised word (past a time: `this
 * morning`); null when nothing opens.
 */
function subjectAfterObject(words: WordList, span: MentionSpan): MentionSpan | null {
  for (let t = span.from + 1; t < span.to; t++) {
    const w = words.at(t)!;
    const before = words.at(t - 1)!;
    if (!before.isWord || before.cap || ARTICLES.has(before.key)) continue;
    if (!(ARTICLES.has(w.key) || POSSESSIVE_PRONOUNS.has(w.key) || w.cap)) continue;
    // `In a statement this morning the agency said`: a time between the object and the subject is neither.
    const from = pastTimeAdjunct(words, t, span.to);
    return from < span.to ? { from, to: span.to } : null;
  }
  return null;
}

/** The mention ending before word `end` (past its asides), searched from the main clause's start after the opening adjuncts. */
function mentionInMainClause(words: WordList, lo: number, end: number): MentionSpan | null {
  const start = pastOpeningAdjuncts(words, lo, end);
  return start > lo && start < end ? mentionBefore(words, end, start, true) : null;
}

/**
 * `Corrado Milne, an engineer at the contractor, Tessaline Hydro Works, argued …`: a name opening
 * the sentence, a description of it between commas (opening with an article or another mention
 * opener), then the mention found before the cue: that mention is in apposition to the
 * description's last noun, and the name opening the sentence speaks.
 */
function nameBeforeDescription(text: string, words: WordList, lo: number, subject: MentionSpan): MentionSpan | null {
  if (subject.from - 1 <= lo || !isPunct(words.at(subject.from - 1), ',')) return null;
  const name = mentionAfter(words, lo, subject.from - 1);
  if (!name || name.from !== lo || !isPunct(words.at(name.to), ',')) return null;
  // `Marek Olin, Hesker Air’s chief pilot, confirmed`: the subject found is the role apposed to the name, which speaks.
  if (name.to + 1 === subject.from && isPunct(words.at(subject.to), ','))
    return describeMentionOnce(text, words, subject).kind !== 'name' &&
      describeMentionOnce(text, words, name).kind === 'name'
      ? name
      : null;
  if (name.to + 1 >= subject.from - 1) return null;
  if (!MENTION_OPENERS.has(words.at(name.to + 1)!.key)) return null;
  for (let t = name.to + 1; t < subject.from - 1; t++) {
    const w = words.at(t)!;
    // One description, not a list or a second clause (`Ana Lee, a nurse, and Tom Berg, a porter, said`).
    if (isPunct(w, ',;:') || w.isQuoteMark || COORDINATORS.has(w.key)) return null;
  }
  return describeMentionOnce(text, words, name).kind === 'name' ? name : null;
}

/** Most words of an aside between a plain noun phrase and its cue (`, run by two sisters since 1994,`). */
const NOUN_PHRASE_ASIDE_WORDS = 10;

/**
 * `The bakery, run by two sisters, said …`, `The jury, chaired by the poet Maren Oyelaran, called
 * …`: a plain noun phrase opening the sentence, then an aside between commas, then the cue. A
 * name opening the aside is the noun phrase's name in apposition, and speaks (`The regulator, the
 * Data Commissioner’s Office, said`); a name further in (`chaired by …`) does not.
 */
function nounPhraseBeforeAside(words: WordList, lo: number, i: number): MentionSpan | null {
  if (!isPunct(words.at(i - 1), ',')) return null;
  let c = i - 2;
  while (c > lo && i - c <= NOUN_PHRASE_ASIDE_WORDS && (words.at(c)!.isWord || abbreviationDot(words, c))) c--;
  if (c <= lo || c === i - 2 || !isPunct(words.at(c), ',')) return null;
  // `Police in Farrowdene, where the referee lives, confirmed …`: the noun phrase may be a group with its qualifier.
  // `The management of the plant, in a letter, said`: or a noun phrase with its `of` phrase.
  const np =
    openingNounPhrase(words, lo, c, true) ?? qualifiedGroup(words, lo, c, null) ?? ofPhraseSubject(words, lo, c);
  if (!np || np.from !== lo) return null;
  const named = mentionAfter(words, c + 1, i - 1);
  return named && named.from === c + 1 && words.at(named.to - 1)!.cap ? named : np;
}

/** Most words of a noun phrase with its `of` phrase opening a sentence (`The management of the Velsk plant`). */
const OF_PHRASE_WORDS = 7;

/**
 * `The management of the Velsk plant`: an article, a lower-case noun, `of` and a noun phrase of
 * plain or capitalised words up to `end`, opening the sentence.
 */
function ofPhraseSubject(words: WordList, lo: number, end: number): MentionSpan | null {
  if (end - lo > OF_PHRASE_WORDS || !ARTICLES.has(words.at(lo)!.key) || words.at(lo + 2)?.key !== 'of') return null;
  const head = words.at(lo + 1)!;
  if (!head.isWord || head.cap || CUE_FORMS.has(head.key)) return null;
  for (let t = lo + 3; t < end; t++) if (!nounPhraseWord(words.at(t)!) || CUE_FORMS.has(words.at(t)!.key)) return null;
  return end > lo + 3 ? { from: lo, to: end } : null;
}

/** `In January the agent told me …`, `Last week the landlord wrote …`: a noun phrase after a time opening the sentence without a comma. */
function nounPhraseAfterTime(words: WordList, lo: number, i: number): MentionSpan | null {
  const t = pastTimeAdjunct(words, lo, i);
  return t > lo && t < i ? openingNounPhrase(words, t, i) : null;
}

/**
 * `58 per cent say they …`, `Some 44 per cent say …`, `In the survey, 61% said …`: a survey's share
 * before the cue is who speaks, from its figure (and an approximator before it) to the cue, when
 * it opens the clause.
 */
function figureSubject(words: WordList, lo: number, i: number): MentionSpan | null {
  const end = shareOf(words, lo, i);
  const share = shareWordsBefore(words, end);
  const number = end - share - 1;
  if (share === 0 || number < lo || !/^\d/.test(words.at(number)!.text)) return null;
  const from = number - 1 >= lo && APPROXIMATORS.has(words.at(number - 1)!.key) ? number - 1 : number;
  return from === lo || isPunct(words.at(from - 1), ',') ? { from, to: i } : null;
}

/** Most words of the people a share counts (`of callers surveyed`). */
const SHARE_OF_WORDS = 8;

/**
 * `94 per cent of callers surveyed said`: where the share ends when the people it counts follow it
 * (plain lower-case words after `of`), else `i`.
 */
function shareOf(words: WordList, lo: number, i: number): number {
  for (let t = i - 2; t > lo && i - t <= SHARE_OF_WORDS + 1; t--) {
    const w = words.at(t + 1)!;
    if (!w.isWord || w.cap) return i;
    if (words.at(t)!.key === 'of') return shareWordsBefore(words, t) > 0 ? t : i;
  }
  return i;
}

/** Most words from a naming clause's subject to its verb (`the theatre's artistic director called`). */
const NAMING_SUBJECT_REACH = 8;

/** A naming verb whose quotation follows at once (`called “…”`, `described as “…”`): it names what came before it. */
function namesQuotationNext(words: WordList, i: number, form: CueForm): boolean {
  if (!NAMING_VERBS.has(form.lemma)) return false;
  const j = i + form.words.length;
  return words.at(j)?.isQuoteMark === true || (words.at(j)?.key === 'as' && words.at(j + 1)?.isQuoteMark === true);
}

/**
 * `…, in a move the theatre's director called “vandalism”`, `a result its producer, Selma
 * Ruuth, called “baffling”`, `a line-up the tabloid had dubbed “…”`: a relative clause without a
 * pronoun whose naming verb takes the noun before it as its object. Its subject is the mention
 * opened by the nearest article, possessive or pronoun before the verb, not the noun it names.
 */
function namingClauseSubject(words: WordList, lo: number, i: number): MentionSpan | null {
  for (let t = i - 1; t >= lo && i - t <= NAMING_SUBJECT_REACH; t--) {
    const w = words.at(t)!;
    if (!w.isWord || w.cap) continue;
    if (!ARTICLES.has(w.key) && !POSSESSIVE_PRONOUNS.has(w.key) && !PRONOUNS.has(w.key)) continue;
    // A role the speaker lexicon knows (`its producer`), else a plain noun phrase (`the harbour master`).
    // (`which its director, Nico Sabbatini, has called`: the name in apposition to it, within the clause.)
    const mention = mentionBefore(words, i, t) ?? openingNounPhrase(words, t, i);
    return mention && mention.from >= t ? mention : null;
  }
  return null;
}

/**
 * `…, adding that …` / `…, calling it a sham and denying …`: a participle after a comma, or
 * after `and` that continues a participle, or a gerund after `by`, takes the subject of the
 * report before it, or with none the subject of the sentence's first clause.
 */
function participleSubject(
  scan: SentenceScan,
  i: number,
  form: CueForm,
  previous: Frame | undefined,
): FoundSubject | null {
  const { words, lo, quoted } = scan;
  const afterParticiple = words.at(i - 1)?.key === 'and' && previous !== undefined && previous.joined;
  // `She closed the session by telling the witnesses …`, `by saying that …`: a gerund of means takes the
  // clause's subject when it speaks to someone, reports with `that` or names its object with a quotation
  // (`closes by calling the ruling “…”`; not `by adding conversions`).
  // So does `began by saying he had not come …`: a bare clause that shows its subject and verb.
  const j = i + form.words.length;
  const byMeans =
    words.at(i - 1)?.key === 'by' &&
    words.at(i)!.key.endsWith('ing') &&
    (LISTENER_OBJECT.has(form.lemma) ||
      words.at(j)?.key === 'that' ||
      (NAMING_VERBS.has(form.lemma) && namingQuotationWithin(words, j, scan.hi, form.lemma)) ||
      (BARE_CLAUSE.has(form.lemma) && PRONOUNS.has(words.at(j)?.key ?? '') && hasAuxiliary(words, j + 1, j + 3)));
  const lead = leadVerbBefore(words, lo, i);
  if (lead >= 0 && PARTICIPLE_CUES.has(words.at(i)!.key)) {
    // `Kit has spent the week insisting that …`, `Kit, meanwhile, was overheard telling …`: the clause's
    // subject, or a relative `who`'s antecedent (`…, Jake Sullivan, who was on television saying …`).
    const subject = antecedentOfWho(words, lo, lead) ?? clauseSubject(words, lo, lead, quoted);
    return subject ? { subject, info: null, source: 'borrowed' } : null;
  }
  if (!(commaParticiple(words, i) || afterParticiple || byMeans)) return null;
  // `…, and Dunmere responded by saying …`: the means belongs to the verb right before `by`, and so does its subject.
  const meansSubject = byMeans ? mentionBefore(words, i - 2, lo) : null;
  if (meansSubject && meansSubject.to === i - 2 && subjectIsFree(meansSubject, quoted))
    return { subject: meansSubject, info: null, source: 'borrowed' };
  if (previous) return { subject: previous.subject, info: previous.info, source: 'borrowed' };
  // `Keld was taken back after the judge refused bail, saying …`: the participle hangs off the nearest clause.
  // (`• Culture Department: The Department declined to comment, saying …`: a clause after a label's colon.)
  // (`…, and on Monday the agency placed the rating on review, saying …`: the clause after `, and`.)
  const start = afterLabel(words, lo, i);
  const coordinated = clauseAfterCoordinator(words, start, i - 1);
  const subject =
    subordinateSubject(scan, i - 1) ??
    (coordinated > start ? clauseSubject(words, coordinated, i - 1, quoted) : null) ??
    clauseSubject(words, start, i - 1, quoted);
  if (!subject) return null;
  // `The minister, Tove Rynning, reposted the video, adding: …`: the name in apposition speaks.
  return { subject: invertedApposition(scan.doc.text, words, subject, i) ?? subject, info: null, source: 'borrowed' };
}

/** The word after the last colon in `[lo, i)` when a capitalised word opens a clause after it (a label's colon), else `lo`. */
function afterLabel(words: WordList, lo: number, i: number): number {
  for (let t = i - 1; t > lo; t--) if (isPunct(words.at(t), ':')) return words.at(t + 1)!.cap && t + 1 < i ? t + 1 : lo;
  return lo;
}

/**
 * `… remarks made yesterday by the spokesperson, Oskan Retherav, describing …`: a participle cue
 * after the comma that closes such remarks' speaker goes on with that speaker (or the name apposed).
 */
function remarksSubject(scan: SentenceScan, i: number): FoundSubject | null {
  const { words, lo, quoted } = scan;
  if (!isPunct(words.at(i - 1), ',') || !PARTICIPLE_CUES.has(words.at(i)!.key)) return null;
  const speaker = speakerOfRemarks(words, lo, i - 1);
  if (!speaker || !subjectIsFree(speaker, quoted)) return null;
  return { subject: invertedApposition(scan.doc.text, words, speaker, i) ?? speaker, info: null, source: 'borrowed' };
}

/** Most words from a speech noun to the `by` of its speaker (`remarks made yesterday by`). */
const REMARKS_BY_WORDS = 4;
/** Most words of the speaker after `by`, up to the comma before the participle. */
const REMARKER_WORDS = 12;

/**
 * `remarks made yesterday by the spokesperson of the Foreign Ministry, Oskan Retherav,` before the
 * comma at `comma`: a speech noun, a past participle, `by` and the speaker, whose mention (or the
 * name apposed to it) ends at the comma; or null.
 */
function speakerOfRemarks(words: WordList, lo: number, comma: number): MentionSpan | null {
  for (let b = comma - 2; b > lo && comma - b <= REMARKER_WORDS; b--) {
    if (words.at(b)!.key !== 'by') continue;
    let noun = false;
    let participle = false;
    for (let t = b - 1; t >= lo && b - t <= REMARKS_BY_WORDS; t--) {
      if (SPEECH_NOUNS.has(words.at(t)!.key)) noun = true;
      else if (!noun && pastVerbAt(words, t)) participle = true;
    }
    if (!noun || !participle) return null;
    const speaker = mentionAfter(words, b + 1, comma, true);
    if (!speaker) return null;
    // The speaker's own apposed name may close the stretch (`the spokesperson …, Oskan Retherav,`).
    if (speaker.to === comma) return speaker;
    return isPunct(words.at(speaker.to), ',') ? speaker : null;
  }
  return null;
}

/** Prepositions of time that may stand between a comma and a participle cue (`…, before noting that …`). */
export const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['before', 'after', 'while']);

/**
 * Word `i` is a participle cue after a comma (`…, adding that …`), or after a comma and a time
 * preposition (`…, before noting that …`, `…, while stressing that …`): it goes on with the clause before.
 */
export function commaParticiple(words: WordList, i: number): boolean {
  if (!PARTICIPLE_CUES.has(words.at(i)!.key)) return false;
  const before = TIME_PREPOSITIONS.has(words.at(i - 1)?.key ?? '') ? i - 2 : i - 1;
  // `… “rather than rumours,” adding that …`: the comma may stand inside the quotation's closing mark,
  // before a participle and its `that` (not `“hysterical,” promising what she described as …`).
  return (
    isPunct(words.at(before), ',') ||
    (words.at(before)?.isQuoteMark === true && isPunct(words.at(before - 1), ',') && words.at(i + 1)?.key === 'that')
  );
}

/** Most words between a lead verb and its participle (`spent most of the series asleep insisting`). */
const LEAD_WORDS = 6;
/** Most words from a be-form that places its subject to the participle (`was on many of your networks yesterday saying`). */
const BE_AT_PLACE_WORDS = 10;
/** After a be-form, they place the subject on a medium or at a place (`was on television`, `was in Geneva`). */
const BE_AT_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at']);

/**
 * The verb a few words before the participle at `i`, with no punctuation between, whose subject the
 * participle takes; or -1: the lexicon's lead verb (`has spent the week insisting`, `was overheard
 * telling`), or a be-form placing its subject on a medium or at a place (`Sullivan was on television
 * yesterday saying …`, `The minister was in Geneva saying …`), whose object is no speaker.
 */
function leadVerbBefore(words: WordList, lo: number, i: number): number {
  for (let t = i - 1; t > lo && i - t <= BE_AT_PLACE_WORDS; t--) {
    const w = words.at(t)!;
    if (!w.isWord) return -1;
    if (PARTICIPLE_LEADS.has(w.key) && i - t <= LEAD_WORDS) return t;
    if (BE_FORMS.has(w.key) && BE_AT_PLACE_PREPOSITIONS.has(words.at(t + 1)?.key ?? '')) return t;
  }
  return -1;
}

/** `…, Jake Sullivan, who was on …`: the mention closed by the comma before the `who` right before `at`. */
function antecedentOfWho(words: WordList, lo: number, at: number): MentionSpan | null {
  if (words.at(at - 1)?.key !== 'who' || !isPunct(words.at(at - 2), ',')) return null;
  const mention = mentionBefore(words, at - 2, lo);
  return mention && mention.to === at - 2 ? mention : null;
}

/**
 * The subject of the last subordinate clause before the comma at `comma` (`after the judge
 * refused …`): a mention right after a subordinator, followed by a lower-case verb.
 */
function subordinateSubject(scan: SentenceScan, comma: number): MentionSpan | null {
  const { words, lo, quoted } = scan;
  for (let s = comma - 1; s > lo; s--) {
    const w = words.at(s)!;
    if (!w.isWord) return null;
    if (!SUBORDINATORS.has(w.key)) continue;
    const subject = mentionAfter(words, s + 1, comma);
    const verb = subject ? words.at(subject.to) : undefined;
    // `…, hours after the report was circulated, warning …`: a passive clause's subject does nothing, so says nothing.
    const passive = subject !== null && BE_FORMS.has(verb?.key ?? '') && isPastForm(words, subject.to + 1);
    return subject &&
      verb &&
      verb.isWord &&
      !verb.cap &&
      !passive &&
      subject.to < comma &&
      subjectIsFree(subject, quoted)
      ? subject
      : null;
  }
  return null;
}

/**
 * `Spicer was quoted as saying …`, `The attaché was quoted on state television last night as
 * saying …`: the subject of the passive is the speaker, whatever adjuncts follow the citing verb.
 */
function quotedAsSubject(scan: SentenceScan, i: number): FoundSubject | null {
  const { words, lo } = scan;
  // (`Cllr Pardoe was quoted in it saying: “…”`: a passive may leave out the `as`.)
  let k = citingVerbBefore(words, lo, i, true);
  if (k < 0 || !BE_FORMS.has(words.at(k - 1)!.key)) return null;
  while (k > lo && BE_FORMS.has(words.at(k - 1)!.key)) k--;
  const subject = mentionBefore(words, k, lo);
  return subject ? { subject, info: null, source: 'before' } : null;
}

/** `… and has asked …`: the word before the cue once auxiliaries and adverbs are passed, where a conjunction may stand. */
function conjunctionBefore(scan: SentenceScan, i: number): number {
  const { words, lo } = scan;
  let conjunction = i - 1;
  while (
    conjunction > lo &&
    (AUXILIARIES.has(words.at(conjunction)!.key) || SUBJECT_SKIP.has(words.at(conjunction)!.key)) &&
    words.at(conjunction)!.key !== 'and'
  )
    conjunction--;
  return conjunction;
}

/** The frame's cue stands in a relative clause on its subject (`a statement that blamed …`, `the ministry, which said …`). */
function relativeReport(words: WordList, f: Frame): boolean {
  let t = isPunct(words.at(f.subject.to), ',') ? f.subject.to + 1 : f.subject.to;
  if (!RELATIVE_PRONOUNS.has(words.at(t)?.key ?? '')) return false;
  // (`Nadia Ferenc, who has lived in exile since 2019, said …`: a comma closes the relative clause before the cue.)
  for (t++; t < words.length && words.at(t)!.end <= f.cueStart; t++) if (isPunct(words.at(t), ',')) return false;
  return true;
}

/**
 * `Xi renewed a call … and said …`: a cue after `and`, `but` or a comma and a sequencing adverb
 * (`…, then joked that …`) shares the subject of the report before it, or with none the mention
 * opening the sentence before its verb.
 */
function coordinatedSubject(
  scan: SentenceScan,
  i: number,
  conjunction: number,
  previous: Frame | undefined,
  form: CueForm,
): FoundSubject | null {
  const { words, lo, quoted } = scan;
  if (conjunction <= lo) return null;
  const key = words.at(conjunction)!.key;
  const sequenced =
    conjunction < i - 1 && isPunct(words.at(conjunction), ',') && SEQUENCE_ADVERBS.has(words.at(conjunction + 1)!.key);
  if (key !== 'and' && key !== 'but' && !sequenced) return null;
  // `every medical, search-and-rescue and state flight`: a word after a comma before `and` that is no
  // verb makes a list; the word after `and` is its last item, not a verb.
  const item = words.at(conjunction - 1)!;
  if (
    isPunct(words.at(conjunction - 2), ',') &&
    item.isWord &&
    !isPastForm(words, conjunction - 1) &&
    !CUE_FORMS.has(item.key) &&
    !AUXILIARIES.has(item.key)
  )
    return null;
  // `… withdrew a force statement that had blamed the fans, and said …`: the comma closes the relative
  // clause whose antecedent reported; `and` joins the main clause's verb, whose subject stands before
  // the verb that took the antecedent as its object.
  if (previous && relativeReport(words, previous) && isPunct(words.at(conjunction - 1), ',')) {
    const verb = previous.subject.from - 1;
    const main = verb > lo && isLowerWord(words.at(verb)) ? subjectBeforeCue(scan, verb, form).subject : null;
    return main && subjectIsFree(main, quoted) ? { subject: main, info: null, source: 'coordinated' } : null;
  }
  // `As such, the union has urged …, and has asked …`: the cue shares the subject of the report before it
  // (a verb's: not `According to X, …, medical and state flights will …`).
  if (previous && !previous.reported && !SOURCE_PHRASES.has(previous.lemma)) {
    // `Sorvath says the master answered every call and explained that …`: a past cue inside a present
    // cue's report shares the tense of the reported verbs, not of the cue: it goes on with the report.
    if (
      form.past &&
      !form.base &&
      presentCue(scan.doc.text, previous) &&
      withinReport(previous, words.at(i)!.start) &&
      // (`adds that it “considered …,” and concluded that …`: a closed quotation ends the first report.)
      words.at(conjunction - 1)!.isWord &&
      pastVerbInReport(words, previous, conjunction)
    )
      return null;
    // `said the authority stood by the evidence and would set out its position …`: a past modal after
    // `and`, inside a past cue's report, goes on with what was reported, not with the cue.
    if (
      !presentCue(scan.doc.text, previous) &&
      withinReport(previous, words.at(i)!.start) &&
      backshifted(words, conjunction, i)
    )
      return null;
    return { subject: previous.subject, info: previous.info, source: 'coordinated' };
  }
  // The clause the conjunction ends starts after the last semicolon (`…; the inquiry cleared him but criticised …`;
  // `Opening statements checked against delivery; questions and answers edited`: no subject reaches past it).
  let clauseLo = lo;
  for (let t = conjunction - 1; t > lo; t--)
    if (isPunct(words.at(t), ';')) {
      clauseLo = t + 1;
      break;
    }
  // (`Appearing before the committee on Tuesday, Ms Markovane apologised … and said …`: past opening adjuncts.)
  const opening = mentionAfter(words, pastOpeningAdjuncts(words, clauseLo, conjunction), i);
  const verb = opening ? words.at(opening.to) : undefined;
  if (opening && verb && verb.isWord && !verb.cap && subjectIsFree(opening, quoted))
    return { subject: opening, info: null, source: 'coordinated' };
  // `Kestrava, which has a civilian programme and insists …`: a relative clause's verbs share its antecedent.
  const relative = relativeClauseBefore(words, lo, conjunction);
  const antecedent = relative > lo ? relativeSubject(words, relative + 1, lo) : null;
  if (antecedent && subjectIsFree(antecedent, quoted))
    return { subject: antecedent, info: null, source: 'coordinated', relative: true };
  // `On 14 March I raised the advice and urged …`: the speaker's own `I` or `we`, past an opening
  // time, shares its verb too, when no comma or subordinate clause comes between (`I went because
  // my mother rang and said …`: the mother speaks).
  const own = pastTimeAdjunct(words, pastOpeningAdjuncts(words, clauseLo, conjunction), conjunction);
  if (
    FIRST_PERSON.has(words.at(own)!.key) &&
    singleClause(words, own + 1, conjunction) &&
    subjectIsFree({ from: own, to: own + 1 }, quoted)
  )
    return { subject: { from: own, to: own + 1 }, info: null, source: 'coordinated' };
  // `It was late when the mayor stood up and said …`: verbs joined inside a subordinate clause share its subject.
  const subordinate = subordinateClauseSubject(words, clauseLo, conjunction);
  if (subordinate && subjectIsFree(subordinate, quoted))
    return { subject: subordinate, info: null, source: 'coordinated' };
  // `PORTBY — The union rejected … and said …`: the subject of the sentence's first clause, when it
  // names a possible speaker (`The fatal attack … underlines` does not).
  const first = clauseSubject(words, clauseLo, conjunction, quoted);
  if (!first || mentionAfter(words, first.from, first.to) === null) return null;
  // `The committee chair, Councillor Dorian Fesk, opened … and said …`: the name in apposition speaks.
  const named = invertedApposition(scan.doc.text, words, first, conjunction);
  return { subject: named ?? first, info: null, source: 'coordinated' };
}

/**
 * The subject opening the last subordinate clause before the conjunction at `conjunction`
 * (`when a little girl pulled at my sleeve and asked …`): the mention right after the subordinator,
 * a lower-case verb after it, and no comma between; or null.
 */
function subordinateClauseSubject(words: WordList, clauseLo: number, conjunction: number): MentionSpan | null {
  for (let t = conjunction - 1; t > clauseLo; t--) {
    const w = words.at(t)!;
    if (isPunct(w, ',;:') || w.isQuoteMark) return null;
    if (!w.isWord || !SUBORDINATORS.has(w.key)) continue;
    const subject = mentionAfter(words, t + 1, conjunction);
    const verb = subject ? words.at(subject.to) : undefined;
    return subject && subject.from === t + 1 && verb?.isWord && !verb.cap && !PRONOUNS.has(words.at(t + 1)!.key)
      ? subject
      : null;
  }
  return null;
}

/** The frame's cue is a verb's present third person (`says`, `insists`, `denies`). */
function presentCue(text: string, f: Frame): boolean {
  const cue = text.slice(f.cueStart, f.cueEnd).toLowerCase();
  return (
    cue === `${f.lemma}s` || cue === `${f.lemma}es` || (f.lemma.endsWith('y') && cue === `${f.lemma.slice(0, -1)}ies`)
  );
}

/** A backshifted modal stands between the conjunction and the cue (`and would set out`). */
function backshifted(words: WordList, conjunction: number, i: number): boolean {
  for (let t = conjunction + 1; t < i; t++) if (PAST_MODALS.has(words.at(t)!.key)) return true;
  return false;
}

/** A verb in the past stands in the frame's report before word `conjunction` (`the master answered every call`). */
function pastVerbInReport(words: WordList, f: Frame, conjunction: number): boolean {
  for (let t = conjunction - 1; t >= 0 && words.at(t)!.start >= f.after!.start; t--)
    if (isPastForm(words, t)) return true;
  return false;
}

/** Offset `pos` lies in the report after the frame's cue. */
function withinReport(f: Frame, pos: number): boolean {
  return f.after !== null && f.after.start <= pos && pos < f.after.end;
}

/** Frames whose cue is a source phrase, not a verb another verb may share a subject with. */
const SOURCE_PHRASES: ReadonlySet<string> = new Set(['according to', 'in the words of', ':']);

/** The `who` or `which` after a comma that opens the one clause ending at `conjunction`, or -1. */
function relativeClauseBefore(words: WordList, lo: number, conjunction: number): number {
  for (let t = conjunction - 1; t > lo; t--) {
    const w = words.at(t)!;
    if ((w.key === 'who' || w.key === 'which') && isPunct(words.at(t - 1), ','))
      return singleClause(words, t + 1, conjunction) ? t : -1;
    if (!w.isWord) return -1;
  }
  return -1;
}

/** Words `[from, to)` open with a lower-case verb and hold no comma and no subordinator: one clause of one subject. */
function singleClause(words: WordList, from: number, to: number): boolean {
  const verb = words.at(from);
  if (!verb || !verb.isWord || verb.cap) return false;
  // (`I emphasized the importance of …, and clearly stated that …`: a comma right before the conjunction closes the first verb's object.)
  if (isPunct(words.at(to - 1), ',')) to--;
  for (let t = from; t < to; t++) {
    const w = words.at(t)!;
    if (isPunct(w, ',;') || (w.isWord && SUBORDINATORS.has(w.key))) return false;
  }
  return true;
}

/** `…, said Hong.` / `…, said Hong Lei, refuting …`; but in `…, said he found …` the pronoun opens the content. */
function invertedSubject(scan: SentenceScan, i: number, form: CueForm): FoundSubject | null {
  const { doc, words, lo, hi } = scan;
  const j = i + form.words.length;
  if (i <= lo || !(isPunct(words.at(i - 1), ',—') || words.at(i - 1)!.isQuoteMark)) return null;
  // `“…,” warned Ilse Varga`, `“…?” asked Lee`: right after a quotation any cue but `tell` may invert;
  // elsewhere only a bare-clause cue, and `…, told CWS that …` names who listens, never who speaks.
  // A naming verb after a quotation closed on no punctuation has it for its subject and takes an
  // object (`whose memoir “Tide Lines” describes the talks`): no inverted speaker follows it.
  const afterQuotation =
    words.at(i - 1)!.isQuoteMark &&
    form.lemma !== 'tell' &&
    !(NAMING_VERBS.has(form.lemma) && !isPunct(words.at(i - 2), ',?!—…'));
  // A headline inverts a cue whose object may be a listener too (`Violence Could Escalate, Warns Envoy`).
  const listenerInverted = LISTENER_OBJECT.has(form.lemma) && !(scan.sentence.headline && form.lemma !== 'tell');
  if (!afterQuotation && (!BARE_CLAUSE.has(form.lemma) || listenerInverted)) return null;
  // `…, points out that the officers …`: `that` after the cue opens the reported clause, not an inverted subject.
  if (words.at(j)?.key === 'that') return null;
  let after =
    partitiveAfter(words, j, hi) ??
    mentionAfter(words, j, hi, true) ??
    describedMention(words, j, hi) ??
    rolePrefixedName(words, j, hi) ??
    (scan.sentence.headline ? bareHeadlineSource(scan, j) : null) ??
    // `“…,” says the groundsman.`: after its quotation, a noun phrase no lexicon lists inverts too
    // (not an epithet of age, `said the 29-year-old`, which takes up someone named before).
    (afterQuotation ? epithetFree(words, plainNounPhrase(words, j, hi, false, true)) : null);
  // `“…,” said the chief examiner.`: a title the lexicon lists (`chief`) may modify a head it does not.
  if (after && afterQuotation && isLowerWord(words.at(after.to))) {
    const longer = epithetFree(words, plainNounPhrase(words, j, hi, false, true));
    if (longer && longer.to > after.to) after = longer;
  }
  // `“…,” said Witness 6.`, `said Patient A`: a number or a lone capital after a capitalised noun labels an unnamed person.
  if (after && labelAfter(words, after.to - 1)) after = { from: after.from, to: after.to + 1 };
  // `…,” said Kim in reference to …` / `said Ellis to cheers`: a prepositional phrase may follow the inverted subject.
  const next = words.at(after?.to ?? -1);
  // `…,” said a banker who asked not to be named`: a relative clause may follow it too.
  // A cue inverted only for the quotation before it ends its clause with the subject (`“…,” asked
  // Lee.`), unlike `“Every Door,” asked volunteers to sign up`, where the quotation is a title.
  const widened = BARE_CLAUSE.has(form.lemma) && !LISTENER_OBJECT.has(form.lemma);
  if (
    !after ||
    !(
      after.to >= hi ||
      // `said Kelvin Banda*, 34,`: an asterisk after the name marks it as changed (a footnote says so).
      isPunct(next, ',.;!?—(*') ||
      next!.isQuoteMark ||
      // `“…,” said Quist afterwards, his shirt torn …`: an adverb closing the attribution.
      (next!.isWord &&
        (RELATIVE_TIME_ENDS.has(next!.key) || isMannerAdverb(next!)) &&
        isPunct(words.at(after.to + 1), ',.;!?—')) ||
      // `“…,” shouted one shareholder from the back of the hall`: right after its quotation any cue's subject may.
      (afterQuotation && next!.isWord && placePreposition(next!.key)) ||
      // `“…?” asked a shareholder who gave his name as …`: and a relative clause, whatever the cue.
      (afterQuotation && next!.isWord && (next!.key === 'who' || next!.key === 'whose')) ||
      (widened &&
        next!.isWord &&
        (ADJUNCT_PREPOSITIONS.has(next!.key) ||
          next!.key === 'to' ||
          RELATIVE_PRONOUNS.has(next!.key) ||
          // `said an ambassador posted in Anvershold`: a participle and its place.
          (isPastForm(words, after.to) && ADJUNCT_PREPOSITIONS.has(words.at(after.to + 1)?.key ?? '')) ||
          // `“…,” said a skipper mending a net nearby`: after its quotation, a present participle and its object.
          (afterQuotation && !next!.cap && next!.key.endsWith('ing') && !CUE_FORMS.has(next!.key))))
    )
  )
    return null;
  return { subject: invertedApposition(doc.text, words, after, hi) ?? after, info: null, source: 'inverted' };
}

/** `30 years’`, `two weeks'` right before word `at`: a count and a plural possessive, a measure of what follows. */
function measureBefore(words: WordList, at: number, lo: number): boolean {
  const measure = words.at(at - 1);
  const count = words.at(at - 2)?.key ?? '';
  return (
    at - 2 >= lo &&
    measure !== undefined &&
    measure.possessive &&
    !measure.cap &&
    /s['’]$/u.test(measure.text) &&
    isFigure(count)
  );
}

/** After the capitalised word at `k`, a number or a lone capital letter labels an unnamed person (`Witness 6`, `Patient A`). */
function labelAfter(words: WordList, k: number): boolean {
  const noun = words.at(k);
  const label = words.at(k + 1);
  return (
    noun !== undefined &&
    label !== undefined &&
    noun.cap &&
    label.isWord &&
    noun.end + 1 === label.start &&
    (/^\d{1,3}$/.test(label.text) || /^\p{Lu}$/u.test(label.text))
  );
}

/** A preposition that may open a place, a time or a topic after an inverted subject (`from the back of the hall`); not `to` (`asked volunteers to …`). */
function placePreposition(key: string): boolean {
  return (
    key !== 'to' && (ADJUNCT_PREPOSITIONS.has(key) || MENTION_PREPOSITIONS.has(key) || TOPIC_PREPOSITIONS.has(key))
  );
}

/** Most lower-case words of a role standing bare before a name (`senior rhino keeper Priya Castellan`). */
const BARE_ROLE_WORDS = 3;

/** Words `[from, to)` are a bare lower-case role: plain words, no article, pronoun, preposition, auxiliary, cue or figure. */
function bareRole(words: WordList, from: number, to: number): boolean {
  if (to - from < 1 || to - from > BARE_ROLE_WORDS) return false;
  for (let t = from; t < to; t++) {
    const w = words.at(t)!;
    if (
      !w.isWord ||
      w.cap ||
      /^\d/.test(w.key) ||
      ARTICLES.has(w.key) ||
      endsNounPhrase(w.key) ||
      // `…, while Fiona Halloran said`, `…, prompting what captain Oren Villas described`: a clause word is no role.
      SUBORDINATORS.has(w.key) ||
      RELATIVE_PRONOUNS.has(w.key) ||
      INDIRECT_QUESTION_WORDS.has(w.key) ||
      CLAUSE_COORDINATORS.has(w.key) ||
      COORDINATORS.has(w.key) ||
      PARENTHETICAL_OPENERS.has(w.key)
    )
      return false;
  }
  return true;
}

/** A name of two words or more starting at `at`, or null. */
function fullNameAt(words: WordList, at: number, hi: number): MentionSpan | null {
  const name = mentionAfter(words, at, hi);
  if (!name || name.from !== at || name.to - name.from < 2) return null;
  for (let t = name.from; t < name.to; t++) if (!words.at(t)!.cap) return null;
  return name;
}

/**
 * `“…,” said keeper Priya Castellan`: a bare lower-case role the lexicon does not know, then a full
 * name, is one mention, as a known title is (`said spokesman John Smith`).
 */
function rolePrefixedName(words: WordList, j: number, hi: number): MentionSpan | null {
  for (let t = j + 1; t <= j + BARE_ROLE_WORDS && t < hi; t++) {
    const w = words.at(t)!;
    if (!w.isWord) return null;
    if (!w.cap) continue;
    const name = fullNameAt(words, t, hi);
    return name && bareRole(words, j, t) ? { from: j, to: name.to } : null;
  }
  return null;
}

/**
 * `“…,” senior rhino keeper Priya Castellan said`: where the attribution starts when a bare role
 * stands between the quotation (or a comma) and the full name found as the subject; else the name's start.
 */
function bareRoleStart(words: WordList, lo: number, name: MentionSpan): number {
  // (`rhino nurse Priya Castellan`: a known role may open the mention, the bare words before it joining it.)
  let first = name.from;
  while (first < name.to && !words.at(first)!.cap) first++;
  if (first >= name.to || !fullNameAt(words, first, name.to)) return name.from;
  for (let q = name.from - 2; q >= lo && name.from - q <= BARE_ROLE_WORDS + 1; q--) {
    const w = words.at(q)!;
    if (w.isQuoteMark || isPunct(w, ',')) return bareRole(words, q + 1, name.from) ? q + 1 : name.from;
    if (!w.isWord) return name.from;
  }
  return name.from;
}

/** Most words of a headline's bare source (`central bank`, `UN refugee agency`). */
const BARE_SOURCE_WORDS = 4;

/**
 * `Exports fell in March, says central bank`, `…, Says Aid Agency`: headlines drop articles, so
 * the words from the cue to the headline's end are its source when they are few and read as a
 * role, group, government or organisation (a plain noun phrase with an article is found by
 * `describedMention`; title case hides nothing here, as the lexicon decides).
 */
function bareHeadlineSource(scan: SentenceScan, from: number): MentionSpan | null {
  const { doc, words, hi } = scan;
  let to = from;
  while (to < hi && words.at(to)!.isWord) to++;
  if (to === from || to - from > BARE_SOURCE_WORDS) return null;
  if (to < hi && !isPunct(words.at(to), '.!?')) return null;
  const span = { from, to };
  return UNNAMED_PARTY_KINDS.has(describeMentionOnce(doc.text, words, span).kind) ? span : null;
}

/**
 * `Wang Wenbin, a spokesman for the ministry, said`: the role is in apposition to the name that speaks.
 * `Ana Diaz, spokesman for the mayor told …`: the role may come without its article (and without its closing comma).
 */
function nameBeforeRole(
  scan: SentenceScan,
  subject: MentionSpan,
  info: MentionInfo,
): { subject: MentionSpan; info: MentionInfo } | null {
  const { doc, words, lo, quoted } = scan;
  const opener = words.at(subject.from)!;
  // `Kwame Lisle, Minister of Education, said`: a title-case role with no name of its own is an apposition too.
  const appositive =
    MENTION_OPENERS.has(opener.key) || (TITLES.has(opener.key) && (!opener.cap || info.kind === 'role'));
  if (
    !(info.kind === 'anonymous' || info.kind === 'role' || (info.kind === 'name' && !words.at(subject.from)!.cap)) ||
    !appositive ||
    !isPunct(words.at(subject.from - 1), ',')
  )
    return null;
  const name = mentionBefore(words, subject.from - 1, lo, false);
  const nameInfo = name ? describeMentionOnce(doc.text, words, name) : null;
  const opensClause =
    name !== null &&
    (name.from === lo || isPunct(words.at(name.from - 1), ',') || words.at(name.from - 1)!.isQuoteMark);
  return name && nameInfo && nameInfo.kind === 'name' && opensClause && subjectIsFree(name, quoted)
    ? { subject: { from: name.from, to: subject.to }, info: nameInfo }
    : null;
}

/**
 * `subject` is a name between commas right after the noun phrase `opening` (`Her partner, the
 * sculptor Idris Maelen,`), or after its postmodifier (`The senior pilot who had been on the
 * bridge, Captain Ruth Adler,`).
 */
function apposedName(words: WordList, opening: MentionSpan, subject: MentionSpan): boolean {
  const comma = subject.from - 1;
  return (
    isPunct(words.at(comma), ',') &&
    (comma === opening.to || postmodifierOfNoun(words, opening.to, comma, true)) &&
    isPunct(words.at(subject.to), ',') &&
    words.at(subject.to - 1)!.cap
  );
}

/** Most words of a time between a subject and its cue (`late last night`). */
const TIME_BEFORE_CUE_WORDS = 4;

/**
 * Where a time adjunct ending right before `end` starts (`last month`, `this morning`,
 * `yesterday`), or `end`. A time opened by a preposition stays with the noun before it (`the
 * minutes of the board meeting on 9 June record`).
 */
function timeBeforeCue(words: WordList, lo: number, end: number): number {
  for (let s = end - 1; s > lo && end - s <= TIME_BEFORE_CUE_WORDS; s--)
    if (!ADJUNCT_PREPOSITIONS.has(words.at(s)!.key) && pastTimeAdjunct(words, s, end) === end) return s;
  return end;
}

/**
 * `Coastguard commanders said …`, `Two traders at Port Ardis banks said …`, `Displaced people
 * interviewed by protection monitors said …`: the words opening the clause up to a past cue,
 * with no verb among them, are its subject, though no lexicon word heads them. The clause may
 * open after an adverbial and its comma (`On Friday, an announcer in uniform said …`), and a
 * relative clause between commas may close the subject (`A duty officer at the gate, who …, said`).
 */
/** Prepositions of place and means that a participle may take before its object (`waiting outside`, `stuck in`). */
const PARTICIPLE_PREPOSITIONS = new Set(
  // `Staff interviewed for the report said`: `for` gives the participle's purpose.
  [...LOCATIVE_PREPOSITIONS, ...OBJECT_PREPOSITIONS, 'for'].filter((p) => p !== 'of' && p !== 'by'),
);

/**
 * A participle and its preposition stand before word `at` (`waiting outside`, `based in`), the
 * participle's own short object between them (`sharing a taxi to`).
 */
function participlePhraseBefore(words: WordList, at: number): boolean {
  const preposition = words.at(at - 1)!;
  if (!preposition.isWord || preposition.cap) return false;
  // `Workers interviewed by the Ledger said`: a past participle's agent (not `a report by the auditor`,
  // nor an issuer, which speaks through its document: `a statement issued by the ministry said`).
  if (preposition.key === 'by') return participleBeforeAgent(words, at - 2);
  if (!PARTICIPLE_PREPOSITIONS.has(preposition.key)) return false;
  for (let p = at - 2; p >= Math.max(0, at - 2 - PARTICIPLE_OBJECT_WORDS); p--) {
    const participle = words.at(p)!;
    if (!participle.isWord || participle.cap) return false;
    if (participle.key.endsWith('ing') || (p === at - 2 && isPastForm(words, p))) return true;
  }
  return false;
}

/** Most words of a participle's object before its preposition (`sharing a taxi to`). */
const PARTICIPLE_OBJECT_WORDS = 3;

/** The noun phrase, unless a word of it opens with a digit (`the 29-year-old`); null otherwise. */
function epithetFree(words: WordList, span: MentionSpan | null): MentionSpan | null {
  if (!span) return null;
  for (let t = span.from; t < span.to; t++) if (/^\d/.test(words.at(t)!.text)) return null;
  return span;
}

/**
 * `The meeting stopped after a man in the gallery shouted …`, `… when a resident said …`: a
 * subordinator opens the cue's own clause, and the noun phrase after it, up to the cue, speaks
 * when it names someone (`after the debate said` is no clause). Called for verbs of saying only:
 * `closed after the regulator found …` tells why, it quotes no one.
 */
function subjectAfterSubordinator(words: WordList, lo: number, i: number): MentionSpan | null {
  for (let s = i - 2; s > lo; s--) {
    const w = words.at(s)!;
    if (!w.isWord) return null;
    if (!SUBORDINATORS.has(w.key) || w.cap) continue;
    const named = mentionAfter(words, s + 1, i);
    return named && named.from === s + 1 ? modifiedSubject(words, s + 1, i) : null;
  }
  return null;
}

/**
 * `Growers in the valley say …`, `Many growers say …`: before the base form of a cue of saying, the
 * noun phrase opening the clause is its subject when its head is plural (the word before its first
 * preposition, else its last). Cues that things do too (`the numbers tell`, `placards read`,
 * `polls suggest`) are left to the lexicons' speakers.
 */
/**
 * The subject of a cue that no mention rule found, by where it stands: before a relative or a
 * contact clause, opening the sentence (a noun phrase no lexicon lists, a modified plural), after
 * a subordinator, or a bare plural after a coordinator.
 */
function unlistedSubject(words: WordList, sentenceStart: number, cue: number, form: CueForm): MentionSpan | null {
  // `VESSALY — The patroller said …`: the clause opens past a wire dateline, and past a coordinator
  // opening the sentence (`But the divers told me …`).
  const dated = pastDateline(words, sentenceStart, cue);
  const lo = dated + 1 < cue && CLAUSE_COORDINATORS.has(words.at(dated)!.key) ? dated + 1 : dated;
  // `A former stallholder (I-44) told …`: a reference in brackets may stand between the subject and its cue.
  const i = beforeReference(words, lo, cue);
  const found =
    nounPhraseAfterQuotation(words, lo, i, form) ??
    subjectBeforeRelative(words, sentenceStart, i) ??
    subjectBeforeWhereClause(words, lo, i) ??
    subjectBeforeContactClause(words, lo, i) ??
    subjectBeforeCommaRelative(words, lo, i) ??
    commaRelativeAfterConjunction(words, lo, i) ??
    (form.past || words.at(lo)!.isQuoteMark || !form.base
      ? (openingNounPhrase(words, lo, i) ?? nounPhraseAfterTime(words, lo, i) ?? nounPhraseBeforeAside(words, lo, i))
      : null) ??
    (form.base ? null : identifiedSubject(words, lo, i)) ??
    (form.past
      ? openingModifiedSubject(words, lo, i)
      : form.base && BARE_CLAUSE.has(form.lemma)
        ? pluralOpeningSubject(words, lo, i, THING_CUES.has(form.lemma))
        : null) ??
    (BARE_CLAUSE.has(form.lemma) ? subjectAfterSubordinator(words, lo, i) : null) ??
    (form.past ? pluralAfterConjunction(words, lo, i) : null);
  return found && clauseInSubject(words, found) ? null : found;
}

/**
 * `“The river does not read communiqués,” a Velmoran negotiator told me`: after a quotation and its
 * comma, a plain noun phrase an article or a count opens, right up to the cue, is its speaker,
 * whatever noun heads it.
 */
function nounPhraseAfterQuotation(words: WordList, lo: number, i: number, form: CueForm): MentionSpan | null {
  // (A one-word cue: a phrasal one after a noun is more often its participle, `…”, the lowest of the tests set out in …`.)
  if (form.words.length > 1) return null;
  let t = i;
  while (t - 1 > lo && words.at(t - 1)!.isWord && i - t < QUOTED_SPEAKER_WORDS) t--;
  // (`“…,” a …` or `“…”, a …`: the closing mark and the comma, in either order, right before the phrase.)
  const last = words.at(t - 1);
  const before = words.at(t - 2);
  const closes =
    (last?.isQuoteMark === true && isPunct(before, ',')) || (isPunct(last, ',') && before?.isQuoteMark === true);
  if (!closes) return null;
  const phrase = plainNounPhrase(words, t, i);
  if (!phrase || phrase.from !== t) return null;
  if (phrase.to === i) return phrase;
  // (`a reporter at a private radio station told …`: and the place or body a preposition adds.)
  if (!MENTION_PREPOSITIONS.has(words.at(phrase.to)!.key) || !nounPhraseOnly(words, phrase.to + 1, i)) return null;
  return { from: t, to: i };
}

/** Most words of an unlisted speaker's noun phrase after a quotation, its preposition's phrase included. */
const QUOTED_SPEAKER_WORDS = 9;

/**
 * `Response 0147 states:`, `Witness 3 argues that …`: a capitalised noun and the number that
 * identifies it (a submission, a witness, a patient), opening the clause right before a cue that
 * agrees with one speaker. A count before an `-s` form is a plural noun (`3 states`); after such a
 * label it is the label's number.
 */
function identifiedSubject(words: WordList, lo: number, i: number): MentionSpan | null {
  if (i - 2 !== lo) return null;
  const noun = words.at(lo)!;
  const id = words.at(lo + 1)!;
  return noun.isWord && noun.cap && !noun.possessive && /^\d+$/.test(id.text) ? { from: lo, to: i } : null;
}

/**
 * `We built the railway when everybody said`: a span that opens with a personal pronoun and goes
 * on, or holds a subordinator, is a clause with its own verb, never one noun phrase.
 */
function clauseInSubject(words: WordList, span: MentionSpan): boolean {
  const first = words.at(span.from)!.key;
  if (span.to - span.from > 1 && (PRONOUNS.has(first) || FIRST_PERSON.has(first))) return true;
  for (let t = span.from + 1; t < span.to; t++) {
    const key = words.at(t)!.key;
    if (SUBORDINATORS.has(key) && !PREPOSITION_SUBORDINATORS.has(key)) return true;
  }
  return false;
}

/** Subordinators that are prepositions too (`Voters polled after the debate said`): inside a noun phrase they open its modifier. */
const PREPOSITION_SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'even']);

/**
 * `… as mills scrambled for supplies and bakers warned that …`: a bare plural noun after a
 * coordinator, right before a past cue and its `that`, is the subject of a clause of its own.
 */
function pluralAfterConjunction(words: WordList, lo: number, i: number): MentionSpan | null {
  const noun = words.at(i - 1);
  if (i - 2 <= lo || !noun || noun.cap || words.at(i + 1)?.key !== 'that') return null;
  if (!CLAUSE_COORDINATORS.has(words.at(i - 2)!.key) || !pluralNoun(noun)) return null;
  return { from: i - 1, to: i };
}

/**
 * `The hydrologists tell me …`: with `people`, a cue a thing may take too (`the numbers tell us`)
 * needs a head that names people: a group noun of the lexicon, or one in `-ists` or `-ians`.
 */
function pluralOpeningSubject(words: WordList, lo: number, i: number, people = false): MentionSpan | null {
  // `Lawyers for the heirs also say`: adverbs before the cue are no part of the noun phrase.
  let end = i;
  while (end - 1 > lo && words.at(end - 1)!.isWord && SUBJECT_SKIP.has(words.at(end - 1)!.key)) end--;
  const subject = openingModifiedSubject(words, lo, end);
  if (!subject) return null;
  let head = subject.to - 1;
  for (let t = subject.from + 1; t < subject.to; t++)
    if (
      MENTION_PREPOSITIONS.has(words.at(t)!.key) ||
      ADJUNCT_PREPOSITIONS.has(words.at(t)!.key) ||
      postmodifyingParticiple(words, t)
    ) {
      head = t - 1;
      break;
    }
  // Opening the sentence, the head is capitalised for its place alone.
  const w = words.at(head)!;
  if (people && !(GROUP_NOUNS.has(w.key) || w.key.endsWith('ists') || w.key.endsWith('ians'))) return null;
  return pluralNoun(w, head === lo) ? subject : null;
}

function openingModifiedSubject(words: WordList, lo: number, i: number): MentionSpan | null {
  let from = lo;
  for (let c = lo + 1; c < i; c++) {
    if (!isPunct(words.at(c), ',')) continue;
    if (from === lo && isOpeningAdjunct(words, lo, c)) {
      from = c + 1;
      // `In Ostrela itself, where the season opened last month, hoteliers said …`: the adverbial's relative clause.
      const opener = words.at(from)?.key ?? '';
      if (RELATIVE_PRONOUNS.has(opener) || RELATIVE_ADVERBS.has(opener)) {
        let close = from + 1;
        while (close < i && !isPunct(words.at(close), ',')) close++;
        if (close >= i) return null;
        from = close + 1;
        c = close;
      }
      continue;
    }
    // `…, who would not give his name, said`: the aside closes right before the cue.
    if (RELATIVE_PRONOUNS.has(words.at(c + 1)?.key ?? '') && isPunct(words.at(i - 1), ','))
      return modifiedSubject(words, from, c);
    return null;
  }
  // `Opposition politicians have long called …`: an auxiliary before the cue, with its adverbs, is no part of the subject.
  let end = i;
  while (end - 1 > from && words.at(end - 1)!.isWord && SUBJECT_SKIP.has(words.at(end - 1)!.key)) end--;
  return modifiedSubject(words, from, hasAuxiliary(words, end, i) ? end : i);
}
