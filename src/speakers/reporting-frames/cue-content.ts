import { isSpace, lineBreakBetween, shortLineAt } from '../../text';
import {
  ADJUNCT_PREPOSITIONS,
  ARTICLES,
  AUXILIARIES,
  BARE_CLAUSE,
  CLAUSE_COORDINATORS,
  CLAUSE_STOPS,
  DETERMINERS,
  DIRECTIVE,
  FOCUS_ADVERBS,
  LISTENER_OBJECT,
  type CueForm,
  MENTION_OPENERS,
  MARKED_ONLY,
  PHRASAL_NON_CUES,
  OBJECT_PARTICLE_NON_CUES,
  THAT_CLAUSE_ONLY,
  THING_CUES,
  DATA_NOUNS,
  STATEMENT_PERFORMATIVES,
  OBJECT_CUES,
  FIRST_PERSON,
  OBJECT_PRONOUNS,
  PAST_MODALS,
  SUBJECT_PRONOUNS,
  POSSESSIVE_DETERMINERS,
  OBJECT_SPEECH_ACTS,
  PARENTHETICAL_OPENERS,
  PERIODS,
  PRONOUNS,
  QUANTIFIER_SUBJECTS,
  RELATIVE_PRONOUNS,
  SOURCE_POSTMODIFIERS,
  SUBJECT_SKIP,
  SUBORDINATORS,
  TEMPORAL_SUBORDINATORS,
  TERM_VERBS,
  TITLE_MINOR_WORDS,
  THINKING_VERBS,
  TIME_UNITS,
  CITING_VERBS,
  CONCESSIVE_RELATIVES,
  CONTACT_INFINITIVE,
  COINING_VERBS,
  PARTICIPLE_CUES,
  REFLEXIVE_PRONOUNS,
  POSSESSIVE_PRONOUNS,
  WITHHELD_NAMES,
  WRITING_NOUNS,
  RELATIVE_ADVERBS,
  RELATIVE_TIME_ENDS,
  SELF_POSSESSIVES,
  CUE_FORMS,
  QUESTION_OPENERS,
  NAMING_VERBS,
  LOCATIVE_PREPOSITIONS,
  ABSOLUTE_OPENERS,
  PENDING_SUBORDINATORS,
  MANDATIVE_HEADS,
  isFigure,
  MENTION_PREPOSITIONS,
} from '../lexicon';
import { abbreviationDot, mentionAfter, type MentionSpan } from '../mentions';
import type { Region } from '../types';
import { isHandle, type WordList } from '../word-list';
import { type ContentStart, contentAfter, pastTimeAdjunct } from './content-after';
import type { CueSubject } from './cue-subject';
import { plainNounPhrase, spanAdjunct } from './subjects';
import {
  INDIRECT_QUESTION_WORDS,
  MIN_CONTENT_WORDS,
  NAMING_REACH,
  SHORT_TAIL_WORDS,
  type SentenceScan,
  clauseVerbFrom,
  habitStart,
  hasAuxiliary,
  isPastForm,
  INTERRUPTED_RELATIVES,
  isDocumentNoun,
  isLowerWord,
  isNounHomograph,
  isPunct,
  namingQuotationAfter,
  pastDateline,
  pastVerbAt,
  regionOf,
  verbAmong,
  resumptiveOpening,
  quantityOpenerLength,
  singularOrPluralOf,
  phraseAt,
} from './frame';

/** What a verb cue reports: after it, before it, and whether it is a speech act's object (`denied the allegations`). */
interface CueContent {
  readonly after: Region | null;
  readonly before: Region | null;
  readonly act: boolean;
  readonly marked: boolean;
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
  const first = cue.info.pronoun === 'first';
  if (ownAct(form, cue)) return null;
  if (reportsNothing(words, i, form, cue, hi) || unmadeSpeech(scan, i, form, cue)) return null;
  const afterAt = contentStartAfterCue(scan, i, form, cue);
  if (afterAt && keepsNameOut(words, afterAt.at, hi, form.lemma)) return null;
  let before = contentBeforeCue(scan, i, form, cue);
  const afterQuotation = words.at(attributionStart - 1)?.isQuoteMark === true;
  const ownQuotation = afterQuotation && attributionStart > lo && afterAt === null;
  if (first && !afterAt?.marked && !ownQuotation && !narratorClause(words, i, form, afterAt, hi)) return null;
  // `‘… isn’t it?’ I said it was a third of it.`: the narrator's clause is the report, not the quotation before it.
  if (first && !ownQuotation) before = null;
  // `member states`, `the reports`: a cue that is also a noun counts only with `that`, a colon or a quotation
  // (right after a closing quotation the homograph is the verb: `“…,” the minister posts on X`).
  if (
    // (`put it more bluntly`: a phrase cue that is marked-only reports a bare clause only before it, `“…” – that was how X put it`.)
    ((form.words.length === 1 && (isNounHomograph(words.at(i)!.key) || MARKED_ONLY.has(form.lemma))) ||
      (form.words.length > 1 && MARKED_ONLY.has(form.lemma) && !before)) &&
    !afterAt?.marked &&
    !(afterQuotation && isNounHomograph(words.at(i)!.key)) &&
    !(before && plain && thingClosing(scan, form, j))
  )
    return null;
  // `had shown “considerable patience”`: a one-word marked-only cue's quotation is its object (`put it, “…”` reports).
  if (
    form.words.length === 1 &&
    MARKED_ONLY.has(form.lemma) &&
    afterAt &&
    (words.at(afterAt.at)?.isQuoteMark === true || words.at(afterAt.at - 1)?.isQuoteMark === true) &&
    // (`held that “…”`, `Section 4 provides: “…”`: a quotation after `that` or a colon is the clause reported.)
    !['that', ':'].includes(words.at(afterAt.at - 1)?.key ?? '')
  )
    return null;
  let after = afterAt ? regionAfter(scan, afterAt, form) : null;
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
    after = untilMainClause(scan.doc.text, words, after, lo, hi);
  // `The ministry, which said the talks were useful, gave no date`: the relative clause closes before the main verb.
  if (after && cue.relative && afterAt) after = untilRelativeEnd(words, afterAt.at, after, hi);
  // `…, he said on Monday.`: a short bare tail after a trailing attribution is an adjunct, not content.
  // `The head of the bank, Jo Lind, said rates would stay low.`: an auxiliary makes even a short tail a clause.
  // `…, a rights group said on Tuesday in a report the government dismissed as …`: after a trailing
  // attribution, a bare clause found only past the cue's adjuncts is the adjunct's own relative clause.
  if (
    after &&
    before &&
    afterAt &&
    !afterAt.marked &&
    ((words.countWords(afterAt.at, hi) <= SHORT_TAIL_WORDS && !hasAuxiliary(words, afterAt.at, hi)) ||
      (afterAt.at > j && ADJUNCT_PREPOSITIONS.has(words.at(j)?.key ?? '')))
  )
    after = null;
  // `Their plan, they argued, was to win the north.`: a reporting clause set between commas holds both halves;
  // `Until then, Holm said, both sides will wait.`: so does one after an adverbial opening, before a clause.
  // `More than 90 minors, as the agency notes, are at risk`: an `as` clause between commas holds both halves too
  // (what follows its comma is no content of its own).
  const asAside =
    attributionStart - 2 >= lo &&
    words.at(attributionStart - 1)!.key === 'as' &&
    isPunct(words.at(attributionStart - 2), ',');
  if (
    (!after || asAside) &&
    plain &&
    attributionStart > lo &&
    (isPunct(words.at(attributionStart - 1), ',') || asAside) &&
    isPunct(words.at(j), ',') &&
    words.countWords(j + 1, hi) >= 2 &&
    quoted[j + 1]! < 0 &&
    // `The council, she says, drafted the text`: the subject's own past verb goes on after the clause too.
    (hasAuxiliary(words, j + 1, j + 2) ||
      isPastForm(words, j + 1) ||
      presentVerbAfterAside(words, j + 1) ||
      // `Now, he says, it is the busiest road`: a pronoun subject and its auxiliary.
      (PRONOUNS.has(words.at(j + 1)?.key ?? '') && hasAuxiliary(words, j + 2, j + 3)) ||
      // `But, he added, the money has not arrived`: a lone coordinator, then a clause with its verb.
      (attributionStart - 1 === lo + 1 && CLAUSE_COORDINATORS.has(words.at(lo)!.key) && verbAmong(words, j + 1, hi)) ||
      (opensWithAdverbial(words, lo, attributionStart) && words.countWords(j + 1, hi) >= MIN_CONTENT_WORDS))
  ) {
    before = { start: words.at(lo)!.start, end };
    after = null;
  }
  const interrupted = plain && !after ? interruptedClause(scan, attributionStart, j) : null;
  if (interrupted) [before, after] = [null, interrupted];
  if (!after && !before) return null;
  return { after, before, act: act !== null, marked: act === null && (afterAt?.marked ?? true) };
}

/**
 * The speaker's own act, no report: a present cue of `I`/`we` (`we reiterate …` is the statement
 * itself; `I noted that “…”` may report); `Japan urges Russia to …`, `MOFA condemns …`, `The UK
 * regrets …`: a country or an organisation's present-tense stance (see `statementPerformatives`) is
 * the act of the statement or release that states it, as `we urge` is; a report tells it in the past
 * (`Norway urged Russia to …`).
 */
function ownAct(form: CueForm, cue: CueSubject): boolean {
  if (form.past) return false;
  if (cue.info.pronoun === 'first') return true;
  return (
    !form.participle &&
    STATEMENT_PERFORMATIVES.has(form.lemma) &&
    (cue.info.type === 'country' || cue.info.type === 'organization')
  );
}

/**
 * `a hut where, it says, a shepherd was killed`, `because, it said, the offer would lapse`, `just
 * as, he said, it goes on urging an inquiry`, `It was late, and, she says, nobody moved`: a reporting clause set right after a relative word, a
 * subordinator or a coordinator after its comma (from `attributionStart` to
 * its comma at `j`) reports the clause it interrupts, which goes on after that comma; null when it
 * stands elsewhere.
 */
function interruptedClause(scan: SentenceScan, attributionStart: number, j: number): Region | null {
  const { words, lo, hi, end } = scan;
  const opener = words.at(attributionStart - 2)?.key ?? '';
  return attributionStart - 2 >= lo &&
    isPunct(words.at(attributionStart - 1), ',') &&
    (INTERRUPTED_RELATIVES.has(opener) ||
      SUBORDINATORS.has(opener) ||
      // (`just as, he said, it continues to urge …`)
      opener === 'as' ||
      coordinatedAfterComma(words, lo, attributionStart - 2)) &&
    isPunct(words.at(j), ',') &&
    words.countWords(j + 1, hi) >= MIN_CONTENT_WORDS
    ? { start: words.at(j + 1)!.start, end }
    : null;
}

/** `…, and, she says, nobody …`: the coordinator at `k` joins a new clause to the one its comma closes. */
function coordinatedAfterComma(words: WordList, lo: number, k: number): boolean {
  return k - 1 > lo && CLAUSE_COORDINATORS.has(words.at(k)!.key) && isPunct(words.at(k - 1), ',');
}

/** Most words after the cue of an `as` clause before its comma (`puts it in his commentary on the Convention`). */
const AS_CLAUSE_TAIL_WORDS = 8;

/** A word of an `as` clause's adjunct: no quotation mark, no subordinator or relative word, no verb of its own. */
function asClauseTailWord(words: WordList, k: number): boolean {
  const w = words.at(k)!;
  return (
    w.isWord &&
    !SUBORDINATORS.has(w.key) &&
    !RELATIVE_PRONOUNS.has(w.key) &&
    !hasAuxiliary(words, k, k + 1) &&
    !pastVerbAt(words, k)
  );
}

/** Most words from a sentence's opening `as` to the cue of its clause (`As one seller, Tobias Renke of Renke Cycles, told us`). */
const AS_SUBJECT_WORDS = 14;

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
  // (`As the Authority’s own president, Maren Oduya-Strand, put it this morning, …`: the subject may
  // take a name in apposition between the sentence's opening `as` and the cue: `as`, the noun phrase
  // and its comma, then the capitalised name; not `As federations gather in Aldane, the incumbent promises …`.)
  const asAt =
    words.at(cue.attributionStart - 1)?.key === 'as'
      ? cue.attributionStart - 1
      : words.at(scan.lo)?.key === 'as' &&
          cue.attributionStart - scan.lo <= AS_SUBJECT_WORDS &&
          words.at(cue.attributionStart)!.cap &&
          isPunct(words.at(cue.attributionStart - 1), ',') &&
          !hasAuxiliary(words, scan.lo + 1, cue.attributionStart)
        ? scan.lo
        : -1;
  if (!inverted && asAt >= 0) {
    // `As Dessart puts it in his commentary on the Convention, …`: an adjunct may close the `as` clause.
    // (`As you said to me when we spoke this evening, …`: so may a clause of time, its verb with it, when
    // the `as` clause opens the sentence.)
    const opening = asAt === scan.lo;
    let k = j;
    let temporal = false;
    for (; k < hi && k - j <= AS_CLAUSE_TAIL_WORDS; k++) {
      const w = words.at(k)!;
      if (!temporal && opening && TEMPORAL_SUBORDINATORS.has(w.key)) temporal = true;
      else if (!(temporal ? w.isWord : asClauseTailWord(words, k))) break;
    }
    // (`As Samir put it: “…”`: a colon hands over the clause or the quotation after it too.)
    if (isPunct(words.at(k), ',:') && k + 1 < hi && words.countWords(k + 1, hi) >= MIN_CONTENT_WORDS)
      afterAt = { at: k + 1, marked: true };
  }
  if (afterAt && !afterAt.marked && cueClosesShortLine(scan, j, afterAt.at)) return null;
  return afterAt;
}

/** A line this short ending in a cue is an item of a list or a heading (`16.40 Council leader responds`). */
const LIST_LINE_MAX = 40;

/**
 * `16.40 Council leader responds` over `15.55 Campaigners react` in a live page's key events: a
 * cue closing a short line of its own hands nothing to the lines below it without a colon or a
 * `that` (a wrapped paragraph's long lines still run on).
 */
function cueClosesShortLine({ doc, words }: SentenceScan, j: number, at: number): boolean {
  const cueEnd = words.at(j - 1)!.end;
  return (
    lineBreakBetween(doc.text, cueEnd, words.at(at)!.start) && shortLineAt(doc.text, cueEnd - 1, LIST_LINE_MAX) !== null
  );
}

/**
 * Content before an attribution that follows a comma, a dash or a closing mark (`“…,” Hong
 * said`, `…, analysts pointed out.`); an adverbial opening (`In a speech last week, Xi said …`)
 * is not content.
 */
function contentBeforeCue(scan: SentenceScan, i: number, form: CueForm, cue: CueSubject): Region | null {
  const { words, lo, hi } = scan;
  const j = i + form.words.length;
  // `The talks have failed, as the minister has said.`: an `as` clause closing the sentence after a
  // comma reports the clause before that comma, as a trailing `…, the minister said.` does.
  const closingAs = closingAsClause(scan, form, cue, j);
  const attributionStart = closingAs ? cue.attributionStart - 1 : cue.attributionStart;
  const lead = words.at(attributionStart - 1);
  if (
    cue.source === 'coordinated' ||
    cue.source === 'borrowed' ||
    attributionStart <= lo ||
    !lead ||
    !(isPunct(lead, ',—') || lead.isQuoteMark)
  )
    return null;
  // `Noting the Secretary's decision to travel, Minister Lind said:` over a quotation: a colon hands
  // over what follows, and what went before is the sentence's adjunct.
  if (isPunct(words.at(j), ':') && (j + 1 >= hi || words.at(j + 1)!.isQuoteMark)) return null;
  // `… will “review” its Saltreach calls`: a naming verb names its object (`the mayor called it`); with
  // none after it, the word is a plural noun, not a cue.
  if (NAMING_VERBS.has(form.lemma) && words.at(j)?.isWord !== true) return null;
  // `… with the minister, Mia Ask, who had asked for a meeting.`: before a relative clause's cue stands
  // the clause its antecedent belongs to, not words the antecedent spoke.
  if (cue.relative && !lead.isQuoteMark) return null;
  // `…, said that the declaration, because the three communities agreed on it, …`: a subordinate clause's report reaches no further back than its subordinator.
  if (SUBORDINATORS.has(words.at(attributionStart)!.key)) return null;
  // `at which, he said, a senior manager told …`: what a reporting clause set between commas ends is its own report.
  if (
    CUE_FORMS.has(words.at(attributionStart - 2)?.key ?? '') &&
    // (not a noun spelt like a cue: `denies the charges, his lawyer said`)
    !ARTICLES.has(words.at(attributionStart - 3)?.key ?? '') &&
    commaWithin(words, attributionStart - 5, attributionStart - 2)
  )
    return null;
  // `She claimed …, a charge his team denied.`: a noun taking up what was said opens a reaction to it, not a report of it.
  if (resumptiveOpening(words, attributionStart) > 0) return null;
  // `does not say who, or what, he believes was helping her`: a verb right after the cue goes on with a clause
  // whose subject went before it (`who … was helping`); the cue sits inside that clause and reports nothing before it.
  if (AUXILIARIES.has(words.at(j)?.key ?? '') && words.at(j + 1)?.isWord === true) return null;
  // `The driver’s lawyer, Emil Saska, told …`: the noun phrase the name stands in apposition to is
  // no content; an inverted cue, or one that ends a headline, has no such apposition (`Floods
  // Left Thousands Homeless, Says …`, `…, UN Says`, where title case makes the clause look like a name).
  const apposition = cue.source !== 'inverted' && (words.countWords(j, hi) > 0 || !scan.sentence.headline);
  // (`6 September - The Minister for Transport, Tobias Wrenfield, asks …`: past a timeline's date and dash.)
  if (isPunct(lead, ',') && apposition && nounPhraseUpTo(words, pastDateline(words, lo, hi), attributionStart - 1))
    return null;
  // `In a speech last week, Xi said …` / `Asked whether …, Chow told …`: an adverbial opening is not content;
  // `In March, the camp had 312 cases, officials said.`: one that a clause follows opens the content.
  const adverbial =
    !lead.isQuoteMark &&
    opensWithAdverbial(words, lo, attributionStart) &&
    !clauseAfterOpening(words, lo, attributionStart - 1);
  // A cue that takes no bare clause reports what precedes it only from the sentence's end (`…, analysts pointed out.`);
  // nor does one whose object follows it (`…, Cem Aral, answered the post with a map`).
  // Nor does a naming verb with its quotation after it (`…, Kestovia calls vote ‘the minimum’`), nor
  // one whose infinitive follows it (`…, after the president threatened to clear the gallery`).
  const trailing =
    ((BARE_CLAUSE.has(form.lemma) && !objectFollows(words, j, form)) ||
      (words.countWords(j, hi) <= SHORT_TAIL_WORDS && words.at(j)?.key !== 'to')) &&
    !(NAMING_VERBS.has(form.lemma) && quotationIn(words, j, hi)) &&
    // (Nor one asking for something or to do something: `…, the master asks to wait`, `…, our officers asked for it again`.)
    !requestFollows(words, j);
  // (A dateline ending at the attribution leaves no content: `MARRA, June 11 (Norpress) — Residents who … said`.)
  let from = Math.min(pastDateline(words, lo, hi), attributionStart);
  // `We agree that there is an urgent need …, as the President has said.`: the speaker's own clause
  // agrees with what the `as` clause's subject said, which is the clause its `that` opens.
  if (closingAs && FIRST_PERSON.has(words.at(from)!.key)) {
    from = thatClauseStart(words, from, attributionStart - 1);
    if (from < 0) return null;
  }
  if (closingAs && cueWithin(scan, from, attributionStart - 1)) return null;
  return lead.isQuoteMark || (words.countWords(from, attributionStart) >= MIN_CONTENT_WORDS && !adverbial && trailing)
    ? { start: words.at(from)!.start, end: lead.start }
    : null;
}

/**
 * The cue's subject follows an `as` after a comma, and only a short adjunct follows the cue to the
 * sentence's end (`…, as the Secretary-General has said.`, `…, as Amnesty put it in its report.`);
 * not an `as` clause set between commas before the rest of the sentence (see `findCueContent`).
 * Only a verb of saying (not of thinking: `as we all expect`; nor `as figures show`), in a sentence
 * that is no headline, and whose clause before the comma reports nothing itself (`She said …, as
 * Tarvel maintains`, `They call on …, as the mission recommended`: the `as` clause backs that report).
 */
function closingAsClause({ words, hi, sentence }: SentenceScan, form: CueForm, cue: CueSubject, j: number): boolean {
  const at = cue.attributionStart;
  return (
    cue.source === 'before' &&
    !sentence.headline &&
    words.at(at - 1)?.key === 'as' &&
    isPunct(words.at(at - 2), ',') &&
    !isPunct(words.at(j), ',') &&
    words.countWords(j, hi) <= SHORT_TAIL_WORDS &&
    BARE_CLAUSE.has(form.lemma) &&
    !THINKING_VERBS.has(form.lemma) &&
    !objectFollows(words, j, form)
  );
}

/** Some word of `[from, to)` outside quotation marks is a cue. */
function cueWithin({ words, quoted }: SentenceScan, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (quoted[t]! < 0 && CUE_FORMS.has(words.at(t)!.key)) return true;
  return false;
}

/** The word after the first `that` a verb of saying or thinking takes in `[from, to)` (`agree that`), or -1. */
function thatClauseStart(words: WordList, from: number, to: number): number {
  for (let t = from + 1; t + 1 < to; t++)
    if (words.at(t)!.key === 'that' && CUE_FORMS.has(words.at(t - 1)!.key)) return t + 1;
  return -1;
}

/** Most words of a prepositional adjunct between a `thatClauseOnly` cue and its `that` (`at paragraph 212`). */
const THAT_ADJUNCT_WORDS = 4;

/** Most words from `that` to its clause's verb (`that a supplier intending to interrupt deliveries … shall`). */
const THAT_CLAUSE_VERB_REACH = 20;

/**
 * `The treaty provides that the seller may …`: `that` at `j` opens a clause whose verb (an
 * auxiliary, a be-form or a past) shows within reach, or a quotation; a cue of `thatClauseOnly`
 * reports nothing else.
 */
function thatClauseAt(words: WordList, j: number, hi: number): boolean {
  // `held at paragraph 212 that …`, `provides in Article 5 that …`: a short prepositional adjunct may come first.
  if (CLAUSE_STOPS.has(words.at(j)?.key ?? ''))
    for (let t = j + 1; t < hi && t - j <= THAT_ADJUNCT_WORDS; t++) {
      if (!words.at(t)!.isWord) break;
      if (words.at(t)!.key === 'that') {
        j = t;
        break;
      }
    }
  // `provides further that …`, `provides only that …`: so may a focus adverb.
  if (FOCUS_ADVERBS.has(words.at(j)?.key ?? '') && words.at(j + 1)?.key === 'that') j++;
  if (words.at(j)?.key !== 'that') return false;
  // `gives notice that it intends to …`: a subject pronoun opens a clause whatever tense its verb shows.
  const subject = words.at(j + 1)?.key ?? '';
  const reach = Math.min(hi, j + 1 + THAT_CLAUSE_VERB_REACH);
  return (
    words.at(j + 1)?.isQuoteMark === true ||
    (PRONOUNS.has(subject) && !OBJECT_PRONOUNS.has(subject) && words.at(j + 2)?.isWord === true) ||
    clauseVerbFrom(words, j + 1, reach) ||
    quotedPredicate(words, j + 1, reach)
  );
}

/**
 * `submitted that the defence “collapses on its own evidence”`: a noun phrase then a quotation, the
 * clause's verb quoted with it (its present tense shows no auxiliary or past).
 */
function quotedPredicate(words: WordList, from: number, to: number): boolean {
  for (let t = from + 1; t < to; t++) {
    const w = words.at(t)!;
    if (w.isQuoteMark) return words.at(t - 1)!.isWord && words.at(t + 1)?.isWord === true && !words.at(t + 1)!.cap;
    if (!w.isWord) return false;
  }
  return false;
}

/**
 * `…, data on the platform showed.`: a marked-only cue a thing may take (`show`), closing a body
 * sentence after its comma, reports what came before (a headline's is left to its own rules).
 */
function thingClosing(scan: SentenceScan, form: CueForm, j: number): boolean {
  return (
    MARKED_ONLY.has(form.lemma) &&
    THING_CUES.has(form.lemma) &&
    !scan.sentence.headline &&
    scan.words.countWords(j, scan.hi) === 0 &&
    // A line without its full stop is a heading's (`…, leaked messages show`), as a headline is.
    isPunct(scan.words.at(scan.sentence.tokenEnd - 1), '.')
  );
}

/** A comma among words `[from, to)`. */
function commaWithin(words: WordList, from: number, to: number): boolean {
  for (let t = Math.max(0, from); t < to; t++) if (isPunct(words.at(t), ',')) return true;
  return false;
}

/** A quotation mark among words `[from, to)`. */
function quotationIn(words: WordList, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (words.at(t)!.isQuoteMark) return true;
  return false;
}

/**
 * After the cue at `j`, `for` and what is asked for, `to` and an infinitive (not a listener: `said
 * to reporters`), or `on` and a gerund (`insisted on paying`).
 */
function requestFollows(words: WordList, j: number): boolean {
  const next = words.at(j)?.key;
  if (next === 'for') return true;
  // `Aurel Tazanyi insisted on paying for his coffee`: a gerund after `on` is what was insisted on doing.
  if ((next === 'on' || next === 'upon') && /\p{Ll}ing$/u.test(words.at(j + 1)?.text ?? '')) return true;
  const verb = words.at(j + 1);
  return (
    next === 'to' &&
    verb !== undefined &&
    verb.isWord &&
    !verb.cap &&
    !ARTICLES.has(verb.key) &&
    !OBJECT_PRONOUNS.has(verb.key) &&
    !isFigure(verb.key) &&
    !MENTION_OPENERS.has(verb.key)
  );
}

/**
 * A cue that often takes an object (not an addressee) with a word at `j` that opens no adjunct:
 * that word opens its object (`answered the post`), so what came before the cue is not its report.
 */
function objectFollows(words: WordList, j: number, form: CueForm): boolean {
  const w = words.at(j);
  return (
    OBJECT_CUES.has(form.lemma) &&
    !LISTENER_OBJECT.has(form.lemma) &&
    w !== undefined &&
    w.isWord &&
    !ADJUNCT_PREPOSITIONS.has(w.key) &&
    !SUBJECT_SKIP.has(w.key)
  );
}

/**
 * An unmarked clause after the narrator's past cue that reports: one past a listener (`I told him
 * the gas would flow`; `I told you the truth` reports nothing), or one whose verb follows its
 * subject at once (`I said it was about a third of it`), or a naming verb's quotation (`we
 * described it as “…”`), but not a thought (`I thought …`) nor a question (`I asked her why`). A quotation before the cue is the narrator's too (`“It was
 * deferred,” I said.`); the caller checks that.
 */
function narratorClause(
  words: WordList,
  i: number,
  form: CueForm,
  afterAt: { readonly at: number } | null,
  hi: number,
): boolean {
  // (`I asked the minister whether …`: a question put past its listener is no report either.)
  if (afterAt === null || (DIRECTIVE.has(form.lemma) && INDIRECT_QUESTION_WORDS.has(words.at(afterAt.at)!.key)))
    return false;
  // `In June we described the plan as “a disgrace”`: a naming verb quotes the narrator's own past words.
  if (NAMING_VERBS.has(form.lemma) && quotationIn(words, afterAt.at, hi)) return true;
  // (`I told the controller I needed a winch`: past the listener, a subject pronoun and a past verb are a clause too.)
  const subject = words.at(afterAt.at)!.key;
  const pronounPast =
    (PRONOUNS.has(subject) || FIRST_PERSON.has(subject)) &&
    !OBJECT_PRONOUNS.has(subject) &&
    pastVerbAt(words, afterAt.at + 1);
  if (
    afterAt.at > i + form.words.length &&
    LISTENER_OBJECT.has(form.lemma) &&
    (hasAuxiliary(words, afterAt.at, hi) || pronounPast)
  )
    return true;
  return (
    BARE_CLAUSE.has(form.lemma) &&
    !THINKING_VERBS.has(form.lemma) &&
    !DIRECTIVE.has(form.lemma) &&
    hasAuxiliary(words, afterAt.at + 1, Math.min(hi, afterAt.at + 3))
  );
}

/**
 * The cue's subject is a pronoun after a plural noun that a determiner or a quantifier opens, the
 * noun phrase no adjunct's object (`several things he said`; not `in those days he said`, `after
 * the talks they said`).
 */
function contactRelativeCue(words: WordList, cue: CueSubject): boolean {
  const { from, to } = cue.subject;
  const noun = words.at(from - 1);
  const opener = words.at(from - 2)?.key ?? '';
  return (
    to === from + 1 &&
    cue.info.kind === 'pronoun' &&
    isLowerWord(noun) &&
    /[^s]s$/.test(noun!.key) &&
    !CUE_FORMS.has(noun!.key) &&
    !TIME_UNITS.has(noun!.key.slice(0, -1)) &&
    (DETERMINERS.has(opener) || QUANTIFIER_SUBJECTS.has(opener)) &&
    !ADJUNCT_PREPOSITIONS.has(words.at(from - 3)?.key ?? '')
  );
}

/**
 * Speech imagined or still to come, not reported: `If we stopped the tankers, the same people would
 * say …` (a past modal in a sentence opened by `if`), or a pending speech (see `pendingSpeech`).
 */
function unmadeSpeech(scan: SentenceScan, i: number, form: CueForm, cue: CueSubject): boolean {
  const { words, lo } = scan;
  return (
    (words.at(lo)!.key === 'if' && PAST_MODALS.has(words.at(i - 1)?.key ?? '')) ||
    pendingSpeech(scan, form, cue) ||
    demandedSpeech(scan, i, form)
  );
}

/**
 * `It is critical that all States … and urge the DPRK to …`, `insists that the council condemn
 * …`: a base-form cue in a `that` clause after a word of demand (lexicon `mandativeHeads`) is what
 * someone should say, not what was said.
 */
function demandedSpeech({ words, lo }: SentenceScan, i: number, form: CueForm): boolean {
  if (!form.base || form.past || form.participle) return false;
  for (let t = i - 1; t > lo; t--) {
    const w = words.at(t)!;
    if (isPunct(w, '.;:!?') || w.isQuoteMark) return false;
    if (w.key === 'that') return MANDATIVE_HEADS.has(words.at(t - 1)!.key);
  }
  return false;
}

/**
 * `as soon as the police tell us we can`, `once the inspectors say it is safe`: a present cue whose
 * subject follows a subordinator of time or condition (lexicon `pendingSubordinators`) tells of
 * speech still to come or only supposed.
 */
function pendingSpeech({ words, lo }: SentenceScan, form: CueForm, cue: CueSubject): boolean {
  if (form.past || form.participle || cue.source !== 'before') return false;
  const at = Math.min(cue.subject.from, cue.attributionStart);
  return PENDING_SUBORDINATORS.some((keys) => at - keys.length >= lo && phraseAt(words, at - keys.length, keys));
}

/** Most words from the cue to a particle that makes another verb of it past its object. */
const OBJECT_PARTICLE_REACH = 5;

/** The cue at `i` is no report whatever follows it: a term's naming verb, an adjective, a source's postmodifier, a `provides` without its `that` clause. */
function reportsNothing(words: WordList, i: number, form: CueForm, cue: CueSubject, hi: number): boolean {
  const j = i + form.words.length;
  // `@mum_of3 replying to @LUSUnion: …`: a post's header names whom it answers; the body is the post itself.
  if (words.at(j)?.key === 'to' && isHandle(words.at(j + 1)?.text ?? '') && isPunct(words.at(j + 2), ':')) return true;
  // `employers respond by hiring someone else`: the cue's means, a gerund after `by`, is an act, not words.
  if (words.at(j)?.key === 'by' && words.at(j + 1)?.isWord === true && words.at(j + 1)!.key.endsWith('ing'))
    return true;
  // (`Section 31(2) provides: “No toll shall …”`: a colon handing over a quotation marks the clause too; a
  // time may come between: `communicated this morning that …`.)
  if (
    THAT_CLAUSE_ONLY.has(form.lemma) &&
    !thatClauseAt(words, pastTimeAdjunct(words, j, hi), hi) &&
    !(isPunct(words.at(j), ':') && words.at(j + 1)?.isQuoteMark === true)
  )
    return true;
  // `there are several things he said that I wish to address`: a pronoun's cue right after a noun its
  // determiner opens is a relative clause without its pronoun; the noun is what was said, and the
  // clause after it is the noun's (`that I wish to address`), no report. (A naming verb names its own
  // object: `the messages he called officials “cowards” in`.)
  if (!NAMING_VERBS.has(form.lemma) && contactRelativeCue(words, cue)) return true;
  // `Ministry figures show that …`, `Our records show that …`: a record or a count shows; nobody is reported.
  if (THING_CUES.has(form.lemma) && DATA_NOUNS.has(words.at(cue.subject.to - 1)?.key ?? '')) return true;
  // `Their accounts add up to …`, `could not tell them apart`: the particle, right after the cue or its object, makes another verb.
  for (let t = j; t <= j + 1 && t < hi; t++) if (PHRASAL_NON_CUES.has(`${form.lemma} ${words.at(t)!.key}`)) return true;
  // `condemned hundreds of protesters to long prison terms`: a particle past the object makes another verb of it.
  for (let t = j + 1; t < hi && t - j <= OBJECT_PARTICLE_REACH && words.at(t)!.isWord; t++) {
    const after = OBJECT_PARTICLE_NON_CUES.get(`${form.lemma} ${words.at(t)!.key}`);
    if (after && (after.has(words.at(t + 1)?.key ?? '') || after.has(words.at(t + 2)?.key ?? ''))) return true;
  }
  // `a water test tells you what was in the water`: a present cue to a generic `you` before a question word
  // says what a thing shows anyone, no report.
  if (
    !form.past &&
    !form.participle &&
    words.at(j)?.key === 'you' &&
    INDIRECT_QUESTION_WORDS.has(words.at(j + 1)?.key ?? '') &&
    cue.info.pronoun !== 'person'
  )
    return true;
  // `what the industry calls “…”`, `who call themselves “…”`: the quotation names a thing; nobody is reported.
  if (
    TERM_VERBS.has(form.lemma) &&
    ((namingSubjectAfterWhat(words, cue) >= 0 && !namesOnOccasion(words, form, cue)) ||
      REFLEXIVE_PRONOUNS.has(words.at(j)?.key ?? ''))
  )
    return true;
  // `Inmates call the isolation block “the Refrigerator”`, `dubbed the plan “Iron Shield”`: a proper name
  // in quotation marks after a term verb names a thing; nobody's words are quoted.
  if (TERM_VERBS.has(form.lemma) && properNameQuotedAfter(words, j, hi)) return true;
  // `an account called hexbolt_77, read: “…”`, `a user named Wren`: a term verb's passive participle right
  // before a name names a thing or a person; the quotation after the name belongs to another cue.
  if (TERM_VERBS.has(form.lemma) && form.past && namedAccount(words, j)) return true;
  // `a feature called “Nearby”`: a term verb's participle after a noun its determiner opens, with the
  // quotation right after it, names the thing (`a move critics called “…”` has a subject of its own).
  if (TERM_VERBS.has(form.lemma) && form.past && words.at(j)?.isQuoteMark === true && nounAfterDeterminer(words, i - 1))
    return true;
  // `The panel read 164 novels`, `people read it as “sterile”`: a person reading an object reports nothing
  // (a document's `read` does: `The sign read: “…”`, `“…,” the note read`).
  if (form.lemma === 'read' && cue.source === 'before' && readsObject(words, j, cue)) return true;
  // `Banners reading “Clean River Now” hang …`, `badges reading “…”`: the slogan a thing carries is
  // nobody's words; only a writing or a document reads its words out (`a note reading “…”`).
  if (form.lemma === 'read' && form.participle && cue.source === 'before' && cue.subject.to === i) {
    const head = words.at(i - 1)!.key;
    if (words.at(j)?.isQuoteMark === true && !singularOrPluralOf(WRITING_NOUNS, head) && !isDocumentNoun(head))
      return true;
  }
  // `three written objections`, `a signed statement`: a participle between a count or an article and its noun is an adjective.
  if (form.words.length === 1 && form.past && participleAdjective(words, i)) return true;
  // `reported Mr Hale as saying …`: the citing verb hands the words to the person it cites;
  // `wrote in to say …`: the contact verb hands them to its purpose.
  if (CITING_VERBS.has(words.at(i)!.key) && citesAsSaying(words, j)) return true;
  if (CONTACT_INFINITIVE.has(words.at(i)!.key) && sayingPurposeAfter(words, j, i)) return true;
  // `comment on media reports that …`: a noun spelt like a cue after a bare lower-case noun that is a
  // preposition's object is a noun phrase (`The advisory for Kestria states` has a subject of its own).
  const before = words.at(cue.attributionStart - 1);
  if (
    isNounHomograph(words.at(i)!.key) &&
    cue.subject.to === i &&
    cue.subject.to - cue.subject.from === 1 &&
    !words.at(cue.subject.from)!.cap &&
    before?.isWord === true &&
    !before.cap &&
    CLAUSE_STOPS.has(before.key) &&
    // (`…, with coaches warning that …`: a participle after `with` and its noun heads an absolute clause.)
    !(form.participle && ABSOLUTE_OPENERS.has(before.key))
  )
    return true;
  // `…, whatever the ambassador says`: a free relative grants the speech; it reports nothing.
  const opener = Math.min(cue.subject.from, cue.attributionStart);
  if (CONCESSIVE_RELATIVES.has(words.at(opener)!.key) || CONCESSIVE_RELATIVES.has(words.at(opener - 1)?.key ?? ''))
    return true;
  // `a person briefed on the talks said`: the participle says how the source knows; it reports nothing.
  const next = words.at(j)?.key;
  return (SOURCE_POSTMODIFIERS.get(words.at(i)!.key) ?? []).some((p) => p.length === 2 && p[1] === next);
}

/** Most words of a proper name given in quotation marks (`the Refrigerator`, `Operation Iron Shield`). */
const PROPER_NAME_WORDS = 4;
const NAME_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * The first quotation within a naming verb’s reach after `j` holds a proper name: two to four
 * words, each capitalised or a figure but an opening article and a title's minor words inside it
 * (`“Home by Winter”`; one capitalised word alone may be the speaker's: `called it “Outrageous”`).
 */
function properNameQuotedAfter(words: WordList, j: number, hi: number): boolean {
  let open = j;
  while (open < hi && open - j <= NAMING_REACH && words.at(open)!.isWord) open++;
  if (open >= hi || !words.at(open)!.isQuoteMark) return false;
  let t = open + 1;
  while (t < hi && words.at(t)!.isWord && t - open <= PROPER_NAME_WORDS + 1) t++;
  const count = t - open - 1;
  if (t >= hi || !words.at(t)!.isQuoteMark || count < 2 || count > PROPER_NAME_WORDS) return false;
  for (let k = open + 1; k < t; k++) {
    const w = words.at(k)!;
    const article = k === open + 1 && count > 1 && NAME_ARTICLES.has(w.key);
    const minor = k > open + 1 && k < t - 1 && TITLE_MINOR_WORDS.has(w.key);
    if (!article && !minor && !w.cap && !/^\d/u.test(w.text)) return false;
  }
  return true;
}

/** Most words of the person a citing verb cites before `as` (`Vesna Korlan, a former minister,`). */
const CITED_WORDS = 8;

/** From `j`, a short mention then `as` and a participle cue (`Mr Hale as saying`). */
function citesAsSaying(words: WordList, j: number): boolean {
  for (let t = j + 1; t < j + CITED_WORDS; t++) {
    const w = words.at(t);
    if (!w || (!w.isWord && w.text !== ',')) return false;
    if (w.key === 'as') return PARTICIPLE_CUES.has(words.at(t + 1)?.key ?? '');
  }
  return false;
}

/** From `j`, within a few words, `to` and a cue whose purpose is a report (`in to say`, `the desk to say`). */
function sayingPurposeAfter(words: WordList, j: number, cue: number): boolean {
  for (let t = j; t < j + CITED_WORDS; t++) {
    const w = words.at(t);
    if (!w || !w.isWord) return false;
    if (w.key === 'to') return habitStart(words, t + 1, cue) < t + 1;
  }
  return false;
}

/** The articles proper: unlike the lexicon's wider `ARTICLES`, never a pronoun (`that`, `several`). */
const DEFINITE_OR_INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Word `k` is a lower-case noun right after a determiner (`a feature`, `the app`, `its scheme`), not a naming verb's subject. */
function nounAfterDeterminer(words: WordList, k: number): boolean {
  const w = words.at(k);
  // (`what the agency called “…”`, `a detail the prosecution called “…”`: after `what` or another noun
  // phrase, the noun phrase is the naming verb's subject.)
  return (
    isLowerWord(w) &&
    !PRONOUNS.has(w!.key) &&
    (DEFINITE_OR_INDEFINITE.has(words.at(k - 1)?.key ?? '') ||
      POSSESSIVE_DETERMINERS.has(words.at(k - 1)?.key ?? '')) &&
    !NAMED_OBJECTS.has(words.at(k - 2)?.key ?? '') &&
    !DEFINITE_OR_INDEFINITE.has(words.at(k - 3)?.key ?? '')
  );
}

/** At `j`, a name or handle (`hexbolt_77`, `Ana Lind`) followed by punctuation that neither is nor opens a quotation: what a participle named. */
function namedAccount(words: WordList, j: number): boolean {
  let k = j;
  while (words.at(k)?.isWord && words.at(k)!.cap) k++;
  const after = words.at(k);
  return k > j && after !== undefined && !after.isWord && !after.isQuoteMark && !words.at(k + 1)?.isQuoteMark;
}

/** The first word of a naming verb's subject after `what` (`what the opposition dubbed`, whether or not the mention took `what` in), or -1. */
function namingSubjectAfterWhat(words: WordList, cue: CueSubject): number {
  if (NAMED_OBJECTS.has(words.at(cue.subject.from - 1)?.key ?? '')) return cue.subject.from;
  return NAMED_OBJECTS.has(words.at(cue.subject.from)?.key ?? '') && cue.subject.to - cue.subject.from > 1
    ? cue.subject.from + 1
    : -1;
}

/** Words that stand for a naming verb's object before its subject (`what X calls`, `whom his supporters call`, `which Halvenia calls`). */
const NAMED_OBJECTS = new Set(['what', 'whom', 'which']);

/**
 * `what the minister called “…”`, `what he calls “…”`, `what one skipper calls “…”`: a naming by
 * a party on one occasion (the verb in the past) or by one person is that party's words; a habit
 * of naming by a group, a medium or a text (`what nutritionists call`, `what it calls`) is a term,
 * and so is a coined name (`what the opposition dubbed the “…”`).
 */
function namesOnOccasion(words: WordList, form: CueForm, cue: CueSubject): boolean {
  if (COINING_VERBS.has(form.lemma)) return false;
  if (form.past) return true;
  const first = words.at(namingSubjectAfterWhat(words, cue))!;
  return PRONOUNS.get(first.key) === 'person' || first.key === 'one' || (first.cap && first.key !== 'i');
}

/** After `read` at `j`, an object opens (an article, a possessive, a figure, `it`) and the subject is no document. */
function readsObject(words: WordList, j: number, cue: CueSubject): boolean {
  const next = words.at(j);
  if (!next?.isWord) return false;
  const object =
    ARTICLES.has(next.key) ||
    POSSESSIVE_PRONOUNS.has(next.key) ||
    /^\d/.test(next.key) ||
    next.key === 'it' ||
    next.key === 'them';
  return object && !isDocumentNoun(words.at(cue.subject.to - 1)!.key);
}

/** Word `i` stands between an article or a count and a lower-case noun (`three written objections`). */
function participleAdjective(words: WordList, i: number): boolean {
  const before = words.at(i - 1);
  const after = words.at(i + 1);
  if (!before?.isWord || !after?.isWord || after.cap) return false;
  // A count may be the subject (`Several said …`): only a form that is no simple past (`written`) is an adjective after it.
  const counted = /^\d+$/.test(before.key) || QUANTIFIER_SUBJECTS.has(before.key);
  // An article or a possessive never stands alone as a subject (`Another told me`, `Some said` do).
  const article =
    before.key === 'a' ||
    before.key === 'an' ||
    before.key === 'the' ||
    POSSESSIVE_PRONOUNS.has(before.key) ||
    SELF_POSSESSIVES.has(before.key) ||
    // `municipalities with confirmed cases`: nor does a preposition's object start with a verb.
    CLAUSE_STOPS.has(before.key);
  if (!article && !(counted && words.at(i)!.key.endsWith('en'))) return false;
  const key = after.key;
  return !(
    OBJECT_PRONOUNS.has(key) ||
    ARTICLES.has(key) ||
    MENTION_OPENERS.has(key) ||
    PRONOUNS.has(key) ||
    CLAUSE_STOPS.has(key) ||
    AUXILIARIES.has(key) ||
    key === 'that' ||
    key.endsWith('ly')
  );
}

/**
 * The sentence opens with an adverbial that ends at the comma before `attributionStart`: a
 * parenthetical opener (`In a speech last week, …`), a participle (`Asked whether …, …`) or a time
 * adjunct (`Early on Monday, …`).
 */
function opensWithAdverbial(words: WordList, lo: number, attributionStart: number): boolean {
  const first = words.at(lo)!;
  // `But inside, the regulator says, the home was failing …`: a coordinator may stand before the adverbial.
  if (CLAUSE_COORDINATORS.has(first.key) && attributionStart - lo > 2 && words.at(lo + 1)!.isWord)
    return opensWithAdverbial(words, lo + 1, attributionStart);
  // `At least 340 people have been held …`: a figure's opener begins the subject.
  if (quantityOpenerLength(words, lo) > 0) return false;
  // `Ahmed Ali was arrested …`, `United Nations staff left …`: a capitalised pair is a name, not a
  // participle; `Hot-rolled coil rose …`: a hyphened compound is an adjective.
  const participle =
    first.isQuoteMark === false &&
    first.key.endsWith('ed') &&
    !first.key.includes('-') &&
    words.at(lo + 1)?.cap !== true;
  // `Asked whether the unions would …, she said`: the question put to the speaker is never a clause of theirs.
  const question = QUESTION_OPENERS.has(first.key);
  // `Each cook would have …`: a determiner opens the subject, whatever else it may be (`they each
  // said`), unless a period follows it (`Each morning, she says, …`).
  const period = PERIODS.has(words.at(lo + 1)?.key ?? '') || words.at(lo + 1)?.key === 'day';
  const adverb =
    PARENTHETICAL_OPENERS.has(first.key) &&
    !QUANTIFIER_SUBJECTS.has(first.key) &&
    (!DETERMINERS.has(first.key) || period);
  // `Armed men stormed the village, she said`, `Earlier treatment would not have helped, she said`:
  // an adjective, not an adverbial, when a clause with its verb runs to the attribution's comma.
  if (
    !question &&
    (participle || (adverb && !opensPhrase(first.key))) &&
    clauseToAttribution(words, lo, attributionStart)
  )
    return false;
  // `On Thursday morning the market was full, say the traders`: a time adjunct without a comma opens the clause it dates.
  const dated = pastTimeAdjunct(words, lo, attributionStart);
  if (
    dated > lo &&
    dated < attributionStart - 1 &&
    words.at(dated)!.isWord &&
    clauseToAttribution(words, dated - 1, attributionStart)
  )
    return false;
  return (
    adverb ||
    participle ||
    pastTimeAdjunct(words, lo, attributionStart) === attributionStart - 1 ||
    opensWithTimeDistance(words, lo) ||
    // (`Over two days, eight of the nine states have agreed …`: a stretch of time closed by its comma.)
    (isPunct(words.at(attributionStart - 1), ',') && spanAdjunct(words, lo, attributionStart - 1))
  );
}

/** `in`, `after`, `while`, `according`: a word that opens a phrase or a subordinate clause, not a lone adverb. */
function opensPhrase(key: string): boolean {
  return ADJUNCT_PREPOSITIONS.has(key) || CLAUSE_STOPS.has(key) || SUBORDINATORS.has(key) || key === 'according';
}

/** No comma stands between the sentence's second word and the attribution's comma, and a verb does. */
function clauseToAttribution(words: WordList, lo: number, attributionStart: number): boolean {
  const comma = attributionStart - 1;
  for (let t = lo + 1; t < comma; t++) if (!words.at(t)!.isWord && !abbreviationDot(words, t)) return false;
  return hasAuxiliary(words, lo + 1, comma) || hasPastForm(words, lo + 1, comma);
}

/** `Hours after …`, `Shortly before …`, `Two days later`: a distance in time opens the sentence. */
function opensWithTimeDistance(words: WordList, lo: number): boolean {
  for (let k = lo + 1; k <= lo + 2; k++) {
    const w = words.at(k);
    if (!w?.isWord || !words.at(k - 1)!.isWord) return false;
    if (w.key === 'after' || w.key === 'before' || RELATIVE_TIME_ENDS.has(w.key)) return true;
  }
  return false;
}

/**
 * `In March, the camp had 312 cases, officials said.`: a comma closes the opening adverbial before
 * `comma` and a clause with its verb runs from it to `comma`.
 */
function clauseAfterOpening(words: WordList, lo: number, comma: number): boolean {
  for (let t = comma - 1; t > lo; t--) {
    if (words.at(t)!.isQuoteMark) return false;
    // `…, which was broadcast live, Xi said`, `In Varn, where the ferries stopped, …`: a relative clause is still part of the opening.
    if (isPunct(words.at(t), ','))
      return (
        !RELATIVE_PRONOUNS.has(words.at(t + 1)?.key ?? '') &&
        !RELATIVE_ADVERBS.has(words.at(t + 1)?.key ?? '') &&
        (hasAuxiliary(words, t + 1, comma) || hasPastForm(words, t + 1, comma))
      );
  }
  return false;
}

function hasPastForm(words: WordList, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isPastForm(words, k)) return true;
  return false;
}

/** Words `[lo, end)` are one noun phrase: a mention, an article's plain noun phrase or a name's possession. */
function nounPhraseUpTo(words: WordList, lo: number, end: number): boolean {
  return (
    mentionAfter(words, lo, end)?.to === end ||
    plainNounPhrase(words, lo, end + 1, true)?.to === end ||
    possessedNounPhrase(words, lo, end) ||
    placedNounPhrase(words, lo, end) ||
    nounPhraseWithOf(words, lo, end)
  );
}

/** Most words of the `of` phrase after a noun phrase (`of the Solvara bid`). */
const OF_OBJECT_WORDS = 6;

/**
 * `The head of the Solvara bid`, `The chair of the residents’ committee`, `A spokesman for the
 * Authority`: a noun phrase and its `of` (or other mention) phrase, words only, no verb, is no clause either.
 */
function nounPhraseWithOf(words: WordList, lo: number, end: number): boolean {
  let of = lo + 1;
  while (of < end && !MENTION_PREPOSITIONS.has(words.at(of)!.key)) of++;
  if (of >= end - 1 || end - of - 1 > OF_OBJECT_WORDS) return false;
  for (let t = lo; t < end; t++)
    if (!words.at(t)!.isWord || pastVerbAt(words, t) || hasAuxiliary(words, t, t + 1)) return false;
  return mentionAfter(words, lo, of)?.to === of || plainNounPhrase(words, lo, of + 1)?.to === of;
}

/** Most capitalised words of the place after a noun phrase (`in Upper Draveny`). */
const PLACE_WORDS = 3;

/**
 * `The camera operator in Draveny`, `The head of the union at Vesk`: a noun phrase and the place
 * it serves, a locative preposition and capitalised words (after an article, perhaps) up to
 * `end`, is no clause either.
 */
function placedNounPhrase(words: WordList, lo: number, end: number): boolean {
  const placed = (phrase: MentionSpan | null): boolean => {
    if (!phrase || phrase.to >= end - 1 || !LOCATIVE_PREPOSITIONS.has(words.at(phrase.to)!.key)) return false;
    // (`The talks stalled at Vellen`: a phrase ending in a past is a clause.)
    if (pastVerbAt(words, phrase.to - 1)) return false;
    // (`His colleague at the Sallow Gate`: the place's article is lower-case.)
    const place = ARTICLES.has(words.at(phrase.to + 1)!.key) ? phrase.to + 2 : phrase.to + 1;
    if (place >= end || end - place > PLACE_WORDS) return false;
    for (let t = place; t < end; t++) if (!words.at(t)!.isWord || !words.at(t)!.cap) return false;
    return true;
  };
  // `The harbour master in Vellen`: a head no lexicon lists is a plain noun phrase's.
  return placed(mentionAfter(words, lo, end, true)) || placed(plainNounPhrase(words, lo, end));
}

/** Most lower-case words after a name's possessive (`the Civic Party’s finance spokesman`). */
const POSSESSED_WORDS = 4;

/** `The Civic Party’s finance spokesman`: capitalised words ending in a possessive, then plain lower-case words up to `end`. */
function possessedNounPhrase(words: WordList, lo: number, end: number): boolean {
  let p = ARTICLES.has(words.at(lo)!.key) ? lo + 1 : lo;
  while (p < end && words.at(p)!.isWord && words.at(p)!.cap && !words.at(p)!.possessive) p++;
  if (p >= end || !words.at(p)!.cap || !words.at(p)!.possessive || end - p - 1 < 1 || end - p - 1 > POSSESSED_WORDS)
    return false;
  for (let t = p + 1; t < end; t++) {
    const w = words.at(t)!;
    if (!w.isWord || w.cap || AUXILIARIES.has(w.key) || PRONOUNS.has(w.key) || CUE_FORMS.has(w.key)) return false;
  }
  return true;
}

/** Most tokens of a dateline before its dash (`MARRA, Estrela, June 11 (Norpress) —`). */
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
  if (!(ARTICLES.has(first.key) || MENTION_OPENERS.has(first.key) || first.cap || pronoun)) return null;
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
    // (`called the plan a disaster`: an article opening a complement; not one after a preposition,
    // as in `called the strike against the bill`, where `call` convenes.)
    const prepositionBefore = CLAUSE_STOPS.has(words.at(t - 1)!.key);
    if (t > j && ARTICLES.has(w.key) && !prepositionBefore) articles++;
    t++;
  }
  if (t === j || (t - j === 1 && !pronoun && !first.cap && ARTICLES.has(first.key))) return null;
  if (lemma === 'call' && articles === 0) return null;
  // `denied the claim as “absurd.”`, `dismissed a report on the northern provinces as a “hoax”`: a
  // naming quotation after `as` makes the quote, not the bare object.
  if (namingQuotationAfter(words, t, Math.min(hi, j + NAMING_REACH), quoted)) return null;
  return { from: j, to: t };
}

/**
 * A reported clause inside a subordinate clause ends before the main clause: at the first comma a
 * subject pronoun follows (`When I asked whether the quay would hold, he said, “…”`), else at the
 * sentence's last comma (`While the ministry said the talks, which began in May, were useful, the date …`).
 */
function untilMainClause(text: string, words: WordList, r: Region, lo: number, hi: number): Region {
  let comma = -1;
  for (let k = lo; k < hi - 1 && words.at(k)!.start < r.end; k++) {
    const next = words.at(k + 1)!;
    if (words.at(k)!.start > r.start && isPunct(words.at(k), ',') && SUBJECT_PRONOUNS.has(next.key)) {
      comma = words.at(k)!.start;
      break;
    }
  }
  if (comma < 0) comma = text.lastIndexOf(',', r.end - 1);
  if (comma <= r.start) return r;
  let end = comma;
  while (end > r.start && isSpace(text.charCodeAt(end - 1))) end--;
  return end > r.start ? { start: r.start, end } : r;
}

/** A comma inside the content followed by a lower-case word that opens no noun phrase: the main clause's verb (`…, gave no date`). */
function untilRelativeEnd(words: WordList, at: number, r: Region, hi: number): Region {
  // A relative clause inside the report (`said that prices, which had risen, would fall`) closes at its own comma.
  let inner = false;
  for (let k = at; k < hi && words.at(k)!.start < r.end; k++) {
    if (!isPunct(words.at(k), ',')) continue;
    const next = words.at(k + 1);
    if (inner || RELATIVE_PRONOUNS.has(next?.key ?? '')) {
      inner = !inner;
      continue;
    }
    // (`The cleaner, who said the fire started at midnight, was checked over …`: an auxiliary resumes the main clause.)
    if (next && next.isWord && !next.cap && hasAuxiliary(words, k + 1, k + 2))
      return { start: r.start, end: words.at(k - 1)!.end };
    if (
      next &&
      next.isWord &&
      !next.cap &&
      !ARTICLES.has(next.key) &&
      !MENTION_OPENERS.has(next.key) &&
      !PRONOUNS.has(next.key) &&
      !CLAUSE_STOPS.has(next.key) &&
      !PARENTHETICAL_OPENERS.has(next.key)
    ) {
      return { start: r.start, end: words.at(k - 1)!.end };
    }
  }
  return r;
}

/** Words after a withheld name before its `not be …` or `withheld` (`her surname not be published`). */
const WITHHELD_REACH = 3;

/** From `at`: a possessive and a name (`her surname`), then `not be` or `withheld` within a few words. */
function withholdsName(words: WordList, at: number, hi: number): boolean {
  if (!POSSESSIVE_PRONOUNS.has(words.at(at)?.key ?? '') || !WITHHELD_NAMES.has(words.at(at + 1)?.key ?? ''))
    return false;
  for (let t = at + 2; t < hi && t - at - 2 < WITHHELD_REACH; t++) {
    const key = words.at(t)!.key;
    if (key === 'withheld' || (key === 'not' && words.at(t + 1)?.key === 'be')) return true;
  }
  return false;
}

/**
 * `asked that her surname not be published`: a source's request to stay unnamed reports nothing;
 * nor does one to be named otherwise (`who asked me not to use her name`, `asked me to call her only Sefa`).
 */
function keepsNameOut(words: WordList, at: number, hi: number, lemma: string): boolean {
  return withholdsName(words, at, hi) || (lemma === 'ask' && namingRequest(words, at, hi));
}

/** Most words of an asked-for action that names its naming (`me not to use her name`). */
const NAMING_REQUEST_WORDS = 7;
/** Words that may stand between a possessive and the name withheld (`her first name`). */
const NAME_KINDS: ReadonlySet<string> = new Set(['first', 'full', 'real', 'last', 'family', 'given']);

/** From `at`, an action about the speaker's own name: a possessive and a name (`not to use her name`), or `call her only …`. */
function namingRequest(words: WordList, at: number, hi: number): boolean {
  for (let t = at; t < hi && t - at < NAMING_REQUEST_WORDS; t++) {
    const w = words.at(t)!;
    if (!w.isWord) return false;
    if (w.key === 'call' && OBJECT_PRONOUNS.has(words.at(t + 1)?.key ?? '') && words.at(t + 2)?.key === 'only')
      return true;
    // (`not to use her name`, `not to use even a first name`.)
    const owner = POSSESSIVE_PRONOUNS.has(w.key) || (w.key === 'a' && NAME_KINDS.has(words.at(t + 1)?.key ?? ''));
    if (!owner) continue;
    const name = NAME_KINDS.has(words.at(t + 1)?.key ?? '') ? t + 2 : t + 1;
    if (WITHHELD_NAMES.has(words.at(name)?.key ?? '')) return true;
  }
  return false;
}

/**
 * `The charge, Saro says, rests on …`: after a reporting clause set between commas, a lower-case
 * word ending in a single `s` that opens no phrase is the subject's present verb.
 */
function presentVerbAfterAside(words: WordList, k: number): boolean {
  const w = words.at(k);
  return (
    w !== undefined &&
    w.isWord &&
    !w.cap &&
    w.key.length > 3 &&
    w.key.endsWith('s') &&
    !w.key.endsWith('ss') &&
    !CLAUSE_STOPS.has(w.key) &&
    !ARTICLES.has(w.key) &&
    !MENTION_OPENERS.has(w.key) &&
    !PARENTHETICAL_OPENERS.has(w.key) &&
    words.at(k + 1)?.isWord === true
  );
}

/**
 * The region a cue reports after it, from `afterAt`: to the sentence's content end, or earlier where
 * a closed exclamation or question (`shouted “Shame!” during the speech`) or a naming verb's
 * quotation (`described the round as “serious”, while …`) ends it.
 */
function regionAfter(scan: SentenceScan, afterAt: ContentStart, form: CueForm): Region | null {
  const { words, hi } = scan;
  const after = regionOf(scan, afterAt.at);
  if (!after || after.end <= after.start) return null;
  if (afterAt.marked) return closedQuotation(words, afterAt.at, hi) ?? after;
  return NAMING_VERBS.has(form.lemma) ? (namedUpToQuotation(words, afterAt.at, hi, after) ?? after) : after;
}

/** A comma opens an aside among words `[from, t)` that is still open at `t` (`…, known locally as`). */
function asideBefore(words: WordList, from: number, t: number): boolean {
  let open = false;
  for (let k = from; k < t; k++) if (isPunct(words.at(k), ',')) open = !open;
  return open;
}

/**
 * The region from `at` to the closing mark of the quotation right after the first `as` (`the
 * round as “serious”`), when a comma or a subordinator follows that mark and the region runs on
 * past it; or null.
 */
function namedUpToQuotation(words: WordList, at: number, hi: number, region: Region): Region | null {
  for (let t = at; t + 1 < hi && words.at(t)!.start < region.end; t++) {
    if (words.at(t)!.key !== 'as' || !words.at(t + 1)!.isQuoteMark) continue;
    // `the climb, known locally as “Cardiac Hill”, as “…”`: a term's `as` inside an aside is not the naming one.
    if (asideBefore(words, at, t)) continue;
    for (let c = t + 2; c < hi; c++) {
      if (!words.at(c)!.isQuoteMark) continue;
      const end = words.at(c)!.end;
      // (`described it as “time-critical” because, it said, …`: a subordinator ends the naming as a comma does.)
      const closes = isPunct(words.at(c + 1), ',') || SUBORDINATORS.has(words.at(c + 1)?.key ?? '');
      return closes && end < region.end ? { start: region.start, end } : null;
    }
    return null;
  }
  return null;
}

/**
 * The quotation opening at word `at` when it closes on `!`, `?` or a comma inside its marks before more
 * words of the sentence, or when a clause with its own subject and cue follows its comma
 * (`which lawmakers have called “a giveaway”, he said the terms …`): its span, marks included;
 * null otherwise.
 */
function closedQuotation(words: WordList, at: number, hi: number): { start: number; end: number } | null {
  if (!words.at(at)!.isQuoteMark) return null;
  for (let t = at + 1; t < hi; t++) {
    if (!words.at(t)!.isQuoteMark) continue;
    const last = words.at(t - 1)!.text;
    const more = t + 1 < hi && words.at(t + 1)!.isWord;
    const nextReport =
      isPunct(words.at(t + 1), ',') &&
      SUBJECT_PRONOUNS.has(words.at(t + 2)?.key ?? '') &&
      CUE_FORMS.has(words.at(t + 3)?.key ?? '');
    // (`told Esme, “Hold your breath,” just before the water closed over us`: a comma closing the quotation
    // inside its marks hands the sentence back to the narrator.)
    // (Not a title in an adjunct before the report's `that`: `wrote in a memoir, “Ten Thousand Handshakes,” that …`.)
    const handedBack = last === ',' && words.at(t + 1)?.key !== 'that';
    return ((last === '!' || last === '?' || handedBack) && more) || nextReport
      ? { start: words.at(at)!.start, end: words.at(t)!.end }
      : null;
  }
  return null;
}
