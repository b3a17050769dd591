import { isSpace as isSpaceCode } from '../../text';
import {
  ADJUNCT_PREPOSITIONS,
  ARTICLES,
  AUXILIARIES,
  BARE_CLAUSE,
  BE_FORMS,
  BLOCKING_WORDS,
  CLAUSE_COORDINATORS,
  CLAUSE_STOPS,
  type CueForm,
  DETERMINERS,
  DIRECTIVE,
  INFINITIVE,
  MARKED_ONLY,
  OBJECT_PRONOUNS,
  OBJECT_SPEECH_ACTS,
  PARENTHETICAL_OPENERS,
  PARTICIPLE_CUES,
  PASSIVE_REPORT_VERBS,
  PRONOUNS,
  QUANTIFIER_SUBJECTS,
  QUOTED_AS,
  RELATIVE_PRONOUNS,
  SUBJECT_SKIP,
  SUBORDINATORS,
  TITLES,
} from '../lexicon';
import { type MentionInfo, type MentionSpan, describeMentionOnce, mentionAfter, mentionBefore } from '../mentions';
import type { Region } from '../types';
import type { WordList } from '../word-list';
import { type ContentStart, contentAfter } from './content-after';
import {
  type FoundFrame,
  type Frame,
  MIN_CONTENT_WORDS,
  type SentenceScan,
  hasAuxiliary,
  isNounHomograph,
  isPunct,
  regionOf,
  subjectIsFree,
} from './frame';
import {
  SEQUENCE_ADVERBS,
  clauseSubject,
  describedMention,
  invertedApposition,
  openingNounPhrase,
  pastAdjunct,
  qualifiedGroup,
  relativeSubject,
  singularSubject,
  subjectBeforeRelative,
} from './subjects';

/** A bare clause after a trailing attribution shorter than this is an adjunct (`…, he said on Monday`). */
const SHORT_TAIL_WORDS = 6;

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

/** What a verb cue reports: after it, before it, and whether it is a speech act's object (`denied the allegations`). */
interface CueContent {
  readonly after: Region | null;
  readonly before: Region | null;
  readonly act: boolean;
  readonly marked: boolean;
}

/**
 * A reporting verb (`said`, `told … that`, `pointed out`) at word `i`: passes, in order, a
 * passive agent (`was described by X as`), the cue's subject, the content it reports.
 * `previous` is the sentence's frame before this cue, whose subject a joined cue shares.
 */
export function verbCueFrame(
  scan: SentenceScan,
  i: number,
  form: CueForm,
  previous: Frame | undefined,
): FoundFrame | null {
  const { words } = scan;
  const j = i + form.words.length;
  const passive = passiveAgentFrame(scan, i, form);
  if (passive) return passive;
  if (!reportsBySubject(scan, i, form)) return null;
  const cue = findCueSubject(scan, i, form, previous);
  if (!cue) return null;
  const content = findCueContent(scan, i, form, cue);
  if (!content) return null;
  const { source, attributionStart } = cue;
  const w = words.at(i)!;
  const coordinated = source === 'coordinated';
  const frame: Frame = {
    sentence: scan.sentence.index,
    cueStart: w.start,
    cueEnd: words.at(j - 1)!.end,
    lemma: form.lemma,
    subject: cue.subject,
    info: cue.info,
    after: content.after,
    before: content.after ? null : content.before,
    attributionStart: words.at(attributionStart)!.start,
    reported: content.act,
    issued: false,
    marked: content.marked,
    joined: form.participle || coordinated,
    coordinated,
    newClause:
      source === 'before' &&
      CLAUSE_COORDINATORS.has(words.at(attributionStart - 1)?.key ?? '') &&
      isPunct(words.at(attributionStart - 2), ','),
  };
  return { frame, resume: j };
}

/** `All of them have been described by Secretary Rice as “outposts of tyranny”`: the agent of a passive cue speaks. */
function passiveAgentFrame(scan: SentenceScan, i: number, form: CueForm): FoundFrame | null {
  const { doc, words, lo, hi, quoted } = scan;
  const j = i + form.words.length;
  if (!(form.past && i > lo && BE_FORMS.has(words.at(i - 1)!.key) && words.at(j)?.key === 'by')) return null;
  const agent = mentionAfter(words, j + 1, hi);
  const content = agent && subjectIsFree(agent, quoted) ? contentAfter(scan, agent.to, form.lemma, false) : null;
  const after = content ? regionOf(scan, content.at) : null;
  if (!agent || !after) return null;
  const w = words.at(i)!;
  const frame: Frame = {
    sentence: scan.sentence.index,
    cueStart: w.start,
    cueEnd: words.at(j - 1)!.end,
    lemma: form.lemma,
    subject: agent,
    info: describeMentionOnce(doc.text, words, agent),
    after,
    before: null,
    attributionStart: w.start,
    reported: false,
    issued: false,
    marked: content!.marked,
    joined: false,
    newClause: false,
  };
  return { frame, resume: agent.to };
}

/**
 * `police can demand`, `declined to comment`: a possible or refused speech act, not a report;
 * `he was asked`: a passive cue's subject is the addressee; `countries found to be …`, `said to
 * have …`: a passive report about, not by, the subject.
 */
function reportsBySubject(scan: SentenceScan, i: number, form: CueForm): boolean {
  const { words, lo } = scan;
  const j = i + form.words.length;
  if (i > lo && (BLOCKING_WORDS.has(words.at(i - 1)!.key) || (form.past && BE_FORMS.has(words.at(i - 1)!.key))))
    return false;
  return !(
    form.past &&
    !DIRECTIVE.has(form.lemma) &&
    !INFINITIVE.has(form.lemma) &&
    words.at(j)?.key === 'to' &&
    PASSIVE_REPORT_VERBS.has(words.at(j + 1)?.key ?? '')
  );
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
  const conjunction = conjunctionBefore(scan, i);
  const before = subjectBeforeCue(scan, i, form);
  const found: FoundSubject | null = before.subject
    ? { subject: before.subject, info: null, source: 'before' }
    : form.participle
      ? (participleSubject(scan, i, previous) ?? quotedAsSubject(scan, i))
      : (coordinatedSubject(scan, i, conjunction, previous) ?? invertedSubject(scan, i, form));
  // `Lee's remarks came …`: an owner is no subject.
  if (!found || !subjectIsFree(found.subject, quoted) || words.at(found.subject.to - 1)!.possessive) return null;
  const { source } = found;
  let subject = found.subject;
  let info = found.info ?? describeMentionOnce(doc.text, words, subject);
  // `a Republican state lawmaker`, `an English-speaking state crossed …`: a singular subject cannot take the lemma's own form, so the word is a noun.
  if (
    source === 'before' &&
    form.base &&
    form.words.length === 1 &&
    subject.to === i &&
    singularSubject(words, subject, info)
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
  return { subject, info, source, relative: before.relative, attributionStart };
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
  let subject = mentionBefore(words, i, lo, !form.participle);
  const relative = subject === null ? relativeSubject(words, i, lo) : null;
  subject ??= relative;
  if (!subject && !form.participle)
    subject =
      subjectBeforeRelative(words, lo, i) ??
      (form.past || words.at(lo)!.isQuoteMark ? openingNounPhrase(words, lo, i) : null);
  // `“…,” the precinct captain, Hal Meyer, said`: the attribution starts at the noun phrase the name stands beside.
  else if (subject && !form.participle && isPunct(words.at(subject.to), ',')) {
    const wider = openingNounPhrase(words, lo, i);
    if (wider && wider.from > lo && wider.from < subject.from && wider.to === subject.to) subject = wider;
  }
  if (subject && !subjectIsFree(subject, quoted)) subject = null;
  if (subject && !form.participle) subject = pastAdjunct(doc.text, words, subject, lo) ?? subject;
  if (!form.participle && (!subject || subject.from > lo)) subject = qualifiedGroup(words, lo, i, subject) ?? subject;
  return { subject, relative: relative !== null };
}

/**
 * `…, adding that …` / `…, calling it a sham and denying …`: a participle after a comma, or
 * after `and` that continues a participle, takes the subject of the report before it, or with
 * none the subject of the sentence's first clause.
 */
function participleSubject(scan: SentenceScan, i: number, previous: Frame | undefined): FoundSubject | null {
  const { words, lo, quoted } = scan;
  const afterParticiple = words.at(i - 1)?.key === 'and' && previous !== undefined && previous.joined;
  if (!((isPunct(words.at(i - 1), ',') && PARTICIPLE_CUES.has(words.at(i)!.key)) || afterParticiple)) return null;
  if (previous) return { subject: previous.subject, info: previous.info, source: 'borrowed' };
  const subject = clauseSubject(words, lo, i - 1, quoted);
  return subject ? { subject, info: null, source: 'borrowed' } : null;
}

/** `Spicer was quoted as saying …`: the subject of the passive is the speaker. */
function quotedAsSubject(scan: SentenceScan, i: number): FoundSubject | null {
  const { words, lo } = scan;
  if (!(i - 2 > lo && words.at(i - 1)!.key === 'as' && QUOTED_AS.has(words.at(i - 2)!.key))) return null;
  let k = i - 2;
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
): FoundSubject | null {
  const { words, lo, quoted } = scan;
  if (conjunction <= lo) return null;
  const key = words.at(conjunction)!.key;
  const sequenced =
    conjunction < i - 1 && isPunct(words.at(conjunction), ',') && SEQUENCE_ADVERBS.has(words.at(conjunction + 1)!.key);
  if (key !== 'and' && key !== 'but' && !sequenced) return null;
  // `As such, the union has urged …, and has asked …`: the cue shares the subject of the report before it.
  if (previous && !previous.reported) return { subject: previous.subject, info: previous.info, source: 'coordinated' };
  const opening = mentionAfter(words, lo, i);
  const verb = opening ? words.at(opening.to) : undefined;
  return opening && verb && verb.isWord && !verb.cap && subjectIsFree(opening, quoted)
    ? { subject: opening, info: null, source: 'coordinated' }
    : null;
}

/** `…, said Hong.` / `…, said Hong Lei, refuting …`; but in `…, said he found …` the pronoun opens the content. */
function invertedSubject(scan: SentenceScan, i: number, form: CueForm): FoundSubject | null {
  const { doc, words, lo, hi } = scan;
  const j = i + form.words.length;
  if (!BARE_CLAUSE.has(form.lemma) || i <= lo || !(isPunct(words.at(i - 1), ',—') || words.at(i - 1)!.isQuoteMark))
    return null;
  const after = mentionAfter(words, j, hi) ?? describedMention(words, j, hi);
  // `…,” said Kim in reference to …` / `said Ellis to cheers`: a prepositional phrase may follow the inverted subject.
  const next = words.at(after?.to ?? -1);
  // `…,” said a banker who asked not to be named`: a relative clause may follow it too.
  if (
    !after ||
    !(
      after.to >= hi ||
      isPunct(next, ',.;!?—(') ||
      next!.isQuoteMark ||
      (next!.isWord && (ADJUNCT_PREPOSITIONS.has(next!.key) || next!.key === 'to' || RELATIVE_PRONOUNS.has(next!.key)))
    )
  )
    return null;
  return { subject: invertedApposition(doc.text, words, after, hi) ?? after, info: null, source: 'inverted' };
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
  const appositive =
    DETERMINERS.has(words.at(subject.from)!.key) ||
    (TITLES.has(words.at(subject.from)!.key) && !words.at(subject.from)!.cap);
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
 * What the verb cue reports: content after it (`said that …`, a bare clause, a speech act's
 * object), else content before the attribution (`…, Hong said.`). Cues that report nothing
 * are refused here: `I noted`, and a noun homograph without `that`, a colon or a quotation.
 */
export function findCueContent(scan: SentenceScan, i: number, form: CueForm, cue: CueSubject): CueContent | null {
  const { words, lo, hi, end, quoted } = scan;
  const j = i + form.words.length;
  const { source, attributionStart } = cue;
  const plain = source === 'before';
  const afterAt = contentStartAfterCue(scan, i, form, cue);
  let before = contentBeforeCue(scan, i, form, cue);
  // `I noted that “…”` reports the speaker's own earlier words; `we reiterate …` is the statement itself.
  if (cue.info.pronoun === 'first' && !(form.past && afterAt?.marked)) return null;
  // `member states`, `the reports`: a cue that is also a noun counts only with `that`, a colon or a quotation.
  const key = words.at(i)!.key;
  if (form.words.length === 1 && (isNounHomograph(key) || MARKED_ONLY.has(form.lemma)) && !afterAt?.marked) return null;
  let after = afterAt ? regionOf(scan, afterAt.at) : null;
  // `The governor has denied the allegations.`: a speech act whose report is its object alone.
  // A participle right after a noun (`a letter to the council criticizing …`) modifies that noun: only a borrowed subject's participle reports.
  const act =
    !after &&
    source !== 'inverted' &&
    !scan.sentence.headline &&
    (!form.participle || source === 'borrowed') &&
    OBJECT_SPEECH_ACTS.has(form.lemma)
      ? objectOfSpeechAct(words, j, hi, form.lemma, quoted)
      : null;
  if (act) after = { start: words.at(act.from)!.start, end: words.at(act.to - 1)!.end };
  // `While the ministry said the talks were useful, it gave no date`: the report ends where the main clause begins.
  if (after && plain && cue.subject.from === lo + 1 && SUBORDINATORS.has(words.at(lo)!.key))
    after = untilMainClause(scan.doc.text, after);
  // `The ministry, which said the talks were useful, gave no date`: the relative clause closes before the main verb.
  if (after && cue.relative) after = untilRelativeEnd(words, afterAt!.at, after, hi);
  // `…, he said on Monday.`: a short bare tail after a trailing attribution is an adjunct, not content.
  // `The head of the bank, Jo Lind, said rates would stay low.`: an auxiliary makes even a short tail a clause.
  if (
    after &&
    before &&
    afterAt &&
    !afterAt.marked &&
    words.countWords(afterAt.at, hi) <= SHORT_TAIL_WORDS &&
    !hasAuxiliary(words, afterAt.at, hi)
  )
    after = null;
  // `Their plan, they argued, was to win the north.`: a reporting clause set between commas holds both halves.
  if (
    !after &&
    plain &&
    attributionStart > lo &&
    isPunct(words.at(attributionStart - 1), ',') &&
    isPunct(words.at(j), ',') &&
    words.countWords(j + 1, hi) >= 2 &&
    quoted[j + 1]! < 0 &&
    hasAuxiliary(words, j + 1, j + 2)
  ) {
    before = { start: words.at(lo)!.start, end };
  }
  if (!after && !before) return null;
  return { after, before, act: act !== null, marked: act === null && (afterAt?.marked ?? true) };
}

/**
 * Where the content after the cue starts: what `contentAfter` finds (after an inverted
 * subject, past it), the verb opening a relative clause's report (`a bill which McConnell said
 * would lower premiums`), or the clause after the comma of `As the President has said, …`.
 */
function contentStartAfterCue(scan: SentenceScan, i: number, form: CueForm, cue: CueSubject): ContentStart | null {
  const { words, hi } = scan;
  const j = i + form.words.length;
  const inverted = cue.source === 'inverted';
  let afterAt = contentAfter(scan, inverted ? cue.subject.to : j, form.lemma, inverted);
  if (
    !afterAt &&
    !inverted &&
    BARE_CLAUSE.has(form.lemma) &&
    RELATIVE_PRONOUNS.has(words.at(cue.subject.from - 1)?.key ?? '') &&
    AUXILIARIES.has(words.at(j)?.key ?? '') &&
    words.countWords(j, hi) >= MIN_CONTENT_WORDS
  ) {
    afterAt = { at: j, marked: false };
  }
  if (!inverted && words.at(cue.attributionStart - 1)?.key === 'as') {
    let k = j;
    while (k < hi && words.at(k)!.isWord && SUBJECT_SKIP.has(words.at(k)!.key)) k++;
    if (isPunct(words.at(k), ',') && k + 1 < hi) afterAt = { at: k + 1, marked: true };
  }
  return afterAt;
}

/**
 * Content before an attribution that follows a comma, a dash or a closing mark (`“…,” Hong
 * said`, `…, analysts pointed out.`); an adverbial opening (`In a speech last week, Xi said …`)
 * is not content.
 */
function contentBeforeCue(scan: SentenceScan, i: number, form: CueForm, cue: CueSubject): Region | null {
  const { words, lo, hi } = scan;
  const j = i + form.words.length;
  const { attributionStart } = cue;
  const lead = words.at(attributionStart - 1);
  if (
    cue.source === 'coordinated' ||
    cue.source === 'borrowed' ||
    attributionStart <= lo ||
    !lead ||
    !(isPunct(lead, ',—') || lead.isQuoteMark)
  )
    return null;
  // `In a speech last week, Xi said …` / `Asked whether …, Chow told …`: an adverbial opening is not content.
  const opensWithAdverbial =
    (PARENTHETICAL_OPENERS.has(words.at(lo)!.key) && !QUANTIFIER_SUBJECTS.has(words.at(lo)!.key)) ||
    (words.at(lo)!.isQuoteMark === false && words.at(lo)!.key.endsWith('ed') && !lead.isQuoteMark);
  // A cue that takes no bare clause reports what precedes it only from the sentence's end (`…, analysts pointed out.`).
  const trailing = BARE_CLAUSE.has(form.lemma) || words.countWords(j, hi) <= SHORT_TAIL_WORDS;
  return lead.isQuoteMark ||
    (words.countWords(lo, attributionStart) >= MIN_CONTENT_WORDS && !opensWithAdverbial && trailing)
    ? { start: words.at(lo)!.start, end: lead.start }
    : null;
}

/** Most words of a speech act's noun-phrase object (`denied the allegations of fraud in the north`). */
const OBJECT_MAX_WORDS = 10;

/**
 * The noun phrase a speech act reports (`denied the allegations`, `accused the minister of
 * bullying them`, `called her a liar`): from an article, determiner, name or object pronoun to
 * the first punctuation, quotation mark, clause word or adjunct preposition. `call` needs a
 * second noun phrase, its naming complement (`called the plan a sham`, not `called the meeting`).
 */
function objectOfSpeechAct(
  words: WordList,
  j: number,
  hi: number,
  lemma: string,
  quoted: Int32Array,
): MentionSpan | null {
  const first = words.at(j);
  if (!first || !first.isWord || quoted[j]! >= 0) return null;
  const pronoun = OBJECT_PRONOUNS.has(first.key) && !first.cap;
  if (!(ARTICLES.has(first.key) || DETERMINERS.has(first.key) || first.cap || pronoun)) return null;
  let t = j;
  let articles = 0;
  while (t < hi && t - j < OBJECT_MAX_WORDS) {
    const w = words.at(t)!;
    if (!w.isWord || quoted[t]! >= 0) break;
    if (
      t > j &&
      !w.cap &&
      (CLAUSE_COORDINATORS.has(w.key) ||
        RELATIVE_PRONOUNS.has(w.key) ||
        ADJUNCT_PREPOSITIONS.has(w.key) ||
        (CLAUSE_STOPS.has(w.key) && w.key !== 'of' && w.key !== 'against'))
    )
      break;
    if (t > j && ARTICLES.has(w.key)) articles++;
    t++;
  }
  if (t === j || (t - j === 1 && !pronoun && !first.cap && ARTICLES.has(first.key))) return null;
  if (lemma === 'call' && articles === 0) return null;
  // `denied the claim as “absurd.”`: a naming quotation after `as` makes the quote, not the bare object.
  if (words.at(t)?.key === 'as' && words.at(t + 1)?.isQuoteMark) return null;
  return { from: j, to: t };
}

/** A reported clause inside a subordinate clause ends at the last comma of the sentence, before the main clause. */
function untilMainClause(text: string, r: Region): Region {
  const comma = text.lastIndexOf(',', r.end - 1);
  if (comma <= r.start) return r;
  let end = comma;
  while (end > r.start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end > r.start ? { start: r.start, end } : r;
}

/** A comma inside the content followed by a lower-case word that opens no noun phrase: the main clause's verb (`…, gave no date`). */
function untilRelativeEnd(words: WordList, at: number, r: Region, hi: number): Region {
  for (let k = at; k < hi && words.at(k)!.start < r.end; k++) {
    if (!isPunct(words.at(k), ',')) continue;
    const next = words.at(k + 1);
    if (
      next &&
      next.isWord &&
      !next.cap &&
      !ARTICLES.has(next.key) &&
      !DETERMINERS.has(next.key) &&
      !PRONOUNS.has(next.key) &&
      !CLAUSE_STOPS.has(next.key) &&
      !PARENTHETICAL_OPENERS.has(next.key)
    ) {
      return { start: r.start, end: words.at(k - 1)!.end };
    }
  }
  return r;
}
