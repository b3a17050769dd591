import type { Doc, Sentence } from '../../text';
import type { Region } from '../types';
import {
  ADJUNCT_PREPOSITIONS,
  ANONYMOUS_NOUNS,
  ARTICLES,
  AUXILIARIES,
  BARE_CLAUSE,
  BE_FORMS,
  BLOCKING_WORDS,
  COORDINATORS,
  CLAUSE_COORDINATORS,
  CLAUSE_OPENERS,
  CLAUSE_STOPS,
  CONTENT_PARTICIPLES,
  CUE_FORMS,
  CUE_STARTS,
  DETERMINERS,
  DIRECTIVE,
  DOCUMENT_NOUNS,
  GROUP_NOUNS,
  INFINITIVE,
  LISTENER_OBJECT,
  MARKED_ONLY,
  MENTION_PREPOSITIONS,
  OBJECT_FOR_CONTENT,
  OBJECT_PRONOUNS,
  OBJECT_SPEECH_ACTS,
  PARENTHETICAL_OPENERS,
  PARTICIPLE_CUES,
  PASSIVE_REPORT_VERBS,
  PRONOUNS,
  QUANTIFIER_SUBJECTS,
  PRONOUN_CLAUSE,
  QUOTED_AS,
  RELATIVE_PRONOUNS,
  SELF_POSSESSIVES,
  SOURCE_PREPOSITIONS,
  SPEECH_NOUNS,
  SPEECH_NOUN_VERBS,
  SUBJECT_SKIP,
  SUBORDINATORS,
  TITLES,
  type CueForm,
} from '../lexicon';
import {
  abbreviationDot,
  describeMentionOnce,
  mentionAfter,
  mentionBefore,
  type MentionInfo,
  type MentionSpan,
} from '../mentions';
import type { Word, WordList } from '../word-list';
import { isSpace as isSpaceCode } from '../../text';

export type { Region } from '../types';

/**
 * A reporting frame found in one sentence: a cue, its subject, and where its content lies.
 * `after` is content following the cue (`said that …`, `told the court: “…”`); `before` is
 * content preceding the attribution (`…, Hong said.`, `“…,” said Hong.`).
 */
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
  /** The subject issued a statement or similar: a later `the statement said` refers to it. */
  readonly issued: boolean;
  /** Content introduced by `that`, a colon or a quotation, rather than a bare clause. */
  readonly marked: boolean;
  /** The cue continues an earlier clause: an -ing participle (`…, with Tang saying: …`) or a verb after `and` (`… and said …`). */
  readonly joined: boolean;
  /** The cue shares the subject of the report before it through `and` or `, then` (`… and said …`). */
  readonly coordinated?: boolean;
  /** The attribution opens a clause of its own after a comma and a conjunction (`…, while Republicans say …`). */
  readonly newClause: boolean;
}

const NO_FRAMES: readonly Frame[] = [];
/** Scratch list of a sentence's possible cue positions, reused so the common no-cue sentence allocates nothing. */
const CUE_POSITIONS: number[] = [];
const MIN_CONTENT_WORDS = 3;
const THAT_REACH = 12;
/** Most words of an addressee found by its place alone (`told local dairy farmers that`). */
const PLAIN_ADDRESSEE_WORDS = 4;
/** Words that may follow an `according to` source before its comma (`a poll released Sunday`). */
const SOURCE_TAIL_WORDS = 6;
/** A bare clause after a trailing attribution shorter than this is an adjunct (`…, he said on Monday`). */
const SHORT_TAIL_WORDS = 6;
const SPEECH_NOUN_REACH = 5;

function matchForm(
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
function contentEnd(doc: Doc, sentence: Sentence): number {
  let e = sentence.end;
  while (e > sentence.start && '.!?;:…, \t'.includes(doc.text[e - 1]!)) e--;
  return e;
}

const isPunct = (w: Word | undefined, chars: string): boolean =>
  w !== undefined && !w.isWord && !w.isQuoteMark && chars.includes(w.text);

/**
 * Where the content of a cue starts when it follows the cue: after `that` (possibly past an
 * addressee and adjuncts: `told reporters in Beijing on Monday that`), after a colon, at an
 * opening quotation mark, or right after the cue for verbs that take a bare clause or an action.
 */
function contentAfter(
  words: WordList,
  k: number,
  hi: number,
  lemma: string,
  inverted: boolean,
  quoted: Int32Array,
): { at: number; marked: boolean } | null {
  if (k >= hi) return null;
  const objectStart = k;
  if (LISTENER_OBJECT.has(lemma) && words.at(k)!.isWord && words.at(k)!.key !== 'that') {
    const obj = OBJECT_PRONOUNS.has(words.at(k)!.key)
      ? { to: k + 1 }
      : (mentionAfter(words, k, hi) ?? plainAddressee(words, k, hi));
    if (obj) k = obj.to;
  }
  if (k >= hi) return null;
  let inRelative = false;
  for (let t = k; t < hi && t - k <= THAT_REACH; t++) {
    const w = words.at(t)!;
    if (isPunct(w, ':')) return { at: words.at(t + 1)?.isQuoteMark || t + 1 < hi ? t + 1 : t, marked: true };
    if (w.isQuoteMark) {
      if (t === k || isPunct(words.at(t - 1), ',')) return { at: t, marked: true };
      break;
    }
    if (isPunct(w, '.;!?—')) break;
    // `said the guard, who asked that her name …`: a `that` after a relative pronoun is the relative clause's.
    if (t > k && (w.key === 'who' || w.key === 'which')) inRelative = true;
    // `said in an interview, adding that …`: the `that` belongs to the participle's own report.
    if (isPunct(w, ',') && PARTICIPLE_CUES.has(words.at(t + 1)?.key ?? '')) break;
    // `pleaded not guilty, with Tang saying: “…”`: another speaker's participle cue takes what follows.
    if (
      t > k &&
      w.isWord &&
      w.key.endsWith('ing') &&
      !ARTICLES.has(words.at(t - 1)!.key) &&
      (CUE_FORMS.get(w.key) ?? []).some((f) => f.participle && f.words.length === 1)
    )
      break;
    if (w.key === 'that' && quoted[t]! < 0 && !inRelative) {
      if (
        t === k ||
        (PARENTHETICAL_OPENERS.has(words.at(k)!.key) && !BE_FORMS.has(words.at(k)!.key)) ||
        isPunct(words.at(k), ',')
      )
        return { at: t + 1, marked: true };
      // `told shareholders that`: an addressee that is no speaker noun, plain words up to `that`.
      if (
        LISTENER_OBJECT.has(lemma) &&
        k === objectStart &&
        t - k <= PLAIN_ADDRESSEE_WORDS &&
        words.countWords(k, t) === t - k
      )
        return { at: t + 1, marked: true };
      break;
    }
  }
  const w = words.at(k)!;
  if (inverted) return null;
  const opens = (x: Word) =>
    x.isWord && !PARENTHETICAL_OPENERS.has(x.key) && !CLAUSE_STOPS.has(x.key) && !SELF_POSSESSIVES.has(x.key);
  const opensClause = opens(w) || CLAUSE_OPENERS.has(`${w.key} ${words.at(k + 1)?.key ?? ''}`);
  // `urged the government to clarify …`: the addressee and the action are the content.
  const object = words.at(objectStart)!;
  const objectOpens =
    object.isWord &&
    !CLAUSE_STOPS.has(object.key) &&
    (DETERMINERS.has(object.key) || !PARENTHETICAL_OPENERS.has(object.key));
  if (
    DIRECTIVE.has(lemma) &&
    objectOpens &&
    words.countWords(objectStart, hi) >= 2 &&
    requestsAction(words, objectStart, hi)
  )
    return { at: objectStart, marked: false };
  if (INFINITIVE.has(lemma)) {
    // `vowed on Monday to …`: time words may stand between the cue and the action.
    let t = objectStart;
    while (t < hi && words.at(t)!.isWord && SUBJECT_SKIP.has(words.at(t)!.key)) t++;
    const verb = words.at(t + 1);
    if (
      words.at(t)?.key === 'to' &&
      verb &&
      verb.isWord &&
      !ARTICLES.has(verb.key) &&
      !DETERMINERS.has(verb.key) &&
      words.countWords(t, hi) > MIN_CONTENT_WORDS
    )
      return { at: t, marked: false };
  }
  // `asked a question about …`: a directive's bare clause too must ask for an action or a question.
  const bare = BARE_CLAUSE.has(lemma) && (!DIRECTIVE.has(lemma) || requestsAction(words, k, hi));
  // `say the decision backfired`: an article opens a noun-phrase subject, so three words make a clause.
  const least = ARTICLES.has(w.key) ? MIN_CONTENT_WORDS : MIN_CONTENT_WORDS + 1;
  if (bare && opensClause && words.countWords(k, hi) >= least) return { at: k, marked: false };
  // `said they were undecided`: a pronoun and an auxiliary make a short clause.
  if (bare && PRONOUNS.has(w.key) && words.countWords(k, hi) >= MIN_CONTENT_WORDS && hasAuxiliary(words, k + 1, k + 2))
    return { at: k, marked: false };
  // `denying there is any problem`: some cues take a bare clause only when a pronoun or `there` and an auxiliary open it.
  if (
    PRONOUN_CLAUSE.has(lemma) &&
    (PRONOUNS.has(w.key) || w.key === 'there') &&
    words.countWords(k, hi) >= MIN_CONTENT_WORDS &&
    hasAuxiliary(words, k + 1, k + 2)
  )
    return { at: k, marked: false };
  // `said he and other candidates would not …`: a coordinated pronoun subject before its auxiliary.
  if (
    bare &&
    PRONOUNS.has(w.key) &&
    COORDINATORS.has(words.at(k + 1)?.key ?? '') &&
    hasAuxiliary(words, k + 2, Math.min(hi, k + 6))
  )
    return { at: k, marked: false };
  for (let t = k; t < hi && t - k <= 8; t++) if (words.at(t)!.isQuoteMark) return { at: k, marked: false };
  if (OBJECT_FOR_CONTENT.has(lemma) && w.isWord) {
    const object = mentionAfter(words, k, hi);
    const reason = words.at(object ? object.to : k + 1);
    // `accused management of stalling …`: a bare noun object before its `of` too.
    const to = object ? object.to : k + 1;
    if (
      (object || !w.cap) &&
      reason &&
      (reason.key === 'for' || reason.key === 'of') &&
      words.countWords(to, hi) > MIN_CONTENT_WORDS
    )
      return { at: k, marked: false };
  }
  return null;
}

/**
 * The reporting frames of one sentence, in cue order. Cue words inside quotation marks are
 * not cues. A participle cue after a comma (`, adding that …`) takes the subject of the
 * sentence's previous frame.
 */
export function sentenceFrames(doc: Doc, words: WordList, sentence: Sentence, quoted: Int32Array): readonly Frame[] {
  const lo = sentence.tokenStart;
  const hi = sentence.tokenEnd;
  if (lo >= hi) return NO_FRAMES;
  if (sentence.headline) {
    const label = headlineLabel(doc, words, sentence);
    if (label) return [label];
  }
  // Most sentences hold no cue: find the possible cue positions from the raw tokens before any
  // other work. A cue is lower case except at the sentence start, whose word is tested by key.
  const cues = CUE_POSITIONS;
  cues.length = 0;
  if (CUE_STARTS.has(words.at(lo)!.key)) cues.push(lo);
  for (let i = lo + 1; i < hi; i++) if (words.mayStartCue(i)) cues.push(i);
  if (cues.length === 0) return NO_FRAMES;
  const end = contentEnd(doc, sentence);
  // `Does the administration worry that …?`: a question reports nothing.
  if (doc.text[end] === '?' || doc.text[sentence.end - 1] === '?') return NO_FRAMES;
  const frames: Frame[] = [];
  const regionOf = (at: number | null): Region | null =>
    at !== null && at < hi && words.at(at)!.start < end ? reportedClause(doc.text, words.at(at)!.start, end) : null;

  // A frame's words are consumed: the next cue is looked for after them (`next`).
  for (let c = 0, next = lo; c < cues.length; c++) {
    const i = cues[c]!;
    if (i < next) continue;
    next = i + 1;
    const w = words.at(i)!;
    if (!w.isWord || quoted[i]! >= 0 || (w.cap && i !== lo)) continue;

    if (w.key === 'according' && words.at(i + 1)?.key === 'to') {
      const subject = mentionAfter(words, i + 2, hi) ?? describedMention(words, i + 2, hi);
      if (!subject) continue;
      const info = describeMentionOnce(doc.text, words, subject);
      const leading = i === lo || (i === lo + 1 && !words.at(lo)!.isWord);
      let k = subject.to;
      // `According to a poll released Sunday, …`: the content starts after the source's comma.
      for (let t = k; leading && t < hi && t - k <= SOURCE_TAIL_WORDS; t++) {
        if (isPunct(words.at(t), ',')) {
          k = t;
          break;
        }
      }
      if (isPunct(words.at(k), ',')) k++;
      const after = leading ? regionOf(k) : null;
      const lead = words.at(i - 1);
      const before =
        !leading && lead && (isPunct(lead, ',—') || lead.isQuoteMark) && words.countWords(lo, i) >= MIN_CONTENT_WORDS
          ? { start: words.at(lo)!.start, end: lead.start }
          : null;
      if (after || before)
        frames.push({
          sentence: sentence.index,
          cueStart: w.start,
          cueEnd: words.at(i + 1)!.end,
          lemma: 'according to',
          subject,
          info,
          after,
          before,
          attributionStart: w.start,
          reported: false,
          issued: false,
          marked: true,
          joined: false,
          newClause: false,
        });
      continue;
    }

    if (w.key === 'as') {
      const sourced = sourcedFrame(doc, words, sentence, i, end, quoted);
      if (sourced) {
        frames.push(sourced);
        continue;
      }
    }

    const nounVerb = matchForm(words, i, hi, SPEECH_NOUN_VERBS.get(w.key), quoted);
    if (nounVerb) {
      const act = speechActFrame(doc, words, sentence, i, i + nounVerb.words.length, nounVerb.lemma, end, quoted);
      if (act) {
        frames.push(act.frame);
        next = act.resume;
        continue;
      }
    }

    const form = matchForm(words, i, hi, CUE_FORMS.get(w.key), quoted);
    if (!form) continue;
    const j = i + form.words.length;
    // `All of them have been described by Secretary Rice as “outposts of tyranny”`: the agent of a passive cue speaks.
    if (form.past && i > lo && BE_FORMS.has(words.at(i - 1)!.key) && words.at(j)?.key === 'by') {
      const agent = mentionAfter(words, j + 1, hi);
      const content =
        agent && subjectIsFree(agent, quoted) ? contentAfter(words, agent.to, hi, form.lemma, false, quoted) : null;
      const after = content ? regionOf(content.at) : null;
      if (agent && after) {
        frames.push({
          sentence: sentence.index,
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
        });
        next = agent.to;
        continue;
      }
    }
    // `police can demand`, `declined to comment`: a possible or refused speech act, not a report;
    // `he was asked`: a passive cue's subject is the addressee.
    if (i > lo && (BLOCKING_WORDS.has(words.at(i - 1)!.key) || (form.past && BE_FORMS.has(words.at(i - 1)!.key))))
      continue;
    // `countries found to be …`, `said to have …`: a passive report about, not by, the subject.
    if (
      form.past &&
      !DIRECTIVE.has(form.lemma) &&
      !INFINITIVE.has(form.lemma) &&
      words.at(j)?.key === 'to' &&
      PASSIVE_REPORT_VERBS.has(words.at(j + 1)?.key ?? '')
    )
      continue;
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
    let inherited: MentionInfo | null = null;
    let inverted = false;
    let coordinated = false;
    // A subject taken from an earlier clause (`…, saying …`) is not where the attribution starts.
    let borrowed = false;
    if (subject && !subjectIsFree(subject, quoted)) subject = null;
    if (subject && !form.participle) subject = pastAdjunct(doc.text, words, subject, lo) ?? subject;
    if (!form.participle && (!subject || subject.from > lo)) subject = qualifiedGroup(words, lo, i, subject) ?? subject;
    // `…, calling it a sham and denying …`: a participle after `and` continues the participle before it.
    const afterParticiple =
      !subject &&
      form.participle &&
      words.at(i - 1)?.key === 'and' &&
      frames.length > 0 &&
      frames[frames.length - 1]!.joined;
    if (
      !subject &&
      form.participle &&
      ((isPunct(words.at(i - 1), ',') && PARTICIPLE_CUES.has(w.key)) || afterParticiple)
    ) {
      const previous = frames[frames.length - 1];
      if (previous) {
        subject = previous.subject;
        inherited = previous.info;
      } else if (!previous) {
        subject = clauseSubject(words, lo, i - 1, quoted);
      }
      borrowed = subject !== null;
    }
    // `Spicer was quoted as saying …`: the subject of the passive is the speaker.
    if (
      !subject &&
      form.participle &&
      i - 2 > lo &&
      words.at(i - 1)!.key === 'as' &&
      QUOTED_AS.has(words.at(i - 2)!.key)
    ) {
      let k = i - 2;
      while (k > lo && BE_FORMS.has(words.at(k - 1)!.key)) k--;
      subject = mentionBefore(words, k, lo);
    }
    // `Xi renewed a call … and said …`: a coordinated cue shares the sentence's subject.
    // `… and has asked …`: auxiliaries may stand between `and` and the cue.
    let conjunction = i - 1;
    while (
      conjunction > lo &&
      (AUXILIARIES.has(words.at(conjunction)!.key) || SUBJECT_SKIP.has(words.at(conjunction)!.key)) &&
      words.at(conjunction)!.key !== 'and'
    )
      conjunction--;
    // `…, then joked that …`: a comma and a sequencing adverb join a cue as `and` does.
    const sequenced =
      conjunction > lo &&
      conjunction < i - 1 &&
      isPunct(words.at(conjunction), ',') &&
      SEQUENCE_ADVERBS.has(words.at(conjunction + 1)!.key);
    if (
      !subject &&
      conjunction > lo &&
      (words.at(conjunction)!.key === 'and' || words.at(conjunction)!.key === 'but' || sequenced) &&
      !form.participle
    ) {
      // `As such, the union has urged …, and has asked …`: the cue shares the subject of the report before it.
      const previous = frames[frames.length - 1];
      if (previous && !previous.reported) {
        subject = previous.subject;
        inherited = previous.info;
        coordinated = true;
      } else {
        const opening = mentionAfter(words, lo, i);
        const verb = opening ? words.at(opening.to) : undefined;
        if (opening && verb && verb.isWord && !verb.cap && subjectIsFree(opening, quoted)) {
          subject = opening;
          coordinated = true;
        }
      }
    }
    if (
      !subject &&
      !form.participle &&
      BARE_CLAUSE.has(form.lemma) &&
      i > lo &&
      (isPunct(words.at(i - 1), ',—') || words.at(i - 1)!.isQuoteMark)
    ) {
      // `…, said Hong.` / `…, said Hong Lei, refuting …`; but in `…, said he found …` the pronoun opens the content.
      const after = mentionAfter(words, j, hi) ?? describedMention(words, j, hi);
      // `…,” said Kim in reference to …` / `said Ellis to cheers`: a prepositional phrase may follow the inverted subject.
      const next = words.at(after?.to ?? -1);
      // `…,” said a banker who asked not to be named`: a relative clause may follow it too.
      if (
        after &&
        (after.to >= hi ||
          isPunct(next, ',.;!?—(') ||
          next!.isQuoteMark ||
          (next!.isWord &&
            (ADJUNCT_PREPOSITIONS.has(next!.key) || next!.key === 'to' || RELATIVE_PRONOUNS.has(next!.key))))
      )
        subject = after;
      inverted = subject !== null;
      if (subject) subject = invertedApposition(doc.text, words, subject, hi) ?? subject;
    }
    // `Lee's remarks came …`: an owner is no subject.
    if (!subject || !subjectIsFree(subject, quoted) || words.at(subject.to - 1)!.possessive) continue;
    let info = inherited ?? describeMentionOnce(doc.text, words, subject);
    // `a Republican state lawmaker`, `an English-speaking state crossed …`: a singular subject cannot take the lemma's own form, so the word is a noun.
    if (
      !inverted &&
      !borrowed &&
      !coordinated &&
      form.base &&
      form.words.length === 1 &&
      subject.to === i &&
      singularSubject(words, subject, info)
    )
      continue;
    // `Wang Wenbin, a spokesman for the ministry, said`: the role is in apposition to the name that speaks.
    // `Ana Diaz, spokesman for the mayor told …`: the role may come without its article (and without its closing comma).
    const appositive =
      DETERMINERS.has(words.at(subject.from)!.key) ||
      (TITLES.has(words.at(subject.from)!.key) && !words.at(subject.from)!.cap);
    if (
      !inverted &&
      !borrowed &&
      (info.kind === 'anonymous' || info.kind === 'role' || (info.kind === 'name' && !words.at(subject.from)!.cap)) &&
      appositive &&
      isPunct(words.at(subject.from - 1), ',')
    ) {
      const name = mentionBefore(words, subject.from - 1, lo, false);
      const nameInfo = name ? describeMentionOnce(doc.text, words, name) : null;
      const opensClause =
        name !== null &&
        (name.from === lo || isPunct(words.at(name.from - 1), ',') || words.at(name.from - 1)!.isQuoteMark);
      if (name && nameInfo && nameInfo.kind === 'name' && opensClause && subjectIsFree(name, quoted)) {
        subject = { from: name.from, to: subject.to };
        info = nameInfo;
      }
    }

    const attributionStart = inverted || borrowed ? i : coordinated ? conjunction : Math.min(subject.from, i);
    let afterAt = contentAfter(words, inverted ? subject.to : j, hi, form.lemma, inverted, quoted);
    // `a bill which McConnell said would lower premiums`: in a relative clause the content opens with its verb.
    if (
      !afterAt &&
      !inverted &&
      BARE_CLAUSE.has(form.lemma) &&
      RELATIVE_PRONOUNS.has(words.at(subject.from - 1)?.key ?? '') &&
      AUXILIARIES.has(words.at(j)?.key ?? '') &&
      words.countWords(j, hi) >= MIN_CONTENT_WORDS
    ) {
      afterAt = { at: j, marked: false };
    }
    // `As the President has said, there will be …`: the content follows the comma.
    if (!inverted && words.at(attributionStart - 1)?.key === 'as') {
      let k = j;
      while (k < hi && words.at(k)!.isWord && SUBJECT_SKIP.has(words.at(k)!.key)) k++;
      if (isPunct(words.at(k), ',') && k + 1 < hi) afterAt = { at: k + 1, marked: true };
    }
    let before: Region | null = null;
    const lead = words.at(attributionStart - 1);
    if (!coordinated && !borrowed && attributionStart > lo && lead && (isPunct(lead, ',—') || lead.isQuoteMark)) {
      // `In a speech last week, Xi said …` / `Asked whether …, Chow told …`: an adverbial opening is not content.
      const opensWithAdverbial =
        (PARENTHETICAL_OPENERS.has(words.at(lo)!.key) && !QUANTIFIER_SUBJECTS.has(words.at(lo)!.key)) ||
        (words.at(lo)!.isQuoteMark === false && words.at(lo)!.key.endsWith('ed') && !lead.isQuoteMark);
      // A cue that takes no bare clause reports what precedes it only from the sentence's end (`…, analysts pointed out.`).
      const trailing = BARE_CLAUSE.has(form.lemma) || words.countWords(j, hi) <= SHORT_TAIL_WORDS;
      if (
        lead.isQuoteMark ||
        (words.countWords(lo, attributionStart) >= MIN_CONTENT_WORDS && !opensWithAdverbial && trailing)
      )
        before = { start: words.at(lo)!.start, end: lead.start };
    }
    // `I noted that “…”` reports the speaker's own earlier words; `we reiterate …` is the statement itself.
    if (info.pronoun === 'first' && !(form.past && afterAt?.marked)) continue;
    // `member states`, `the reports`: a cue that is also a noun counts only with `that`, a colon or a quotation.
    if (form.words.length === 1 && (isNounHomograph(w.key) || MARKED_ONLY.has(form.lemma)) && !afterAt?.marked)
      continue;
    let after = afterAt ? regionOf(afterAt.at) : null;
    // `The governor has denied the allegations.`: a speech act whose report is its object alone.
    // A participle right after a noun (`a letter to the council criticizing …`) modifies that noun: only a borrowed subject's participle reports.
    const act =
      !after && !inverted && !sentence.headline && (!form.participle || borrowed) && OBJECT_SPEECH_ACTS.has(form.lemma)
        ? objectOfSpeechAct(words, j, hi, form.lemma, quoted)
        : null;
    if (act) after = { start: words.at(act.from)!.start, end: words.at(act.to - 1)!.end };
    // `While the ministry said the talks were useful, it gave no date`: the report ends where the main clause begins.
    if (
      after &&
      !inverted &&
      !borrowed &&
      !coordinated &&
      subject.from === lo + 1 &&
      SUBORDINATORS.has(words.at(lo)!.key)
    )
      after = untilMainClause(doc.text, after);
    // `The ministry, which said the talks were useful, gave no date`: the relative clause closes before the main verb.
    if (after && relative) after = untilRelativeEnd(words, afterAt!.at, after, hi);
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
      !inverted &&
      !borrowed &&
      !coordinated &&
      attributionStart > lo &&
      isPunct(lead, ',') &&
      isPunct(words.at(j), ',') &&
      words.countWords(j + 1, hi) >= 2 &&
      quoted[j + 1]! < 0 &&
      hasAuxiliary(words, j + 1, j + 2)
    ) {
      before = { start: words.at(lo)!.start, end };
    }
    if (!after && !before) continue;
    frames.push({
      sentence: sentence.index,
      cueStart: w.start,
      cueEnd: words.at(j - 1)!.end,
      lemma: form.lemma,
      subject,
      info,
      after,
      before: after ? null : before,
      attributionStart: words.at(attributionStart)!.start,
      reported: act !== null,
      issued: false,
      marked: act === null && (afterAt?.marked ?? true),
      joined: form.participle || coordinated,
      coordinated,
      newClause:
        !borrowed &&
        !inverted &&
        !coordinated &&
        CLAUSE_COORDINATORS.has(words.at(attributionStart - 1)?.key ?? '') &&
        isPunct(words.at(attributionStart - 2), ','),
    });
    next = j;
  }
  return frames.length < 2
    ? frames
    : untilNextReport(
        doc.text,
        withoutInnerReports(words.at(lo)!.start, withoutEchoes(frames)).map((f, _, kept) =>
          withoutJoinedTail(doc.text, f, kept),
        ),
      );
}

/** `…, even though studies show …`: after a comma, the author's own concession. */
const CONCESSION = /,\s+(?:even though|although|though|even as|despite|whereas)\b/i;

/**
 * The reported clause from `start`: it stops at a semicolon (`accused the judge of lying; he has
 * denied …` is two reports) and before a concessive clause, else runs to the sentence's end.
 */
function reportedClause(text: string, start: number, end: number): Region {
  let stop = text.indexOf(';', start);
  if (stop < 0 || stop >= end) stop = end;
  const concession = CONCESSION.exec(text.slice(start, stop));
  if (concession && concession.index > 0) stop = start + concession.index;
  while (stop > start && isSpaceCode(text.charCodeAt(stop - 1))) stop--;
  return { start, end: stop };
}

/**
 * `The mayor said the plan would fail, the governor said it would work, …`: a report whose
 * content reaches another report's attribution after a comma ends at that comma, so reports
 * strung together in a run-on sentence neither overlap nor grow with the sentence. A report
 * nested without a comma (`said that aides told him …`) stays inside the outer content.
 */
function untilNextReport(text: string, frames: Frame[]): Frame[] {
  return frames.map((f, n) => {
    if (f.before) return afterPreviousReport(text, f, frames[n - 1]);
    if (!f.after) return f;
    for (let m = n + 1; m < frames.length; m++) {
      const g = frames[m]!;
      if (g.attributionStart >= f.after.end) break;
      if (g.attributionStart <= f.after.start) continue;
      let end = g.attributionStart;
      while (end > f.after.start && isSpaceCode(text.charCodeAt(end - 1))) end--;
      // `…, and the union said …`: a coordinator after the comma belongs to the next report.
      const word = /(?:^|\s)(?:and|but|while|whereas)$/.exec(text.slice(Math.max(f.after.start, end - 8), end));
      if (word) end -= word[0].trimStart().length;
      while (end > f.after.start && isSpaceCode(text.charCodeAt(end - 1))) end--;
      if (end <= f.after.start || !',;'.includes(text[end - 1]!)) continue;
      end--;
      return end > f.after.start ? { ...f, after: { start: f.after.start, end } } : f;
    }
    return f;
  });
}

/** `…, the mayor said, the tax would go, the governor said`: content before a cue starts after the report before it. */
function afterPreviousReport(text: string, f: Frame, previous: Frame | undefined): Frame {
  if (!f.before || !previous) return f;
  let start = Math.max(previous.cueEnd, previous.after?.end ?? 0, previous.before?.end ?? 0);
  if (start <= f.before.start) return f;
  while (start < f.before.end && (isSpaceCode(text.charCodeAt(start)) || ',;'.includes(text[start]!))) start++;
  const coordinator = /^(?:and|but|while|whereas)\s+/.exec(text.slice(start, start + 9));
  if (coordinator) start += coordinator[0].length;
  return start < f.before.end ? { ...f, before: { start, end: f.before.end } } : f;
}

/**
 * `The agency thought the audit could wait, according to two officials.` / `…, officials said.`:
 * a source at the end of the sentence reports the whole sentence, so a cue inside it (`thought`,
 * `agreed`) with a clause of its own is part of what the source says, not a second report.
 */
function withoutInnerReports(sentenceStart: number, frames: Frame[]): Frame[] {
  const outer = frames.find((g) => g.before !== null && g.after === null && g.before.start === sentenceStart);
  if (!outer) return frames;
  return frames.filter(
    (f) =>
      f === outer ||
      f.after === null ||
      f.reported ||
      f.cueStart < outer.before!.start ||
      f.cueStart >= outer.before!.end,
  );
}

/**
 * `Okafor said he found the ruling “absurd”`, `the mayor says she is urging residents to …`,
 * `the company said it would appeal …`: a pronoun's report inside another report's content
 * repeats the same speaker; the outer report holds it.
 */
function withoutEchoes(frames: Frame[]): Frame[] {
  return frames.filter((f) => {
    // A joined cue (`…, then joked that …`) shares its subject with the report before: no echo.
    if (f.info.kind !== 'pronoun' || f.info.pronoun === 'first' || f.newClause || f.coordinated) return true;
    return !frames.some(
      (g) =>
        g !== f && !g.reported && g.after !== null && g.after.start <= f.attributionStart && f.cueEnd <= g.after.end,
    );
  });
}

/**
 * `Officials expect delays, with Governor Ruiz adding that …` / `Schumer called it “…” and said
 * …` / `Democrats say …, while Republicans say …`: a joined attribution or one opening a clause
 * of its own starts a new report, so it ends the bare content of the one before.
 */
function withoutJoinedTail(text: string, f: Frame, frames: readonly Frame[]): Frame {
  if (!f.after || f.marked) return f;
  let end = f.after.end;
  for (const g of frames) {
    if (g === f || !(g.joined || g.newClause) || g.attributionStart <= f.after.start || g.attributionStart >= end)
      continue;
    // A participle hangs off a comma (`, with Tang saying`); a coordinated cue off its `and`.
    const comma = text.lastIndexOf(',', g.attributionStart);
    end = text.startsWith('and', g.attributionStart) || comma <= f.after.start ? g.attributionStart : comma;
    while (end > f.after.start && (isSpaceCode(text.charCodeAt(end - 1)) || text[end - 1] === ',')) end--;
  }
  return end === f.after.end ? f : { ...f, after: { start: f.after.start, end } };
}

/** `As noted in the USTR’s review, “…”` / `as reported by X, …`: the source follows the cue. */
function sourcedFrame(
  doc: Doc,
  words: WordList,
  sentence: Sentence,
  i: number,
  end: number,
  quoted: Int32Array,
): Frame | null {
  const hi = sentence.tokenEnd;
  const form = matchForm(words, i + 1, hi, CUE_FORMS.get(words.at(i + 1)?.key ?? ''), quoted);
  if (!form || !form.past) return null;
  const j = i + 1 + form.words.length;
  if (!words.at(j) || !SOURCE_PREPOSITIONS.has(words.at(j)!.key)) return null;
  const subject = mentionAfter(words, j + 1, hi);
  if (!subject || !isPunct(words.at(subject.to), ',')) return null;
  const info = describeMentionOnce(doc.text, words, subject);
  if (info.kind === 'pronoun') return null;
  const at = subject.to + 1;
  if (
    at >= hi ||
    words.at(at)!.start >= end ||
    words.countWords(at, hi) < MIN_CONTENT_WORDS ||
    PARENTHETICAL_OPENERS.has(words.at(at)!.key) ||
    CLAUSE_STOPS.has(words.at(at)!.key)
  )
    return null;
  return {
    sentence: sentence.index,
    cueStart: words.at(i)!.start,
    cueEnd: words.at(j)!.end,
    lemma: form.lemma,
    subject,
    info,
    after: { start: words.at(at)!.start, end },
    before: null,
    attributionStart: words.at(i)!.start,
    reported: false,
    issued: false,
    marked: true,
    joined: false,
    newClause: false,
  };
}

/**
 * `said an exhausted Coach Dale Hines`, `according to the finance department`: an article and up
 * to three lower-case modifiers before a mention.
 */
function describedMention(words: WordList, at: number, hi: number): MentionSpan | null {
  const article = words.at(at);
  if (!article || !article.isWord || !ARTICLES.has(article.key)) return null;
  // The longest such mention: `the new state transport agency`, not `the new state`.
  let to = -1;
  for (let k = at + 1; k < hi && k <= at + 4; k++) {
    const w = words.at(k)!;
    const m = k > at + 1 ? mentionAfter(words, k, hi) : null;
    if (m && m.from === k) to = Math.max(to, m.to);
    if (!w.isWord || w.cap) break;
  }
  return to > at ? { from: at, to } : null;
}

/** A headline label (`Mayor Diaz: Tax Cuts Are Coming`) ends within this many words. */
const HEADLINE_LABEL_WORDS = 6;

/**
 * `Mayor Diaz: Tax Cuts Are Coming`, `China: U.S. Must Stop Meddling`: a headline that opens
 * with a speaker's name and a colon gives the rest as that speaker's claim. The name must be a
 * role with a name, a full name, or a party other than a person, so `Update:` is no speaker.
 */
function headlineLabel(doc: Doc, words: WordList, sentence: Sentence): Frame | null {
  const lo = sentence.tokenStart;
  const hi = sentence.tokenEnd;
  let colon = -1;
  for (let t = lo; t < hi && t - lo <= HEADLINE_LABEL_WORDS; t++) {
    if (isPunct(words.at(t), ':')) {
      colon = t;
      break;
    }
  }
  if (colon <= lo || words.countWords(colon + 1, hi) < 2) return null;
  const subject = mentionAfter(words, lo, colon);
  if (!subject || subject.from !== lo || subject.to !== colon) return null;
  const info = describeMentionOnce(doc.text, words, subject);
  const named =
    info.kind === 'name' &&
    (info.role !== null || info.nameKeys.length >= 2 || info.type === 'country' || info.type === 'organization');
  if (!named) return null;
  const colonWord = words.at(colon)!;
  return {
    sentence: sentence.index,
    cueStart: colonWord.start,
    cueEnd: colonWord.end,
    lemma: ':',
    subject,
    info,
    after: { start: words.at(colon + 1)!.start, end: contentEnd(doc, sentence) },
    before: null,
    attributionStart: words.at(lo)!.start,
    reported: false,
    issued: false,
    marked: true,
    joined: false,
    newClause: false,
  };
}

/**
 * `…,” said the owner, Marco Bellini.`: an inverted role or common noun followed by a name in
 * apposition, closing the sentence or its clause; the name is who speaks.
 */
function invertedApposition(text: string, words: WordList, subject: MentionSpan, hi: number): MentionSpan | null {
  if (!isPunct(words.at(subject.to), ',')) return null;
  const info = describeMentionOnce(text, words, subject);
  if (info.kind === 'name' || info.kind === 'pronoun') return null;
  const name = mentionAfter(words, subject.to + 1, hi);
  if (!name || name.from !== subject.to + 1) return null;
  const next = words.at(name.to);
  if (next && !isPunct(next, ',.;!?—') && !next.isQuoteMark) return null;
  const nameInfo = describeMentionOnce(text, words, name);
  return nameInfo.kind === 'name' && words.at(name.from)!.cap ? { from: subject.from, to: name.to } : null;
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

/** The subject's head is singular: `he`, `it`, or a noun or name that is no plural, group, quantifier or coordination. */
function singularSubject(words: WordList, subject: MentionSpan, info: MentionInfo): boolean {
  if (info.kind === 'pronoun') return info.pronoun === 'person' || info.pronoun === 'thing';
  if (info.kind === 'group') return false;
  for (let k = subject.from; k < subject.to; k++) if (COORDINATORS.has(words.at(k)!.key)) return false;
  // `Aides to the governor`: the head stands before the qualifier's preposition.
  let end = subject.to;
  for (let k = subject.from + 1; k < subject.to; k++) {
    if (MENTION_PREPOSITIONS.has(words.at(k)!.key) && !words.at(k)!.cap) {
      end = k;
      break;
    }
  }
  const head = words.at(end - 1)!;
  return head.isWord && !head.key.endsWith('s');
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

/**
 * `John Tatah, who says …`, `the man who says he is …`, `the ministry, which said …`: in a
 * relative clause the speaker is the mention the pronoun follows.
 */
function relativeSubject(words: WordList, cue: number, lo: number): MentionSpan | null {
  let k = cue - 1;
  while (
    k > lo &&
    words.at(k)!.isWord &&
    SUBJECT_SKIP.has(words.at(k)!.key) &&
    !RELATIVE_PRONOUNS.has(words.at(k)!.key)
  )
    k--;
  const pronoun = words.at(k);
  if (!pronoun || !pronoun.isWord || (pronoun.key !== 'who' && pronoun.key !== 'which') || k <= lo) return null;
  const end = isPunct(words.at(k - 1), ',') ? k - 1 : k;
  return mentionBefore(words, end, lo, false);
}

/** `told the audience the town owed …`: an article and a noun right before a clause's own subject (an article or pronoun) are the addressee. */
function plainAddressee(words: WordList, k: number, hi: number): { to: number } | null {
  const article = words.at(k);
  const noun = words.at(k + 1);
  const next = words.at(k + 2);
  if (
    k + 2 >= hi ||
    !article ||
    !noun ||
    !next ||
    !article.isWord ||
    !ARTICLES.has(article.key) ||
    !noun.isWord ||
    noun.cap
  )
    return null;
  return next.isWord && (ARTICLES.has(next.key) || PRONOUNS.has(next.key)) && next.key !== 'that'
    ? { to: k + 2 }
    : null;
}

/** Adverbs that chain a second verb to the subject after a comma (`…, then joked that …`). */
const SEQUENCE_ADVERBS = new Set(['then', 'later', 'afterwards', 'afterward']);

/** Most lower-case words after the article of a noun phrase no lexicon entry heads (`the new bookseller`). */
const PLAIN_NOUN_WORDS = 3;

/**
 * `The bookseller said …`, `the bakery closed …`: an article and up to three lower-case words,
 * none a pronoun, preposition or clause word, followed by a lower-case word; a speaker whose
 * head noun no lexicon lists. Only tried where a subject must stand: opening a clause.
 */
export function plainNounPhrase(words: WordList, at: number, hi: number, beforeComma = false): MentionSpan | null {
  const article = words.at(at);
  if (
    !article ||
    !article.isWord ||
    !(article.key === 'the' || article.key === 'a' || article.key === 'an' || QUANTIFIER_SUBJECTS.has(article.key))
  )
    return null;
  let t = at + 1;
  while (t < hi && t - at <= PLAIN_NOUN_WORDS) {
    const w = words.at(t)!;
    if (
      !w.isWord ||
      w.cap ||
      PRONOUNS.has(w.key) ||
      OBJECT_PRONOUNS.has(w.key) ||
      CLAUSE_STOPS.has(w.key) ||
      ADJUNCT_PREPOSITIONS.has(w.key) ||
      RELATIVE_PRONOUNS.has(w.key) ||
      AUXILIARIES.has(w.key) ||
      BE_FORMS.has(w.key) ||
      SUBJECT_SKIP.has(w.key) ||
      CUE_FORMS.has(w.key) ||
      COORDINATORS.has(w.key)
    )
      break;
    // `the bakery closed its shop`: a word before an article or determiner is the verb.
    const after = words.at(t + 1);
    if (t > at + 1 && after !== undefined && after.isWord && (ARTICLES.has(after.key) || DETERMINERS.has(after.key)))
      break;
    t++;
  }
  const next = words.at(t);
  const follows = next !== undefined && (beforeComma ? isPunct(next, ',') : next.isWord && !next.cap);
  return t > at + 1 && follows ? { from: at, to: t } : null;
}

/**
 * `“We lost the lease,” the bookseller said`, `The bookseller said …`: a plain noun phrase right
 * before the cue (past adverbs), opening the sentence or following a closing quotation mark.
 */
function openingNounPhrase(words: WordList, lo: number, cue: number, beforeComma = false): MentionSpan | null {
  let end = cue;
  while (end > lo && words.at(end - 1)!.isWord && SUBJECT_SKIP.has(words.at(end - 1)!.key)) end--;
  // `“…,” the winning jockey, Luis Ochoa, said`: a name in apposition to the noun phrase speaks.
  const named = appositionName(words, lo, end);
  if (named) {
    const np = openingNounPhrase(words, lo, named.comma, true);
    return np ? { from: np.from, to: named.name.to } : null;
  }
  for (let a = end - 2; a >= lo && a >= end - 1 - PLAIN_NOUN_WORDS; a--) {
    const lead = words.at(a - 1);
    // `…, two mediators said.`: a trailing attribution after a comma, closing the sentence.
    const trailing = isPunct(lead, ',') && (cue + 1 >= words.length || isPunct(words.at(cue + 1), '.!'));
    const opens =
      a === lo ||
      (lead !== undefined &&
        (lead.isQuoteMark || trailing || (isPunct(lead, ',') && words.at(a - 2)?.isQuoteMark === true)));
    if (!opens) continue;
    const np = plainNounPhrase(words, a, cue + 1, beforeComma);
    if (np && np.to === end) return np;
  }
  return null;
}

/** `, Luis Ochoa,` right before `end`: the name between the two commas and where the first comma stands. */
function appositionName(words: WordList, lo: number, end: number): { name: MentionSpan; comma: number } | null {
  if (!isPunct(words.at(end - 1), ',')) return null;
  let c = end - 2;
  while (c > lo && end - c <= ASIDE_WORDS && !isPunct(words.at(c), ',')) c--;
  if (c <= lo || !isPunct(words.at(c), ',')) return null;
  const name = mentionAfter(words, c + 1, end - 1);
  return name && name.from === c + 1 && name.to === end - 1 && words.at(c + 1)!.cap ? { name, comma: c } : null;
}

/** Most words of a relative clause between a subject and its cue (`Residents who spoke at the hearing said`). */
const RELATIVE_CLAUSE_WORDS = 8;

/**
 * `Residents who spoke at the hearing said …`: a sentence opening with a mention, a relative
 * pronoun and a short clause without punctuation before the cue; the mention speaks.
 */
function subjectBeforeRelative(words: WordList, lo: number, cue: number): MentionSpan | null {
  // The mention, pronoun and clause all stand within a few words of the sentence start.
  if (cue - lo > RELATIVE_CLAUSE_WORDS + 8) return null;
  const m = mentionAfter(words, lo, cue);
  if (!m || m.from !== lo) return null;
  const pronoun = words.at(m.to);
  if (
    !pronoun ||
    !pronoun.isWord ||
    (pronoun.key !== 'who' && pronoun.key !== 'that') ||
    cue - m.to - 1 < 2 ||
    cue - m.to - 1 > RELATIVE_CLAUSE_WORDS
  )
    return null;
  for (let t = m.to + 1; t < cue; t++) {
    const w = words.at(t)!;
    if (!w.isWord || RELATIVE_PRONOUNS.has(w.key)) return null;
  }
  return m;
}

/**
 * `After touring the plant, the governor praised the workers, saying …`: the subject of the
 * sentence's first clause that has one, a mention opening the sentence or following a comma and
 * followed by a lower-case verb.
 */
function clauseSubject(words: WordList, lo: number, hi: number, quoted: Int32Array): MentionSpan | null {
  for (let t = lo; t < hi; t++) {
    if (t !== lo && !isPunct(words.at(t - 1), ',')) continue;
    const m = mentionAfter(words, t, hi) ?? (t === lo ? plainNounPhrase(words, t, hi) : null);
    // `The United States on Wednesday condemned …`: time words may stand between subject and verb.
    let v = m ? pastAsides(words, m.to, hi) : -1;
    while (m && v < hi && words.at(v)!.isWord && SUBJECT_SKIP.has(words.at(v)!.key)) v++;
    const verb = m ? words.at(v) : undefined;
    if (m && verb && verb.isWord && !verb.cap && !CLAUSE_STOPS.has(verb.key) && subjectIsFree(m, quoted)) return m;
  }
  return null;
}

/** Most words of an aside between commas after a subject (`, a retired teacher,`, `, 29,`). */
const ASIDE_WORDS = 6;

/** `The defendant, Marcus Lyle, 29, pleaded …`: past up to two comma-delimited asides after a subject, to its verb. */
function pastAsides(words: WordList, k: number, hi: number): number {
  for (let n = 0; n < 2 && isPunct(words.at(k), ','); n++) {
    let t = k + 1;
    while (t < hi && t - k <= ASIDE_WORDS && (words.at(t)!.isWord || abbreviationDot(words, t))) t++;
    if (t === k + 1 || !isPunct(words.at(t), ',')) break;
    k = t + 1;
  }
  return k;
}

/** Most words the qualifier of a group noun spans (`leaders of the Group of Twenty major economies`). */
const QUALIFIER_MAX_WORDS = 8;

/**
 * `Leaders of several Ohio schools say …`: a sentence opening with a group, source or title
 * noun and a prepositional qualifier whose own head is no speaker noun; the whole phrase up to
 * the cue is the subject. Stands in for `found` (a speaker noun ending the qualifier) only when
 * it contains it.
 */
function qualifiedGroup(words: WordList, lo: number, cue: number, found: MentionSpan | null): MentionSpan | null {
  let k = lo;
  // `Dozens of residents of …`: a quantity of the group.
  if (words.at(k + 1)?.key === 'of' && DETERMINERS.has(words.at(k)!.key)) k += 2;
  else if (words.at(k)!.isWord && ARTICLES.has(words.at(k)!.key)) k++;
  const noun = words.at(k);
  const prep = words.at(k + 1);
  if (!noun || !prep || !noun.isWord || !prep.isWord || !MENTION_PREPOSITIONS.has(prep.key)) return null;
  if (!(GROUP_NOUNS.has(noun.key) || ANONYMOUS_NOUNS.has(noun.key) || TITLES.has(noun.key))) return null;
  let end = cue;
  while (end > k + 2 && SUBJECT_SKIP.has(words.at(end - 1)!.key)) end--;
  // `Critics of the plan, including two senators, say`: an aside before the cue is not the qualifier.
  if (isPunct(words.at(end - 1), ',')) {
    let open = end - 2;
    while (open > k + 2 && !isPunct(words.at(open), ',')) open--;
    if (open <= k + 2 || !PARENTHETICAL_OPENERS.has(words.at(open + 1)!.key)) return null;
    end = open;
  }
  if (end - (k + 2) > QUALIFIER_MAX_WORDS || end <= k + 2 || (found && (found.from < lo || found.to !== end)))
    return null;
  for (let t = k + 2; t < end; t++) {
    const w = words.at(t)!;
    if (
      !(w.isWord || abbreviationDot(words, t)) ||
      PRONOUNS.has(w.key) ||
      RELATIVE_PRONOUNS.has(w.key) ||
      AUXILIARIES.has(w.key) ||
      BE_FORMS.has(w.key)
    )
      return null;
  }
  return { from: lo, to: end };
}

/** Most words an adjunct between a subject and its cue spans (`in her first interview as board chair`). */
const ADJUNCT_MAX_WORDS = 12;

/**
 * `Chief executive Mary Jones in her first interview as board chair said`, `Lee in an interview
 * with Radio Nord said`: a mention right after a preposition is inside an adjunct; the mention
 * opening the sentence, right before that adjunct, is who speaks.
 */
function pastAdjunct(text: string, words: WordList, subject: MentionSpan, lo: number): MentionSpan | null {
  const prep = words.at(subject.from - 1);
  if (
    !prep ||
    !prep.isWord ||
    !(ADJUNCT_PREPOSITIONS.has(prep.key) || CLAUSE_STOPS.has(prep.key)) ||
    subject.from - 1 <= lo
  )
    return null;
  const opening = mentionAfter(words, lo, subject.from - 1);
  if (!opening || subject.from - opening.to > ADJUNCT_MAX_WORDS) return null;
  const first = words.at(opening.to)!;
  if (!first.isWord || !ADJUNCT_PREPOSITIONS.has(first.key)) return null;
  for (let k = opening.to; k < subject.from; k++) if (!words.at(k)!.isWord) return null;
  return describeMentionOnce(text, words, opening).kind === 'pronoun' ? null : opening;
}

/** Words that open an embedded question after `asked`: `asked whether the plant was safe`. */
const QUESTION_OPENERS = new Set(['whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who', 'which']);
/** Most words between a directive's cue and the `to` of the action it asks for (`urged the city's transit agency to …`). */
const ACTION_REACH = 10;

/**
 * A directive reports what it asks for only as an action (`urged the city to act`) or an embedded
 * question (`asked whether …`): `called for a new law`, `asked a question` give no content.
 */
function requestsAction(words: WordList, from: number, hi: number): boolean {
  if (QUESTION_OPENERS.has(words.at(from)!.key)) return true;
  for (let t = from; t < hi && t - from <= ACTION_REACH; t++) {
    const w = words.at(t)!;
    if (!w.isWord) {
      if (isPunct(w, '.;:!?—') || w.isQuoteMark) return false;
      continue;
    }
    const verb = words.at(t + 1);
    if (w.key === 'to' && verb && verb.isWord && !ARTICLES.has(verb.key) && !DETERMINERS.has(verb.key)) return true;
    if (t > from && QUESTION_OPENERS.has(w.key) && w.key !== 'which' && w.key !== 'who') return true;
  }
  return false;
}

function hasAuxiliary(words: WordList, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (AUXILIARIES.has(words.at(k)!.key) || BE_FORMS.has(words.at(k)!.key)) return true;
  return false;
}

function isNounHomograph(key: string): boolean {
  return GROUP_NOUNS.has(key) || DOCUMENT_NOUNS.has(key) || (key.endsWith('s') && DOCUMENT_NOUNS.has(key.slice(0, -1)));
}

function subjectIsFree(span: MentionSpan, quoted: Int32Array): boolean {
  for (let k = span.from; k < span.to; k++) if (quoted[k]! >= 0) return false;
  return true;
}

/**
 * `X issued a joint statement(, expressing concerns about …)`: the actor is reported as
 * speaking without being given words. The content is the participial phrase or the rest of
 * the clause when there is one, else the statement itself.
 */
function speechActFrame(
  doc: Doc,
  words: WordList,
  sentence: Sentence,
  i: number,
  j: number,
  lemma: string,
  end: number,
  quoted: Int32Array,
): { frame: Frame; resume: number } | null {
  const hi = sentence.tokenEnd;
  let nounEnd = -1;
  for (let t = j; t < hi && t - j < SPEECH_NOUN_REACH; t++) {
    const w = words.at(t)!;
    if (!w.isWord || quoted[t]! >= 0) break;
    const two = t + 1 < hi ? `${w.key} ${words.at(t + 1)!.key}` : '';
    if (SPEECH_NOUNS.has(two)) {
      nounEnd = t + 2;
      break;
    }
    if (SPEECH_NOUNS.has(w.key)) {
      nounEnd = t + 1;
      break;
    }
  }
  if (nounEnd < 0) return null;
  const subject = mentionBefore(words, i, sentence.tokenStart);
  if (!subject || !subjectIsFree(subject, quoted)) return null;
  const info = describeMentionOnce(doc.text, words, subject);
  if (info.kind === 'pronoun' || info.kind === 'document') return null;
  let k = nounEnd;
  while (k < hi && !words.at(k)!.isQuoteMark && !(words.at(k)!.isWord && PARTICIPLE_CUES.has(words.at(k)!.key))) k++;
  const participle = k < hi && words.at(k)!.isWord && words.at(k)!.start < end;
  // `issued a statement, saying the EU had …`: the statement's words are given, so it is reported speech.
  const withWords = participle && CONTENT_PARTICIPLES.has(words.at(k)!.key);
  const contentStart = participle ? words.at(withWords ? k + 1 : k)!.start : words.at(j)!.start;
  const frame: Frame = {
    sentence: sentence.index,
    cueStart: words.at(i)!.start,
    cueEnd: words.at(nounEnd - 1)!.end,
    lemma,
    subject,
    info,
    after: { start: contentStart, end: participle ? end : words.at(nounEnd - 1)!.end },
    before: null,
    attributionStart: words.at(subject.from)!.start,
    reported: !withWords,
    // `The agency released a statement.`: a statement with no words of its own gives no quote.
    wordless: !participle && k >= hi,
    issued: true,
    marked: withWords,
    joined: false,
    newClause: false,
  };
  return { frame, resume: withWords ? k + 1 : nounEnd };
}
