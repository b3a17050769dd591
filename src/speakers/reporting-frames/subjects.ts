import {
  ADJUNCT_PREPOSITIONS,
  ARTICLES,
  LOCATIVE_PREPOSITIONS,
  isFigure,
  PERIODS,
  AUXILIARIES,
  BE_FORMS,
  CLAUSE_COORDINATORS,
  CLAUSE_STOPS,
  CONTACT_CLAUSE_PRONOUNS,
  COORDINATORS,
  CUE_FORMS,
  DOCUMENT_POSTMODIFIERS,
  MENTION_OPENERS,
  GROUP_NOUNS,
  MENTION_PREPOSITIONS,
  GROUP_QUALIFIER_PREPOSITIONS,
  OBJECT_PRONOUNS,
  PARENTHETICAL_OPENERS,
  RELATIVE_TIME_ENDS,
  POSSESSIVE_PRONOUNS,
  PRONOUNS,
  QUANTIFIER_SUBJECTS,
  RELATIVE_PRONOUNS,
  ROLE_NOUNS,
  SOURCE_POSTMODIFIERS,
  SELF_POSSESSIVES,
  SPEECH_NOUNS,
  SUBJECT_SKIP,
  SUBORDINATORS,
  TITLES,
  TIME_UNITS,
  SPAN_PREPOSITIONS,
  SINGULAR_QUANTIFIERS,
  GENERIC_ANTECEDENTS,
} from '../lexicon';
import {
  type MentionInfo,
  type MentionSpan,
  abbreviationDot,
  describeMentionOnce,
  ISSUER_PREPOSITIONS,
  mentionAfter,
  LOWERCASE_MODIFIERS,
  mentionBefore,
  ROLE_PREPOSITIONS,
  startsWithDigit,
  participleBeforeAgent,
} from '../mentions';
import type { Word, WordList } from '../word-list';
import {
  hasAuxiliary,
  isDocumentNoun,
  isPastForm,
  isPunct,
  MIN_CONTENT_WORDS,
  pastDateline,
  pastVerbAt,
  SHORT_TAIL_WORDS,
  singularOrPluralOf,
  subjectIsFree,
} from './frame';
import { pastTimeAdjunct } from './content-after';

/**
 * `John Tatah, who says …`, `the man who says he is …`, `the ministry, which said …`: in a
 * relative clause the speaker is the mention the pronoun follows.
 */
export function relativeSubject(words: WordList, cue: number, lo: number): MentionSpan | null {
  let k = cue - 1;
  while (
    k > lo &&
    words.at(k)!.isWord &&
    SUBJECT_SKIP.has(words.at(k)!.key) &&
    !RELATIVE_PRONOUNS.has(words.at(k)!.key)
  )
    k--;
  // `Mr Adamescu, who on Saturday evening described …`: a time adjunct between the pronoun and the cue.
  if (k - 1 > lo && words.at(k)!.isWord && !isRelative(words.at(k)!.key))
    for (let t = k - 1; t > lo && cue - t <= TIME_ADJUNCT_WORDS + 1; t--)
      if (isRelative(words.at(t)!.key) && pastTimeAdjunct(words, t + 1, cue) === cue) {
        k = t;
        break;
      }
  const pronoun = words.at(k);
  if (pronoun?.key === 'that' && k > lo) return documentBeforeThat(words, k, lo);
  if (!pronoun || !pronoun.isWord || !isRelative(pronoun.key) || k <= lo) return null;
  const end = isPunct(words.at(k - 1), ',') ? k - 1 : k;
  if (GENERIC_ANTECEDENTS.has(words.at(end - 1)?.key ?? '')) return null;
  const antecedent =
    mentionBefore(words, end, lo, false) ?? (pronoun.key === 'who' ? personBeforeWho(words, end, lo) : null);
  if (pronoun.key !== 'who' || !antecedent) return antecedent;
  return (
    describedByRole(words, antecedent, lo) ??
    personAfterOf(words, antecedent) ??
    nameBeforeApposition(words, antecedent, lo) ??
    antecedent
  );
}

/**
 * `an annual report by the State Department that says …`, `a statement that said …`: a restrictive
 * `that` right before the cue is a relative pronoun when a document or an utterance stands before
 * it (`said that` is a complementiser, and so is `that` after any other noun: `the fact that`).
 * The speaker is the document's mention, or the name of its author after `by`/`from`.
 */
function documentBeforeThat(words: WordList, that: number, lo: number): MentionSpan | null {
  const antecedent = mentionBefore(words, that, lo, false);
  // (`Refrain from public statements that describe …`: a bare plural is any such document, none in particular.)
  const opener = words.at(antecedent?.from ?? that)!;
  if (!antecedent || !(opener.cap || ARTICLES.has(opener.key) || POSSESSIVE_PRONOUNS.has(opener.key))) return null;
  if (saysThings(words.at(that - 1)!.key)) return antecedent;
  // `a report by the U.S. State Department that says`: the author closes the document's noun phrase.
  const by = words.at(antecedent.from - 1);
  const owned = words.at(antecedent.from - 2);
  if (!by || !owned || !ISSUER_PREPOSITIONS.has(by.key) || owned.cap) return null;
  return saysThings(owned.key) ? antecedent : null;
}

/** A document or an utterance (`report`, `statement`, `remarks`): a noun whose words can be reported. */
function saysThings(key: string): boolean {
  return isDocumentNoun(key) || SPEECH_NOUNS.has(key);
}

/** Most lower-case words of a noun phrase before `who` that no lexicon word heads (`a soft-spoken pulsar astronomer`). */
const WHO_ANTECEDENT_WORDS = 5;

/**
 * `an astronomer who says …`, `a soft-spoken stargazer who describes himself as …`: `who` stands
 * for a person, so the noun phrase an article opens right before it is one, though the lexicon
 * lacks its noun. Lower-case words only, none a preposition, an auxiliary, a past form or a pronoun.
 */
function personBeforeWho(words: WordList, end: number, lo: number): MentionSpan | null {
  let from = -1;
  for (let t = end - 1; t >= lo && end - t <= WHO_ANTECEDENT_WORDS; t--) {
    const w = words.at(t)!;
    if (!w.isWord || w.cap) break;
    if (ARTICLES.has(w.key)) {
      if (t === end - 1) break;
      from = t;
      // `the owner of the bakery, who …`: the noun phrase the `of` phrase belongs to.
      if (words.at(t - 1)?.key !== 'of') break;
      continue;
    }
    if (w.key === 'of' && from === t + 1) continue;
    if (ADJUNCT_PREPOSITIONS.has(w.key) || PRONOUNS.has(w.key) || AUXILIARIES.has(w.key) || isPastForm(words, t)) break;
  }
  return from >= 0 ? { from, to: end } : null;
}

/** Every word of the mention capitalised and the last no title (`Dr Ilse Marrach`; not `Director of Bus Services`, `Chief Executive`). */
function titledName(words: WordList, mention: MentionSpan): boolean {
  for (let t = mention.from; t < mention.to; t++) if (!words.at(t)!.cap) return false;
  return mention.to - mention.from >= 2 && !TITLES.has(words.at(mention.to - 1)!.key);
}

/**
 * `Hal Brenneman, technical director at Sorrel Bay, who said …`: the antecedent found is a lower-case
 * role in apposition after a name, or one in title case opened by a title (`Marek Ollerand, Director
 * of Bus Services, who confirmed …`); `who` stands for the person the name gives.
 */
function nameBeforeApposition(words: WordList, mention: MentionSpan, lo: number): MentionSpan | null {
  const first = words.at(mention.from)!;
  if (first.cap && !TITLES.has(first.key.toLowerCase())) return null;
  // (`Estrova’s Minister of Health, Dr Ilse Marrach, who …`: a titled name is the person, the role before it hers.)
  if (first.cap && titledName(words, mention)) return null;
  // (The role's lower-case modifiers may stand outside the mention found: `technical director`.)
  let comma = mention.from - 1;
  while (comma > lo && mention.from - comma <= 3 && words.at(comma)!.isWord && !words.at(comma)!.cap) comma--;
  if (comma - 1 < lo || !isPunct(words.at(comma), ',')) return null;
  const name = mentionBefore(words, comma, lo, false);
  if (name && name.to === comma && words.at(name.from)!.cap && words.at(name.to - 1)!.cap) return name;
  // (`Edda Lune, 68, a retired baker from Osterholm, who …`: past the person's age.)
  return /^\d+$/.test(words.at(comma - 1)?.key ?? '') ? nameBeforeAside(words, comma, lo) : null;
}

/**
 * `the remarks of Mr Corvin Adamescu, who …`: `who` stands for a person, so a capitalised name after
 * the antecedent's last lower-case `of` is its mention, not the thing before it.
 */
function personAfterOf(words: WordList, mention: MentionSpan): MentionSpan | null {
  let from = mention.to;
  while (from > mention.from && words.at(from - 1)!.isWord && words.at(from - 1)!.cap) from--;
  const of = words.at(from - 1);
  if (from === mention.to || from - 1 <= mention.from || of?.key !== 'of' || of.cap) return null;
  // Only what a person said or wrote (`the remarks of`, `a letter of`), not a place (`the village of Dezh`)
  // or a body a person belongs to (`Yusuf Derrow of Ferrant Capital`).
  const owned = words.at(from - 2)!;
  return !owned.cap && saysThings(owned.key) ? { from, to: mention.to } : null;
}

/** Most words of a time adjunct between a relative pronoun and its cue (`on Saturday evening`). */
const TIME_ADJUNCT_WORDS = 4;

function isRelative(key: string): boolean {
  return key === 'who' || key === 'which';
}

/**
 * `Ruth Amble, the member for Stellby, who told …`: when the mention before `who` is the object of
 * a role's preposition in an aside after a name, the person is that name, not the place or body.
 */
function describedByRole(words: WordList, mention: MentionSpan, lo: number): MentionSpan | null {
  const preposition = words.at(mention.from - 1);
  if (!preposition || preposition.cap) return null;
  // `a retired cook from Holm Cross`, `a teacher in Melk`: where a person comes from describes any noun.
  const origin = ORIGIN_PREPOSITIONS.has(preposition.key);
  // `Hannah Corrie, 16, from Owlsgate, who told …`: a place right after the name (and its age) says where the person comes from.
  if ((origin || preposition.key === 'of') && isPunct(words.at(mention.from - 2), ',')) {
    const name = nameBeforeAside(words, mention.from - 2, lo);
    if (name) return name;
  }
  if (!origin && !ROLE_PREPOSITIONS.has(preposition.key)) return null;
  const role = words.at(mention.from - 2);
  if (!role || role.cap || !role.isWord || (!origin && !ROLE_NOUNS.has(role.key))) return null;
  let c = mention.from - 2;
  while (c > lo && mention.from - c <= ASIDE_WORDS && words.at(c)!.isWord && !words.at(c)!.cap) c--;
  if (c <= lo || !isPunct(words.at(c), ',') || !ARTICLES.has(words.at(c + 1)!.key)) return null;
  return nameBeforeAside(words, c, lo);
}

/**
 * The capitalised name ending before the aside that opens at the comma `c`, past an age between
 * them (`Josie Marsh, 71, a retired cook …`), or null.
 */
function nameBeforeAside(words: WordList, c: number, lo: number): MentionSpan | null {
  if (/^\d+$/.test(words.at(c - 1)?.key ?? '') && isPunct(words.at(c - 2), ',')) c -= 2;
  let from = c;
  while (from > lo && words.at(from - 1)!.isWord && words.at(from - 1)!.cap) from--;
  return from < c ? { from, to: c } : null;
}

/** Prepositions of where a person comes from or lives (`a farmer from Osk`, `a nurse in Melk`). */
const ORIGIN_PREPOSITIONS = new Set(['from', 'in']);

/** Adverbs that chain a second verb to the subject after a comma (`…, then joked that …`). */
export const SEQUENCE_ADVERBS = new Set(['then', 'later', 'afterwards', 'afterward']);

/** Most lower-case words after the article of a noun phrase no lexicon entry heads (`the new bookseller`). */
const PLAIN_NOUN_WORDS = 3;

/** A word of a clause, never of a noun phrase: a pronoun, a relative pronoun, an auxiliary or a form of `be`. */
export function isClauseWord(key: string): boolean {
  return PRONOUNS.has(key) || RELATIVE_PRONOUNS.has(key) || AUXILIARIES.has(key) || BE_FORMS.has(key);
}

/**
 * A word that ends a plain noun phrase: a clause word, an object pronoun, a preposition opening an
 * adjunct or stopping a clause, an adverb that may stand before a cue, or a cue.
 */
export function endsNounPhrase(key: string): boolean {
  return (
    isClauseWord(key) ||
    OBJECT_PRONOUNS.has(key) ||
    CLAUSE_STOPS.has(key) ||
    ADJUNCT_PREPOSITIONS.has(key) ||
    SUBJECT_SKIP.has(key) ||
    CUE_FORMS.has(key)
  );
}

/**
 * `The bookseller said …`, `the bakery closed …`: an article and up to three lower-case words,
 * none a pronoun, preposition or clause word, followed by a lower-case word (or, before an
 * apposition, a comma; or, closing an inverted clause, its punctuation); a speaker whose head
 * noun no lexicon lists. Only tried where a subject must stand: opening a clause, or right after
 * a cue that a quotation inverts.
 */
/** Longest acronym that modifies a common noun (`the GP surgery`, `an IT contractor`). */
const ACRONYM_MAX = 5;

/** Word `t` is an acronym before a lower-case noun: a modifier, not a name that ends the phrase (an owner, `the NHA’s planner`, does). */
function acronymModifier(words: WordList, t: number): boolean {
  const w = words.at(t)!;
  const next = words.at(t + 1);
  return (
    w.allCaps &&
    !w.possessive &&
    w.text.length >= 2 &&
    w.text.length <= ACRONYM_MAX &&
    next !== undefined &&
    next.isWord &&
    !next.cap
  );
}

/** `a Velmoran negotiator`, `one Danish diplomat`: a capitalised adjective before the noun it modifies, within `hi`. */
function capitalisedModifier(words: WordList, t: number, hi: number): boolean {
  const next = words.at(t + 1);
  return t + 1 < hi && !words.at(t)!.possessive && next !== undefined && next.isWord && !next.cap;
}

export function plainNounPhrase(
  words: WordList,
  at: number,
  hi: number,
  beforeComma = false,
  closingClause = false,
): MentionSpan | null {
  const article = words.at(at);
  if (
    !article ||
    !article.isWord ||
    !(
      article.key === 'the' ||
      article.key === 'a' ||
      article.key === 'an' ||
      QUANTIFIER_SUBJECTS.has(article.key) ||
      // `One detainee, a man in his fifties, said`: `one` counts, whatever its case.
      article.key === 'one' ||
      // `one user`, `several pickets`, `her lawyer`: a number, quantifier or possessive opens one too; a
      // possessive pronoun is capitalised only for opening the sentence (`His flatmate says …`, `His
      // agent, Jo Brito, said`), and so is `Our` before an apposition (`Our chief negotiator, Yeva Darrow, said`).
      (MENTION_OPENERS.has(article.key) &&
        (!article.cap || POSSESSIVE_PRONOUNS.has(article.key) || (beforeComma && SELF_POSSESSIVES.has(article.key)))) ||
      // `…, Britain’s regulator said`: a name's possessive opens one like an article (not before an
      // apposition's comma: `Kessport’s chief negotiator, Aino Kask, told` names its speaker).
      (article.possessive && article.cap && !beforeComma)
    )
  )
    return null;
  let t = at + 1;
  while (t < hi && t - at <= PLAIN_NOUN_WORDS) {
    const w = words.at(t)!;
    if (
      !w.isWord ||
      (w.cap && !acronymModifier(words, t) && !capitalisedModifier(words, t, hi)) ||
      endsNounPhrase(w.key) ||
      COORDINATORS.has(w.key)
    )
      break;
    // `the bakery closed its shop`: a word before an article or determiner is the verb.
    const after = words.at(t + 1);
    if (
      t > at + 1 &&
      after !== undefined &&
      after.isWord &&
      (ARTICLES.has(after.key) || MENTION_OPENERS.has(after.key))
    )
      break;
    t++;
  }
  const next = words.at(t);
  // `closingClause`: the phrase ends its clause (`“…,” says the groundsman.`, `…, says the groundsman, Walt Ebbing`).
  const follows = closingClause
    ? t >= hi || isPunct(next, ',.;!?')
    : next !== undefined && (beforeComma ? isPunct(next, ',') : next.isWord && !next.cap);
  return t > at + 1 && follows ? { from: at, to: t } : null;
}

/**
 * `“We lost the lease,” the bookseller said`, `The bookseller said …`: a plain noun phrase right
 * before the cue (past adverbs), opening the sentence or following a closing quotation mark.
 */
export function openingNounPhrase(
  words: WordList,
  lo: number,
  cue: number,
  beforeComma = false,
  afterComma = false,
): MentionSpan | null {
  let end = cue;
  while (end > lo && words.at(end - 1)!.isWord && SUBJECT_SKIP.has(words.at(end - 1)!.key)) end--;
  // `“…,” the winning jockey, Luis Ochoa, said`: a name in apposition to the noun phrase speaks.
  // Without quotation marks the noun phrase opens after the reported words' comma when the
  // attribution closes the sentence (`The count was fair, the commission's chairwoman, Lena Holm,
  // said.`), not after a form of address (`Minister,`).
  const named = appositionName(words, lo, end);
  if (named) {
    const closes = afterComma || attributionCloses(words, cue);
    const np = openingNounPhrase(words, lo, named.comma, true, closes) ?? roleOpening(words, lo, named.comma, closes);
    return np ? { from: np.from, to: named.name.to } : null;
  }
  for (let a = end - 2; a >= lo && a >= end - 1 - PLAIN_NOUN_WORDS; a--) {
    if (!subjectOpensAt(words, lo, a, cue, afterComma)) continue;
    const np = plainNounPhrase(words, a, cue + 1, beforeComma);
    if (np && np.to === end) return np;
  }
  // `…, an engineer at the plant said.`: after the reported words' comma, a speaker noun with its place or body.
  if (!beforeComma && endsSentenceAt(words, cue + 1)) return qualifiedSpeaker(words, lo, end);
  return null;
}

/** A word that may stand inside a noun phrase: no punctuation, pronoun, auxiliary or relative pronoun. */
export function nounPhraseWord(w: Word): boolean {
  return w.isWord && !PRONOUNS.has(w.key) && !AUXILIARIES.has(w.key) && !RELATIVE_PRONOUNS.has(w.key);
}

/** Most words of the prepositional phrase that qualifies a trailing speaker (`at the pumping station`). */
const QUALIFIER_WORDS = 4;

/**
 * `an engineer at the plant`, `a nurse from the district hospital`: an article, at most two
 * lower-case modifiers, a speaker noun, a preposition and a short phrase, ending at `end` and
 * opening after a comma; the phrase's words need not be lexicon words.
 */
function qualifiedSpeaker(words: WordList, lo: number, end: number): MentionSpan | null {
  for (let p = end - 2; p > lo && end - p <= QUALIFIER_WORDS + 1; p--) {
    const preposition = words.at(p)!;
    if (!preposition.isWord || preposition.cap || !MENTION_PREPOSITIONS.has(preposition.key)) continue;
    const head = words.at(p - 1)!;
    if (!head.isWord || head.cap || !(ROLE_NOUNS.has(head.key) || GROUP_NOUNS.has(head.key))) return null;
    for (let t = p + 1; t < end; t++) {
      const w = words.at(t)!;
      if (!nounPhraseWord(w)) return null;
    }
    let a = p - 2;
    while (
      a > lo &&
      p - 1 - a <= LOWERCASE_MODIFIERS &&
      words.at(a)!.isWord &&
      !words.at(a)!.cap &&
      !ARTICLES.has(words.at(a)!.key)
    )
      a--;
    const article = words.at(a)!;
    if (!article.isWord || !(ARTICLES.has(article.key) || QUANTIFIER_SUBJECTS.has(article.key))) return null;
    return isPunct(words.at(a - 1), ',') ? { from: a, to: end } : null;
  }
  return null;
}

/**
 * `“…,” the chairwoman of the port commission, Kari Aalto, said`: a role with its preposition's
 * object (`head of`, `spokesman for`), too long for a plain noun phrase, before a name in apposition.
 */
function roleOpening(words: WordList, lo: number, comma: number, afterComma: boolean): MentionSpan | null {
  let role = mentionBefore(words, comma, lo, false);
  // `the emergency coordinator for Haldra`: a role noun and its preposition before the place it serves.
  const preposition = role ? words.at(role.from - 1) : undefined;
  if (role && preposition && !preposition.cap && ROLE_PREPOSITIONS.has(preposition.key)) {
    const head = mentionBefore(words, role.from - 1, lo, false);
    if (head && head.to === role.from - 1 && ROLE_NOUNS.has(words.at(head.to - 1)!.key))
      role = { from: head.from, to: role.to };
  }
  return role && role.to === comma && subjectOpensAt(words, lo, role.from, comma, afterComma) ? role : null;
}

/**
 * A subject may open at word `a` of an attribution whose cue is `cue`: at the start of the span, after a
 * closing quotation mark, after a comma that ends the reported words when the attribution closes the
 * sentence (`…, two mediators said.`), or after an opening adjunct's comma.
 */
function subjectOpensAt(words: WordList, lo: number, a: number, cue: number, afterComma: boolean): boolean {
  if (a === lo) return true;
  const lead = words.at(a - 1);
  if (lead === undefined) return false;
  if (lead.isQuoteMark) return true;
  // `…, and the agent said …`, `…; the agent says …`: a coordinate clause opens with its own subject.
  if (isPunct(lead, ';') || (lead.isWord && CLAUSE_COORDINATORS.has(lead.key) && isPunct(words.at(a - 2), ',')))
    return true;
  if (!isPunct(lead, ',')) return false;
  // `…, two mediators said.`, `…, the groundsman tells me.`: a trailing attribution after a comma, closing the sentence.
  return (
    attributionCloses(words, cue) ||
    (afterComma && words.countWords(lo, a - 1) >= MIN_CONTENT_WORDS) ||
    words.at(a - 2)?.isQuoteMark === true ||
    isOpeningAdjunct(words, lo, a - 1)
  );
}

/**
 * `On Sunday,`, `In a video posted online,`, `However,`, `Contacted by phone,`: the words from the sentence start to
 * the comma at `comma` open with an adjunct's word and quote nobody, so a noun phrase after that
 * comma opens the main clause.
 */
export function isOpeningAdjunct(words: WordList, lo: number, comma: number): boolean {
  const first = words.at(lo)!;
  if (timeMeasure(words, lo, comma)) return true;
  // `Contacted by the Courier,`, `Speaking on Monday,`: a participle opens an adjunct too.
  const participle = first.key.length >= 6 && (first.key.endsWith('ed') || first.key.endsWith('ing'));
  if (
    !first.isWord ||
    !(
      PARENTHETICAL_OPENERS.has(first.key) ||
      SUBJECT_SKIP.has(first.key) ||
      participle ||
      spanAdjunct(words, lo, comma)
    )
  )
    return false;
  for (let t = lo + 1; t < comma; t++) if (words.at(t)!.isQuoteMark) return false;
  return true;
}

/**
 * `Over the next four hours,`, `Over two days,`, `Within 48 hours,`: a preposition of a stretch that
 * also opens a figure (`Over 300 people`) opens an adjunct up to the comma at `comma` before an
 * article, or before a count of time (`Over 300 people, …` stays a subject).
 */
export function spanAdjunct(words: WordList, lo: number, comma: number): boolean {
  if (!SPAN_PREPOSITIONS.has(words.at(lo)!.key)) return false;
  const measure = words.at(lo + 1)?.key ?? '';
  const unit = words.at(comma - 1)!.key;
  const timed = isFigure(measure) && (singularOrPluralOf(PERIODS, unit) || singularOrPluralOf(TIME_UNITS, unit));
  // (`Over the same period Marevia’s has more than doubled, the institute says`: a verb makes it a clause.)
  for (let t = lo + 1; t < comma; t++) if (hasAuxiliary(words, t, t + 1) || pastVerbAt(words, t)) return false;
  return ARTICLES.has(measure) || timed;
}

/** Most words of a measure of time opening a sentence (`Nearly three months later,`). */
const TIME_MEASURE_WORDS = 4;

/** `Three months later,`, `A week ago,`: a few words closed by a word that places them in time (src/text `relativeTimeEnds`). */
function timeMeasure(words: WordList, lo: number, comma: number): boolean {
  if (comma - lo < 2 || comma - lo > TIME_MEASURE_WORDS || !RELATIVE_TIME_ENDS.has(words.at(comma - 1)!.key))
    return false;
  for (let t = lo; t < comma; t++) if (!words.at(t)!.isWord) return false;
  return true;
}

/**
 * `Last Wednesday, at a meeting of the Senate, a colleague …`: where the main clause starts after
 * the adjuncts that open the sentence, each closed by its comma (`lo` when none does).
 */
export function pastOpeningAdjuncts(words: WordList, lo: number, cue: number): number {
  let start = lo;
  for (let c = lo + 1; c < cue; c++) {
    if (!isPunct(words.at(c), ',')) continue;
    if (!isOpeningAdjunct(words, start, c)) break;
    start = c + 1;
  }
  return start;
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
const RELATIVE_CLAUSE_WORDS = 12;

/**
 * `Residents who spoke at the hearing said …`: a sentence opening with a mention, a relative
 * pronoun and a short clause without punctuation before the cue; the mention speaks. So does one
 * after an opening adjunct (`In Anvers, an official who listened to the call described …`), and
 * one after the reported words and their comma when the attribution closes the sentence (`The
 * count was fair, a diplomat who attended the meeting said.`; not `…, the drivers who started the
 * strike tell a different story`).
 */
export function subjectBeforeRelative(words: WordList, lo: number, cue: number, personal = false): MentionSpan | null {
  // (`BRENHOLT — The family of a teacher who died … said`: past a wire dateline.)
  const opening = mentionBeforeRelative(words, pastDateline(words, lo, cue), cue, personal);
  if (opening) return opening;
  const comma = lastCommaBefore(words, lo, cue);
  const closes = attributionCloses(words, cue);
  if (comma <= lo || !(isOpeningAdjunct(words, lo, comma) || closes)) return null;
  // (In the past only: `protests`, `believes` may be a noun or another clause's verb.)
  // Mid-sentence, only `who` opens a source's clause: `that` as often opens a thing's (`…, the
  // movement that grew out of the roadside protests in the valley.`, where `protests` is a noun);
  // an attribution closing the sentence may take `that` too (`…, the contractor that runs the database said.`).
  return mentionBeforeRelative(words, comma + 1, cue, !(closes && pastVerbAt(words, cue)));
}

/** The last comma in words `[lo, cue)`, or -1. */
export function lastCommaBefore(words: WordList, lo: number, cue: number): number {
  for (let t = cue - 1; t >= lo; t--) if (words.textAt(t) === ',') return t;
  return -1;
}

/** Word `t` is past the text or a full stop or exclamation mark. */
function endsSentenceAt(words: WordList, t: number): boolean {
  return t >= words.length || isPunct(words.at(t), '.!');
}

/**
 * Nothing reported follows the cue: it ends its sentence alone, with one word (`said.`, `told
 * reporters.`) or with a short adjunct (`said in a statement.`), so the reported words came before it.
 */
export function attributionCloses(words: WordList, cue: number): boolean {
  if (endsSentenceAt(words, cue + 1) || (words.at(cue + 1)!.isWord && endsSentenceAt(words, cue + 2))) return true;
  if (!ADJUNCT_PREPOSITIONS.has(words.at(cue + 1)!.key)) return false;
  for (let t = cue + 2; t <= cue + 1 + SHORT_TAIL_WORDS; t++) {
    if (endsSentenceAt(words, t)) return true;
    if (!words.at(t)!.isWord) return false;
  }
  return false;
}

/** A mention at `start`, a relative pronoun (`who` alone if `personal`) and a short clause without punctuation up to the cue. */
function mentionBeforeRelative(words: WordList, start: number, cue: number, personal = false): MentionSpan | null {
  // The mention, pronoun and clause all stand within a few words of where the attribution starts.
  if (cue - start > RELATIVE_CLAUSE_WORDS + 8 + QUALIFIER_BEFORE_RELATIVE_WORDS) return null;
  // `Those who have worked with her say`, `Many who know him say`: a pronoun or quantifier heads the relative clause.
  const head = words.at(start)!.key;
  const found =
    (head === 'those' || QUANTIFIER_SUBJECTS.has(head)) && words.at(start + 1)?.key === 'who'
      ? { from: start, to: start + 1 }
      : (mentionAfter(words, start, cue) ?? nounBeforeWho(words, start, cue));
  if (!found || found.from !== start) return null;
  const m = withQualifierBeforeRelative(words, found, cue);
  const pronoun = words.at(m.to);
  if (
    !pronoun ||
    !pronoun.isWord ||
    (pronoun.key !== 'who' && (personal || pronoun.key !== 'that')) ||
    // (One word is the clause when it is its verb: `The notice that followed stated …`, not `the claim that officials said`.)
    (cue - m.to - 1 < 2 && !(cue - m.to - 1 === 1 && pastVerbAt(words, m.to + 1))) ||
    cue - m.to - 1 > RELATIVE_CLAUSE_WORDS
  )
    return null;
  for (let t = m.to + 1; t < cue; t++) {
    const w = words.at(t)!;
    if (!w.isWord || RELATIVE_PRONOUNS.has(w.key)) return null;
  }
  return m;
}

/** Most lower-case words of a common noun phrase before `who` (`A night-shift baker who …`). */
const NOUN_BEFORE_WHO_WORDS = 3;

/**
 * `A night-shift baker who walked along the lane told …`: `who` says the noun phrase before it, an
 * article and a few lower-case words the lexicon does not know as a speaker noun, is a person.
 */
function nounBeforeWho(words: WordList, start: number, cue: number): MentionSpan | null {
  if (!ARTICLES.has(words.at(start)!.key)) return null;
  for (let t = start + 1; t < cue && t - start <= NOUN_BEFORE_WHO_WORDS + 1; t++) {
    const w = words.at(t)!;
    if (w.key === 'who') return t > start + 1 ? { from: start, to: t } : null;
    if (!w.isWord || w.cap || isClauseWord(w.key)) return null;
  }
  return null;
}

/** Most words of a qualifier between a mention and its relative pronoun (`Officials from the regional authority who …`). */
const QUALIFIER_BEFORE_RELATIVE_WORDS = 6;

/**
 * `Officers from the authority who visited the farm have told …`, `Friends of the victim who
 * spoke at the vigil said …`: a prepositional qualifier between the mention and its relative
 * pronoun. Whichever noun the clause describes, the cue's subject is the head before the
 * qualifier, so the mention reaches to the pronoun; else the mention as found.
 */
function withQualifierBeforeRelative(words: WordList, m: MentionSpan, cue: number): MentionSpan {
  const prep = words.at(m.to);
  if (!prep?.isWord || !(MENTION_PREPOSITIONS.has(prep.key) || GROUP_QUALIFIER_PREPOSITIONS.has(prep.key))) return m;
  for (let t = m.to + 1; t < cue && t <= m.to + QUALIFIER_BEFORE_RELATIVE_WORDS; t++) {
    const w = words.at(t)!;
    if (w.key === 'who') return t > m.to + 1 ? { from: m.from, to: t } : m;
    if (!w.isWord || isClauseWord(w.key)) return m;
  }
  return m;
}

/**
 * `Lawyers we spoke to said …`, `However, residents she met in the camp said …`: a sentence
 * opening (past one word and its comma) with a noun phrase, then a relative clause with no
 * relative pronoun, its subject a personal pronoun, running without punctuation to the cue; the
 * noun phrase speaks.
 */
export function subjectBeforeContactClause(words: WordList, lo: number, cue: number): MentionSpan | null {
  const start = Math.max(
    isPunct(words.at(lo + 1), ',') && words.at(lo)!.isWord ? lo + 2 : lo,
    pastOpeningAdjuncts(words, lo, cue),
  );
  if (cue - start > RELATIVE_CLAUSE_WORDS + 8) return null;
  // The noun phrase the contact clause's pronoun follows (`Port operators I …`, not the name `Port`).
  const m = [
    mentionAfter(words, start, cue),
    plainNounPhrase(words, start, cue),
    bareNounsBeforePronoun(words, start, cue),
  ].find((c) => c !== null && c.from === start && CONTACT_CLAUSE_PRONOUNS.has(words.at(c.to)?.key ?? ''));
  if (!m) return null;
  const clauseWords = cue - m.to - 1;
  if (clauseWords < 1 || clauseWords > RELATIVE_CLAUSE_WORDS) return null;
  // The clause's verb follows its pronoun in lower case (`we spoke to`, `she interviewed`).
  if (!words.at(m.to + 1)!.isWord || words.at(m.to + 1)!.cap) return null;
  for (let t = m.to + 1; t < cue; t++) {
    const w = words.at(t)!;
    if (!w.isWord || RELATIVE_PRONOUNS.has(w.key)) return null;
  }
  return m;
}

/** Most words of a noun phrase before a contact clause's pronoun (`The embassy security officers I worked with`). */
const BARE_CONTACT_NOUNS = 4;

/** `Port operators I …`: the words up to a contact clause's pronoun, when they form a subject (see `modifiedSubject`). */
function bareNounsBeforePronoun(words: WordList, start: number, cue: number): MentionSpan | null {
  for (let t = start + 1; t < cue && t - start <= BARE_CONTACT_NOUNS; t++)
    if (CONTACT_CLAUSE_PRONOUNS.has(words.at(t)!.key)) return modifiedSubject(words, start, t);
  return null;
}

/** Most words of a subject with its modifiers (`Displaced people interviewed by protection monitors`). */
const MODIFIED_SUBJECT_WORDS = 12;

/**
 * Words `[from, to)` form a subject: no verb, auxiliary, coordinator or relative pronoun inside;
 * a capitalised opener that is a preposition or a subordinator (`In`, `When`) opens an adverbial
 * instead; the head ends it (never a function word: `Households in municipalities with`).
 */
export function modifiedSubject(words: WordList, from: number, to: number): MentionSpan | null {
  // One word alone is a subject only as a lower-case plural (`hoteliers said`).
  if (to - from === 1 && !pluralNoun(words.at(from)!)) return null;
  if (to - from < 1 || to - from > MODIFIED_SUBJECT_WORDS) return null;
  const first = words.at(from)!;
  if (
    !first.isWord ||
    PRONOUNS.has(first.key) ||
    ADJUNCT_PREPOSITIONS.has(first.key) ||
    SUBORDINATORS.has(first.key) ||
    PARENTHETICAL_OPENERS.has(first.key) ||
    // (`Counsel assisting the inquiry said`: a role noun spelt as a cue opens the subject it heads.)
    (CUE_FORMS.has(first.key) && !(first.cap && ROLE_NOUNS.has(first.key)))
  )
    return null;
  const last = words.at(to - 1)!;
  if (
    ADJUNCT_PREPOSITIONS.has(last.key) ||
    CLAUSE_STOPS.has(last.key) ||
    ARTICLES.has(last.key) ||
    MENTION_OPENERS.has(last.key) ||
    POSSESSIVE_PRONOUNS.has(last.key)
  )
    return null;
  for (let t = from; t < to; t++) {
    const w = words.at(t)!;
    if (!w.isWord) {
      if (w.text === '&') continue;
      return null;
    }
    // `3.2 In its written submission`: a capitalised preposition inside is a heading's, not a subject's.
    if (t > from && w.cap && ADJUNCT_PREPOSITIONS.has(w.key)) return null;
    // `The meeting stopped after a man in the gallery …`: a subordinator before someone named opens
    // a clause of its own (`Voters polled after the debate` is one subject).
    if (t > from && SUBORDINATORS.has(w.key) && mentionAfter(words, t + 1, to)?.from === t + 1) return null;
    if (
      AUXILIARIES.has(w.key) ||
      BE_FORMS.has(w.key) ||
      CLAUSE_COORDINATORS.has(w.key) ||
      RELATIVE_PRONOUNS.has(w.key) ||
      // (`for the report`: a cue's spelling after an article is a noun; `questioned by the Courier`, a
      // past participle before its agent, modifies the noun before it.)
      (t > from && CUE_FORMS.has(w.key) && !ARTICLES.has(words.at(t - 1)!.key) && !participleBeforeAgent(words, t))
    )
      return null;
    // `interviewed by`, `based in`, `interviewed for the report`: a participle modifying the noun
    // before it names its agent, place or purpose.
    if (
      t > from &&
      isPastForm(words, t) &&
      !ADJUNCT_PREPOSITIONS.has(words.at(t + 1)?.key ?? '') &&
      words.at(t + 1)?.key !== 'by' &&
      words.at(t + 1)?.key !== 'for'
    )
      return null;
  }
  return { from, to };
}

/** A lower-case word ending in a plural `-s` (`hoteliers`, `pickets`; not `was`, `press`, `status`). */
export function pluralNoun(w: Word, sentenceStart = false): boolean {
  return (
    w.isWord &&
    // (Opening the sentence, a word is capitalised for its place alone.)
    (!w.cap || sentenceStart) &&
    w.key.length > 4 &&
    w.key.endsWith('s') &&
    !w.key.endsWith('ss') &&
    !w.key.endsWith('us') &&
    !CLAUSE_STOPS.has(w.key) &&
    !SUBJECT_SKIP.has(w.key)
  );
}

/** Most words from the sentence start to the cue when a relative clause between commas stands before it. */
const COMMA_RELATIVE_WORDS = 40;

/**
 * `A senior official, who spoke on condition of anonymity because he was not authorised to
 * speak, said …`: a sentence opening with a noun phrase and a relative clause that a comma closes
 * right before the cue (as long as wire reports make it, with commas and `and who` inside); the
 * noun phrase speaks.
 */
export function subjectBeforeCommaRelative(
  words: WordList,
  lo: number,
  cue: number,
  quotations = false,
): MentionSpan | null {
  // `And the campaign, whose petition …, says`: a conjunction opening the sentence comes before the subject.
  if (CLAUSE_COORDINATORS.has(words.at(lo)?.key ?? '')) lo++;
  if (cue - lo > COMMA_RELATIVE_WORDS) return null;
  let end = cue;
  while (end > lo && words.at(end - 1)!.isWord && SUBJECT_SKIP.has(words.at(end - 1)!.key)) end--;
  if (!isPunct(words.at(end - 1), ',')) return null;
  const found =
    mentionAfter(words, lo, cue) ?? plainNounPhrase(words, lo, cue, true) ?? plainNounPhrase(words, lo, cue, false);
  if (!found || found.from !== lo) return null;
  // `A person familiar with the early stages of the inquiry, who …`: a postmodified mention ends at the comma.
  // (A postmodifier opens with a lower-case word that is no article: `Outside the clinic, which …` is no source.)
  const next = words.at(found.to);
  const postmodified = next !== undefined && next.isWord && !next.cap && !ARTICLES.has(next.key);
  const m = postmodified ? (mentionToComma(words, lo, cue) ?? found) : found;
  // `Senator Ana Roos (Green Group), who …`: past a parenthesis after the name.
  const afterName = pastParenthesis(words, m.to, cue);
  let r = isPunct(words.at(afterName), ',') ? afterName + 1 : afterName;
  // `The owner, Clive Dunmore, whose family …, said`: a name in apposition before the relative clause.
  const named = r > afterName ? mentionAfter(words, r, cue) : null;
  let subject = m;
  if (
    named &&
    named.from === r &&
    words.at(r)!.cap &&
    isPunct(words.at(named.to), ',') &&
    !RELATIVE_PRONOUNS.has(words.at(r)!.key)
  ) {
    subject = { from: m.from, to: named.to };
    r = named.to + 1;
  }
  const pronoun = words.at(r)?.key;
  if (pronoun !== 'who' && pronoun !== 'which' && pronoun !== 'whose') return null;
  for (let t = r + 1; t < end - 1; t++) {
    const w = words.at(t)!;
    // `Castellane-Roos, whose book “Barracks and Ballots” traced …, points out`: a work's title is no quotation
    // (unless the caller allows the clause its quotations: a report closing on one).
    if (w.isQuoteMark && !quotations) {
      const close = titleInQuotes(words, t, end - 1);
      if (close < 0) return null;
      t = close;
    } else if (isPunct(w, '.;:!?—')) return null;
  }
  return subject;
}

/** Most words of a work's title in quotation marks (`“Barracks and Ballots”`). */
const QUOTED_TITLE_WORDS = 8;

/**
 * The closing mark of a title in quotation marks opening at `open` (`“Barracks and Ballots”`):
 * a few words, the first and last capitalised, closing before `hi`; -1 otherwise.
 */
function titleInQuotes(words: WordList, open: number, hi: number): number {
  for (let t = open + 1; t < hi && t - open <= QUOTED_TITLE_WORDS + 1; t++) {
    const w = words.at(t)!;
    if (w.isQuoteMark) return t > open + 1 && words.at(open + 1)!.cap && words.at(t - 1)!.cap ? t : -1;
    if (!w.isWord) return -1;
  }
  return -1;
}

/** The mention from `lo` to the sentence's first comma before `cue`, read back from the comma (a postmodified source), or null. */
function mentionToComma(words: WordList, lo: number, cue: number): MentionSpan | null {
  let comma = lo;
  while (comma < cue && !isPunct(words.at(comma), ',')) comma++;
  if (comma >= cue) return null;
  const m = mentionBefore(words, comma, lo, false);
  return m && m.from === lo && m.to === comma ? m : null;
}

/** Most words of an aside between a clause's subject and its verb (`, in a statement issued within the hour,`). */
const CLAUSE_ASIDE_WORDS = 10;

/**
 * `After touring the plant, the governor praised the workers, saying …`: the subject of the
 * sentence's first clause that has one, a mention opening the sentence or following a comma and
 * followed by a lower-case verb.
 */
export function clauseSubject(words: WordList, lo: number, hi: number, quoted: Int32Array): MentionSpan | null {
  for (let t = lo; t < hi; t++) {
    // `VELIN, 12 March 2026 – The ministry launched …`: a dateline's dash opens the clause too,
    // also typed as a spaced hyphen (`BRENNOCK - Renata Vossberg walked …`).
    if (t !== lo && !isPunct(words.at(t - 1), ',—–-')) continue;
    const opensSentence = t === lo || isPunct(words.at(t - 1), '—–-');
    // `On 14 March I raised …`: a time adjunct may open the sentence before its subject without a comma.
    const at = t === lo ? pastTimeAdjunct(words, lo, hi) : t;
    const m =
      mentionAfter(words, at, hi) ??
      (opensSentence ? (plainNounPhrase(words, at, hi) ?? pronounAfterPhrase(words, at, hi)) : null);
    // `The United States on Wednesday condemned …`: time words may stand between subject and verb.
    let v = m ? pastAsides(words, m.to, hi, CLAUSE_ASIDE_WORDS) : -1;
    // (`It has, however, written …`: an adverb between commas after an auxiliary is passed too.)
    while (m && v < hi) {
      if (words.at(v)!.isWord && SUBJECT_SKIP.has(words.at(v)!.key)) v++;
      else if (
        isPunct(words.at(v), ',') &&
        SUBJECT_SKIP.has(words.at(v + 1)?.key ?? '') &&
        isPunct(words.at(v + 2), ',')
      )
        v += 3;
      else break;
    }
    // `— and the ministry does, pointing out …`: a clause may end on its auxiliary, its verb understood.
    if (m && v > m.to && v === hi && AUXILIARIES.has(words.at(v - 1)!.key) && subjectIsFree(m, quoted)) return m;
    const verb = m ? words.at(v) : undefined;
    // `VESSING, Nov 4 (Northlight) - …`: a figure right after the words is a dateline's date, not their verb.
    if (
      m &&
      verb &&
      verb.isWord &&
      !verb.cap &&
      !(v === m.to && startsWithDigit(verb.key)) &&
      !CLAUSE_STOPS.has(verb.key) &&
      // (`Briefing the Council, Ms Vesterby said …`: a gerund before its object opens a participle phrase.)
      !(m.to - m.from === 1 && words.at(m.from)!.key.endsWith('ing') && ARTICLES.has(verb.key)) &&
      subjectIsFree(m, quoted)
    )
      return m;
  }
  return null;
}

/** Most words of a short prepositional phrase opening a clause before its pronoun subject (`At trial he …`). */
const OPENING_PHRASE_WORDS = 3;

/** `At trial he retracted …`, `In court she said …`: a subject pronoun after a short opening phrase with no comma. */
function pronounAfterPhrase(words: WordList, at: number, hi: number): MentionSpan | null {
  if (!CLAUSE_STOPS.has(words.at(at)?.key ?? '')) return null;
  for (let t = at + 1; t < hi && t - at <= OPENING_PHRASE_WORDS; t++) {
    const w = words.at(t)!;
    if (!w.isWord) return null;
    const kind = PRONOUNS.get(w.key);
    if (kind === 'person' || kind === 'plural') return w.cap ? null : { from: t, to: t + 1 };
  }
  return null;
}

/** Most words of an aside between commas after a subject (`, a retired teacher,`, `, 29,`). */
const ASIDE_WORDS = 8;

/** Most words of a parenthesis after a subject (`Senator Ida Holm (Coastal Party)`). */
const PARENTHESIS_WORDS = 8;

/** The word after a short parenthesis opening at `k` (`(Coastal Party)`), or `k`. */
function pastParenthesis(words: WordList, k: number, hi: number): number {
  if (!isPunct(words.at(k), '(')) return k;
  let t = k + 1;
  while (t < hi && t - k <= PARENTHESIS_WORDS && !isPunct(words.at(t), ')')) t++;
  return isPunct(words.at(t), ')') ? t + 1 : k;
}

/**
 * `The defendant, Marcus Lyle, 29, pleaded …`, `Senator Ida Holm (Coastal Party), the bill's
 * sponsor, said`: past a parenthesis and up to two comma-delimited asides (of at most `maxWords` words)
 * after a subject, to its verb.
 */
export function pastAsides(words: WordList, k: number, hi: number, maxWords = ASIDE_WORDS): number {
  k = pastParenthesis(words, k, hi);
  for (let n = 0; n < 2 && isPunct(words.at(k), ','); n++) {
    let t = k + 1;
    while (t < hi && t - k <= maxWords && (words.at(t)!.isWord || abbreviationDot(words, t))) t++;
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
export function qualifiedGroup(
  words: WordList,
  lo: number,
  cue: number,
  found: MentionSpan | null,
): MentionSpan | null {
  let k = lo;
  // `Dozens of residents of …`: a quantity of the group.
  if (words.at(k + 1)?.key === 'of' && MENTION_OPENERS.has(words.at(k)!.key)) k += 2;
  else if (words.at(k)!.isWord && ARTICLES.has(words.at(k)!.key)) k++;
  const noun = words.at(k);
  const prep = words.at(k + 1);
  if (!noun || !prep || !noun.isWord || !prep.isWord) return null;
  if (!MENTION_PREPOSITIONS.has(prep.key) && !GROUP_QUALIFIER_PREPOSITIONS.has(prep.key)) return null;
  if (!(GROUP_NOUNS.has(noun.key) || ROLE_NOUNS.has(noun.key))) return null;
  let end = cue;
  while (end > k + 2 && SUBJECT_SKIP.has(words.at(end - 1)!.key)) end--;
  // `Officials on Tuesday said`, `Police in March said`: a time is no qualifier of the group.
  if (pastTimeAdjunct(words, k + 1, end) === end) return null;
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
    if (!(w.isWord || abbreviationDot(words, t)) || isClauseWord(w.key)) return null;
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
export function pastAdjunct(text: string, words: WordList, subject: MentionSpan, lo: number): MentionSpan | null {
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

/**
 * `said an exhausted Coach Dale Hines`, `according to the finance department`: an article and up
 * to three lower-case modifiers before a mention.
 */
export function describedMention(words: WordList, at: number, hi: number): MentionSpan | null {
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

/**
 * `…,” said the owner, Marco Bellini.`: an inverted role or common noun followed by a name in
 * apposition, closing the sentence or its clause; the name is who speaks.
 */
export function invertedApposition(
  text: string,
  words: WordList,
  subject: MentionSpan,
  hi: number,
): MentionSpan | null {
  if (!isPunct(words.at(subject.to), ',')) return null;
  const info = describeMentionOnce(text, words, subject);
  // `The mayor of Kormany, Dusan Petrik,`: a role whose name is the place it serves is no person's name.
  // (`said the Chief Examiner, Harriet Doun`: a title-case role after `the` is no name either.)
  // (`said Bantrel’s Minister of Trade, Corinna Abadesh`: nor is one after a name's possessive.)
  const opener = words.at(subject.from)!;
  const titledRole = info.kind === 'name' && (opener.key === 'the' || (opener.possessive && opener.cap));
  if ((info.kind === 'name' && !roleOfPlace(words, subject) && !titledRole) || info.kind === 'pronoun') return null;
  const name = mentionAfter(words, subject.to + 1, hi);
  if (!name || name.from !== subject.to + 1 || !words.at(name.from)!.cap)
    return describedThenNamed(text, words, subject, hi);
  const next = words.at(name.to);
  if (next && !isPunct(next, ',.;!?—:') && !next.isQuoteMark) return null;
  const nameInfo = describeMentionOnce(text, words, name);
  return nameInfo.kind === 'name' && words.at(name.from)!.cap ? { from: subject.from, to: name.to } : null;
}

/** Most words of the descriptions between an inverted subject and the name that closes them. */
const DESCRIPTION_CHAIN_WORDS = 24;

/**
 * `said the fourth-generation islander, one-time deckhand and, since 2016, managing director of
 * Sundrel Island Lines, Maren Oddvik.`: after the subject's comma, more descriptions in lower case,
 * then a person's name that ends the sentence: the name closes one long apposition and speaks.
 */
function describedThenNamed(text: string, words: WordList, subject: MentionSpan, hi: number): MentionSpan | null {
  const first = words.at(subject.to + 1);
  if (!first?.isWord || first.cap) return null;
  const end = Math.min(hi, subject.to + 1 + DESCRIPTION_CHAIN_WORDS);
  // (Descriptions name roles: `managing director of …`; `…, all three went to firms …, Mr Oresko` is a clause.)
  let role = false;
  for (let k = subject.to + 2; k < end; k++) {
    const w = words.at(k)!;
    if (w.isQuoteMark || PRONOUNS.has(w.key) || AUXILIARIES.has(w.key)) return null;
    if (!w.cap && ROLE_NOUNS.has(w.key)) role = true;
    if (!role || !isPunct(words.at(k - 1), ',') || !w.cap) continue;
    const name = mentionAfter(words, k, hi);
    const after = name ? words.at(name.to) : undefined;
    if (!name || name.from !== k || (after && !isPunct(after, '.!?') && !after.isQuoteMark)) continue;
    const info = describeMentionOnce(text, words, name);
    return info.kind === 'name' && info.type === 'person' ? { from: subject.from, to: name.to } : null;
  }
  return null;
}

/** `the mayor of Kormany`, `the governor of Velsk region`: a lower-case role, `of`/`for`, then the place or body it serves. */
function roleOfPlace(words: WordList, subject: MentionSpan): boolean {
  for (let t = subject.from; t + 1 < subject.to; t++) {
    const w = words.at(t)!;
    if (!w.cap && ROLE_NOUNS.has(w.key) && ROLE_PREPOSITIONS.has(words.at(t + 1)!.key)) return true;
  }
  return false;
}

/** How many words before `end` name a share (`per cent`: 2, `percent` or `%`: 1), else 0. */
export function shareWordsBefore(words: WordList, end: number): number {
  const last = words.at(end - 1);
  if (last?.key === 'cent' && words.at(end - 2)?.key === 'per') return 2;
  return last?.key === 'percent' || last?.text === '%' ? 1 : 0;
}

/** A count of more than one that may open a partitive or stand alone as a subject (`two`, `several`, `12`; not `one` or `another`). */
export function pluralCount(key: string): boolean {
  return (QUANTIFIER_SUBJECTS.has(key) && key !== 'another') || (/^\d/.test(key) && key !== '1');
}

/**
 * `Residents living near the plant say …`, `Families affected by the flood say …`, `Constituents
 * stranded in the islands tell me …`: a participle after the head opens its postmodifier (an -ing
 * form before its object or adjunct, or an -ed form before `by` or a place's preposition).
 */
export function postmodifyingParticiple(words: WordList, t: number): boolean {
  const w = words.at(t)!;
  if (!w.isWord || w.cap) return false;
  const next = words.at(t + 1);
  if (!next?.isWord) return false;
  // (`The shipping lines say`: an -ing word before a noun is its modifier; a participle takes an object or an adjunct.)
  if (/\p{Ll}{2}ing$/u.test(w.text)) return next.cap || ARTICLES.has(next.key) || LOCATIVE_PREPOSITIONS.has(next.key);
  return isPastForm(words, t) && (next.key === 'by' || LOCATIVE_PREPOSITIONS.has(next.key));
}

/** The subject's head is singular: `he`, `it`, or a noun or name that is no plural, group, quantifier or coordination. */
export function singularSubject(words: WordList, subject: MentionSpan, info: MentionInfo): boolean {
  // `of another state “is regarded …”`: a quantifier of one standing alone takes the `-s` form.
  if (subject.to - subject.from === 1 && SINGULAR_QUANTIFIERS.has(words.at(subject.from)!.key)) return true;
  if (info.kind === 'pronoun') return info.pronoun === 'person' || info.pronoun === 'thing';
  if (info.kind === 'group') return false;
  // `58 per cent say`, `61% say`: a share of people is plural.
  if (shareWordsBefore(words, subject.to) > 0) return false;
  for (let k = subject.from; k < subject.to; k++) if (COORDINATORS.has(words.at(k)!.key)) return false;
  // `Aides to the governor`, `the cables obtained by the paper`, `people familiar with the talks`:
  // the head stands before the qualifier or postmodifier.
  let end = subject.to;
  for (let k = subject.from + 1; k < subject.to; k++) {
    const key = words.at(k)!.key;
    if (
      ((MENTION_PREPOSITIONS.has(key) ||
        GROUP_QUALIFIER_PREPOSITIONS.has(key) ||
        DOCUMENT_POSTMODIFIERS.has(key) ||
        SOURCE_POSTMODIFIERS.has(key)) &&
        !words.at(k)!.cap) ||
      postmodifyingParticiple(words, k)
    ) {
      end = k;
      break;
    }
  }
  // `Two of the neighbours say`, `Several of my colleagues say`: a partitive counting more than one is plural.
  if (words.at(end)?.key === 'of' && pluralCount(words.at(end - 1)!.key)) return false;
  const head = words.at(end - 1)!;
  // `fishermen`, `police`: a group noun is plural without its `-s`.
  return head.isWord && !head.key.endsWith('s') && !GROUP_NOUNS.has(head.key);
}
