import {
  ADJUNCT_PREPOSITIONS,
  REPETITION_OPENERS,
  CLAUSE_COORDINATORS,
  CONCESSIVE_OPENERS,
  CONCESSIVE_RELATIVES,
  AMOUNT_OBJECTS,
  AMOUNT_TOPICS,
  APPROXIMATORS,
  ASSERTING_INFINITIVE,
  FRACTION_WORDS,
  isFigure,
  AUXILIARIES,
  ARTICLES,
  BARE_CLAUSE,
  BE_FORMS,
  CLAUSE_OPENERS,
  CLAUSE_STOPS,
  COORDINATORS,
  CUE_FORMS,
  DAY_PARTS,
  MENTION_OPENERS,
  MONTHS,
  NAMING_VERBS,
  OBJECT_CUES,
  DIRECTIVE,
  INFINITIVE,
  LISTENER_OBJECT,
  OBJECT_FOR_CONTENT,
  OBJECT_PRONOUNS,
  PARENTHETICAL_OPENERS,
  PARTICIPLE_CUES,
  PERIODS,
  PRONOUNS,
  RELATIVE_ADVERBS,
  RELATIVE_PRONOUNS,
  PRONOUN_CLAUSE,
  SELF_POSSESSIVES,
  SPEECH_NOUNS,
  SUBJECT_SKIP,
  WEEKDAYS,
  RELATIVE_TIME_ENDS,
  CAPTIONED_OBJECTS,
  OBJECT_NOUNS,
  SUBORDINATORS,
  TITLES,
  FOCUS_ADVERBS,
  IRREGULAR_PARTICIPLES,
  MEDIA_WORDS,
  KIND_NOUNS,
  TITLE_CUES,
  GROUP_NOUNS,
  FIRST_PERSON,
  CUE_PARTICLES,
  POSSESSIVE_PRONOUNS,
  POSSESSIVE_DETERMINERS,
  SUBJECT_PRONOUNS,
  CLAIM_NOUNS,
  TERM_VERBS,
  THINKING_VERBS,
  DEGREE_ADVERBS,
  ORDER_ADVERBS,
  PRO_CLAUSES,
} from '../lexicon';
import { DASH_TOKENS } from '../../text';
import { isMannerAdverb, mentionAfter } from '../mentions';
import { ownerAfter } from './claim-noun';
import { authoredTitle, isShortTitle, namesWork, topicTitle } from './headline';
import type { Word, WordList } from '../word-list';
import {
  MIN_CONTENT_WORDS,
  NAMING_REACH,
  type SentenceScan,
  INDIRECT_QUESTION_WORDS,
  clauseBefore,
  hasAuxiliary,
  isLowerWord,
  isNounHomograph,
  isPastForm,
  isPunct,
  namingQuotationAfter,
  pastVerbAt,
  verbAmong,
  verbOpensAt,
  quantityOpenerLength,
  quotationAt,
} from './frame';

const THAT_REACH = 12;
/**
 * How far a `that` right after a comma may stand from its cue, past adjuncts and asides between
 * commas (`said in the interview, excerpts of which were published by the presidency on Saturday,
 * a day before it was aired, that …`).
 */
const ASIDE_THAT_REACH = 26;
/** Most words from `to` to `that` after a cue (`said to me last night that`, `confirmed to us in writing on 18 November that`). */
const TO_LISTENER_WORDS = 8;
/** Most words of an addressee found by its place alone (`told local dairy farmers that`). */
const PLAIN_ADDRESSEE_WORDS = 4;

/**
 * `told Norpress by telephone that …`, `said over the phone that …`, `said from her home in Marhaven
 * that …`: the means or the place of speaking before `that`.
 */
const MEANS_PREPOSITIONS = new Set(['by', 'over', 'from']);

/** `as many as 3,000`: a figure's opening phrase (lexicon `quantityOpeners`) and the figure at `k`. */
function quantityOpenerAt(words: WordList, k: number): boolean {
  const length = quantityOpenerLength(words, k);
  return length > 0 && isFigure(words.at(k + length)?.key ?? '');
}

/** What a cue reports starts at word `at`; `marked` when `that`, a colon or a quotation introduces it. */
export interface ContentStart {
  readonly at: number;
  readonly marked: boolean;
}

/**
 * Where the content of a cue starts when it follows the cue (`k` is the word after the cue,
 * or after an inverted subject): after `that` (possibly past an addressee and adjuncts: `told
 * reporters in Beijing on Monday that`), after a colon, at an opening quotation mark, or right
 * after the cue for verbs that take a bare clause or an action. Passes, in order: the
 * addressee, marked content, an asked-for action, a bare clause (after a time adjunct or right
 * after the cue), an object with its reason.
 */
export function contentAfter(scan: SentenceScan, k: number, lemma: string, inverted: boolean): ContentStart | null {
  const { words, hi } = scan;
  // `wrote back and said …`, `spoke out against …`: a particle completes the cue.
  // `say up to 300 homes could flood`: a particle before `to` and a figure opens the amount instead.
  const figure = words.at(k + 2)?.key ?? '';
  const amount = words.at(k + 1)?.key === 'to' && isFigure(figure);
  if (!inverted && k < hi && CUE_PARTICLES.has(words.at(k)!.key) && !words.at(k)!.cap && !amount) k++;
  if (k >= hi) return null;
  const objectStart = k;
  // `the figures tell a different story: …`, `told him a story about …`: the cue's object, right
  // after it or after its addressee, whatever follows it.
  if (headsObject(words, k, hi, lemma) || objectBeforePredicate(words, k, hi)) return null;
  // `told reporters on the quay she would …`, `said in Kessport he would …`: past the addressee and a place.
  k = clauseAfterPlace(words, pastAddressee(words, k, hi, lemma), hi);
  if (k >= hi || (k > objectStart && headsObject(words, k, hi, lemma))) return null;
  // `I understand why she said that, and …`: a `that` before punctuation is the cue's object, opening no
  // clause, unless an adjunct between commas comes before the clause (`announced that, from May, a quarter …`).
  const next = words.at(k + 1);
  // `The mayor insists not: …`, `critics have suggested otherwise: …`: a word alone standing for the
  // clause; what its colon opens is the writer's.
  if (PRO_CLAUSES.has(words.at(k)!.key) && isPunct(words.at(k + 1), ':—')) return null;
  // `I accepted that advice.`: `that` and one word ending the sentence are the cue's object;
  // `put it that way, and …`, `said it that way to my face`: so is a manner, `that way`.
  if (words.at(k)!.key === 'that' && next?.isWord === true && isPunct(words.at(k + 2), '.!?;')) return null;
  if (words.at(k)!.key === 'that' && next?.key === 'way' && words.at(k + 2)?.key !== 'of') return null;
  // `I wrote that statement and I stand by it`: so are `that` and a noun before a coordinated clause opened by a pronoun.
  if (words.at(k)!.key === 'that' && next?.isWord === true && pronounClauseJoins(words, k + 2)) return null;
  // `I have told his office that in writing.`: `that` and an adjunct ending the sentence are its object too;
  // so are `that` and a time before a clause of its own (`said that in March and I have heard her say it since`).
  if (words.at(k)!.key === 'that' && next !== undefined && adjunctEndsSentence(words, k + 1, hi)) return null;
  if (words.at(k)!.key === 'that' && next?.isWord === true && !next.cap && timeEndsClause(words, k + 1, hi))
    return null;
  // `I understand why he said what he said`: `what` after `say` opens its object, a free relative.
  if (lemma === 'say' && words.at(k)!.key === 'what') return null;
  if (words.at(k)!.key === 'that' && next !== undefined && !next.isWord && !next.isQuoteMark) {
    const clause = isPunct(next, ',') ? clauseAfterAdjunct(words, k + 2, hi) : -1;
    return clause < 0 ? null : { at: clause, marked: true };
  }
  const marked = markedContent(scan, k, objectStart, lemma);
  if (marked || inverted) return marked;
  // `dismissed a report on the northern provinces as “hearsay”`: the object and its naming quotation.
  if (NAMING_VERBS.has(lemma) && namingQuotationAfter(words, k, Math.min(hi, k + NAMING_REACH), scan.quoted))
    return { at: k, marked: false };
  return (
    actionContent(words, objectStart, hi, lemma) ??
    clauseAfterTimeAdjunct(words, k, hi, lemma) ??
    bareClauseContent(words, k, hi, lemma, k > objectStart) ??
    reasonContent(words, k, hi, lemma)
  );
}

/**
 * Word `t` is a verb cue of its own in the past (`warned`, `said`): not a noun spelt like a cue
 * (`a conference call`, `with regret`), nor a participle after an article or possessive.
 */
function anotherCueAt(words: WordList, t: number): boolean {
  const w = words.at(t)!;
  const before = words.at(t - 1)!;
  return (
    CUE_FORMS.has(w.key) &&
    pastVerbAt(words, t) &&
    !isNounHomograph(w.key) &&
    !ARTICLES.has(before.key) &&
    !POSSESSIVE_PRONOUNS.has(before.key) &&
    !before.possessive
  );
}

/**
 * The `that` at `t` opens a relative clause: a past verb follows it at once, then that verb's object
 * (`the team that negotiated the treaty`; not `that armed men had …`, where the clause has its subject).
 */
function relativeThat(words: WordList, t: number): boolean {
  const object = words.at(t + 2);
  return (
    pastVerbAt(words, t + 1) &&
    object !== undefined &&
    object.isWord &&
    (ARTICLES.has(object.key) || OBJECT_PRONOUNS.has(object.key) || object.cap)
  );
}

/** The word after `said to` that may open its listener: `me`, `the committee`, `Reuters`, `reporters`, `your ministry`. */
function opensListener(w: Word | undefined): boolean {
  return (
    w !== undefined &&
    w.isWord &&
    (OBJECT_PRONOUNS.has(w.key) ||
      ARTICLES.has(w.key) ||
      POSSESSIVE_DETERMINERS.has(w.key) ||
      w.cap ||
      GROUP_NOUNS.has(w.key))
  );
}

/** `told reporters that …`: the word after a listener cue's addressee (a pronoun, a mention or a plain noun phrase). */
function pastAddressee(words: WordList, k: number, hi: number, lemma: string): number {
  if (!LISTENER_OBJECT.has(lemma) || !words.at(k)!.isWord || words.at(k)!.key === 'that') return k;
  // `warned he would resign`, `warned it would strike`: a subject pronoun opens the clause, it is no addressee.
  if (PRONOUNS.has(words.at(k)!.key) && !OBJECT_PRONOUNS.has(words.at(k)!.key)) return k;
  if (OBJECT_PRONOUNS.has(words.at(k)!.key)) return k + 1;
  // `told the local dairy farmers they …`: the plain noun phrase reaching the clause's subject, when longer.
  const mention = mentionAfter(words, k, hi);
  const plain = plainAddressee(words, k, hi) ?? bareAddressee(words, k, hi);
  const obj = plain && (!mention || plain.to > mention.to) ? plain : mention;
  // `warned residents would pay more`: an auxiliary right after the noun phrase makes it the clause's subject;
  // but `told the court Ms Aldane had …`: a name after the plain addressee opens the clause instead.
  if (!obj) return k;
  // `told the station he had been searched`: a subject pronoun before an auxiliary opens the clause,
  // not a contact clause of the addressee (`the station he works for`).
  if (plain && obj !== plain && PRONOUNS.has(words.at(obj.to - 1)!.key) && AUXILIARIES.has(words.at(obj.to)?.key ?? ''))
    return plain.to;
  if (!AUXILIARIES.has(words.at(obj.to)?.key ?? '')) return obj.to;
  // (`warned the finance minister Lisa Holm would …`: a title before the name makes one titled subject.)
  let name = k + 1;
  let titled = false;
  for (; name < obj.to && !words.at(name)!.cap; name++) titled ||= TITLES.has(words.at(name)!.key);
  return ARTICLES.has(words.at(k)!.key) && !titled && name > k + 1 && name < obj.to ? name : k;
}

/** Most words of an adjunct between commas after `that` (`that, from the 2026 admissions cycle,`). */
const COMMA_ADJUNCT_WORDS = 10;
/** Most words from the clause's start to its verb after such an adjunct (`a quarter of its undergraduate places will`). */
const ADJUNCT_CLAUSE_REACH = 14;

/** The word opening a clause after an adjunct closed by a comma (`from May, a quarter of …`), or -1. */
function clauseAfterAdjunct(words: WordList, from: number, hi: number): number {
  const opener = words.at(from);
  if (!opener || !opener.isWord || opener.cap) return -1;
  // `that, as the motion concerned a decision she had taken, she would not …`: a subordinate clause may run longer.
  // `that, except where an object is a duplicate, the trustees …`: so may an exception's.
  const after = words.at(from + 1)?.key ?? '';
  const exception = opener.key === 'except' && (SUBORDINATORS.has(after) || RELATIVE_ADVERBS.has(after));
  // (`that, where access was granted, Kestrany had …`: so may a `where` or `when` clause.)
  // (`that, whatever form the inquiry takes, the company …`, `that, however long it takes, …`: so may a free relative's.)
  const subordinate =
    SUBORDINATORS.has(opener.key) ||
    opener.key === 'as' ||
    exception ||
    RELATIVE_ADVERBS.has(opener.key) ||
    CONCESSIVE_RELATIVES.has(opener.key) ||
    opener.key === 'however';
  if (!subordinate && !CLAUSE_STOPS.has(opener.key)) return -1;
  const reach = subordinate ? SUBORDINATE_CLAUSE_WORDS : COMMA_ADJUNCT_WORDS;
  for (let t = from + 1; t < hi && t - from <= reach; t++) {
    const w = words.at(t)!;
    if (isPunct(w, ','))
      return showsVerb(words, t + 1, Math.min(hi, t + 1 + ADJUNCT_CLAUSE_REACH)) ||
        quotedPredicateAfter(words, t + 1, hi)
        ? t + 1
        : -1;
    // (`that, under Article V(2) of the Convention, …`: a bracketed number stands in the adjunct, and
    // so does a figure: `that, with inflation at 4.8%, …`.)
    if (!w.isWord && !/^[\d()%]/.test(w.text)) return -1;
  }
  return -1;
}

/** Most words of a subject before the quotation that carries its verb (`excavation at the base of the wall “shall not …”`). */
const QUOTED_PREDICATE_SUBJECT_WORDS = 8;

/** From `from`, a few plain words and then a quotation opening in lower case: the quoted words carry the clause's verb. */
function quotedPredicateAfter(words: WordList, from: number, hi: number): boolean {
  for (let t = from; t < hi && t - from <= QUOTED_PREDICATE_SUBJECT_WORDS; t++) {
    const w = words.at(t)!;
    if (w.isQuoteMark) {
      const next = words.at(t + 1);
      return t > from && next !== undefined && next.isWord && !next.cap;
    }
    if (!w.isWord) return false;
  }
  return false;
}

/** Most words of a subordinate clause between commas after `that` (`that, as the motion concerned a decision she had taken,`). */
const SUBORDINATE_CLAUSE_WORDS = 14;

/** Most words of an addressee with no article, before the pronoun opening the clause (`told aid workers they …`). */
const BARE_ADDRESSEE_WORDS = 3;

/** `told aid workers they had …`: plain lower-case words with no article, right before a pronoun subject and its auxiliary. */
function bareAddressee(words: WordList, k: number, hi: number): { to: number } | null {
  for (let t = k; t < hi && t - k <= BARE_ADDRESSEE_WORDS; t++) {
    const w = words.at(t)!;
    if (t > k && PRONOUNS.has(w.key) && !OBJECT_PRONOUNS.has(w.key))
      return opensSubjectClause(words, t, hi) ? { to: t } : null;
    // `reminded the jury that it was …`: `that` marks the clause; the addressee ends before it.
    if (
      !w.isWord ||
      w.cap ||
      w.key === 'that' ||
      PRONOUNS.has(w.key) ||
      AUXILIARIES.has(w.key) ||
      CLAUSE_STOPS.has(w.key)
    )
      return null;
  }
  return null;
}

/** Most words of an adjunct between an addressee and the clause (`told reporters on the quay she …`). */
const ADDRESSEE_ADJUNCT_WORDS = 4;

/**
 * Past an adjunct after the addressee (`on the quay`, `in Kessport`) when a clause's subject and
 * its verb follow it: a pronoun (`told reporters on the quay she would …`) or, past the adjunct's
 * own noun phrase, an article (`told reporters in Harnoc the group had …`); else `at`.
 */
function clauseAfterPlace(words: WordList, at: number, hi: number): number {
  const opener = words.at(at);
  if (!opener || !ADJUNCT_PREPOSITIONS.has(opener.key)) return at;
  for (let t = at + 1; t < hi && t - at <= ADDRESSEE_ADJUNCT_WORDS + 1; t++) {
    const w = words.at(t)!;
    // `said at the time that he was wrong`: a `that` marks the clause itself; `whether`, `while`, `and`
    // open a clause of their own (`asked him at the hearing whether a cap would …`).
    if (
      !w.isWord ||
      w.key === 'that' ||
      INDIRECT_QUESTION_WORDS.has(w.key) ||
      SUBORDINATORS.has(w.key) ||
      CLAUSE_COORDINATORS.has(w.key)
    )
      return at;
    if (PRONOUNS.has(w.key) && !OBJECT_PRONOUNS.has(w.key)) return opensSubjectClause(words, t, hi) ? t : at;
    // `in the capital the group had …`: the first article opens the adjunct's noun phrase, a later one the clause.
    if (
      t > at + 1 &&
      ARTICLES.has(w.key) &&
      !w.cap &&
      !ARTICLES.has(words.at(t - 1)!.key) &&
      !ADJUNCT_PREPOSITIONS.has(words.at(t - 1)!.key)
    )
      return opensSubjectClause(words, t, hi) ? t : at;
  }
  return at;
}

/** Most words between a demonstrative `that` and the colon closing its small clause (`that view mistaken:`). */
const DEMONSTRATIVE_COLON_WORDS = 4;

/** The colon that the `that` at `t` and plain words after it, no verb among them, reach; else -1. */
function demonstrativeColon(words: WordList, t: number, hi: number): number {
  for (let c = t + 1; c < hi && c - t <= DEMONSTRATIVE_COLON_WORDS + 1; c++) {
    const w = words.at(c)!;
    if (isPunct(w, ':')) return c > t + 1 && !verbAmong(words, t + 1, c) ? c : -1;
    if (!w.isWord) return -1;
  }
  return -1;
}

/** Most words of a phrase that ends the sentence after a demonstrative `that` (`in writing`, `more than once`). */
const ENDING_ADJUNCT_WORDS = 5;
/** Most words of a prepositional phrase there (`with a number of our allies and partners across the world`). */
const ENDING_PHRASE_WORDS = 12;

/** Words `[from, hi)` are a preposition and a few plain words, no verb, then the sentence's end. */
function adjunctEndsSentence(words: WordList, from: number, hi: number): boolean {
  // (`has confirmed that to me in writing.`: an addressee's `to` opens one too, and a partner's `with`:
  // `We have raised that with our allies.`)
  const opener = words.at(from)?.key ?? '';
  const preposition = ADJUNCT_PREPOSITIONS.has(opener) || opener === 'by' || opener === 'to' || opener === 'with';
  // (`have told your officials that more than once.`: so does a repetition's first word.)
  if (!preposition && !REPETITION_OPENERS.has(opener)) return false;
  // (A preposition's object may run long; `more than twice that number came` is a clause.)
  const most = preposition ? ENDING_PHRASE_WORDS : ENDING_ADJUNCT_WORDS;
  let t = from + 1;
  while (t < hi && t - from <= most && words.at(t)!.isWord) t++;
  return t - from <= most && isPunct(words.at(t), '.!?;') && !verbAmong(words, from + 1, t);
}

/**
 * The `that` at `t` is a determiner before a period (`said when I called her that morning that …`):
 * another `that` follows, or the period ends the clause (`she said when I drove up that weekend, pushing …`).
 */
function thatOfPeriod(words: WordList, t: number, hi: number): boolean {
  if (!PERIODS.has(words.at(t + 1)?.key ?? '')) return false;
  return thatAhead(words, t + 2, hi) || t + 2 >= hi || isPunct(words.at(t + 2), ',.;!?—');
}

/**
 * A `that` after this word is a determiner: after a question word (`asked the police whether that
 * decision had been reviewed`) or after `for`, whose object is a demand (`asked for that work to be
 * finished by July`).
 */
function determinerAfter(key: string): boolean {
  return INDIRECT_QUESTION_WORDS.has(key) || key === 'for';
}

/** A dash standing as a token (src/text's table: `—`, `–`, a hyphen or two). */
function isDash(w: Word | undefined): boolean {
  return w !== undefined && !w.isWord && DASH_TOKENS.has(w.text);
}

/** Most tokens of an aside between two dashes after a cue (`said — and this matters — that …`). */
const DASH_ASIDE_TOKENS = 8;

/**
 * A dash right after a cue at `t`: closed by a second dash within a few words, it holds an aside,
 * and a `that` after the second opens the content (`said — and this matters — that …`); else it
 * hands over a clause as a colon does (`has clearly stated – investigations must continue`), when
 * the words after it show a verb.
 */
function contentAfterDash(words: WordList, t: number, hi: number): ContentStart | null {
  for (let u = t + 1; u < hi && u - t <= DASH_ASIDE_TOKENS; u++) {
    const w = words.at(u)!;
    if (isDash(w)) return words.at(u + 1)?.key === 'that' ? { at: u + 2, marked: true } : null;
    if (!w.isWord && !isPunct(w, ',')) break;
  }
  const clause =
    words.countWords(t + 1, hi) >= MIN_CONTENT_WORDS && showsVerb(words, t + 1, Math.min(hi, t + 1 + SUBJECT_REACH));
  return clause ? { at: t + 1, marked: true } : null;
}

/** Content introduced within reach of the cue by a colon, a dash, an opening quotation mark after a comma, or `that`. */
function markedContent(scan: SentenceScan, k: number, objectStart: number, lemma: string): ContentStart | null {
  return isDash(scan.words.at(k))
    ? contentAfterDash(scan.words, k, scan.hi)
    : markedAfterCue(scan, k, objectStart, lemma);
}

/** Content marked by a colon, an opening quotation mark after a comma, or `that`, within reach of the cue. */
function markedAfterCue(scan: SentenceScan, k: number, objectStart: number, lemma: string): ContentStart | null {
  const { words, hi, quoted } = scan;
  let inRelative = false;
  for (let t = k; t < hi && t - k <= ASIDE_THAT_REACH; t++) {
    const w = words.at(t)!;
    // Past THAT_REACH the words and commas of asides may go on, and only a `that` right after a comma opens
    // the content (see ASIDE_THAT_REACH); a colon or a quotation there is too far from the cue.
    const far = t - k > THAT_REACH;
    if (far && !w.isWord && !isPunct(w, ',')) return null;
    // `said such a format would help: “…”`: a colon after a clause of the cue's own closes that clause
    // (its content), and the quotation after it goes on with the speaker's words.
    if (isPunct(w, ':') && t > k && clauseBefore(words, k, t)) return null;
    if (isPunct(w, ':')) return { at: words.at(t + 1)?.isQuoteMark || t + 1 < hi ? t + 1 : t, marked: true };
    // (`has claimed in its “Fair Steel, Fair Jobs” advertisements that …`: a title inside an adjunct is passed.)
    const title = t > k && w.isQuoteMark && !isPunct(words.at(t - 1), ',') ? titleInAdjunct(words, t, hi) : -1;
    if (title > 0) {
      t = title;
      continue;
    }
    if (w.isQuoteMark)
      return (t === k || isPunct(words.at(t - 1), ',')) && !titleAt(words, t, hi) ? { at: t, marked: true } : null;
    if (isPunct(w, '.;!?—')) return null;
    // `said the guard, who asked that her name …`: a `that` after a relative pronoun is the relative clause's,
    // until a comma closes the clause (`said in the interview, which was aired on Sunday, that …`).
    if (t > k && (w.key === 'who' || w.key === 'which')) inRelative = true;
    else if (inRelative && isPunct(w, ',')) inRelative = false;
    if (anotherReportAt(words, k, t, hi) || ownedClaimNounAt(words, k, t, hi)) return null;
    // `said on Wednesday, as mills scrambled and bakers warned that …`: a `that` right after another cue is that cue's.
    // (Not a speech noun spelt like a cue: `said in a post that …`.)
    if (w.key === 'that' && t - 1 > k && anotherCueAt(words, t - 1)) return null;
    if (w.key === 'that' && t - 1 > k && appositeNounBefore(words, k, t)) return null;
    if (w.key === 'that' && t > k && determinerAfter(words.at(t - 1)!.key)) continue;
    if (w.key === 'that' && thatOfPeriod(words, t, hi)) continue;
    if (w.key === 'that' && quoted[t]! < 0 && !inRelative) {
      // `advised the team that negotiated the treaty`: past an addressee, a relative `that` reports nothing.
      if (t > objectStart && relativeThat(words, t)) continue;
      if (far && !isPunct(words.at(t - 1), ',')) return null;
      // `wrote to the minister on Sunday that, whatever form an inquiry takes, the company …`: past the
      // cue's plain adjuncts, a `that` before an adjunct between commas and a clause opens the report.
      if (isPunct(words.at(t + 1), ',') && words.countWords(k, t) === t - k && !cueBetween(words, k, t)) {
        const clause = clauseAfterAdjunct(words, t + 2, hi);
        if (clause >= 0) return { at: clause, marked: true };
      }
      // `said that kind of language was …`: a determiner `that` opens the bare clause's subject; so does
      // a pronoun `that` before its verb (`saying that was a matter for the inquiry`).
      const pronoun = hasAuxiliary(words, t + 1, t + 2) && !words.at(t + 1)!.cap;
      if (t === k && (pronoun || (KIND_NOUNS.has(words.at(t + 1)?.key ?? '') && words.at(t + 2)?.key === 'of')))
        return { at: t, marked: true };
      // `What he asked for was time, and that is what we will press for`: further on, a `that` before its
      // verb is a clause's subject, not the mark of the cue's clause.
      if (pronoun && CLAUSE_COORDINATORS.has(words.at(t - 1)?.key ?? '')) return null;
      // `I told his wife exactly that this afternoon.`, `they agreed to that an hour ago`: a `that` before a
      // time ending the clause is the cue's object.
      if (timeEndsClause(words, t + 1, hi) || isRelativeTime(words, t + 1, hi)) return null;
      // `considers that view mistaken: …`: a `that` and a few words up to a colon, no verb, point at what was
      // said; the colon hands over only a quotation (`said to me that afternoon: “…”`).
      const colon = demonstrativeColon(words, t, hi);
      if (colon >= 0) return words.at(colon + 1)?.isQuoteMark ? { at: colon + 1, marked: true } : null;
      if (
        t === k ||
        // `said only that …`, `said simply that …`, `states categorically that …`: an adverb before `that`.
        (t === k + 1 && (FOCUS_ADVERBS.has(words.at(k)!.key) || isMannerAdverb(words.at(k)!))) ||
        // `ruled late on Tuesday that …`: a time before `that`.
        (t > k && pastTimeAdjunct(words, k, hi) === t) ||
        (PARENTHETICAL_OPENERS.has(words.at(k)!.key) && !BE_FORMS.has(words.at(k)!.key)) ||
        // `found out from a laptop that would not …`: a `that` before a verb opens a relative clause.
        (MEANS_PREPOSITIONS.has(words.at(k)!.key) && !hasAuxiliary(words, t + 1, t + 2)) ||
        // `said, in a statement, that …`; but in `wrote, in a post that it pinned`, `that` opens a relative clause.
        (isPunct(words.at(k), ',') && (t === k + 1 || isPunct(words.at(t - 1), ','))) ||
        // `tells us (Comment, 2 May) that …`: a citation in brackets before `that`.
        (words.at(k)!.text === '(' && words.at(t - 1)!.text === ')' && !hasBracketBetween(words, k + 1, t - 1))
      )
        return { at: t + 1, marked: true };
      // `said to reporters that …`, `explained to me last night that …`: `to`, its listener and a time before `that`.
      // The listener is a pronoun or opens with a determiner, a capital or a group noun (not `to vote down any deal
      // that …`), and the `that` opens a clause, not a relative one (`agreed to a mechanism that would …`).
      if (
        words.at(k)!.key === 'to' &&
        k === objectStart &&
        t - k <= TO_LISTENER_WORDS &&
        opensListener(words.at(k + 1)) &&
        words.countWords(k, t) === t - k &&
        !cueBetween(words, k, t) &&
        // (`reported to the Bureau that in the final hours the delegation had …`: an adjunct may open the clause.)
        (opensSubjectClause(words, t + 1, hi) ||
          words.at(t + 1)?.isQuoteMark === true ||
          clauseAfterThat(words, t + 1, hi))
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
      // `told the crowd from the steps of the theatre that a Labour government would …`: after an
      // addressee and its adjunct, a `that` followed by a clause's subject and auxiliary, or by a
      // quotation, opens the report (a relative `that` is followed by its verb: `the theatre that stands …`).
      if (
        LISTENER_OBJECT.has(lemma) &&
        words.countWords(k, t) === t - k &&
        !cueBetween(words, k, t) &&
        (opensSubjectClause(words, t + 1, hi) ||
          words.at(t + 1)?.isQuoteMark === true ||
          clauseAfterThat(words, t + 1, hi))
      )
        return { at: t + 1, marked: true };
      return null;
    }
  }
  return null;
}

/**
 * `urged the government to clarify …`, `vowed on Monday to …`: a directive's addressee and the
 * action it asks for, or the infinitive an infinitive cue takes, are the content.
 */
function actionContent(words: WordList, objectStart: number, hi: number, lemma: string): ContentStart | null {
  const object = words.at(objectStart)!;
  const objectOpens =
    object.isWord &&
    !CLAUSE_STOPS.has(object.key) &&
    (MENTION_OPENERS.has(object.key) || !PARENTHETICAL_OPENERS.has(object.key));
  const requested =
    DIRECTIVE.has(lemma) && objectOpens && words.countWords(objectStart, hi) >= 2
      ? requestedFrom(words, objectStart, hi)
      : -1;
  if (requested >= 0) return { at: requested, marked: false };
  // `claims to have conducted a test`: what the perfect or `be` infinitive asserts (not a participle's
  // or a relative clause's, which describe their noun: `users claiming to be over 16`, `users who claim to be`).
  const asserted = words.at(objectStart + 1)?.key ?? '';
  const finite =
    !words.at(objectStart - 1)!.key.endsWith('ing') && !RELATIVE_PRONOUNS.has(words.at(objectStart - 2)?.key ?? '');
  if (ASSERTING_INFINITIVE.has(lemma) && finite && object.key === 'to' && (asserted === 'have' || asserted === 'be'))
    return { at: objectStart, marked: false };
  if (!INFINITIVE.has(lemma)) return null;
  // `vowed on Monday to …`: time words may stand between the cue and the action.
  let t = objectStart;
  while (t < hi && words.at(t)!.isWord && SUBJECT_SKIP.has(words.at(t)!.key)) t++;
  const verb = words.at(t + 1);
  // (`pledging up to $180 million`: a figure after `to` is an amount, no action.)
  return words.at(t)?.key === 'to' &&
    verb &&
    verb.isWord &&
    !isFigure(verb.key) &&
    !ARTICLES.has(verb.key) &&
    !MENTION_OPENERS.has(verb.key) &&
    words.countWords(t, hi) > MIN_CONTENT_WORDS
    ? { at: t, marked: false }
    : null;
}

/** `said the decision backfired`, `said they were undecided`, `denying there is any problem`: a bare clause right after the cue. */
function bareClauseContent(
  words: WordList,
  k: number,
  hi: number,
  lemma: string,
  afterAddressee = false,
): ContentStart | null {
  const w = words.at(k)!;
  const next = words.at(k + 1)?.key ?? '';
  const plain = BARE_CLAUSE.has(lemma) && !PRONOUN_CLAUSE.has(lemma) && !DIRECTIVE.has(lemma);
  if (plain && subordinateClauseFirst(words, k, hi)) return { at: k, marked: false };
  if (opensNoClause(words, k, hi) || mannerOnly(words, k, hi)) return null;
  if (THINKING_VERBS.has(lemma) && objectBeforeInfinitive(words, k, hi)) return null;
  // `Written comments received before the meeting are …`: a participle and its adjunct open no clause;
  // the cue was a noun (`comments`).
  // (`all 13 people reported caught by the avalanche`: nor does a passive participle and its `by`.)
  if (isPastForm(words, k) && (CLAUSE_STOPS.has(next) || ADJUNCT_PREPOSITIONS.has(next))) return null;
  if (next === 'by' && (isPastForm(words, k) || (!w.cap && IRREGULAR_PARTICIPLES.has(w.key)))) return null;
  // `say Thursday's strike will go ahead`: a possessive opens a noun phrase, whatever the word.
  const opens = (x: Word) =>
    x.isWord &&
    (!PARENTHETICAL_OPENERS.has(x.key) || (x.possessive && x.cap)) &&
    !CLAUSE_STOPS.has(x.key) &&
    !SELF_POSSESSIVES.has(x.key);
  // `said about 400 families had left`: an approximate figure opens the clause's subject.
  const figure = words.at(k + 1)?.key ?? '';
  // (`said about a third of her bread went …`: an article and a fraction make a figure too.)
  const fraction = ARTICLES.has(figure) && FRACTION_WORDS.has(words.at(k + 2)?.key ?? '');
  const approximate = (APPROXIMATORS.has(w.key) && (isFigure(figure) || fraction)) || quantityOpenerAt(words, k);
  // `says both delegations have accepted …`, `said each week of lost flows would cost …`: a quantifier
  // that may also stand beside a subject opens one here, its noun phrase running to an auxiliary.
  const quantified =
    ARTICLES.has(w.key) &&
    words.at(k + 1)?.isWord === true &&
    (hasAuxiliary(words, k + 2, Math.min(hi, k + 5)) || auxiliaryEndsNounPhrase(words, k + 2, hi));
  const opensClause =
    opens(w) || approximate || quantified || CLAUSE_OPENERS.has(`${w.key} ${words.at(k + 1)?.key ?? ''}`);
  // `asked a question about …`: a directive's bare clause too must ask for an action or a question.
  const bare =
    BARE_CLAUSE.has(lemma) && !PRONOUN_CLAUSE.has(lemma) && (!DIRECTIVE.has(lemma) || requestedFrom(words, k, hi) >= 0);
  // `say the decision backfired`: an article opens a noun-phrase subject, so three words make a clause.
  const least = ARTICLES.has(w.key) ? MIN_CONTENT_WORDS : MIN_CONTENT_WORDS + 1;
  const here = { at: k, marked: false };
  // `reported a sharp rise in cases`: after a cue that often takes an object, the words need a verb to be a clause;
  // `he`, `she` or `they` opening them is a clause's subject (`tells VOA he understands …`).
  const personal = PRONOUNS.get(w.key);
  // The verb stands within a subject's reach (`reported a rise in profit, driven by gains it booked` shows none).
  // Past the addressee (`told him the Assembly stands ready …`), the noun phrase left is the clause's subject.
  const clause =
    !OBJECT_CUES.has(lemma) ||
    afterAddressee ||
    (personal !== undefined && personal !== 'thing') ||
    subjectShowsVerb(words, k, hi) ||
    nounWithThatClause(words, k, hi) ||
    // `posted a photograph of the ambassador with the caption “…”`: a quotation in the object gives its words.
    quotationInClause(words, k, hi);
  if (bare && opensClause && clause && words.countWords(k, hi) >= least) return here;
  // `said they were undecided`, `say prices will rise`: a pronoun or a one-word subject and an auxiliary make a short clause.
  if (
    bare &&
    (PRONOUNS.has(w.key) || (opens(w) && clause)) &&
    words.countWords(k, hi) >= MIN_CONTENT_WORDS &&
    hasAuxiliary(words, k + 1, k + 2)
  )
    return here;
  // `says it never arrived`, `said it still worked`: `it`, an adverb that may stand before a verb, and the verb.
  if (bare && w.key === 'it' && SUBJECT_SKIP.has(next) && next !== 'again' && verbOpensAt(words, k + 2)) return here;
  // `said profits fell`, `said costs climbed sharply`: a one-word subject and a past verb right after it make a short clause.
  if (bare && opens(w) && clause && words.countWords(k, hi) >= 2 && pastVerbAt(words, k + 1)) return here;
  if (bare && personPronounClause(words, k, hi)) return here;
  // `denying there is any problem`: some cues take a bare clause only when a pronoun or `there` and an auxiliary open it.
  if (
    PRONOUN_CLAUSE.has(lemma) &&
    (PRONOUNS.has(w.key) || w.key === 'there') &&
    words.countWords(k, hi) >= MIN_CONTENT_WORDS &&
    hasAuxiliary(words, k + 1, k + 2)
  )
    return here;
  // `said he and other candidates would not …`: a coordinated pronoun subject before its auxiliary.
  if (
    bare &&
    PRONOUNS.has(w.key) &&
    COORDINATORS.has(words.at(k + 1)?.key ?? '') &&
    hasAuxiliary(words, k + 2, Math.min(hi, k + 6))
  )
    return here;
  // A quotation near the cue is its content, unless a preposition opens an adjunct first (`hits back over ‘debt trap’ claims`);
  // after a listener it may (`told reporters in Amrad the president had been “…”`).
  if (CLAUSE_STOPS.has(w.key) && !LISTENER_OBJECT.has(lemma)) return null;
  // `… if both governments asked, and could have it on site “within days”`: a comma and a coordinator
  // close the cue's clause; the quotation belongs to the predicate they join. So does a cue after the
  // comma (`Her letters, which Fabric has read, describe the bulge as “…”`: the main clause's).
  if (isPunct(w, ',') && (COORDINATORS.has(next) || (words.at(k + 1)?.cap === false && CUE_FORMS.has(next))))
    return null;
  for (let t = k; t < hi && t - k <= 8; t++) if (words.at(t)!.isQuoteMark) return titleAt(words, t, hi) ? null : here;
  // `called Halvask’s unannounced transfer to a prison hospital in Marrest “…”`: a naming verb's object
  // may run longer before its quotation, plain words with no verb of their own.
  return NAMING_VERBS.has(lemma) && namingQuotationWithin(words, k, hi, lemma) ? here : null;
}

/** Most words of an object before its infinitive (`expects those responsible for all the violations to be`). */
const INFINITIVE_OBJECT_WORDS = 10;

/**
 * `The Union expects those responsible to be held accountable`: plain words with no verb of their
 * own and then `to` and a verb are an object and what it is wanted to do, a demand and no clause.
 */
function objectBeforeInfinitive(words: WordList, k: number, hi: number): boolean {
  for (let t = k; t < hi && t - k <= INFINITIVE_OBJECT_WORDS; t++) {
    const w = words.at(t)!;
    if (!w.isWord || hasAuxiliary(words, t, t + 1) || pastVerbAt(words, t)) return false;
    const verb = words.at(t + 1);
    if (t > k && w.key === 'to' && verb?.isWord === true && !verb.cap && !ARTICLES.has(verb.key)) return true;
  }
  return false;
}

/**
 * `says while Indian soldiers were restrained during the barrage, they could be provoked …`: a
 * subordinator that may also open the cue's own adjunct (`said while visiting Kyiv`, `said when
 * asked`), followed by a clause with its own subject and verb and a comma, opens the reported
 * clause when a main clause follows the comma.
 */
function subordinateClauseFirst(words: WordList, k: number, hi: number): boolean {
  const w = words.at(k)!;
  if (!SUBORDINATORS.has(w.key) || !PARENTHETICAL_OPENERS.has(w.key)) return false;
  const subject = words.at(k + 1);
  if (!subject?.isWord || isPastForm(words, k + 1) || subject.key.endsWith('ing')) return false;
  const main = clauseAfterAdjunct(words, k, hi);
  return main > 0 && showsVerb(words, k + 2, main - 1);
}

/**
 * A person's subject pronoun at `k` opens a short clause: `said she left early`, `told reporters we
 * won fairly` (never `it`, which may be the object: `said it again`), or an elliptical one of an
 * auxiliary ending the sentence (`She said she would.`).
 */
function personPronounClause(words: WordList, k: number, hi: number): boolean {
  const w = words.at(k)!;
  if (!personPronounAt(w)) return false;
  if (hasAuxiliary(words, k + 1, k + 2) && (k + 2 >= hi || !words.at(k + 2)!.isWord)) return true;
  return (!w.cap || w.key === 'i') && words.at(k + 1)?.isWord === true && words.countWords(k, hi) >= MIN_CONTENT_WORDS;
}

/**
 * Symbols inside a noun phrase, not punctuation that ends it (`an 18% rise`, `the road/rail link`).
 * (The tokenizer keeps a currency sign on its figure, `£2m`, and reads `&` as the word `and`.)
 */
const PHRASE_SYMBOLS: ReadonlySet<string> = new Set(['%', '/']);

/** From `k`, words with no punctuation, auxiliary or relative clause up to a quotation mark within a naming verb's reach. */
export function namingQuotationWithin(words: WordList, k: number, hi: number, lemma: string): boolean {
  for (let t = k; t < hi && t - k <= NAMING_REACH; t++) {
    const w = words.at(t)!;
    if (w.isQuoteMark) return t > k && !titleAt(words, t, hi);
    if (!w.isWord && PHRASE_SYMBOLS.has(w.text)) continue;
    // (`called the suggestion that a private crew could have flown “speculation”`: a claim noun's clause
    // is part of the object when the quotation closes the sentence, after a verb that names without
    // `as`; `rejects the assertion that they “had hours”` quotes the assertion.)
    if (w.key === 'that' && t > k && TERM_VERBS.has(lemma) && CLAIM_NOUNS.has(words.at(t - 1)!.key))
      return quotationEndsSentence(words, t + 1, hi);
    if (!w.isWord || hasAuxiliary(words, t, t + 1) || w.key === 'that' || RELATIVE_PRONOUNS.has(w.key)) return false;
  }
  return false;
}

/** From `from`, words without punctuation up to a quotation that closes the sentence. */
function quotationEndsSentence(words: WordList, from: number, hi: number): boolean {
  for (let t = from; t < hi && t - from <= NAMING_REACH; t++) {
    const w = words.at(t)!;
    if (w.isQuoteMark) {
      const quotation = quotationAt(words, t, hi);
      return (
        quotation !== null && t > from && (quotation.close + 1 >= hi || isPunct(words.at(quotation.close + 1), '.!?'))
      );
    }
    if (!w.isWord) return false;
  }
  return false;
}

/**
 * The quotation opening at `t` is a work's title apposed to it (`a memoir, “A Ladder in the
 * Dark”`), after its authoring verb (`who wrote “The Keeper’s Dilemma”`) or after a topic's
 * preposition (`the report on “Reading Brennholt: A Library Service”`).
 */
function titleAt(words: WordList, t: number, hi: number): boolean {
  const apposed = isPunct(words.at(t - 1), ',');
  const before = words.at(apposed ? t - 2 : t - 1);
  if (!before || !before.isWord) return false;
  const quotation = quotationAt(words, t, hi);
  if (!quotation) return false;
  const { text } = quotation;
  return apposed ? namesWork(before.text, text) : authoredTitle(before.text, text) || topicTitle(before.text, text);
}

/** Most words of a quantified subject's noun phrase before its auxiliary (`each week of lost flows`). */
const QUANTIFIED_SUBJECT_WORDS = 6;

/** From `from`, words only (no punctuation), within a subject's reach, then an auxiliary. */
function auxiliaryEndsNounPhrase(words: WordList, from: number, hi: number): boolean {
  for (let t = from; t < hi && t - from <= QUANTIFIED_SUBJECT_WORDS; t++) {
    const w = words.at(t)!;
    if (!w.isWord) return false;
    if (hasAuxiliary(words, t, t + 1)) return true;
  }
  return false;
}

/** Word `t` is a coordinator and a subject pronoun follows it (`and I stand by it`). */
function pronounClauseJoins(words: WordList, t: number): boolean {
  const pronoun = words.at(t + 1)?.key ?? '';
  return COORDINATORS.has(words.at(t)?.key ?? '') && (PRONOUNS.has(pronoun) || FIRST_PERSON.has(pronoun));
}

/** What stands right after the cue at `k` opens no clause the cue reports, whatever follows. */
function opensNoClause(words: WordList, k: number, hi: number): boolean {
  const w = words.at(k)!;
  const next = words.at(k + 1)?.key ?? '';
  return (
    // `wrote back and said …`: a coordinator joins another verb to the cue.
    CLAUSE_COORDINATORS.has(w.key) ||
    // `has said little about the plan`: an amount is the cue's object, not a clause's subject
    // (`said very little in public`: past its intensifier).
    (AMOUNT_OBJECTS.has(w.key) && amountIsObject(words.at(k + 1))) ||
    (DEGREE_ADVERBS.has(w.key) && AMOUNT_OBJECTS.has(next) && amountIsObject(words.at(k + 2))) ||
    // `said it because …`, `said it in public`: `it` before a subordinator or a preposition is the cue's object.
    // (`it’s on their side` keys as `it` too: the spelling decides.)
    // (`said it again the next morning`: so is `it` before `again`.)
    (w.key === 'it' &&
      w.text.length === 2 &&
      (SUBORDINATORS.has(next) || CLAUSE_STOPS.has(next) || next === 'again')) ||
    // `answered an hour later.`: a relative time is an adjunct, not a clause.
    isRelativeTime(words, k, hi) ||
    // `Two of the developers who answered said they …`: another past cue with its own clause is the
    // main verb; the relative clause's cue reports nothing.
    (!w.cap && CUE_FORMS.has(w.key) && pastVerbAt(words, k) && (PRONOUNS.has(next) || next === 'that')) ||
    // `…, the association told us this afternoon, though …`: a time that ends the clause is an adjunct too
    // (not `told us in March, brownfield alone “is a slogan”`, where a clause follows its comma).
    timeEndsClause(words, k, hi)
  );
}

/** Most words of a cue's object before the comma that closes its relative clause (`the board of trustees`). */
const CLOSED_OBJECT_WORDS = 5;

/**
 * `Rupert Haldane, the barrister who advised the trustees, did not respond …`: a noun phrase, a
 * comma and an auxiliary. No subject is parted from its verb by one comma, so the noun phrase is
 * the cue's object, the comma closes the aside the cue stands in, and the auxiliary is the main
 * clause's.
 */
function objectBeforePredicate(words: WordList, k: number, hi: number): boolean {
  if (!words.at(k)?.isWord) return false;
  for (let t = k + 1; t < hi && t - k <= CLOSED_OBJECT_WORDS; t++) {
    const w = words.at(t)!;
    if (w.isWord) {
      // A verb of its own makes the words a clause, not an object (`who says she lost 30,000, posted …`).
      if (hasAuxiliary(words, t, t + 1) || pastVerbAt(words, t)) return false;
      continue;
    }
    // (`Lise Amundar, the senior counsel who argued the case, told reporters …`: after a relative
    // clause's `who`, a past verb after the comma is the main clause's too.)
    return isPunct(w, ',') && (hasAuxiliary(words, t + 1, t + 2) || (afterWho(words, k) && pastVerbAt(words, t + 1)));
  }
  return false;
}

/** The cue before word `k` (a particle may stand between) follows a relative `who`. */
function afterWho(words: WordList, k: number): boolean {
  return words.at(k - 2)?.key === 'who' || (words.at(k - 3)?.key === 'who' && CUE_PARTICLES.has(words.at(k - 1)!.key));
}

/** A bracket stands among words `[from, to)`. */
function hasBracketBetween(words: WordList, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (words.at(t)!.text === '(' || words.at(t)!.text === ')') return true;
  return false;
}

/**
 * `that despite such shortcomings, violators will …`, `that the terms of the loan gave …`: after
 * `that`, a clause whose verb shows within reach but not first (a relative `that` is followed by
 * its verb: `the theatre that was built …`).
 */
function clauseAfterThat(words: WordList, at: number, hi: number): boolean {
  const first = words.at(at);
  if (!first || !first.isWord || AUXILIARIES.has(first.key) || BE_FORMS.has(first.key) || isPastForm(words, at))
    return false;
  // `that the package froze …`, `that the Assembly stands ready …`: an article or a name opens the clause's subject.
  if (ARTICLES.has(first.key) || (first.cap && words.at(at + 1)?.isWord === true)) return true;
  return showsVerb(words, at + 1, Math.min(hi, at + OBJECT_CLAUSE_VERB_REACH));
}

/** Most words before the head of a cue's object noun phrase (`a less comfortable story`). */
const OBJECT_NOUN_REACH = 3;

/** From `k`, a noun phrase opened by an article or determiner whose head is one of the lemma's object nouns. */
function headsObject(words: WordList, k: number, hi: number, lemma: string): boolean {
  const nouns = OBJECT_NOUNS.get(lemma);
  const captioned = CAPTIONED_OBJECTS.get(lemma);
  if ((!nouns && !captioned) || !MENTION_OPENERS.has(words.at(k)!.key)) return false;
  for (let t = k + 1; t < hi && t - k <= OBJECT_NOUN_REACH; t++) {
    const w = words.at(t)!;
    if (!w.isWord) return false;
    // (`said the words were taken out of context`: a verb right after the noun makes it a clause's subject,
    // past the quotation the noun may name: `said the words ‘fill her up’ were harmless`.)
    if (nouns?.has(w.key)) {
      const named = words.at(t + 1)?.isQuoteMark ? quotationAt(words, t + 1, hi) : null;
      const after = named ? named.close + 1 : t + 1;
      return !hasAuxiliary(words, after, after + 1);
    }
    if (captioned?.has(w.key)) return !quotationBeforeEnd(words, t + 1, hi);
  }
  return false;
}

/** A quotation mark stands in `[from, hi)` before the sentence's end (`… with the caption “…”`). */
function quotationBeforeEnd(words: WordList, from: number, hi: number): boolean {
  for (let t = from; t < hi; t++) {
    const w = words.at(t)!;
    if (w.isQuoteMark) return true;
    if (isPunct(w, '.;!?')) return false;
  }
  return false;
}

/** Most words of a noun phrase before the `that` of its complement clause (`comments to President Xi that …`). */
const NOUN_CLAUSE_REACH = 16;

/**
 * `reiterated President Biden’s commitments — or, rather, comments to President Xi that the U.S.
 * will …`: the object's noun takes a `that` clause with its own subject and auxiliary; the report
 * is the noun phrase with its clause.
 */
function nounWithThatClause(words: WordList, k: number, hi: number): boolean {
  for (let t = k + 1; t < hi && t - k <= NOUN_CLAUSE_REACH; t++) {
    const w = words.at(t)!;
    // (`confirmed 21 deaths, she said, stressing that …`: an attribution's own clause lies past its comma.)
    if (isPunct(w, '.;!?') || w.isQuoteMark || (isPunct(w, ',') && attributionOpensAt(words, t + 1))) return false;
    if (w.key === 'that') return opensSubjectClause(words, t + 1, hi);
  }
  return false;
}

/**
 * A quotation mark in the object of the cue at `k`, before the clause ends: at a sentence's
 * punctuation, or at a comma before a coordinator, a participle or a cue (`…, and stated that “…”`,
 * `…, describing the operation as “…”`, `who writes a column for the Post, told …`), where another report begins.
 */
function quotationInClause(words: WordList, k: number, hi: number): boolean {
  for (let t = k; t < hi; t++) {
    const w = words.at(t)!;
    // `a new visa policy – known as “3C” –`: a term's quotation is no one's words.
    if (w.isQuoteMark)
      return !TITLE_CUES.has(words.at(t - 1)!.key) && words.at(t - 1)!.key !== 'as' && !titleAt(words, t, hi);
    if (isPunct(w, '.;!?') || reportBeginsAfter(words, t)) return false;
  }
  return false;
}

/**
 * Word `t` is a comma before a coordinator, a participle, a cue or an attribution (`…, and stated
 * that`, `…, describing …`, `…, told …`, `…, she said …`): another report begins after it.
 */
function reportBeginsAfter(words: WordList, t: number): boolean {
  const next = words.at(t + 1);
  return (
    isPunct(words.at(t), ',') &&
    next !== undefined &&
    (COORDINATORS.has(next.key) ||
      next.key.endsWith('ing') ||
      (!next.cap && CUE_FORMS.has(next.key)) ||
      attributionOpensAt(words, t + 1))
  );
}

/** The first comma or semicolon in words `[k, hi)`, else `hi`: `writes a column for the Post, told …` shows no verb of its object. */
function untilComma(words: WordList, k: number, hi: number): number {
  for (let t = k; t < hi; t++) if (isPunct(words.at(t), ',;')) return t;
  return hi;
}

/**
 * The words from `k` show a clause's verb within reach of its subject, or open with one right
 * after an aside between commas that ends the subject (`claimed the vote, which was held on Sunday, was rigged`,
 * `claims one of its posts, 80 miles from the border, was hit`; `claim the islands, a chain of
 * islets off the coast.` shows none).
 */
function subjectShowsVerb(words: WordList, k: number, hi: number): boolean {
  const comma = untilComma(words, k, Math.min(hi, k + OBJECT_CLAUSE_VERB_REACH));
  if (showsVerb(words, k, predicateJoinBefore(words, k, comma))) return true;
  if (!isPunct(words.at(comma), ',')) return false;
  // `has confirmed 21 deaths, she said on Saturday, stressing …`: an attribution between commas is no aside
  // within a subject; it reports the clause before it.
  if (attributionOpensAt(words, comma + 1)) return false;
  const close = untilComma(words, comma + 1, Math.min(hi, comma + 1 + SUBJECT_ASIDE_WORDS));
  // The verb opens what follows the aside: a clause after it belongs to something else
  // (`reported the find to the museum, as the act requires, …`).
  return isPunct(words.at(close), ',') && verbOpensAt(words, close + 1);
}

/**
 * Where a second predicate of the cue's own subject joins in `[k, end)` (`reported casualties but
 * have not published totals`, `… and have asked …`): a verb after it is not the object's. Else `end`.
 */
function predicateJoinBefore(words: WordList, k: number, end: number): number {
  for (let t = k + 1; t < end; t++) {
    const key = words.at(t)!.key;
    if (key === 'but' || key === 'yet') return t;
    if ((key === 'and' || key === 'or') && verbOpensAt(words, t + 1)) return t;
  }
  return end;
}

/**
 * Word `t` (past the cue's first word `k`) opens another report, which takes what follows it:
 * a participle cue after a comma (`said in an interview, adding that …`), a cue after a comma or a
 * comma and a subject pronoun (`…, put it this way: “…”`, `…, he said, “…”`), a comma before a
 * mention and its cue (`which the Company disclosed on 30 September, the production manager
 * wrote: “…”`), or another speaker's participle (`pleaded not guilty, with Tang saying: “…”`).
 */
function anotherReportAt(words: WordList, k: number, t: number, hi: number): boolean {
  const w = words.at(t)!;
  if (isPunct(w, ',') && PARTICIPLE_CUES.has(words.at(t + 1)?.key ?? '')) return true;
  if (t <= k) return false;
  const afterComma =
    isPunct(words.at(t - 1), ',') ||
    (t - 1 > k && SUBJECT_PRONOUNS.has(words.at(t - 1)!.key) && isPunct(words.at(t - 2), ','));
  if (afterComma && w.isWord && !w.cap && CUE_FORMS.has(w.key)) return true;
  if (isPunct(w, ',') && mentionAndCueAt(words, t + 1, hi)) return true;
  // `would welcome outside money, and Aarvold told reporters that …`: so does a coordinated clause's.
  if (isPunct(w, ',') && CLAUSE_COORDINATORS.has(words.at(t + 1)?.key ?? '') && mentionAndCueAt(words, t + 2, hi))
    return true;
  return (
    w.isWord &&
    w.key.endsWith('ing') &&
    !ARTICLES.has(words.at(t - 1)!.key) &&
    // `told the administration in writing that …`, `said, in announcing the plan, that …`: after `in`
    // the participle heads an adjunct of the cue's own.
    words.at(t - 1)!.key !== 'in' &&
    // `at her weekly briefing on 2 March that …`: a speech noun, not another speaker's participle.
    !SPEECH_NOUNS.has(w.key) &&
    (CUE_FORMS.get(w.key) ?? []).some((f) => f.participle && f.words.length === 1)
  );
}

/** Most words of a noun phrase in apposition before its `that` (`, a clear sign that`). */
const APPOSITE_NOUN_WORDS = 4;

/**
 * `accused each other of new attacks, further indications that violence has escalated`: after a
 * comma, a few lower-case words with no preposition, cue or verb before `that` at `t` are a noun in
 * apposition to the clause before, and the `that` clause is the noun's, not the cue's.
 */
function appositeNounBefore(words: WordList, k: number, t: number): boolean {
  let c = t - 1;
  while (c > k && t - c <= APPOSITE_NOUN_WORDS && !isPunct(words.at(c), ',')) {
    const w = words.at(c)!;
    // (`asking for talks, and that …`: a coordinator joins a second clause of the cue's.)
    const closed = CLAUSE_STOPS.has(w.key) || COORDINATORS.has(w.key) || CUE_FORMS.has(w.key);
    if (!w.isWord || w.cap || closed || hasAuxiliary(words, c, c + 1)) return false;
    c--;
  }
  // (`said, quite reasonably, that …`: an adverb closing an aside is no noun.)
  return c > k && c < t - 1 && isPunct(words.at(c), ',') && !isMannerAdverb(words.at(t - 1)!);
}

/**
 * `agrees with the statement by the Director of the Office, Ana Lind, that …`, `rejected allegations
 * from the prime minister that …`: a claim noun at `t` whose giver follows it owns the `that` clause
 * after them, not the cue before it (see claimNounFrame); unless the noun is the cue's own means
 * (`said in a statement from the embassy that …`).
 */
function ownedClaimNounAt(words: WordList, k: number, t: number, hi: number): boolean {
  if (t <= k || !CLAIM_NOUNS.has(words.at(t)!.key) || !ownerAfter(words, t, hi)) return false;
  for (let u = t - 1; u >= k && t - u <= MEANS_REACH; u--) if (words.at(u)!.key === 'in') return false;
  return true;
}

/** Most words between `in` and its speech noun (`in its written statement`). */
const MEANS_REACH = 4;

/**
 * The closing mark of a title-case quotation opening at `t` that a word follows (`its “Fair Steel,
 * Fair Jobs” advertisements`): a title inside a noun phrase; else -1.
 */
function titleInAdjunct(words: WordList, t: number, hi: number): number {
  const quotation = quotationAt(words, t, hi);
  if (!quotation || !words.at(quotation.close + 1)?.isWord) return -1;
  return isShortTitle(quotation.text) ? quotation.close : -1;
}

/** A mention and then a lower-case cue start at `t` (`the production manager wrote`). */
function mentionAndCueAt(words: WordList, t: number, hi: number): boolean {
  const mention = mentionAfter(words, t, hi);
  const cue = mention && mention.from === t ? words.at(mention.to) : undefined;
  return cue !== undefined && cue.isWord && !cue.cap && CUE_FORMS.has(cue.key);
}

/** A pronoun or a name and then a lower-case cue start at `t` (`she said`, `Abasolo told`). */
function attributionOpensAt(words: WordList, t: number): boolean {
  const subject = words.at(t);
  const cue = words.at(t + 1);
  return (
    subject !== undefined &&
    cue !== undefined &&
    subject.isWord &&
    (PRONOUNS.has(subject.key) || subject.cap) &&
    cue.isWord &&
    !cue.cap &&
    CUE_FORMS.has(cue.key)
  );
}

/** Most tokens of an aside between a bare clause's subject and its verb (`, which was held on Sunday,`). */
const SUBJECT_ASIDE_WORDS = 16;

/** Words `[k, hi)` show a finite verb: an auxiliary or be-form, or a past form not right after an article (`the armed group`). */
function showsVerb(words: WordList, k: number, hi: number): boolean {
  // (`adds a garden and a clinic to be run by a trust`: an infinitive's `be` is no clause's verb.)
  for (let t = k; t < Math.min(hi, words.length); t++)
    if (hasAuxiliary(words, t, t + 1) && words.at(t - 1)?.key !== 'to') return true;
  for (let t = k + 1; t < hi; t++)
    if (
      pastVerbAt(words, t) &&
      !ARTICLES.has(words.at(t - 1)!.key) &&
      !MENTION_OPENERS.has(words.at(t - 1)!.key) &&
      // (`the town’s lost hours`: a past form after a possessive modifies a noun.)
      !words.at(t - 1)!.possessive &&
      // `risks posed by advanced AI`, `questions sent in by members`: a participle before its agent (past a
      // particle), or after a preposition, modifies a noun.
      words.at(t + 1)?.key !== 'by' &&
      !(
        (CUE_PARTICLES.has(words.at(t + 1)?.key ?? '') || CLAUSE_STOPS.has(words.at(t + 1)?.key ?? '')) &&
        words.at(t + 2)?.key === 'by'
      ) &&
      !CLAUSE_STOPS.has(words.at(t - 1)!.key)
    )
      return true;
  return false;
}

/**
 * `said on Monday it would …`, `said late on Friday the talks had failed`: wire reports put the
 * day between the cue and a bare clause. After the adjunct, a pronoun with its auxiliary, or an
 * article or a name with an auxiliary within a few words, opens the clause.
 */
function clauseAfterTimeAdjunct(words: WordList, k: number, hi: number, lemma: string): ContentStart | null {
  if (!BARE_CLAUSE.has(lemma) || DIRECTIVE.has(lemma)) return null;
  // `said on Monday in a statement it …`, `said in an interview on Friday the …`: up to two adjuncts, in any order.
  // (`said separately it had opened …`, `said later the talks had failed`: so may an adverb.)
  const pastAdjunct = (t: number) => {
    const after = pastTimeAdjunct(words, t, hi, true);
    if (after !== t) return after;
    const setting = pastSpeechSetting(words, t, hi);
    if (setting !== t) return setting;
    // (An adverb before `that` is read with the marked clause: `told his wife exactly that this afternoon`.)
    const w = words.at(t);
    const adverb = w !== undefined && (isMannerAdverb(w) || FOCUS_ADVERBS.has(w.key) || ORDER_ADVERBS.has(w.key));
    return adverb && words.at(t + 1)?.key !== 'that' ? t + 1 : t;
  };
  let at = pastAdjunct(k);
  if (at === k) return null;
  at = pastAdjunct(at);
  const w = words.at(at);
  if (!w || !w.isWord || at >= hi || words.countWords(at, hi) < MIN_CONTENT_WORDS) return null;
  // `said this morning that …`: the adjunct stands before a marked clause.
  if (w.key === 'that') return { at: at + 1, marked: true };
  // A subject, then its verb within a few words: an auxiliary, or a past form (`said on Monday the fault began …`);
  // or a subject pronoun and a word after it (`said on the radio this morning he expects …`, `said Wednesday it
  // still seeks …`).
  const subject = PRONOUNS.has(w.key) || w.key === 'there' || ARTICLES.has(w.key) || w.cap;
  const verb =
    showsVerb(words, at, Math.min(hi, at + SUBJECT_REACH)) ||
    (PRONOUNS.has(w.key) && isLowerWord(words.at(at + 1))) ||
    (ARTICLES.has(w.key) && presentVerbAfterNoun(words, at + 1, Math.min(hi, at + SUBJECT_REACH)));
  return subject && verb ? { at, marked: false } : null;
}

/**
 * `said Thursday the new sanctions represent a fresh attempt …`: in `[from, to)`, a lower-case word
 * after the subject's noun and before a determiner of its object (not a preposition, a determiner,
 * a coordinator or an adverb in `-ly`) is a present-tense verb the auxiliaries do not show.
 */
function presentVerbAfterNoun(words: WordList, from: number, to: number): boolean {
  for (let t = from + 1; t < to; t++) {
    const w = words.at(t)!;
    const before = words.at(t - 1)!;
    if (!w.isWord || !before.isWord) return false;
    if (w.cap || before.cap || CLAUSE_STOPS.has(w.key) || ARTICLES.has(w.key) || COORDINATORS.has(w.key)) continue;
    const object = words.at(t + 1)?.key ?? '';
    if (!isMannerAdverb(w) && !ARTICLES.has(before.key) && (ARTICLES.has(object) || POSSESSIVE_PRONOUNS.has(object)))
      return true;
  }
  return false;
}

/** Most words from an occasion's determiner to its speech noun (`in a brief written response`). */
const SETTING_WORDS = 4;

/**
 * The word after one occasion of speaking at `k` (`in a statement`, `in a written response`, `at a
 * news conference`, `during an interview`: an adjunct preposition, a determiner and a speech noun
 * within a few words), or `k`. Like a time, it may stand between a cue and its bare clause.
 */
function pastSpeechSetting(words: WordList, k: number, hi: number): number {
  if (!ADJUNCT_PREPOSITIONS.has(words.at(k)?.key ?? '') || !ARTICLES.has(words.at(k + 1)?.key ?? '')) return k;
  for (let t = k + 2; t < hi && t <= k + 1 + SETTING_WORDS; t++) {
    const w = words.at(t)!;
    if (!w.isWord) return k;
    // (`on the radio`, `on national television`: a medium, in lower case and ending the phrase, is an occasion too.)
    if (SPEECH_NOUNS.has(w.key) || (MEDIA_WORDS.has(w.key) && !w.cap && words.at(t + 1)?.cap !== true)) return t + 1;
  }
  return k;
}

/** Most words from a clause's opening article or name to its auxiliary (`the two ministers had …`). */
const SUBJECT_REACH = 6;
/** Most words from a bare clause's start to its verb after a cue that often takes an object (`reported the number of arrivals had …`). */
const OBJECT_CLAUSE_VERB_REACH = 9;

/** The word after one time adjunct at `k` (`on Monday`, `Monday`, `on Monday night`, `late on Friday`, `on March 3`, `in March`, `in 2024`, `last week`, `the same day`, `yesterday`), or `k`. */
export function pastTimeAdjunct(words: WordList, k: number, hi: number, bareWeekday = false): number {
  const key = (t: number) => (t < hi && words.at(t)!.isWord ? words.at(t)!.key : '');
  let t = k;
  if (key(t) === 'late' || key(t) === 'early') t++;
  if (key(t) === 'yesterday' || key(t) === 'today' || key(t) === 'tonight' || key(t) === 'overnight') return t + 1;
  // `said Thursday the talks had failed`: right after a cue (`bareWeekday`), a weekday without its `on`, as
  // American news writes it (not `Thursday's`).
  if (bareWeekday && t === k && WEEKDAYS.has(key(t)) && words.at(t)!.cap && !words.at(t)!.possessive)
    return DAY_PARTS.has(key(t + 1)) ? t + 2 : t + 1;
  if ((key(t) === 'last' || key(t) === 'this') && (PERIODS.has(key(t + 1)) || DAY_PARTS.has(key(t + 1)))) return t + 2;
  // `the same day`, `the following morning`: a day or period placed against the story's own.
  const placedDay = (x: string) => PERIODS.has(x) || DAY_PARTS.has(x) || x === 'day';
  if (key(t) === 'the' && PLACING_WORDS.has(key(t + 1)) && placedDay(key(t + 2))) return t + 3;
  // `in March`, `in March 2024`, `in 2024`: a month or a year.
  if (key(t) === 'in') {
    if (MONTHS.has(key(t + 1)) && words.at(t + 1)!.cap) return /^\d{4}$/.test(key(t + 2)) ? t + 3 : t + 2;
    if (/^(?:1[89]|20)\d\d$/.test(key(t + 1))) return t + 2;
    return k;
  }
  if (key(t) !== 'on') return k;
  t++;
  if (WEEKDAYS.has(key(t))) return DAY_PARTS.has(key(t + 1)) ? t + 2 : t + 1;
  // `on March 3`, `on 3 March`: a month with its day.
  if (MONTHS.has(key(t)) && words.at(t)!.cap && /^\d/.test(key(t + 1))) return t + 2;
  if (/^\d/.test(key(t)) && MONTHS.has(key(t + 1))) return t + 2;
  return k;
}

/** Words from `k` are a time (`this afternoon`, `on Monday`) that ends the sentence, a clause before `;`, or one before a comma and a concession or a coordinated clause. */
function timeEndsClause(words: WordList, k: number, hi: number): boolean {
  const t = pastTimeAdjunct(words, k, hi);
  if (t === k) return false;
  if (t >= hi || isPunct(words.at(t), '.!?;')) return true;
  const next = words.at(t + 1);
  // (`The minister said that in March and I have heard her say it since`: a coordinated clause with its own pronoun subject.)
  if ((words.at(t)!.key === 'and' || words.at(t)!.key === 'but') && next !== undefined && personPronounAt(next))
    return true;
  return (
    isPunct(words.at(t), ',') &&
    next !== undefined &&
    (CONCESSIVE_OPENERS.has(next.key) || CLAUSE_COORDINATORS.has(next.key))
  );
}

/** A subject pronoun of a person or of the speakers (`I`, `we`, `she`, `they`). */
function personPronounAt(w: Word): boolean {
  return w.isWord && (FIRST_PERSON.has(w.key) || PRONOUNS.get(w.key) === 'person' || PRONOUNS.get(w.key) === 'plural');
}

/** Words of a relative time after a cue (`an hour later`, `two days ago`). */
const RELATIVE_TIME_WORDS = 4;

/** Words `[k, hi)` are only a relative time (`an hour later`, `minutes afterwards`), up to closing punctuation. */
function isRelativeTime(words: WordList, k: number, hi: number): boolean {
  let last = k - 1;
  for (let t = k; t < hi; t++) {
    const w = words.at(t)!;
    if (!w.isWord) {
      if (isPunct(w, '.!;')) break;
      return false;
    }
    if (t - k >= RELATIVE_TIME_WORDS) return false;
    last = t;
  }
  if (last < k) return false;
  // `replied the same evening.`, `wrote back the following day.`: a day or period placed against the story's own.
  const placed = last - k === 2 && words.at(k)!.key === 'the' && PLACING_WORDS.has(words.at(k + 1)!.key);
  return (
    RELATIVE_TIME_ENDS.has(words.at(last)!.key) ||
    (placed && (PERIODS.has(words.at(last)!.key) || words.at(last)!.key === 'day'))
  );
}

/** Words that place a day or a period against the story's own time (`the same evening`, `the next day`). */
const PLACING_WORDS: ReadonlySet<string> = new Set(['same', 'next', 'following', 'previous']);

/** After an amount (`said little`), a preposition, an adverb, a relative clause or punctuation shows the amount is the object. */
function amountIsObject(next: Word | undefined): boolean {
  return (
    next === undefined ||
    !next.isWord ||
    ADJUNCT_PREPOSITIONS.has(next.key) ||
    AMOUNT_TOPICS.has(next.key) ||
    // `said something that …`: a relative clause describes the amount.
    RELATIVE_PRONOUNS.has(next.key) ||
    (next.key.endsWith('ly') && !AUXILIARIES.has(next.key))
  );
}

/** `accused management of stalling …`, `praised the crew for …`: an object and its `of`/`for` reason. */
function reasonContent(words: WordList, k: number, hi: number, lemma: string): ContentStart | null {
  const w = words.at(k)!;
  if (!OBJECT_FOR_CONTENT.has(lemma) || !w.isWord) return null;
  const object = mentionAfter(words, k, hi);
  const reason = words.at(object ? object.to : k + 1);
  // `accused management of stalling …`: a bare noun object before its `of` too.
  const to = object ? object.to : k + 1;
  return (object || !w.cap) &&
    reason &&
    (reason.key === 'for' || reason.key === 'of') &&
    words.countWords(to, hi) > MIN_CONTENT_WORDS
    ? { at: k, marked: false }
    : null;
}

/**
 * `replied very graciously and said …`: from `k`, only adverbs of manner or degree up to punctuation,
 * a coordinator or the sentence's end; how the cue was done, not what it reported. So is an adverb
 * before a preposition when no `that` or quotation follows (`is responding particularly through
 * sanctions`; not `writing shortly after the show that …`).
 */
function mannerOnly(words: WordList, k: number, hi: number): boolean {
  let t = k;
  while (t < hi && words.at(t)!.isWord && (words.at(t)!.key.endsWith('ly') || DEGREE_ADVERBS.has(words.at(t)!.key)))
    t++;
  if (t === k) return false;
  if (t >= hi || !words.at(t)!.isWord || COORDINATORS.has(words.at(t)!.key)) return true;
  if (!CLAUSE_STOPS.has(words.at(t)!.key)) return false;
  for (let u = t + 1; u < hi; u++) if (words.at(u)!.key === 'that' || words.at(u)!.isQuoteMark) return false;
  return true;
}

/** Most words from a period's determiner `that` to the `that` opening the report (`that morning that …`). */
const THAT_AHEAD_WORDS = 3;

/** A `that` within a few words from `from`, before any punctuation. */
function thatAhead(words: WordList, from: number, hi: number): boolean {
  for (let t = from; t < hi && t - from < THAT_AHEAD_WORDS; t++) {
    if (!words.at(t)!.isWord) return false;
    if (words.at(t)!.key === 'that') return true;
  }
  return false;
}

/** A lower-case reporting verb stands in `(from, to)`: a `that` after it is its own (`… but warned that …`). */
function cueBetween(words: WordList, from: number, to: number): boolean {
  for (let t = from + 1; t < to; t++) {
    const w = words.at(t)!;
    // (`told keepers at a briefing in Kessel that …`, `assured the Embassy in writing that …`: a cue's
    // form after an article or a preposition is a noun.)
    const before = words.at(t - 1)!.key;
    const noun = ARTICLES.has(before) || (before !== 'to' && CLAUSE_STOPS.has(before) && w.key.endsWith('ing'));
    if (!w.cap && CUE_FORMS.has(w.key) && !noun) return true;
  }
  return false;
}

/**
 * Words from `at` open a clause: a pronoun or `there` right before an auxiliary, or an article or
 * a name with an auxiliary within a few words (`the two ministers had …`).
 */
function opensSubjectClause(words: WordList, at: number, hi: number): boolean {
  const w = words.at(at);
  if (!w || !w.isWord || at >= hi) return false;
  // `he`, `she`, `they` are never objects: with a word after them they open the clause (`that she fully expects …`).
  const personal = PRONOUNS.get(w.key);
  if (personal !== undefined && personal !== 'thing' && words.at(at + 1)?.isWord === true && at + 1 < hi) return true;
  if (PRONOUNS.has(w.key) || w.key === 'there') return hasAuxiliary(words, at + 1, Math.min(hi, at + 2));
  return (ARTICLES.has(w.key) || w.cap) && hasAuxiliary(words, at + 1, Math.min(hi, at + SUBJECT_REACH));
}

/** `told the audience the town owed …`, `told a news conference the …`: an article and a few lower-case words right before a clause's own subject (an article or pronoun) are the addressee. */
function plainAddressee(words: WordList, k: number, hi: number): { to: number } | null {
  const article = words.at(k);
  if (!article || !article.isWord || !ARTICLES.has(article.key)) return null;
  // `told a news conference the …`: up to a few lower-case words, then the article or pronoun opening the clause.
  for (let t = k + 1; t < hi && t - k <= PLAIN_ADDRESSEE_WORDS; t++) {
    const w = words.at(t)!;
    if (!w.isWord || w.key === 'that') return null;
    if (t > k + 1 && (ARTICLES.has(w.key) || PRONOUNS.has(w.key))) return { to: t };
    // `told the crew on the quay she …`: a place after the addressee is an adjunct; the clause starts past it.
    if (t > k + 1 && ADJUNCT_PREPOSITIONS.has(w.key)) {
      const clause = clauseAfterPlace(words, t, hi);
      return clause > t ? { to: clause } : null;
    }
    if (w.cap || AUXILIARIES.has(w.key) || CLAUSE_STOPS.has(w.key)) return null;
  }
  return null;
}

/** Most words between a directive's cue and the `to` of the action it asks for (`urged the city's transit agency to …`). */
const ACTION_REACH = 10;

/**
 * Where what a directive asks for starts, or -1: it reports only an action, its addressee
 * included (`urged the city to act`), or an embedded question, which starts at its question word
 * past the addressee (`asked whether …`, `asked the minister whether …`, `asked him directly why …`):
 * `called for a new law`, `asked a question` give no content.
 */
function requestedFrom(words: WordList, from: number, hi: number): number {
  if (INDIRECT_QUESTION_WORDS.has(words.at(from)!.key)) return from;
  for (let t = from; t < hi && t - from <= ACTION_REACH; t++) {
    const w = words.at(t)!;
    if (!w.isWord) {
      if (isPunct(w, '.;:!?—') || w.isQuoteMark) return -1;
      // `asked the navy for options, and I'd expect to …`: the action is asked for in the cue's own clause.
      if (isPunct(w, ',') && CLAUSE_COORDINATORS.has(words.at(t + 1)?.key ?? '')) return -1;
      continue;
    }
    // `asked the navy for options`, `asked the police for permission to …`: a request for a thing, no action asked.
    if (w.key === 'for' && t > from) return -1;
    const verb = words.at(t + 1);
    // `to act`, not `to me` or `to the board`: an infinitive, not a preposition.
    if (
      w.key === 'to' &&
      verb &&
      verb.isWord &&
      !ARTICLES.has(verb.key) &&
      !MENTION_OPENERS.has(verb.key) &&
      !OBJECT_PRONOUNS.has(verb.key)
    )
      return from;
    if (t > from && INDIRECT_QUESTION_WORDS.has(w.key) && w.key !== 'which' && w.key !== 'who') return t;
  }
  return -1;
}
