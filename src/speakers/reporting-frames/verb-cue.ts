import {
  AFTER_QUOTE_ONLY,
  ARTICLES,
  AUXILIARIES,
  BE_FORMS,
  BARE_CLAUSE,
  BLOCKING_WORDS,
  COUNTERFACTUAL_MODALS,
  CAN_PERFORMATIVES,
  CITING_VERBS,
  CLAUSE_STOPS,
  DETERMINERS,
  IRREGULAR_PARTICIPLES,
  CLAUSE_COORDINATORS,
  MODALS,
  CONTACT_CLAUSE_PRONOUNS,
  type CueForm,
  DIRECTIVE,
  INFINITIVE,
  IRREGULAR_PASTS,
  NAMING_VERBS,
  NEGATIVE_OPENERS,
  NUMBER_WORDS,
  OBJECT_PRONOUNS,
  PARENTHETICAL_OPENERS,
  PASSIVE_REPORT_VERBS,
  SPEECH_NOUNS,
  SUBJECT_SKIP,
  THAT_CLAUSE_ONLY,
  ABSOLUTE_OPENERS,
  DISPLAY_NOUNS,
  LOCATIVE_PREPOSITIONS,
  PLACING_PREPOSITIONS,
} from '../lexicon';
import { describeMentionOnce, isMannerAdverb, mentionAfter, mentionBefore, type MentionSpan } from '../mentions';
import type { Region } from '../types';
import type { Word, WordList } from '../word-list';
import { contentAfter } from './content-after';
import { findCueContent } from './cue-content';
import { type CueSubject, findCueSubject, negativeSubject } from './cue-subject';
import {
  type FoundFrame,
  type Frame,
  type Issued,
  type SentenceScan,
  CITATION_WORDS,
  citingVerbBefore,
  habitStart,
  hasAuxiliary,
  isNounHomograph,
  isPastForm,
  isPunct,
  namingClauseAt,
  regionOf,
  singularOrPluralOf,
  subjectIsFree,
} from './frame';
import { invertedApposition } from './subjects';

/**
 * A reporting verb (`said`, `told … that`, `pointed out`) at word `i`: passes, in order, a
 * passive agent (`was described by X as`), the cue's subject (or the `subject` already found,
 * such as an anonymous source's), the content it reports.
 * `previous` is the sentence's frame before this cue, whose subject a joined cue shares.
 */
export function verbCueFrame(
  scan: SentenceScan,
  i: number,
  form: CueForm,
  previous: Frame | undefined,
  subject?: MentionSpan,
): FoundFrame | null {
  const { words } = scan;
  const j = i + form.words.length;
  // `Worth adding that …`, `it is worth noting that …`: the writer's aside, a gerund after `worth`.
  if (form.participle && words.at(i - 1)?.key === 'worth') return null;
  const passive = passiveAgentFrame(scan, i, form) ?? quotedAsSayingFrame(scan, i, form);
  if (passive) return passive;
  if (!reportsBySubject(scan, i, form)) return null;
  const cue = subject ? givenSubject(scan, subject) : findCueSubject(scan, i, form, previous);
  if (!cue) return null;
  // `asked whether the minister agreed that …`, `If the mayor said so, …`, `let both sides claim …`: the speech did not happen.
  if (cue.source === 'before' && openSpeechBefore(words, cue.subject, form)) return null;
  if (form.lemma === 'read' && displayReads(words, scan.lo, cue.subject)) return null;
  // `It has been clear that …`: a state (`be clear`) said of `it` is the writer's, no one's speech;
  // `It was telling that …`: so is a participle after `it` and a be-form, an adjective there.
  if (
    (form.lemma.startsWith('be ') || (form.participle && BE_FORMS.has(words.at(i - 1)?.key ?? ''))) &&
    cue.subject.to === cue.subject.from + 1 &&
    words.at(cue.subject.from)!.key === 'it'
  )
    return null;
  // `” she cried`, `” he continued`: these verbs attribute only the quotation right before them, or
  // the quotation their colon hands over (`The statement continued: “…”`).
  if (
    AFTER_QUOTE_ONLY.has(form.lemma) &&
    !followsQuotation(scan, Math.min(cue.attributionStart, i)) &&
    !(isPunct(words.at(j), ':') && words.at(j + 1)?.isQuoteMark === true)
  )
    return null;
  const content = findCueContent(scan, i, form, cue);
  if (!content) return null;
  if (!BARE_CLAUSE.has(form.lemma) && reducedRelative(scan, i, j, cue, content.after)) return null;
  const { source, attributionStart } = cue;
  const named = content.after ? namingFreeRelative(words, j, content.after.start, scan.hi) : null;
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
    issued: inStatement(words, j, scan.hi),
    marked: content.marked,
    joined: form.participle || coordinated,
    coordinated,
    newClause: source === 'before' && opensCoordinateClause(scan, attributionStart),
  };
  if (!named) return { frame, resume: j };
  // `regretted what it called “…”`: the naming verb after `what` reports the quotation, its subject
  // speaking; that pronoun is the cue's subject again, so it keeps the cue's description (`info`),
  // and the frame stays joined to the clause before as the cue is (`said … and regretted what …`).
  const verb = words.at(named.verb)!;
  return {
    frame: {
      ...frame,
      cueStart: verb.start,
      cueEnd: verb.end,
      lemma: named.lemma,
      subject: named.subject,
      after: named.quotation,
      before: null,
      reported: false,
      issued: null,
      marked: true,
      newClause: false,
    },
    resume: named.next,
  };
}

/**
 * `the countries criticising the test had “conducted such tests themselves”`: a participle right
 * after its noun (no comma, no `with`) with an auxiliary in what it would report (where the cue
 * takes no bare clause: `record Dorsett saying the ward was …` does report) modifies that
 * noun, the subject of the verb the auxiliary opens; it reports nothing (not `protesters chanting
 * “Out!”`, whose chant follows the participle).
 */
function reducedRelative(
  { words, lo }: SentenceScan,
  i: number,
  j: number,
  cue: CueSubject,
  after: Region | null,
): boolean {
  if (!after || cue.source !== 'before' || cue.subject.to !== i || cue.subject.from <= lo) return false;
  if (!words.at(i)!.key.endsWith('ing') || ABSOLUTE_OPENERS.has(words.at(cue.subject.from - 1)!.key)) return false;
  // The auxiliary stands before anything that would open the participle's own report (`that`, a quotation).
  for (let t = j; t < words.length && words.at(t)!.start < after.end; t++) {
    const w = words.at(t)!;
    if (w.isQuoteMark || w.key === 'that') return false;
    if (hasAuxiliary(words, t, t + 1)) return true;
  }
  return false;
}

/**
 * `regretted what it called “misleading claims”`, `welcomed what she described as “a first step”`:
 * content opening at word `j` (at `start`) with `what` and a naming clause (see `namingClauseAt`),
 * whose verb reports the quotation with the subject after `what` as its speaker (the cue before
 * `what` adds nothing): the subject, the verb, the quotation's span (marks included) and the word
 * after it; else null.
 */
function namingFreeRelative(
  words: WordList,
  j: number,
  start: number,
  hi: number,
): { subject: MentionSpan; verb: number; lemma: string; quotation: Region; next: number } | null {
  if (words.at(j)?.key !== 'what' || words.at(j)!.start !== start) return null;
  const naming = namingClauseAt(words, j, hi);
  if (!naming) return null;
  const { subject, verb, lemma, open, close } = naming;
  return {
    subject,
    verb,
    lemma,
    quotation: { start: words.at(open)!.start, end: words.at(close)!.end },
    next: close + 1,
  };
}

/**
 * Words before a cue's subject that leave its speech open: a question's or a condition's
 * subordinator, a causative whose bare infinitive is the cue (`would let both sides claim …`), or a
 * speech still awaited (`until independent engineers have confirmed that …`).
 */
const OPEN_SPEECH: ReadonlySet<string> = new Set(['whether', 'if', 'unless', 'until', 'let', 'lets', 'letting']);

/**
 * Subordinators of a general condition: before an indefinite subject speaking in the present, anyone
 * at any time (`When an engineer says it isn’t the equipment, …`), no one's report.
 */
const GENERIC_CONDITIONS: ReadonlySet<string> = new Set(['when', 'whenever', 'once']);

/**
 * An open-speech word right before the subject, or before its determiner (`unless your midwife tells
 * you`); or a general condition before an indefinite subject and a present cue.
 */
function openSpeechBefore(words: WordList, subject: MentionSpan, form: CueForm): boolean {
  const { from } = subject;
  const before = words.at(from - 1)?.key ?? '';
  if (OPEN_SPEECH.has(before) || (DETERMINERS.has(before) && OPEN_SPEECH.has(words.at(from - 2)?.key ?? '')))
    return true;
  const article = words.at(from)!.key;
  return GENERIC_CONDITIONS.has(before) && (article === 'a' || article === 'an') && !form.past && !form.participle;
}

/** Most words from `in` to the speech noun (`in a short written statement`). */
const IN_STATEMENT_WORDS = 4;

/**
 * `said in a statement that …`, `said in a written statement`: the cue's words come from a statement
 * its subject issued, which a later `The statement` stands for.
 */
function inStatement(words: WordList, j: number, hi: number): Issued | null {
  if (words.at(j)?.key !== 'in' || !ARTICLES.has(words.at(j + 1)?.key ?? '')) return null;
  for (let t = j + 2; t < hi && t - j <= IN_STATEMENT_WORDS; t++) {
    const w = words.at(t)!;
    if (!w.isWord) return null;
    if (SPEECH_NOUNS.has(w.key)) return { noun: w.key, act: false };
  }
  return null;
}

/** A subject found before the cue by another pass: the attribution starts with it. */
function givenSubject(scan: SentenceScan, subject: MentionSpan): CueSubject | null {
  const { doc, words, quoted } = scan;
  if (!subjectIsFree(subject, quoted) || negativeSubject(words, subject)) return null;
  const info = describeMentionOnce(doc.text, words, subject);
  return { subject, info, source: 'before', relative: false, attributionStart: subject.from };
}

/** `All of them have been described by Secretary Rice as “outposts of tyranny”`: the agent of a passive cue speaks. */
function passiveAgentFrame(scan: SentenceScan, i: number, form: CueForm): FoundFrame | null {
  const { words, lo, hi } = scan;
  const j = i + form.words.length;
  // `Lenna Aldane, 34, described by her family as “…”`: a naming verb's participle after a comma is passive too.
  const passive =
    i > lo && (BE_FORMS.has(words.at(i - 1)!.key) || (NAMING_VERBS.has(form.lemma) && isPunct(words.at(i - 1), ',')));
  if (!(form.past && passive && words.at(j)?.key === 'by')) return null;
  // `might be explained by families registered twice`: a modal before the passive leaves it a possibility, no report.
  if (i - 2 >= lo && MODALS.has(words.at(i - 2)!.key)) return null;
  // `much of the data was held by a contractor`: a cue that reports only its own `that` clause has none in the passive.
  if (THAT_CLAUSE_ONLY.has(form.lemma)) return null;
  const found = mentionAfter(words, j + 1, hi, true);
  if (!found) return null;
  // `was told by the chief officer, Dr Ana Lee, that …`: the name in apposition to the agent speaks.
  const agent = invertedApposition(scan.doc.text, words, found, hi) ?? found;
  const frame = speakerFrame(scan, i, form, {
    speaker: agent,
    contentFrom: agent.to,
    attributionStart: words.at(i)!.start,
  });
  return frame && { frame: frame.frame, resume: agent.to };
}

/**
 * `The agency quoted Deputy Minister Ilir Domas as saying that …`: the person cited speaks, not
 * the medium that cites them (speaker-nouns.json 'citingVerbs'); the cue is the participle after `as`.
 */
function quotedAsSayingFrame(scan: SentenceScan, i: number, form: CueForm): FoundFrame | null {
  const { words, lo } = scan;
  if (!form.participle || i - 2 < lo) return null;
  if (words.at(i - 1)!.key !== 'as') return citedSaying(scan, i, form);
  const speaker = mentionBefore(words, i - 1, lo, false);
  if (speaker && speaker.from - 1 >= lo && CITING_VERBS.has(words.at(speaker.from - 1)!.key))
    return speakerFrame(scan, i, form, {
      speaker,
      contentFrom: i + form.words.length,
      attributionStart: words.at(speaker.from - 1)!.start,
    });
  return citationFrame(scan, i, form);
}

/**
 * `Municipal minutes record the then mayor, Oskar Fennet, saying the network would …`, `the paper
 * quoted the pilot saying …`: without `as`, the participle right after the cited noun phrase (and
 * its apposition) is that person's; the medium before the citing verb only carries the words.
 */
function citedSaying(scan: SentenceScan, i: number, form: CueForm): FoundFrame | null {
  const { words, lo } = scan;
  for (let q = i - 1; q > lo && i - q <= CITATION_WORDS; q--) {
    const w = words.at(q)!;
    if (!w.isWord && w.text !== ',') return null;
    if (!CITING_VERBS.has(w.key)) continue;
    if (BE_FORMS.has(words.at(q - 1)!.key)) return null;
    const speaker = mentionAfter(words, q + 1, i);
    if (!speaker || speaker.from !== q + 1 || (speaker.to !== i && !isAsideBetween(words, speaker.to, i))) return null;
    // (`the then mayor, Oskar Fennet,`: the name in apposition speaks.)
    const named = invertedApposition(scan.doc.text, words, speaker, i) ?? speaker;
    return speakerFrame(scan, i, form, {
      speaker: named,
      contentFrom: i + form.words.length,
      attributionStart: w.start,
    });
  }
  return null;
}

/**
 * `The newspaper quoted the harbour pilot as saying …`: the citing verb found back from `as` when
 * the mention before `as` did not lead to it (`newspaper quoted …` can read as a document and its
 * postmodifier); the mention between the verb and `as` is cited. A passive (`was quoted on state
 * television as saying`) is `quotedAsSubject`'s, which finds its subject for any cue content.
 */
function citationFrame(scan: SentenceScan, i: number, form: CueForm): FoundFrame | null {
  const { words, lo } = scan;
  const q = citingVerbBefore(words, lo, i);
  if (q < 0 || BE_FORMS.has(words.at(q - 1)!.key)) return null;
  // `quoted Vesna Korlan, a former minister, as saying`: the cited name may have an aside before `as`.
  const speaker =
    mentionAfter(words, q + 1, i - 1) ?? mentionBefore(words, i - 1, q + 1, false) ?? citedPronoun(words, q, i);
  if (!speaker || speaker.from !== q + 1 || (speaker.to !== i - 1 && !isAsideBetween(words, speaker.to, i - 1)))
    return null;
  return speakerFrame(scan, i, form, {
    // `quotes the opposition leader, Vesna Korlan, as saying`: the name in apposition is who is cited.
    speaker: invertedApposition(scan.doc.text, words, speaker, i - 1) ?? speaker,
    contentFrom: i + form.words.length,
    attributionStart: words.at(q)!.start,
  });
}

/** `quoted her as saying`: an object pronoun alone between the citing verb `q` and `as`. */
function citedPronoun(words: WordList, q: number, i: number): MentionSpan | null {
  return q + 2 === i - 1 && OBJECT_PRONOUNS.has(words.at(q + 1)!.key) && words.at(q + 1)!.key !== 'it'
    ? { from: q + 1, to: q + 2 }
    : null;
}

/** Words `[from, to)` are an aside between commas (`, a former minister,`). */
function isAsideBetween(words: WordList, from: number, to: number): boolean {
  return to - from >= 3 && isPunct(words.at(from), ',') && isPunct(words.at(to - 1), ',');
}

/**
 * The frame of the cue at word `i` whose speaker is named away from its subject position (a
 * passive's agent, the person a medium cites), its content read from word `contentFrom`; null when
 * the speaker lies in a quotation or no content follows.
 */
function speakerFrame(
  scan: SentenceScan,
  i: number,
  form: CueForm,
  { speaker, contentFrom, attributionStart }: { speaker: MentionSpan; contentFrom: number; attributionStart: number },
): FoundFrame | null {
  const { doc, words, quoted } = scan;
  if (!subjectIsFree(speaker, quoted)) return null;
  const content = contentAfter(scan, contentFrom, form.lemma, false);
  const after = content ? regionOf(scan, content.at) : null;
  if (!content || !after) return null;
  const j = i + form.words.length;
  const frame: Frame = {
    sentence: scan.sentence.index,
    cueStart: words.at(i)!.start,
    cueEnd: words.at(j - 1)!.end,
    lemma: form.lemma,
    subject: speaker,
    info: describeMentionOnce(doc.text, words, speaker),
    after,
    before: null,
    attributionStart,
    reported: false,
    issued: null,
    marked: content.marked,
    joined: false,
    newClause: false,
  };
  return { frame, resume: j };
}

/** Most words of a gerund's subject between `without` and the gerund (`without anyone from the council telling`). */
const WITHOUT_SUBJECT_WORDS = 4;

/** `without` stands a few words before the gerund at `i`, only words between (`without staff explaining`). */
function withoutBefore(words: WordList, i: number, lo: number): boolean {
  for (let t = i - 1; t >= lo && i - t <= WITHOUT_SUBJECT_WORDS + 1; t--) {
    const w = words.at(t)!;
    if (!w.isWord) return false;
    if (w.key === 'without') return true;
  }
  return false;
}

/** Most words between a display noun and the place phrase its `read` was given as subject (`sign on the gate of`). */
const DISPLAY_PLACE_WORDS = 4;

/**
 * `One banner reads`, `A sign on every panel reads`, `Our banner in the square at Ushkel read`: the
 * subject of `read`, or the noun a place phrase before that subject follows, is a display
 * (`DISPLAY_NOUNS`), whose words are a slogan or a notice.
 */
function displayReads(words: WordList, lo: number, subject: MentionSpan): boolean {
  if (singularOrPluralOf(DISPLAY_NOUNS, words.at(subject.to - 1)!.key)) return true;
  let t = subject.from - 1;
  while (t >= lo && (ARTICLES.has(words.at(t)!.key) || DETERMINERS.has(words.at(t)!.key))) t--;
  const preposition = words.at(t)?.key ?? '';
  if (t < lo || !(LOCATIVE_PREPOSITIONS.has(preposition) || PLACING_PREPOSITIONS.has(preposition))) return false;
  for (let k = t - 1; k >= lo && t - k <= DISPLAY_PLACE_WORDS; k--) {
    const w = words.at(k)!;
    if (!w.isWord) return false;
    if (singularOrPluralOf(DISPLAY_NOUNS, w.key)) return true;
  }
  return false;
}

/**
 * `police can demand`, `declined to comment`: a possible or refused speech act, not a report;
 * `he was asked`: a passive cue's subject is the addressee; `countries found to be …`, `said to
 * have …`: a passive report about, not by, the subject.
 */
function reportsBySubject(scan: SentenceScan, i: number, form: CueForm): boolean {
  const { words, lo } = scan;
  const j = i + form.words.length;
  // `can still ask`, `will now explain`: an adverb may stand between the blocking word and the cue.
  const b = pastAdverbs(words, i - 1, lo);
  const before = words.at(b);
  // `police can demand`; but `dated 3 May says`: a capitalised `May` mid-sentence is the month.
  const blocking =
    before !== undefined &&
    BLOCKING_WORDS.has(before.key) &&
    (!before.cap || b === lo) &&
    // `used to say`, `likes to say`: a habit of speech is still a report.
    habitStart(words, i, lo) === i &&
    // `the lawyers we spoke to said`: a past form after `to` is no infinitive; `to` ends a clause,
    // as it does after a participle (`Port operators I have spoken to say …`).
    !(before.key === 'to' && ((form.past && !form.base) || participleBefore(words, b, lo))) &&
    // `The club can confirm that …`: a release's way of saying it.
    !(before.key === 'can' && CAN_PERFORMATIVES.has(form.lemma) && !form.past);
  if (i > lo && (blocking || (form.past && BE_FORMS.has(before!.key)))) return false;
  // `without staff explaining what was happening`: a gerund after `without` and its subject tells of speech not made.
  if (form.participle && withoutBefore(words, i, lo)) return false;
  // `Any child could have told them …`, `she would have said so`: a modal's perfect is speech that never happened.
  if (before?.key === 'have' && form.past && b - 1 >= lo && COUNTERFACTUAL_MODALS.has(words.at(b - 1)!.key))
    return false;
  // `her reply was brief: “…”`: a base form right after a be-form is an adjective or a noun, no verb.
  if (i > lo && form.base && !form.past && !form.participle && BE_FORMS.has(words.at(i - 1)!.key)) return false;
  // `the moment they have no signal`, `gave no answer`: after `no` a word spelt like a cue is a noun.
  if (i > lo && words.at(i - 1)!.key === 'no') return false;
  // `declined to comment on reports that …`, `Repair requests seen by inspectors had been …`: a cue spelt
  // like a noun is the noun after a preposition, or before a participle and its `by`.
  if (form.words.length === 1 && nounInContext(words, i, lo)) return false;
  if (negativeInversion(words, lo, i)) return false;
  return !(
    form.past &&
    !DIRECTIVE.has(form.lemma) &&
    !INFINITIVE.has(form.lemma) &&
    words.at(j)?.key === 'to' &&
    PASSIVE_REPORT_VERBS.has(words.at(j + 1)?.key ?? '')
  );
}

/**
 * `At no stage has the Government said that …`, `Never did she claim …`: a negative opener and an
 * inverted auxiliary, then words up to the cue at `i` with no punctuation between: the speech did not
 * happen. The opener starts the sentence, or the clause after a comma (`…, and at no point did anyone say …`).
 */
function negativeInversion(words: WordList, lo: number, i: number): boolean {
  let clause = i;
  while (clause - 1 > lo && words.at(clause - 1)!.isWord) clause--;
  if (clause - 1 > lo && isPunct(words.at(clause - 1), ',;') && CLAUSE_COORDINATORS.has(words.at(clause)!.key))
    clause++;
  return negativeInversionAt(words, lo, i) || (clause - 1 > lo && negativeInversionAt(words, clause, i));
}

function negativeInversionAt(words: WordList, lo: number, i: number): boolean {
  for (const opener of NEGATIVE_OPENERS) {
    let k = lo;
    while (k - lo < opener.length && words.at(k)?.key === opener[k - lo]) k++;
    if (k - lo < opener.length) continue;
    const auxiliary = words.at(k);
    if (!auxiliary || !(AUXILIARIES.has(auxiliary.key) || BE_FORMS.has(auxiliary.key))) return false;
    return words.countWords(k, i) === i - k;
  }
  return false;
}

/**
 * The cue word at `i` is a noun here: a noun homograph after a preposition (`on reports that`), or a
 * plural in `-s` before a past participle and its `by` (`requests seen by inspectors`).
 */
function nounInContext(words: WordList, i: number, lo: number): boolean {
  const before = words.at(i - 1);
  const key = words.at(i)!.key;
  // (A gerund after a preposition is a verb: `by warning members that …`; so is an infinitive before
  // its `that`: `is sad to report that …`, not `in reply to reports that …`.)
  if (
    i > lo &&
    before!.isWord &&
    !before!.cap &&
    CLAUSE_STOPS.has(before!.key) &&
    isNounHomograph(key) &&
    !key.endsWith('ing') &&
    !(before!.key === 'to' && !key.endsWith('s') && words.at(i + 1)?.key === 'that')
  )
    return true;
  // `examined the five claims readers asked about`: an `-s` form after a count is its plural noun (a count in
  // figures may be a label's number: `Witness 3 argues`).
  if (i > lo && key.endsWith('s') && NUMBER_WORDS.has(before!.key) && before!.key !== 'one') return true;
  const participle = words.at(i + 1);
  return (
    key.endsWith('s') &&
    (isPastForm(words, i + 1) || (participle?.isWord === true && IRREGULAR_PARTICIPLES.has(participle.key))) &&
    words.at(i + 2)?.key === 'by'
  );
}

/** Word `k`, or the first word before it that is no adverb (`is still called`, `was widely described`). */
function pastAdverbs(words: WordList, k: number, lo: number): number {
  while (k > lo && isAdverb(words.at(k)!)) k--;
  return k;
}

/** An adverb that may stand inside a verb group; a blocking word (`not`, `never`) is no such adverb but the block itself. */
function isAdverb(w: Word): boolean {
  if (BLOCKING_WORDS.has(w.key) || BE_FORMS.has(w.key) || AUXILIARIES.has(w.key)) return false;
  return SUBJECT_SKIP.has(w.key) || isMannerAdverb(w);
}

/** Word `at` follows a closing quotation mark, with or without a comma between. */
function followsQuotation({ words, lo }: SentenceScan, at: number): boolean {
  const before = words.at(at - 1);
  if (at - 1 >= lo && before!.isQuoteMark) return true;
  return at - 2 >= lo && isPunct(before, ',') && words.at(at - 2)!.isQuoteMark;
}

/** Most words of an adjunct between a clause's coordinator and its subject (`but under cross-examination he …`). */
const COORDINATE_ADJUNCT_WORDS = 4;

/**
 * `…, but she said …`, `…, but under cross-examination he conceded …`: the attribution starting
 * at word `at` opens a new clause after a comma and a coordinator, an adjunct between them allowed.
 */
function opensCoordinateClause({ words, lo }: SentenceScan, at: number): boolean {
  let c = at - 1;
  if (c > lo && !CLAUSE_COORDINATORS.has(words.at(c)!.key)) {
    // Back over a short adjunct (`under cross-examination`, `later`).
    let k = c;
    while (
      k > lo &&
      at - k <= COORDINATE_ADJUNCT_WORDS &&
      words.at(k)!.isWord &&
      !CLAUSE_COORDINATORS.has(words.at(k)!.key)
    )
      k--;
    if (!CLAUSE_COORDINATORS.has(words.at(k)!.key) || !PARENTHETICAL_OPENERS.has(words.at(k + 1)!.key)) return false;
    c = k;
  }
  return c - 1 >= lo && CLAUSE_COORDINATORS.has(words.at(c)!.key) && isPunct(words.at(c - 1), ',');
}

/**
 * The word before `to` at `at` is a participle (`spoken`, `interviewed`), or a past after a contact
 * clause's pronoun (`we spoke to`): `to` is its preposition, stranded.
 */
function participleBefore(words: WordList, at: number, lo: number): boolean {
  const w = at - 1 >= lo ? words.at(at - 1) : undefined;
  return (
    w !== undefined &&
    w.isWord &&
    !w.cap &&
    ((w.key.length > 4 && (w.key.endsWith('ed') || w.key.endsWith('en'))) ||
      // `Economists we spoke to say …`: an irregular past before `to` closes a contact clause too.
      (at - 2 >= lo && CONTACT_CLAUSE_PRONOUNS.has(words.at(at - 2)!.key) && IRREGULAR_PASTS.has(w.key)))
  );
}
