import type { SpeakerType } from './types';
import { detach, isLower, isTitleCase, DASH_TOKENS, TextCache } from '../text';
import {
  ADJUNCT_PREPOSITIONS,
  AFFILIATION_PREPOSITIONS,
  AGE_WORDS,
  AUXILIARIES,
  BE_FORMS,
  APPOSITION_ADVERBS,
  ANONYMOUS_NOUNS,
  ARTICLES,
  CLAUSE_COORDINATORS,
  CLAUSE_STOPS,
  COORDINATORS,
  COUNTRIES,
  CUE_FORMS,
  CUE_STARTS,
  DEMONYMS,
  MENTION_OPENERS,
  PLACE_ADVERBS,
  DOCUMENT_NOUNS,
  DOCUMENT_POSTMODIFIERS,
  ISSUING_PARTICIPLES,
  LAW_TITLE_NOUNS,
  FIRST_PERSON,
  SECOND_PERSON,
  GOVERNMENT_NOUNS,
  GROUP_NOUNS,
  GROUP_QUALIFIER_PREPOSITIONS,
  HONORIFICS,
  INDEFINITE,
  IRREGULAR_PARTICIPLES,
  IRREGULAR_PASTS,
  LOCATIVE_PREPOSITIONS,
  PLACING_PREPOSITIONS,
  MENTION_PREPOSITIONS,
  MEDIA_WORDS,
  MENTION_WORDS,
  MONTHS,
  NUMBER_WORDS,
  NAME_PARTICLES,
  NOT_NAMES,
  ORDINAL_TITLE_WORDS,
  ORGANIZATION_WORDS,
  PORTFOLIO_WORDS,
  POSTNOMINALS,
  PARENTHETICAL_OPENERS,
  POSSESSIVE_PRONOUNS,
  PRONOUNS,
  QUANTIFIER_SUBJECTS,
  RELATIVE_PRONOUNS,
  ROLE_NOUNS,
  SOURCE_POSTMODIFIERS,
  OBJECT_PRONOUNS,
  SUBJECT_SKIP,
  SUBJECT_SKIP_PAIRS,
  SUBORDINATE_TITLE_WORDS,
  SUBORDINATORS,
  TENURE_WORDS,
  TITLES,
  endsWithPhrase,
} from './lexicon';
import type { Word, WordList } from './word-list';

/** A candidate speaker mention: words `[from, to)` of the word list. */
export interface MentionSpan {
  readonly from: number;
  readonly to: number;
}

/**
 * What a mention says about its speaker before resolution. `name` is the person or organisation
 * name as written without role (`Hong Lei`), `roleHead` the last title word (`spokesperson`).
 */
export interface MentionInfo {
  readonly kind: 'name' | 'pronoun' | 'role' | 'group' | 'anonymous' | 'document' | 'government' | 'organization';
  readonly type: SpeakerType;
  /** Canonical form before document-level resolution. */
  readonly name: string;
  readonly role: string | null;
  readonly roleHead: string | null;
  /** `first` is I/we: the text's own speaker. */
  /** `second` is you: whom the text addresses. */
  readonly pronoun: 'person' | 'plural' | 'thing' | 'first' | 'second' | null;
  /** For persons: the name's word keys, used to match surnames to full names. */
  readonly nameKeys: readonly string[];
  /** `nameKeys` joined by spaces: the key the registry files full names under. */
  readonly nameKey: string;
}

/** `We’ve`, `I’m`: a contraction is a pronoun and verb, never a name. */
const CONTRACTION = /['’](?:ve|m|re|ll|d)$/i;

function isNameWord(w: Word): boolean {
  return w.isWord && w.cap && !NOT_NAMES.has(w.key) && !isContraction(w.text) && !isLetterCompound(w.text);
}

/** `T-shirts`, `X-rays`, `U-turn`: one capital letter hyphened to a lower-case word is a common noun, never a name. */
function isLetterCompound(text: string): boolean {
  return text.length > 2 && text.charCodeAt(1) === 45 && isLower(text.charCodeAt(2));
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** Only a word with an apostrophe two or three characters from its end can be a contraction: test the pattern on those alone. */
function isContraction(text: string): boolean {
  const n = text.length;
  return (isApostrophe(text.charCodeAt(n - 2)) || isApostrophe(text.charCodeAt(n - 3))) && CONTRACTION.test(text);
}

/** A year as written in running text (`1998`, `2021`). */
const YEAR = /^(?:1[6-9]|20)\d\d$/;

export function startsWithDigit(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57;
}

/** A word that can sit inside a mention (the mention's edges are checked separately). */
function isMentionWord(w: Word): boolean {
  if (!w.isWord) return false;
  if (PRONOUNS.has(w.key) && !w.cap) return false;
  return (
    isNameWord(w) ||
    MENTION_OPENERS.has(w.key) ||
    MENTION_WORDS.has(w.key) ||
    startsWithDigit(w.key) ||
    DEMONYMS.has(w.key)
  );
}

/** Most lower-case modifiers before a title without its article (`regional secretary`, `deputy chief executive`). */
const TITLE_MODIFIERS = 2;

/**
 * Where a title stands after up to TITLE_MODIFIERS modifiers from `at` (each one `modifier` accepts),
 * all lower-case (`regional secretary of …`, `energy minister`) or, if `capitalised`, all in title case
 * and the title perhaps first (`Foreign Minister`, `Second Officer`, `Minister`); else -1.
 */
function titleAfterModifiers(
  words: WordList,
  at: number,
  to: number,
  modifier: (w: Word) => boolean,
  capitalised = false,
): number {
  for (let t = at; t < to && t - at <= TITLE_MODIFIERS; t++) {
    const w = words.at(t)!;
    if (!w.isWord || w.cap !== capitalised) return -1;
    if ((t > at || capitalised) && TITLES.has(w.key)) return t;
    if (!modifier(w)) return -1;
  }
  return -1;
}

/**
 * `energy minister Andras Vellek`, `deputy health secretary`: a lower-case portfolio word (or two)
 * right before a title belongs to the role, as a capitalised one does as a name word.
 */
function portfolioBeforeTitle(words: WordList, k: number, hi: number): boolean {
  return titleAfterModifiers(words, k, hi, (w) => PORTFOLIO_WORDS.has(w.key)) >= 0;
}

/** Word `i` is an ordinal opening a capitalised title before `hi` (`First Officer`, `Second Secretary`). */
function ordinalTitle(words: WordList, i: number, hi: number): boolean {
  const w = words.at(i)!;
  const next = words.at(i + 1);
  return i + 1 < hi && w.cap && ORDINAL_TITLE_WORDS.has(w.key) && next!.cap && TITLES.has(next!.key);
}

/** A word that can end a mention (its head). */
function isHead(w: Word): boolean {
  if (!w.isWord) return false;
  if (isNameWord(w) && !MENTION_OPENERS.has(w.key)) return true;
  const k = w.key;
  return (
    GROUP_NOUNS.has(k) ||
    ANONYMOUS_NOUNS.has(k) ||
    GOVERNMENT_NOUNS.has(k) ||
    DOCUMENT_NOUNS.has(k) ||
    TITLES.has(k) ||
    PRONOUNS.has(k) ||
    FIRST_PERSON.has(k) ||
    SECOND_PERSON.has(k) ||
    ORGANIZATION_WORDS.has(k)
  );
}

/** A lexicon's noun for a person or a group of people (`counsel`, `lawyers`, `residents`), capitalised or not. */
export function speakerNoun(key: string): boolean {
  return ROLE_NOUNS.has(key) || ANONYMOUS_NOUNS.has(key) || GROUP_NOUNS.has(key);
}

/**
 * Word `i` is a quotation mark around a nickname inside a name (`Celestino "Tino" Marasigan`): the
 * opening mark after a first name, or the closing one before a surname, one name word between.
 */
export function nicknameMark(words: WordList, i: number): boolean {
  const w = words.at(i);
  if (!w?.isQuoteMark) return false;
  const name = (k: number) => {
    const x = words.at(k);
    return x !== undefined && isNameWord(x);
  };
  const mark = (k: number) => words.at(k)?.isQuoteMark === true;
  return (
    (name(i - 1) && name(i + 1) && mark(i + 2) && name(i + 3)) ||
    (mark(i - 2) && name(i - 1) && name(i - 3) && name(i + 1))
  );
}

/** The keys of a name's words `[from, to)` without a nickname and its marks. */
function keysWithoutNickname(words: WordList, from: number, to: number): string[] {
  const keys: string[] = [];
  for (let i = from; i < to; i++)
    if (!nicknameMark(words, i) && !(nicknameMark(words, i - 1) && nicknameMark(words, i + 1)))
      keys.push(words.at(i)!.key);
  return keys;
}

/** The text of a name's words `[from, to)` without a nickname and its marks (`Celestino Marasigan`). */
function textWithoutNickname(text: string, words: WordList, from: number, to: number): string {
  for (let i = from + 1; i + 2 < to; i++)
    if (nicknameMark(words, i) && nicknameMark(words, i + 2))
      return spanText(text, words, from, i) + ' ' + spanText(text, words, i + 3, to);
  return spanText(text, words, from, to);
}

/** The dot of an initial or abbreviated title inside a name (`Kenneth W. Cooper`, `Gov. Hale`), when the tokenizer splits it off. */
export function abbreviationDot(words: WordList, k: number): boolean {
  // Asked of every word that might extend a name: look at the raw token before building words.
  if (words.textAt(k) !== '.') return false;
  const w = words.at(k)!;
  const prev = words.at(k - 1);
  const next = words.at(k + 1);
  if (w.isWord || w.text !== '.' || !prev || !next || prev.end !== w.start) return false;
  return prev.isWord && (prev.text.length === 1 ? prev.cap : TITLES.has(prev.key)) && next.isWord && next.cap;
}

/** Word `i` is a figure right after a lower-case preposition (`rose to 54`, `by 2030`). */
function objectFigure(words: WordList, i: number, lo: number): boolean {
  const before = words.at(i - 1);
  // (`the Group of 20 and the EU`: a name's preposition and figure still join.)
  return (
    startsWithDigit(words.at(i)!.key) &&
    i - 1 > lo &&
    before!.isWord &&
    !before!.cap &&
    CLAUSE_STOPS.has(before!.key) &&
    words.at(i - 2)!.cap !== true
  );
}

/**
 * Word `i` is the `on` of a titled document (`the Treaty on Good Neighbourliness`, `the Agreement
 * on the Status of Forces`), which joins its subject; elsewhere `on` dates (`Hale on Monday`).
 */
function documentOn(words: WordList, i: number): boolean {
  const w = words.at(i);
  const document = words.at(i - 1);
  return w?.key === 'on' && !w.cap && document !== undefined && document.cap && DOCUMENT_NOUNS.has(document.key);
}

/** A particle (`of`, `and`) joins mention words only between two of them. */
export function particleJoins(words: WordList, i: number, lo: number, hi: number): boolean {
  const w = words.at(i)!;
  if (!w.isWord || i <= lo || i + 1 >= hi) return false;
  const prev = words.at(i - 1)!;
  const next = words.at(i + 1)!;
  // (A title's first word may be one that is no name elsewhere: `the Treaty on Good Neighbourliness`.)
  if (documentOn(words, i)) return next.cap || (next.key === 'the' && i + 2 < hi && words.at(i + 2)!.cap);
  if (!(NAME_PARTICLES.has(w.key) || ARTICLES.has(w.key))) return false;
  // `sent all of C to Saltkirk`: a lone letter (a wing, a grade) is joined to no name.
  if (prev.isWord && prev.text.length === 1 && !COORDINATORS.has(w.key)) return false;
  // `the toll rose to 54 and the governments … accused`: a figure after a preposition ends another clause's
  // object and joins no mention (a name's number does: `Orbit 7 and Threadline`).
  if (COORDINATORS.has(w.key)) return isMentionWord(prev) && !objectFigure(words, i - 1, lo) && isMentionWord(next);
  // `Council of the EU`: an article after a particle, before a name.
  if (ARTICLES.has(w.key))
    return i - 1 > lo && (NAME_PARTICLES.has(prev.key) || documentOn(words, i - 1)) && isNameWord(next);
  // `Ursula von der Leyen`, `Charles de la Tour`: two particles in a row join a name too.
  const named = (w: Word, at: number, step: number): boolean =>
    isNameWord(w) ||
    // (`Section 31(2) of the Act`: a document's number or code before the particle.)
    (step < 0 && numberedDocumentAt(words, at, lo) >= 0) ||
    (at + step >= lo &&
      at + step < hi &&
      w.isWord &&
      !w.cap &&
      NAME_PARTICLES.has(w.key) &&
      !COORDINATORS.has(w.key) &&
      isNameWord(words.at(at + step)!));
  return (
    named(prev, i - 1, -1) &&
    (named(next, i + 1, 1) || (MENTION_OPENERS.has(next.key) && i + 2 < hi && isNameWord(words.at(i + 2)!)))
  );
}

/** Skip auxiliaries and adverbs between a subject and its verb (`Hong also said`, `The senator famously said`). */
function skipBack(words: WordList, k: number, lo: number): number {
  while (k >= lo && words.at(k)!.isWord) {
    // `has so far said`: a two-word adverb (lexicon `subjectSkipPairs`).
    if (k - 1 >= lo && SUBJECT_SKIP_PAIRS.has(`${words.at(k - 1)!.key} ${words.at(k)!.key}`)) k -= 2;
    else if (skippedBeforeCue(words, k, lo)) k--;
    else break;
  }
  return k;
}

/** Word `k` is an auxiliary or an adverb that may stand between a subject and its verb. */
function skippedBeforeCue(words: WordList, k: number, lo: number): boolean {
  return (
    k >= lo &&
    words.at(k)!.isWord &&
    (SUBJECT_SKIP.has(words.at(k)!.key) || isMannerAdverb(words.at(k)!)) &&
    !isNameWord(words.at(k)!) &&
    // `a memo dated 3 May says`: a capitalised `May` mid-sentence is the month, not the modal.
    !(words.at(k)!.cap && k > lo && MONTHS.has(words.at(k)!.key))
  );
}

/** A lower-case `-ly` word that is no speaker noun (`famously`, `angrily`; not `assembly`). */
export function isMannerAdverb(w: Word): boolean {
  return w.isWord && !w.cap && w.key.length > 4 && w.key.endsWith('ly') && !isHead(w);
}

/** `Ms. Ortiz, 31, said`: an age between commas after a name. */
function isAgeAside(words: WordList, comma: number, closing: number): boolean {
  const w = words.at(closing - 1)!;
  // (`, 91,`, `, seven,`, `, twenty-three,`: digits or lower-case number words.)
  if (!w.isWord || !(/^\d{1,3}$/.test(w.key) || (!w.cap && w.key.split('-').every((part) => NUMBER_WORDS.has(part)))))
    return false;
  // `, 91,` or `, now 91,` / `, aged 91,`
  return closing - comma === 2 || (closing - comma === 3 && AGE_WORDS.has(words.at(comma + 1)!.key));
}

/** `Lunssen, 91,`, `Lunssen, now 91,`: the word before an age between commas closed at `k`, else `k`. */
function pastAge(words: WordList, k: number, lo: number): number {
  if (k < lo || words.at(k)!.text !== ',') return k;
  const opening = [k - 2, k - 3].find((c) => c >= lo && words.at(c)!.text === ',' && isAgeAside(words, c, k));
  return opening === undefined ? k : skipBack(words, opening - 1, lo);
}

/**
 * `a man in his sixties shouted`, `a woman in her early thirties said`: past an age given as a decade
 * (`in`, a possessive, perhaps `early`/`mid`/`late`, a plural in `-ties`) to the mention it describes.
 */
function pastAgeDecade(words: WordList, k: number, lo: number): number {
  const decade = words.at(k);
  if (k - 2 < lo || !decade?.isWord || !/^\p{L}+ties$/u.test(decade.key)) return k;
  let t = k - 1;
  if (AGE_DECADE_PARTS.has(words.at(t)!.key)) t--;
  if (t - 1 < lo || !POSSESSIVE_PRONOUNS.has(words.at(t)!.key) || words.at(t - 1)!.key !== 'in') return k;
  return skipBack(words, t - 2, lo);
}

/** Words between a possessive and an age's decade (`in her early thirties`). */
const AGE_DECADE_PARTS: ReadonlySet<string> = new Set(['early', 'mid', 'late']);

/**
 * `Joan, from Ostervale, wrote`: an aside opened by `from` says where a named person comes from;
 * `Sergeant Lorna Beck, of the underwater search unit, said`: one opened by `of`, the body a named
 * person belongs to; `Jo Rees, 34, from Leeds, said`: past the name's age.
 */
function originAside(words: WordList, opener: Word, j: number, lo: number): boolean {
  return (opener.key === 'from' || opener.key === 'of') && isNameWord(words.at(nameBeforeAge(words, j, lo))!);
}

/** The word before the comma `j`, or past an age aside closed there (`Jo Rees, 34,`): the name's last word. */
function nameBeforeAge(words: WordList, j: number, lo: number): number {
  const past = pastAge(words, j, lo);
  return past < j ? past : j - 1;
}

const PARENTHETICAL_MAX = 14;
/** An apposition or relative clause after a name may run longer (`Austen, a retired judge who served … for a decade,`). */
const APPOSITION_MAX = 32;
/** A bracketed affiliation (`(R-Fla.)`) between subject and cue is at most this many tokens. */
const BRACKET_MAX = 8;
/** At most this many lowercase modifiers between an article and a subject's head. */
export const LOWERCASE_MODIFIERS = 2;

/**
 * `Kelvin Banda* said`, `Kelvin Banda*, 34, said`: an asterisk right after a name marks it as
 * changed (a footnote says so); the name ends before it. The position before the mark at `k`, or `k`.
 */
function pastPseudonymMark(words: WordList, k: number, lo: number): number {
  const mark = words.at(k);
  const name = k - 1 >= lo ? words.at(k - 1) : undefined;
  return mark?.text === '*' && name !== undefined && name.cap && name.end === mark.start ? k - 1 : k;
}

/**
 * The subject mention ending right before word `end` (exclusive), within `[lo, end)`.
 * Steps over adverbs and one comma-delimited parenthetical (`The Council, in an inspection
 * last May, found`), since news prose often separates subject and cue that way. Passes, from
 * the cue backwards: adverbs, a bracketed affiliation, an age aside, a parenthetical (whose
 * name in apposition may be the mention), then the mention ending at its head.
 */
export function mentionBefore(words: WordList, end: number, lo: number, allowParenthetical = true): MentionSpan | null {
  let k = pastBracket(words, skipBack(words, pastPseudonymMark(words, end - 1, lo), lo), lo);
  if (k === null) return null;
  // `Each said …`: `each`, which may stand between a subject and its cue (`they each said`), is the
  // subject when nothing stands before it.
  if (k < lo && lo < end && words.at(lo)!.key === 'each' && CUE_FORMS.has(words.at(end)?.key ?? ''))
    return { from: lo, to: lo + 1 };
  k = pastAgeDecade(words, pastAge(words, k, lo), lo);
  // `Osterkamp – “the Lighthouse” to a generation of fans – says`: an aside between dashes.
  if (k >= lo && allowParenthetical && DASH_TOKENS.has(words.at(k)!.text)) {
    const open = dashAsideStart(words, k, lo);
    if (open < 0) return null;
    k = skipBack(words, open - 1, lo);
  }
  if (k >= lo && words.at(k)!.text === ',') {
    if (!allowParenthetical) return null;
    const aside = pastParenthetical(words, k, lo);
    if (typeof aside !== 'number') return aside;
    // `Lina Okafor, 23, a nursing student …, said`: an age may stand before the apposition too.
    const beforeAge = words.at(aside + 1)?.text === ',' ? pastAge(words, aside + 1, lo) : aside;
    // `Cllr Alys Peretti (Independent, Harbour Ward), who voted in favour, argued`: a bracket before the aside.
    const bracket = pastBracket(words, beforeAge <= aside ? beforeAge : aside, lo);
    if (bracket === null) return null;
    k = bracket;
    k = pastAppositionBeforeClause(words, k, lo);
    k = pastRoleAside(words, k, lo);
    k = pastOriginAside(words, k, lo);
  }
  k = pastPseudonymMark(words, k, lo);
  const mention =
    postmodifiedMention(words, k, lo) ??
    partitiveMention(words, k, lo) ??
    roleFieldMention(words, k, lo) ??
    mentionEndingAt(words, k, lo);
  return mention && (listedPortfolioName(words, mention, lo) ?? placeQualifiedNoun(words, mention, lo) ?? mention);
}

/** Most lower-case words between an article and the preposition of a place that qualifies its noun. */
const QUALIFIED_NOUN_WORDS = 3;

/**
 * `The locksmith in Brennick said`, `A tobacconist on Mill Street, who …, said`: a capitalised place
 * after a preposition qualifies the noun phrase its article opens before it, and that phrase is who
 * speaks; the place found alone, the whole phrase, else null.
 */
function placeQualifiedNoun(words: WordList, mention: MentionSpan, lo: number): MentionSpan | null {
  for (let t = mention.from - 2; t >= lo && mention.from - 2 - t < QUALIFIED_NOUN_WORDS; t--) {
    if (ARTICLES.has(words.at(t)!.key))
      return placingPrepositionAfter(words, t, mention.to) === mention.from - 1 ? { from: t, to: mention.to } : null;
    if (!words.at(t)!.isWord) return null;
  }
  return null;
}

/**
 * `A locksmith on Harbour Road`: past the article at `article`, one to QUALIFIED_NOUN_WORDS lower-case
 * words (no pronoun, cue, auxiliary, nor a participle before the preposition: `the agencies operating
 * in Tullo` is a longer description), then a placing preposition (lexicon `placingPrepositions`) and
 * a capitalised word before `to`: that preposition's index, else -1.
 */
function placingPrepositionAfter(words: WordList, article: number, to: number): number {
  for (let t = article + 1; t < to - 1 && t - article <= QUALIFIED_NOUN_WORDS + 1; t++) {
    const w = words.at(t)!;
    if (t > article + 1 && PLACING_PREPOSITIONS.has(w.key) && !w.cap && words.at(t + 1)!.cap)
      return /(?:ing|ed)$/u.test(words.at(t - 1)!.key) ? -1 : t;
    if (!w.isWord || w.cap || PRONOUNS.has(w.key) || CUE_FORMS.has(w.key) || AUXILIARIES.has(w.key)) return -1;
  }
  return -1;
}

/**
 * `The Ministry of Agriculture, Food and Rural Affairs`: a name whose `of` object is a list of
 * capitalised items ends the mention, and the name before the list's first comma opens it.
 * The mention found ended at the list's last item (`Food and Rural Affairs`); the whole, or null.
 */
function listedPortfolioName(words: WordList, mention: MentionSpan, lo: number): MentionSpan | null {
  const comma = mention.from - 1;
  if (comma - 1 <= lo || words.at(comma)!.text !== ',' || !words.at(mention.from)!.cap) return null;
  let listed = false;
  for (let t = mention.from; t < mention.to; t++) {
    const w = words.at(t)!;
    if (COORDINATORS.has(w.key) && !w.cap) listed = true;
    else if (!w.isWord || !w.cap) return null;
  }
  if (!listed) return null;
  const first = mentionEndingAt(words, comma - 1, lo);
  if (!first || first.to !== comma) return null;
  for (let t = first.from + 1; t < comma - 1; t++)
    if (ROLE_OBJECT_PREPOSITIONS.has(words.at(t)!.key) && !words.at(t)!.cap && words.at(t - 1)!.cap)
      return { from: first.from, to: mention.to };
  return null;
}

/** A role's field in one bare word (`research` in `the head of research`): a lower-case word, no article or pronoun. */
function isFieldWord(w: Word | undefined): boolean {
  return w !== undefined && w.isWord && !w.cap && !ARTICLES.has(w.key) && !PRONOUNS.has(w.key);
}

/** `the head of research`, `the director of communications` ending at word `k`: a role and its field in one bare word. */
function roleFieldMention(words: WordList, k: number, lo: number): MentionSpan | null {
  const field = words.at(k);
  const preposition = words.at(k - 1);
  const role = words.at(k - 2);
  if (k - 2 < lo || !isFieldWord(field)) return null;
  if (!ROLE_OBJECT_PREPOSITIONS.has(preposition!.key) || role!.cap || !ROLE_NOUNS.has(role!.key)) return null;
  const head = mentionEndingAt(words, k - 2, lo);
  return head && head.to === k - 1 ? { from: head.from, to: k + 1 } : null;
}

/** A capitalised title among the two words from `from` (`AHWU Regional Organiser`), before `k`. */
function capitalisedTitleNear(words: WordList, from: number, k: number): boolean {
  for (let t = from; t < Math.min(k, from + 2); t++) if (words.at(t)!.cap && TITLES.has(words.at(t)!.key)) return true;
  return false;
}

/** Most words of where a person comes from (`from Fennick Staithe`). */
const ORIGIN_WORDS = 5;

/**
 * `Lorraine, from Fennick Staithe, who uses a wheelchair, wrote`: when the aside just passed
 * follows another saying where a named person comes from, the name is the mention: returns the
 * name's last word, else `k` unchanged.
 */
function pastOriginAside(words: WordList, k: number, lo: number): number {
  for (let c = k; c > lo && k - c <= ORIGIN_WORDS; c--) {
    if (words.at(c)!.text !== ',') continue;
    return words.at(c + 1)?.key === 'from' && isNameWord(words.at(c - 1)!) ? c - 1 : k;
  }
  return k;
}

/** Most words of a person's role between commas before a second aside (`, managing director of Gault & Reid,`). */
const ROLE_ASIDE_WORDS = 10;

/**
 * `Fiona Gault, managing director of Gault & Reid, the town's largest processor, said`: when the
 * aside just passed describes the end of another aside, a lower-case role after a person's name,
 * the name is the mention: returns the name's last word, else `k` unchanged.
 */
function pastRoleAside(words: WordList, k: number, lo: number): number {
  for (let c = k; c > lo && k - c <= ROLE_ASIDE_WORDS; c--) {
    const w = words.at(c)!;
    if (!w.isWord && !abbreviationDot(words, c) && w.text !== '&') {
      if (w.text !== ',') return k;
      // `managing director`, `chief executive`: the role's head may follow one modifier.
      const role = [words.at(c + 1), words.at(c + 2)].some((r) => r?.isWord === true && !r.cap && TITLES.has(r.key));
      // `Minister of Foreign Affairs of Velmark`, `Managing Partner of Calderwood`: a capitalised title,
      // after one modifier or none, with its role's preposition.
      const titledAt = (t: number) =>
        TITLES.has(words.at(t)?.key ?? '') && ROLE_PREPOSITIONS.has(words.at(t + 1)?.key ?? '');
      const titled = titledAt(c + 1) || (words.at(c + 1)?.cap === true && titledAt(c + 2));
      return ((role && words.at(c + 1)?.cap === false) || titled) &&
        isNameWord(words.at(c - 1)!) &&
        words.at(c - 2)?.cap
        ? skipBack(words, c - 1, lo)
        : k;
    }
  }
  return k;
}

/**
 * `Marit Oduya, the deputy director at KESTREL, as the agency is called, told`: when the aside just
 * passed is a clause about what precedes it (opened by `as`, a relative pronoun or a parenthetical
 * opener) and what precedes it is itself an apposition to a name (`, the deputy director …,`), the
 * name before both is the mention: returns its last word, else `k` unchanged.
 */
function pastAppositionBeforeClause(words: WordList, k: number, lo: number): number {
  const comma = words.at(k + 1);
  const opener = words.at(k + 2);
  if (comma?.text !== ',' || !opener?.isWord || opener.cap) return k;
  if (opener.key !== 'as' && !opensRelative(opener.key) && !PARENTHETICAL_OPENERS.has(opener.key)) return k;
  const before = pastParenthetical(words, k + 1, lo);
  if (typeof before !== 'number' || before < lo || !isNameWord(words.at(before)!)) return k;
  const appositionOpener = words.at(before + 2);
  // (`Dr Sabine Orlo, Lusvenia’s Chief Veterinary Officer, who …`: an owner's name may open it too.)
  if (
    words.at(before + 1)?.text !== ',' ||
    appositionOpener === undefined ||
    !(MENTION_OPENERS.has(appositionOpener.key) || (appositionOpener.possessive && appositionOpener.cap))
  )
    return k;
  // The name opens its clause (`General Oskar Vellin, …`), not a place after a preposition (`In Tiralt, a source, …`).
  let start = before;
  while (start > lo && words.at(start - 1)!.isWord && words.at(start - 1)!.cap) start--;
  const first = words.at(start)!;
  return LOCATIVE_PREPOSITIONS.has(first.key) || ADJUNCT_PREPOSITIONS.has(first.key) ? k : before;
}

/** Most words after the `of` of a partitive subject (`one of the three diplomats`). */
const PARTITIVE_WORDS = 4;

/**
 * `One of them said`, `two of the diplomats told`: a count or quantifier, `of`, and a pronoun or
 * a noun phrase ending at word `k`; the whole is the mention (a group's member speaks).
 */
function partitiveMention(words: WordList, k: number, lo: number): MentionSpan | null {
  for (let o = k - 1; o > lo && k - o <= PARTITIVE_WORDS; o--) {
    const w = words.at(o)!;
    if (!w.isWord) return null;
    if (w.key !== 'of') continue;
    if (!isPartitiveCount(words.at(o - 1)!.key)) return null;
    const after = words.at(o + 1)!;
    const object =
      OBJECT_PRONOUNS_OF.has(after.key) && o + 1 === k
        ? true
        : (ARTICLES.has(after.key) || POSSESSIVE_PRONOUNS.has(after.key)) &&
          (isHead(words.at(k)!) || pluralNounPhrase(words, o + 2, k + 1));
    if (!object) return null;
    // (`told the Ledger that many of his constituents felt`: `that` opens a clause, not the mention.)
    const from = o - 2 >= lo && ARTICLES.has(words.at(o - 2)!.key) && words.at(o - 2)!.key !== 'that' ? o - 2 : o - 1;
    return from >= lo ? { from, to: k + 1 } : null;
  }
  return null;
}

/**
 * `one of them`, `two of us`, `one of the shift operators` starting at word `j` (an inverted
 * subject: `“…,” said one of them`), or null.
 */
export function partitiveAfter(words: WordList, j: number, hi: number): MentionSpan | null {
  if (j + 2 >= hi || !isPartitiveCount(words.at(j)!.key) || words.at(j + 1)!.key !== 'of') return null;
  if (OBJECT_PRONOUNS_OF.has(words.at(j + 2)!.key)) return { from: j, to: j + 3 };
  const article = words.at(j + 2)!;
  if (!ARTICLES.has(article.key) && !POSSESSIVE_PRONOUNS.has(article.key)) return null;
  let end = j + 3;
  while (end < hi && end - j <= PARTITIVE_WORDS && words.at(end)!.isWord && !words.at(end)!.cap) end++;
  return pluralNounPhrase(words, j + 3, end) ? { from: j, to: end } : null;
}

/** Words `[from, to)` are a few lower-case words ending in a plural (`shift operators`, `night-shift workers`). */
function pluralNounPhrase(words: WordList, from: number, to: number): boolean {
  if (to <= from || to - from > 3) return false;
  for (let t = from; t < to; t++) {
    const w = words.at(t)!;
    if (!w.isWord || w.cap || CUE_FORMS.has(w.key) || ARTICLES.has(w.key)) return false;
  }
  const last = words.at(to - 1)!.key;
  // (`one of the ones shouting`: a pro-form names no group.)
  return last.length > 4 && last.endsWith('s') && !last.endsWith('ss');
}

/** Prepositions that may name a document's issuer after it (`a memo from the mayor’s office`, `issued by China`). */
export const ISSUER_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'by', 'of']);

/**
 * The first word of the issuer a document's postmodifier at word `p` names, before `to`, or -1:
 * after `from`, after an issuing participle's `by` (`released … by Pew`, not `obtained by the
 * Ledger`), or right after the postmodifier `of` (`the findings of a UN panel`).
 */
function issuerStart(words: WordList, p: number, to: number): number {
  const postmodifier = words.at(p)!.key;
  if (postmodifier === 'of' || postmodifier === 'from') return p + 1 < to ? p + 1 : -1;
  for (let b = p + 1; b < to - 1; b++) {
    const key = words.at(b)!.key;
    if (key === 'from' || (key === 'by' && ISSUING_PARTICIPLES.has(postmodifier))) return b + 1;
  }
  return -1;
}

/** A document noun, singular or plural (`memo`, `emails`, `minutes`), capitalised only opening the sentence. */
function isDocumentWord(w: Word, opensSentence: boolean): boolean {
  return w.isWord && (!w.cap || opensSentence) && DOCUMENT_NOUNS.has(w.key);
}

/** `the Consular Agreement of 1991`: a capitalised document word may head a titled document's postmodifier too. */
function headsDocument(words: WordList, at: number, lo: number): boolean {
  const w = words.at(at)!;
  return (
    isDocumentWord(w, at === lo) ||
    (w.cap && DOCUMENT_NOUNS.has(w.key) && at > lo && words.at(at - 1)!.cap) ||
    endsDocumentTitle(words, at, lo)
  );
}

/** Most words of a titled document's subject after its `on` (`Good Neighbourliness and Border Cooperation`). */
const DOCUMENT_TITLE_WORDS = 8;

/** Word `at` ends the capitalised subject of a titled document (`the Treaty on Good Neighbourliness and Border Cooperation`). */
function endsDocumentTitle(words: WordList, at: number, lo: number): boolean {
  if (!words.at(at)!.cap) return false;
  for (let t = at - 1; t > lo && at - t <= DOCUMENT_TITLE_WORDS; t--) {
    const w = words.at(t)!;
    if (documentOn(words, t)) return true;
    if (!w.isWord || (!w.cap && !NAME_PARTICLES.has(w.key) && w.key !== 'the')) return false;
  }
  return false;
}

/** A count or quantifier that may open a partitive (`one of them`, `two of the diplomats`). */
function isPartitiveCount(key: string): boolean {
  return key === 'one' || key === 'each' || QUANTIFIER_SUBJECTS.has(key);
}

/** Pronouns that may follow a partitive's `of` (`one of them`). */
const OBJECT_PRONOUNS_OF = new Set(['them', 'us', 'you', 'those', 'these']);

/** Word `k` ends a partitive of a pronoun (`one of them`, `two of us`), which an apposition may follow like a name. */
function endsPartitive(words: WordList, k: number, lo: number): boolean {
  return (
    k - 2 >= lo &&
    OBJECT_PRONOUNS_OF.has(words.at(k)!.key) &&
    words.at(k - 1)!.key === 'of' &&
    isPartitiveCount(words.at(k - 2)!.key)
  );
}

/** Most words of the noun phrase after a source postmodifier (`familiar with the talks on the budget`). */
const POSTMODIFIER_OBJECT_WORDS = 6;

/**
 * `two diplomats familiar with the talks`, `a source close to the presidency`: a speaker noun, a
 * phrase saying how the source knows, and its object, ending at word `k`; the whole is the mention.
 */
function postmodifiedMention(words: WordList, k: number, lo: number): MentionSpan | null {
  // The object of a postmodifier ends in a noun or an object pronoun (`close to her`), not an article or a preposition (`agreement on the`).
  const last = words.at(k);
  if (!last || !last.isWord || ISSUER_PREPOSITIONS.has(last.key)) return null;
  if (ARTICLES.has(last.key) && !OBJECT_PRONOUNS.has(last.key)) return null;
  for (let p = k - 1; p > lo && k - p <= POSTMODIFIER_OBJECT_WORDS + 3; p--) {
    const w = words.at(p)!;
    if (!w.isWord || w.key === 'that' || RELATIVE_PRONOUNS.has(w.key)) return null;
    // `a memo dated 3 May 2022`, `emails obtained by the Ledger`, `the minutes of the meeting on 9 June`.
    if (DOCUMENT_POSTMODIFIERS.has(w.key) && headsDocument(words, p - 1, lo)) {
      const head = mentionEndingAt(words, p - 1, lo);
      if (!head || head.to !== p) continue;
      // `a survey released on Monday by the Pew Research Center`: the named issuer is the speaker mentioned.
      // (After `from` or `of` the whole phrase stays the mention: `a letter from Mayor Roos`.)
      const by = ISSUING_PARTICIPLES.has(w.key) ? issuerStart(words, p, k + 1) : -1;
      const issuer = by >= 0 ? mentionAfter(words, by, k + 1) : null;
      if (issuer && issuer.to === k + 1 && words.at(k)!.cap && (words.at(by)!.cap || ARTICLES.has(words.at(by)!.key)))
        return issuer;
      return { from: head.from, to: k + 1 };
    }
    const phrase = sourcePostmodifierAt(words, p);
    if (phrase && p + phrase.length <= k) {
      const head = mentionEndingAt(words, p - 1, lo);
      return head && head.to === p ? { from: head.from, to: k + 1 } : null;
    }
    // A verb of its own (`… show that the office asked`) ends the noun phrase; a document's participle
    // further in does not (`A letter from the Alliance delivered to Commission House stated`).
    if (CUE_STARTS.has(w.key) && !DOCUMENT_POSTMODIFIERS.has(w.key)) return null;
  }
  return null;
}

/** `a 16-year-old from the estate`: a person named by age alone, qualified like an anonymous noun. */
const AGE_NOUN = /^(?:\d+|[a-z]+)-year-olds?$/;

/** `Sen. Marco Rubio (R-Fla.) said`: the word before a bracketed affiliation ending at `k`; null for an unclosed bracket. */
function pastBracket(words: WordList, k: number, lo: number): number | null {
  if (k < lo || words.at(k)!.text !== ')') return k;
  // `Section 31(2)`: a bracket written onto a document's number is part of its code.
  if (numberedDocumentAt(words, k, lo) >= 0) return k;
  let b = k - 1;
  while (b >= lo && k - b <= NAME_ASIDE_BRACKET_MAX && words.at(b)!.text !== '(') b--;
  if (b < lo || words.at(b)!.text !== '(') return null;
  // `Mrs Kellin (Oda, to anyone who has known her for fewer than fifty years) said`: after a name a
  // bracket may hold a longer aside; elsewhere only an affiliation or a reference.
  if (k - b > BRACKET_MAX && !(b - 1 >= lo && isNameWord(words.at(b - 1)!))) return null;
  return skipBack(words, b - 1, lo);
}

/** Most tokens of an aside in brackets right after a name. */
const NAME_ASIDE_BRACKET_MAX = 30;

/** Most words of an aside between dashes (`– a rider for twenty years –`). */
const DASH_ASIDE_WORDS = 12;

/**
 * The opening dash of an aside whose closing dash is word `k`, with a word before it; -1 when
 * there is none within reach, or the aside quotes more than a term (`– “the Lighthouse” to fans –`).
 */
function dashAsideStart(words: WordList, k: number, lo: number): number {
  for (let j = k - 1; j > lo && k - j <= DASH_ASIDE_WORDS + 1; j--) {
    const w = words.at(j)!;
    if (DASH_TOKENS.has(w.text))
      return j < k - 1 && words.at(j - 1)!.isWord && onlyQuotedTerms(words, j + 1, k) ? j : -1;
    if (!w.isWord && !w.isQuoteMark && w.text !== ',') return -1;
  }
  return -1;
}

/**
 * `The report, released Thursday by Pew, found`: a participle opens a reduced relative clause,
 * which may run long (`Ostrava’s delegate, noting that …, said`). `A statement from the trust,
 * read out by the clerk, said`: `read` is a participle before `out`, `by` or `to` (`An analysis
 * of the phone, read to the court, states`). `opener` is the aside's first word, after the comma `j`.
 */
function opensParticipleAside(words: WordList, opener: Word, j: number): boolean {
  return (
    isParticiple(opener) ||
    (opener.key === 'read' && READ_PARTICLE.has(words.at(j + 2)?.key ?? '')) ||
    (SUBORDINATORS.has(opener.key) && isParticiple(words.at(j + 2)))
  );
}

/** Words from `at` are a few lower-case modifiers and a lower-case title (`regional secretary of …`). */
function modifiedTitleAt(words: WordList, at: number, to: number): boolean {
  return titleAfterModifiers(words, at, to, () => true) >= 0;
}

/** Words after `read` that make it a participle (`read out by the clerk`, `read by the chair`). */
const READ_PARTICLE = new Set(['out', 'by', 'aloud', 'to']);

/** Most words of a quoted term or title inside an aside (`“head of trolleys”`). */
const QUOTED_TERM_WORDS = 6;

/**
 * Every quotation in words `[from, to)` is a short term or title: a few words, no sentence
 * punctuation inside its marks (`self-styled "head of trolleys"`), not words someone said.
 */
function onlyQuotedTerms(words: WordList, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (!words.at(i)!.isQuoteMark) continue;
    let n = 0;
    let close = i + 1;
    for (; close < to && !words.at(close)!.isQuoteMark; close++) {
      const w = words.at(close)!;
      if (w.isWord) n++;
      else if (CLAUSE_MARKS.has(w.text)) return false;
    }
    if (close >= to || n === 0 || n > QUOTED_TERM_WORDS) return false;
    i = close;
  }
  return true;
}

/**
 * The quotations in the aside `(j, k)` name things, not words someone said: a few quoted words in
 * an apposition are a term or a title (`Frank Tamberlin, the treasurer and self-styled "head of
 * trolleys", said`, `a historian whose book, “Chalk Dust”, tells …`), and titles in title case
 * may stand in any aside (`Ruben Achterly, who has produced “Sunday Lantern” since 2016, says`).
 */
function onlyTermsOrTitles(words: WordList, opener: Word, j: number, k: number): boolean {
  const terms = MENTION_OPENERS.has(opener.key) && onlyQuotedTerms(words, j + 1, k) && !holdsVerb(words, j + 1, k);
  return terms || onlyQuotedTitles(words, j + 1, k);
}

/** Every quotation in words `[from, to)` is a title in title case (`“Sunday Lantern”`), not words someone said. */
function onlyQuotedTitles(words: WordList, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (!words.at(i)!.isQuoteMark) continue;
    const title: string[] = [];
    let close = i + 1;
    for (; close < to && !words.at(close)!.isQuoteMark; close++) title.push(words.at(close)!.text);
    if (close >= to || !isTitleCase(title, title[title.length - 1] ?? '.')) return false;
    i = close;
  }
  return true;
}

/** Punctuation inside quotation marks that makes them someone's words, not a term. */
const CLAUSE_MARKS = new Set(['.', '!', '?', ',', ';', ':']);

/** An auxiliary or a form of `be` in words `[from, to)`: a clause (`, the army is preparing for “…”,`), not an apposition. */
function holdsVerb(words: WordList, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = words.at(i)!;
    if (w.isWord && (AUXILIARIES.has(w.key) || BE_FORMS.has(w.key))) return true;
  }
  return false;
}

/**
 * A lower-case past or present participle (`released`, `noting`, `seen`). After a subordinator it
 * opens a reduced adverbial clause (`, while speaking to reporters on the sidelines of …,`).
 */
function isParticiple(w: Word | undefined): boolean {
  return (
    w !== undefined &&
    w.isWord &&
    !w.cap &&
    (w.key.endsWith('ed') || w.key.endsWith('ing') || IRREGULAR_PARTICIPLES.has(w.key))
  );
}

/** Most words of a postmodifier between a noun and its apposed name (`carrying out the roof work`). */
const POSTMODIFIER_BEFORE_NAME_WORDS = 10;

/**
 * Words `[from, to)` are one postmodifier of the noun before `from`, with no punctuation: a
 * participle's phrase (`carrying out the roof work`) or a relative clause (`who had been on the
 * bridge`). `The firm carrying out the roof work, Hallam and Pryce, has told`: the name after it
 * is in apposition to the noun, not to the postmodifier's object.
 */
export function postmodifierOfNoun(
  words: WordList,
  from: number,
  to: number,
  anyNoun = false,
  opensClause = false,
): boolean {
  if (to - from < 2 || to - from > POSTMODIFIER_BEFORE_NAME_WORDS) return false;
  const noun = words.at(from - 1);
  const opener = words.at(from)!;
  if (!noun || !noun.isWord || !(anyNoun || isHead(noun))) return false;
  // `Counsel assisting the inquiry, Tam Rees, said`: a speaker noun opening the clause is capitalised for that alone.
  if (noun.cap && !(opensClause && speakerNoun(noun.key))) return false;
  if (!(opener.key === 'who' || isParticiple(opener))) return false;
  for (let t = from + 1; t < to; t++) if (!words.at(t)!.isWord) return false;
  return true;
}

/** Most lower-case words of a noun phrase its article opens before a postmodifier (`The main roofing firm`). */
const ARTICLE_PHRASE_WORDS = 4;

/**
 * Words `[lo, end)` are a noun phrase and its postmodifier (see `postmodifierOfNoun`): a speaker
 * noun's, or any noun's when an article or possessive opens the clause at `lo` (`The firm carrying
 * out the roof work`).
 */
function postmodifiedBefore(words: WordList, lo: number, end: number): boolean {
  const opened = ARTICLES.has(words.at(lo)!.key) || POSSESSIVE_PRONOUNS.has(words.at(lo)!.key);
  for (let p = end - 2; p > lo && end - p <= POSTMODIFIER_BEFORE_NAME_WORDS; p--) {
    if (!words.at(p)!.isWord) return false;
    if (postmodifierOfNoun(words, p, end, opened && p - lo <= ARTICLE_PHRASE_WORDS, p - 1 === lo)) return true;
  }
  return false;
}

/** Most words of the noun phrase before `named` in an aside (`a retired fisherman`). */
const NAMED_NOUN_WORDS = 4;

/**
 * `Her neighbour, a fisherman named Tomas Aruvi, said`: an aside of an indefinite noun phrase,
 * `named` or `called`, and a name up to its closing comma `k`: the name is who the aside says
 * the mention is. Where the name starts, or 0.
 */
function namedInAside(words: WordList, j: number, k: number): number {
  const opener = words.at(j + 1)!.key;
  if (opener !== 'a' && opener !== 'an') return 0;
  for (let t = j + 2; t < k - 1 && t - j - 1 <= NAMED_NOUN_WORDS; t++) {
    const w = words.at(t)!;
    if (!w.isWord || w.cap) return 0;
    if (w.key !== 'named' && w.key !== 'called') continue;
    for (let n = t + 1; n < k; n++) if (!isNameWord(words.at(n)!)) return 0;
    return t + 1;
  }
  return 0;
}

/** `His`, `Her` before a style of address (`His Honour`, `Her Excellency`). */
const STYLE_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her']);
/** Styles of address that open a name after `His` or `Her` (`His Excellency Wang Lin`). */
const ADDRESS_STYLES: ReadonlySet<string> = new Set([
  'honour',
  'honor',
  'excellency',
  'majesty',
  'highness',
  'grace',
  'worship',
  'eminence',
]);

/**
 * Word `k` is a style of address after `His` or `Her` (`His Honour`): the name starts after it,
 * and after a noun phrase's comma it opens an apposed name (`The Judge Advocate, His Honour Roderick Pell,`).
 */
function styleOfAddress(words: WordList, k: number): boolean {
  return ADDRESS_STYLES.has(words.at(k)!.key) && STYLE_POSSESSIVES.has(words.at(k - 1)?.key ?? '');
}

/** A relative pronoun, or the possessive and object ones that open a relative aside too (`Lars Obern, whose visa …,`). */
export function opensRelative(key: string): boolean {
  return RELATIVE_PRONOUNS.has(key) || key === 'whose' || key === 'whom';
}

/**
 * `Milan Drasko, who heads a cooperative in the village of Vrel, above the dam, said`: a relative
 * clause after a name may hold commas of its own; the word before the clause's opening comma, or null.
 */
function relativeAsideBefore(words: WordList, j: number, k: number, lo: number): number | null {
  for (let c = j - 1; c > lo && k - c <= APPOSITION_MAX; c--) {
    const w = words.at(c)!;
    if (w.isQuoteMark) return null;
    if (w.text === ',' && opensRelative(words.at(c + 1)?.key ?? '') && isNameWord(words.at(c - 1)!))
      return skipBack(words, c - 1, lo);
  }
  return null;
}

/** The aside `(j, k)` is a capitalised name, after a head noun, then `of` or an affiliation's preposition and the rest. */
function affiliatedName(words: WordList, inner: MentionSpan, j: number, k: number): boolean {
  const after = words.at(inner.to)!;
  return (
    inner.from === j + 1 &&
    inner.to < k &&
    isNameWord(words.at(j + 1)!) &&
    !MENTION_OPENERS.has(words.at(j + 1)!.key) &&
    (after.key === 'of' || AFFILIATION_PREPOSITIONS.has(after.key)) &&
    inner.to - inner.from >= 2 &&
    // After a role or common noun (`The Deputy Chair,`), not after a name the aside describes (`Hiremath, MLA from …,`).
    (TITLES.has(words.at(j - 1)!.key) || (isHead(words.at(j - 1)!) && !isNameWord(words.at(j - 1)!)))
  );
}

/**
 * The aside after the comma `j` opens as an apposition or a relative clause does: with a mention
 * opener, a relative pronoun (after a preposition too: `The Accord, to which both countries are
 * parties,`), a bare role (`Ana Diaz, spokeswoman for the mayor,`, `Gerta Pohlmann, regional
 * secretary of the union,`) or a possessive name (`Velmar, Ostrava’s largest carmaker,`).
 */
function opensApposition(words: WordList, opener: Word, j: number, k: number): boolean {
  return (
    MENTION_OPENERS.has(opener.key) ||
    opensRelative(opener.key) ||
    (CLAUSE_STOPS.has(opener.key) && opensRelative(words.at(j + 2)?.key ?? '')) ||
    (TITLES.has(opener.key) && !opener.cap) ||
    modifiedTitleAt(words, j + 1, k) ||
    (opener.possessive && opener.cap) ||
    possessiveNameAt(words, j + 1, k)
  );
}

/** Most words of a name whose possessive opens an apposition (`Carrowby and Saelen Water’s`). */
const POSSESSIVE_NAME_WORDS = 5;

/**
 * `Tamsin Rook, Saelen Water’s projects director,`: capitalised words from `from` (a coordinator
 * may join them) up to one with a possessive, before `k`: a name's possessive opens the apposition.
 */
function possessiveNameAt(words: WordList, from: number, k: number): boolean {
  for (let t = from; t < k && t - from < POSSESSIVE_NAME_WORDS; t++) {
    const w = words.at(t)!;
    if (!w.isWord || (!w.cap && !(t > from && COORDINATORS.has(w.key)))) return false;
    if (w.possessive) return w.cap && t + 1 < k;
  }
  return false;
}

/**
 * `Calum Derrow, bosun on the Skelda Rose,`: after a full name (two name words), a lower-case noun
 * the lexicon does not know as a title, its preposition and object, with no verb, is a role in apposition.
 */
function bareRoleAfterName(words: WordList, j: number, k: number, lo: number, at = j + 1): boolean {
  // (`Petra Voss, then commandant of the Coast Guard,`: an apposition adverb may come first, `at` past it.)
  const role = words.at(at)!;
  return (
    j - 2 >= lo &&
    isNameWord(words.at(j - 1)!) &&
    isNameWord(words.at(j - 2)!) &&
    role.isWord &&
    !role.cap &&
    !CUE_FORMS.has(role.key) &&
    !PARENTHETICAL_OPENERS.has(role.key) &&
    // (its preposition joins it to what it serves: `skipper of the Mara`, `bosun on the Skelda Rose`)
    bareRolePreposition(words.at(at + 1)?.key ?? '') &&
    !holdsVerb(words, at, k)
  );
}

/**
 * The aside from the comma `j` to `k` names a person after a lower-case description (`former
 * Prime Minister Ilse Moravec`, `the sculptor Idris Maelen`, `principal cellist Dmitri Solane`).
 */
function titledNameAside(words: WordList, opener: Word, j: number, k: number): boolean {
  return (
    !opener.cap &&
    (SUBORDINATE_TITLE_WORDS.has(opener.key) ||
      TENURE_WORDS.has(opener.key) ||
      TITLES.has(opener.key) ||
      (opener.key === 'the' && j + 2 < k && !words.at(j + 2)!.cap) ||
      describedFullName(words, j + 1, k)) &&
    isNameWord(words.at(k - 1)!) &&
    !asideHasPreposition(words, j + 1, k)
  );
}

/** Most lower-case words describing a full name in apposition (`principal cellist Dmitri Solane`). */
const NAME_DESCRIPTION_WORDS = 3;

/**
 * `The chair of the committee, principal cellist Dmitri Solane, said`: an aside of a few lower-case
 * words, no article or preposition among them, then a full name of two capitalised words or more.
 */
function describedFullName(words: WordList, from: number, k: number): boolean {
  let t = from;
  while (t < k && words.at(t)!.isWord && !words.at(t)!.cap) {
    const key = words.at(t)!.key;
    if (ARTICLES.has(key) || CLAUSE_STOPS.has(key) || ADJUNCT_PREPOSITIONS.has(key)) return false;
    t++;
  }
  if (t === from || t - from > NAME_DESCRIPTION_WORDS || k - t < 2) return false;
  for (let n = t; n < k; n++) if (!isNameWord(words.at(n)!)) return false;
  return true;
}

/**
 * The head before an aside opened by the comma `j`: `the landlord here, Halvard,` has a place
 * adverb after its head; `Benedicta Ruaq, 81, the oldest delegate,` has an age.
 */
function headBeforeAside(words: WordList, j: number, lo: number): number {
  const aged = pastAge(words, j, lo);
  if (aged < j) return aged;
  // `The leader of the Civic Renewal Party (CRP), Marta Dunsel,`: the noun before an acronym in brackets.
  if (j - 4 >= lo && words.at(j - 1)!.text === ')' && words.at(j - 3)!.text === '(') return j - 4;
  return j - 2 >= lo && PLACE_ADVERBS.has(words.at(j - 1)!.key) ? j - 2 : j - 1;
}

/**
 * The comma-delimited stretch ending at the comma `k`: an aside (`in an inspection last May`)
 * or an apposition after a name (`Ana Lee, a former member of …,`), stepped over to the word
 * before it; or the name in apposition itself (`The campaign manager, Kellyanne Conway, told`);
 * or null when the stretch is neither.
 */
function pastParenthetical(words: WordList, k: number, lo: number): number | MentionSpan | null {
  let j = k - 1;
  let quotation = false;
  // (`Its own consultation document, “Safer Births, Stronger Valley”, says`: a comma inside a quoted
  // title closing the aside is the title's; the aside opens before the title's opening mark.)
  let inTitle = words.at(j)?.isQuoteMark === true;
  while (j >= lo && k - j <= APPOSITION_MAX && (inTitle || words.at(j)!.text !== ',')) {
    if (words.at(j)!.isQuoteMark) {
      quotation = true;
      if (j < k - 1) inTitle = false;
    }
    j--;
  }
  if (j < lo || words.at(j)!.text !== ',' || k - j > APPOSITION_MAX || j === k - 1) return null;
  // `the Chair, Lucia Benedek (Varnia), said`: a bracketed country or party may close an apposed name.
  const nameEnd = bracketedTailStart(words, j, k);
  const inner = mentionAfter(words, j + 1, nameEnd) ?? modifiedTitleName(words, j + 1, nameEnd);
  // `Ray Donnelly, now a pundit on VBC Sport,`: an adverb may stand before the apposition's noun phrase,
  // or two joined by `and` (`Cllr Ida Marr, then and now the member for finance,`).
  const openerAt = pastAppositionAdverbs(words, j + 1, k);
  const opener = words.at(openerAt)!;
  const apposition =
    (opensApposition(words, opener, j, k) || bareRoleAfterName(words, j, k, lo, openerAt)) &&
    j > lo &&
    // `Lee, a teacher,`; `a pharmacist, one of the few shopkeepers to open,`: a name's or a speaker noun's apposition.
    (isNameWord(words.at(j - 1)!) ||
      isHead(words.at(j - 1)!) ||
      // `A spokesman for the Global Athletics Federation (GAF), the sport’s governing body,`: after an acronym in brackets.
      words.at(j - 1)!.text === ')' ||
      pastAge(words, j, lo) < j ||
      endsPartitive(words, j - 1, lo));
  const head = headBeforeAside(words, j, lo);
  const participial = opensParticipleAside(words, opener, j);
  // `The report, titled “Fiscal Slippage”, said`: only a participle's aside may hold a quotation (its title);
  // any other quotation mark is a quote's, which no subject reaches across.
  // `The report, “Rooms Without Windows”, says`: so may an aside that is nothing but a quotation (a title).
  const quotedTitle = quotation && opener.isQuoteMark && words.at(k - 1)!.isQuoteMark;
  if (quotation && !participial && !quotedTitle && !onlyTermsOrTitles(words, opener, j, k)) return null;
  if (k - j > PARENTHETICAL_MAX && !apposition && !participial && !quotedTitle) return null;
  // `the representative of Syldavia, Council President for March,`: a role in title case.
  // `Ana Lind, Director of the state water agency,`: a capitalised title with a lower-case object is one too.
  const titled =
    j > lo &&
    isNameWord(words.at(j - 1)!) &&
    (isTitleCaseAside(words, j + 1, k) || titleBeforeRolePreposition(words, openerAt, k));
  // `Some commentators, Mr Hale among them, have …`: a member of the group named between commas.
  const member = k - j > 3 && words.at(k - 2)!.key === 'among' && OBJECT_PRONOUNS_OF.has(words.at(k - 1)!.key);
  const origin = j > lo && originAside(words, opener, j, lo);
  const parenthetical =
    member ||
    origin ||
    (inner !== null && inner.to === nameEnd) ||
    PARENTHETICAL_OPENERS.has(opener.key) ||
    apposition ||
    participial ||
    titled ||
    quotedTitle;
  // `The Deputy Chair, Arvid Neme of the governing People’s Party, said`: an apposed name with its party or body.
  if (!parenthetical && inner && affiliatedName(words, inner, j, k)) return inner;
  const namedAt = namedInAside(words, j, k);
  if (namedAt > 0) return { from: namedAt, to: k };
  if (!parenthetical) return relativeAsideBefore(words, j, k, lo);
  // `One of them, a retired nurse, wrote`: the apposition says who the partitive is; both are the mention.
  if (apposition && MENTION_OPENERS.has(opener.key) && endsPartitive(words, j - 1, lo)) return { from: j - 3, to: k };
  // `The campaign manager, Kellyanne Conway, told`: the name in apposition is who speaks.
  // `Kavar's biggest producer, Drava Steel, said`: so is one after a noun phrase its possessive opens.
  // `Ostrava's main challenger, former Prime Minister Ilse Moravec, said`: after a common noun, a
  // title's lower-case modifier or title may open that name (`former`, `acting`, `interim`, `minister`). After
  // a name (`Maren Tolvik, leader of the Civic Party,`), or without a name of its own (`Ana Lind,
  // former minister,`), the aside still describes the mention before it.
  // `Her partner, the sculptor Idris Maelen, says`: so may `the` and a lower-case description of the name.
  const titledName = j > lo && !isNameWord(words.at(head)!) && titledNameAside(words, opener, j, k);
  const roleAfterName = roleAfterFullName(words, opener, head, j, k);
  if (inner?.to === nameEnd && j > lo && asideGoesOn(words, j, k, lo)) return pastParenthetical(words, j, lo);
  if (
    inner !== null &&
    inner.to === nameEnd &&
    j > lo &&
    !roleAfterName &&
    // A titled name says who is meant whatever the noun before it (`The union's negotiator, deputy minister …`).
    (titledName ||
      styleOfAddress(words, j + 2) ||
      titledPersonAfterRole(words, openerAt, head, k) ||
      (isNameWord(opener) &&
        !MENTION_OPENERS.has(opener.key) &&
        // `The Union of Journalists, OCW’s partner organisation, said`: an owner's common noun after a name describes it.
        // So does an owner's title (`Dr Sabine Orlo, Lusvenia’s Chief Veterinary Officer,`).
        !(
          opener.possessive &&
          isNameWord(words.at(head)!) &&
          (!words.at(k - 1)!.cap || TITLES.has(words.at(k - 1)!.key))
        ) &&
        (isHead(words.at(head)!) ||
          // `Another, Lydia Fenn, said`: a quantifier standing for a person is named by the apposition.
          QUANTIFIER_SUBJECTS.has(words.at(head)!.key) ||
          modifiedHeadBefore(words, lo, j))))
  )
    return inner;
  // `the boatbuilder Anselm Roe`: a description the lexicon lacks still leaves the name at the aside's end.
  // (`The chair, principal cellist Dmitri Solane, said`: so do a few lower-case words before a full name.)
  // (`titledName` has already refused an aside with a preposition.)
  if (titledName && (opener.key === 'the' || describedFullName(words, j + 1, k)) && !roleAfterName)
    return { from: j + 1, to: k };
  return skipBack(words, j - 1, lo);
}

/**
 * Where a bracketed group closing the aside `(j, k)` after a name opens (`Lucia Benedek (Varnia)`),
 * else `k`; not after a title, whose field it names (`Pro-Vice-Chancellor (Education)`).
 */
function bracketedTailStart(words: WordList, j: number, k: number): number {
  if (words.at(k - 1)!.text !== ')') return k;
  for (let t = k - 2; t > j + 1; t--) {
    const text = words.at(t)!.text;
    if (text === ')') return k;
    if (text !== '(') continue;
    const last = words.at(t - 1)!.key;
    return TITLES.has(last.slice(last.lastIndexOf('-') + 1)) ? k : t;
  }
  return k;
}

/**
 * The aside `(j, k)` after the comma `j` goes on a list the words before the comma began: it
 * holds a coordinator and no verb, and a capitalised word after a role's preposition ends them
 * (`for Europe, Central Asia and the Americas`), so the aside opens at the comma before them.
 */
function listGoesOn(words: WordList, j: number, k: number): boolean {
  const before = words.at(j - 1)!;
  if (!before.cap || !ROLE_PREPOSITIONS.has(words.at(j - 2)?.key ?? '')) return false;
  let coordinated = false;
  for (let t = j + 1; t < k; t++) {
    const w = words.at(t)!;
    if (!w.isWord) return false;
    if (w.key === 'and') coordinated = true;
    else if (!w.cap && !ARTICLES.has(w.key)) return false;
  }
  return coordinated;
}

/** The aside `(j, k)` continues the one before its comma `j` (see `listGoesOn`, `agentGoesOn`). */
function asideGoesOn(words: WordList, j: number, k: number, lo: number): boolean {
  return listGoesOn(words, j, k) || agentGoesOn(words, j, lo) || memberGoesOn(words, j, lo);
}

/** Words that open an aside naming members of the group before it (`Representatives of the party, including its chair, …`). */
const MEMBER_OPENERS: ReadonlySet<string> = new Set(['including', 'among']);

/** Most words from such an opener to the name that closes its aside (`including its chair, Ms Lidia Orzen`). */
const MEMBER_ASIDE_WORDS = 8;

/**
 * `Representatives of the Alliance, including its chair, Ms Lidia Orzen, stated`: the name closes
 * an aside that names one of the group; the aside goes on back to the comma before `including`,
 * and the group speaks.
 */
function memberGoesOn(words: WordList, j: number, lo: number): boolean {
  for (let c = j - 2; c > lo && j - c <= MEMBER_ASIDE_WORDS; c--) {
    if (words.at(c)!.text !== ',') continue;
    return MEMBER_OPENERS.has(words.at(c + 1)?.key ?? '');
  }
  return false;
}

/** Most words of a participle's `by` phrase before the name in apposition to its agent. */
const AGENT_WORDS = 8;

/**
 * The aside after the comma `j` names the agent of a participle aside just before it (`The letter,
 * signed by Kestovia’s envoy, Ambassador Oren Halvik, says`): the name is in apposition to the
 * agent, inside the aside, so the aside opens at the participle's comma.
 */
function agentGoesOn(words: WordList, j: number, lo: number): boolean {
  for (let c = j - 2; c > lo && j - c <= AGENT_WORDS; c--) {
    if (words.at(c)!.text !== ',') continue;
    return isParticiple(words.at(c + 1)) && words.at(c + 2)?.key === 'by';
  }
  return false;
}

/** A lower-case role preposition (`of`, `at`, `for`) in words `[from, to)`: the aside names an organisation's role, not a person. */
function asideHasPreposition(words: WordList, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (ROLE_PREPOSITIONS.has(words.at(t)!.key) && !words.at(t)!.cap) return true;
  return false;
}

/** Most words after the preposition of a role (`the head of the surgical unit`). */
const OF_PHRASE_WORDS = 4;

/** Prepositions that join a role to what it serves (`head of surgery`, `envoy for the crisis`, `ambassador to Lusia`). */
export const ROLE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'to', 'at']);

/** A role's preposition, or `on`/`with` after a bare role noun (`bosun on the Skelda Rose`, `nurse with the Red Cross`). */
function bareRolePreposition(key: string): boolean {
  return ROLE_PREPOSITIONS.has(key) || key === 'on' || key === 'with';
}

/** Words before `end` are a head noun's phrase (`The head of surgery`, `the envoy for the Arvan crisis`). */
function headOfPhrase(words: WordList, lo: number, end: number): boolean {
  for (let o = end - 2; o > lo && end - o <= OF_PHRASE_WORDS + 1; o--) {
    const w = words.at(o)!;
    if (!w.isWord) return false;
    if (ROLE_PREPOSITIONS.has(w.key)) return isHead(words.at(o - 1)!);
  }
  return false;
}

/**
 * The words before the comma `j` are a noun phrase whose head a name may be apposed to: a
 * possessive name's (`Kavar's biggest producer`), a head with its `of` phrase (`the head of
 * research`) or with a postmodifier (`The firm carrying out the roof work`).
 */
function modifiedHeadBefore(words: WordList, lo: number, j: number): boolean {
  return (
    possessiveNounPhrase(words, clauseOpening(words, lo, j), j) ||
    headOfPhrase(words, lo, j) ||
    postmodifiedBefore(words, lo, j)
  );
}

/** Most words of a noun phrase opened by a possessive name (`Kavar's biggest producer`). */
const POSSESSIVE_PHRASE_WORDS = 4;

/** Words `[lo, end)` are a possessive name and a few lower-case words (`Kavar's biggest producer`). */
function possessiveNounPhrase(words: WordList, lo: number, end: number): boolean {
  // `The VHM’s chief negotiator`: `the` may open an owner's acronym or name.
  if (words.at(lo)!.key === 'the' && words.at(lo + 1)?.possessive === true) lo++;
  if (end - lo < 2 || end - lo > POSSESSIVE_PHRASE_WORDS) return false;
  const owner = words.at(lo)!;
  if (!owner.possessive || !owner.cap) return false;
  for (let t = lo + 1; t < end; t++) if (!words.at(t)!.isWord || words.at(t)!.cap) return false;
  return true;
}

/**
 * `Negotiators on both sides`, `officials in both capitals`: a plural noun (one the lexicon lacks
 * too, opening the sentence) before `on`/`in` and a group of parties ending at `to`.
 */
function sideOfGroup(words: WordList, k: number, lo: number, to: number): boolean {
  const noun = words.at(k - 1)!;
  const preposition = words.at(k)!.key;
  return (
    (preposition === 'on' || preposition === 'in') &&
    GROUP_NOUNS.has(words.at(to - 1)!.key) &&
    noun.isWord &&
    !noun.possessive &&
    (GROUP_NOUNS.has(noun.key) || (k - 1 === lo && noun.key.endsWith('s')))
  );
}

/**
 * `Karen Tulley, Director of Student Services,`: a capitalised title after a person's name (ending
 * at `head`) describes the name; so does an organisation's title after a full name (`Yvonne
 * Basquill, AHWU General Secretary,`), and one of several title words (`Ilko Barran, Chief
 * Commander of the Border Guard,`).
 */
function roleAfterFullName(words: WordList, opener: Word, head: number, j: number, k: number): boolean {
  const role = TITLES.has(opener.key)
    ? ROLE_PREPOSITIONS.has(words.at(pastTitleWords(words, j + 1, k))?.key ?? '')
    : opener.cap && capitalisedTitleNear(words, j + 2, k) && words.at(head - 1)?.cap === true;
  // (Not after an institution: `the Commander of the Southern Strait Command, Rear Admiral X,`; nor
  // after a role's own object: `the representative of Vestrana, Deputy Minister … Livia Sarn,`.)
  // (`head` is -1 when the aside opens the text: no word stands before it.)
  const before = words.at(head);
  return (
    role &&
    before !== undefined &&
    isNameWord(before) &&
    !TITLES.has(before.key) &&
    !ORGANIZATION_WORDS.has(before.key) &&
    !ROLE_PREPOSITIONS.has(words.at(head - 1)?.key ?? '')
  );
}

/**
 * `Second Officer Piera Lund`, `Foreign Minister Ana Berg`: capitalised words before a title that a
 * mention opens (the mention alone starts at the title); the whole, or null.
 */
function modifiedTitleName(words: WordList, from: number, to: number): MentionSpan | null {
  const title = titleAfterModifiers(words, from, to, () => true, true);
  if (title <= from) return null;
  const titled = mentionAfter(words, title, to);
  return titled && titled.from === title ? { from, to: titled.to } : null;
}

/**
 * `the Commander of the Southern Strait Command, Rear Admiral Kasim Veyrel,`, `The officer who
 * led the team, Lieutenant Commander Oren Saddiq,`: a capitalised title opening a name apposed to
 * a role or an institution (not to a person's name, which such a title describes) is who speaks.
 * (`The chair, Foreign Minister Ilse Varga,`: a title's capitalised modifiers may stand before it.)
 */
function titledPersonAfterRole(words: WordList, openerAt: number, head: number, k: number): boolean {
  const before = words.at(head)!;
  const last = words.at(k - 1)!;
  return (
    titleAfterModifiers(words, openerAt, k - 1, () => true, true) >= 0 &&
    (!isNameWord(before) || ORGANIZATION_WORDS.has(before.key)) &&
    last.cap &&
    isNameWord(last) &&
    !TITLES.has(last.key) &&
    !ORGANIZATION_WORDS.has(last.key)
  );
}

/** The first word from `at` (before `to`) that is no capitalised title word (`Chief Commander of`: `of`). */
function pastTitleWords(words: WordList, at: number, to: number): number {
  while (at < to && words.at(at)!.cap && TITLES.has(words.at(at)!.key)) at++;
  return at;
}

/**
 * Where the clause ending at word `end` opens: after the last punctuation, subordinator or clause
 * coordinator before it (`…, while the VHM’s chief negotiator`), else `lo`.
 */
function clauseOpening(words: WordList, lo: number, end: number): number {
  for (let t = end - 1; t > lo; t--) {
    const w = words.at(t)!;
    if (!w.isWord) return t + 1;
    if (!w.cap && (SUBORDINATORS.has(w.key) || CLAUSE_COORDINATORS.has(w.key))) return t + 1;
  }
  return lo;
}

/** Determiners before a demonym and its noun (`a Lusian reporter`, `his Lusian counterpart`). */
const INDEFINITE_OR_POSSESSIVE = new Set(['a', 'an', 'his', 'her', 'their', 'its', 'our', 'my']);

/** Most words of a title-case role in apposition (`Minister for Foreign Affairs of Lusia`). */
const TITLED_ASIDE_WORDS = 8;

/** Past the adverbs from `t` that may open an apposition before `to` (`now`, `then and now`). */
function pastAppositionAdverbs(words: WordList, t: number, to: number): number {
  if (!APPOSITION_ADVERBS.has(words.at(t)!.key) || t + 1 >= to) return t;
  const joined = COORDINATORS.has(words.at(t + 1)!.key) && APPOSITION_ADVERBS.has(words.at(t + 2)?.key ?? '');
  return joined && t + 3 < to ? t + 3 : t + 1;
}

/**
 * `Ana Lind, Director of the state water agency,`, `Imogen Sayre, Key Audit Partner at Brackwell,`:
 * capitalised words from `from` that end in a title, then a role's preposition before `to`.
 */
function titleBeforeRolePreposition(words: WordList, from: number, to: number): boolean {
  let t = from;
  while (t < to && words.at(t)!.isWord && words.at(t)!.cap) t++;
  const last = words.at(t - 1)!.key;
  // (`Arvid Neme MP of the governing party`: letters after a name are no title, the words before them a name.)
  return t > from && t < to && TITLES.has(last) && !POSTNOMINALS.has(last) && ROLE_PREPOSITIONS.has(words.at(t)!.key);
}

/** Words `[from, to)` are capitalised but for name particles (`Council President for March`). */
function isTitleCaseAside(words: WordList, from: number, to: number): boolean {
  if (to - from > TITLED_ASIDE_WORDS || !words.at(from)!.cap) return false;
  // `Pro-Vice-Chancellor (Education)`: a title-case word in parentheses may close the role.
  let inBracket = false;
  for (let t = from; t < to; t++) {
    const w = words.at(t)!;
    if (t > from && w.text === '(' && !inBracket) inBracket = true;
    else if (w.text === ')' && inBracket) inBracket = false;
    else if (!w.isWord || (!w.cap && !NAME_PARTICLES.has(w.key) && !ARTICLES.has(w.key))) return false;
  }
  return !inBracket;
}

/**
 * `Eighty-one said …, and 37 said …`: a bare figure (no year) opening the sentence or its
 * coordinated clause counts people, as a number word does.
 */
function countOfPeople(words: WordList, k: number, lo: number): boolean {
  const key = words.at(k)!.key;
  if (!/^\d+$/.test(key) || YEAR.test(key)) return false;
  // Before a verb in the past (`37 said`), not a noun spelt like a cue (`86 comments`).
  const next = words.at(k + 1);
  if (!next || next.cap || !(next.key.endsWith('ed') || IRREGULAR_PASTS.has(next.key))) return false;
  return k === lo || (words.at(k - 1)!.key === 'and' && words.at(k - 2)?.text === ',');
}

/**
 * Word `k` is a year that dates the name ending before it: after `of` (`the Treaty of Lissow of
 * 1911`, `the Housing Act of 2019`), or right after a document's capitalised noun (`the Museum Act
 * 1963`, `the Data Regulations 2018`). The name's last word, or -1.
 */
function datedName(words: WordList, k: number, lo: number): number {
  if (k - 1 < lo || !YEAR.test(words.at(k)!.text)) return -1;
  const before = words.at(k - 1)!;
  if (before.key === 'of') return k - 2 >= lo && words.at(k - 2)!.cap ? k - 2 : -1;
  return before.cap && (DOCUMENT_NOUNS.has(before.key) || LAW_TITLE_NOUNS.has(before.key)) ? k - 1 : -1;
}

/** The mention whose head is word `k`: a quantifier, a pronoun, or a head with the mention words before it. */
function mentionEndingAt(words: WordList, k: number, lo: number): MentionSpan | null {
  // `Group of Seven`: a number word ends a name it belongs to; so does a capitalised opener after
  // a name word (`Amnesty International`, `Minority Voices International`).
  const inName =
    k - 1 >= lo &&
    words.at(k)!.cap &&
    ((k - 2 >= lo && NAME_PARTICLES.has(words.at(k - 1)!.key) && isNameWord(words.at(k - 2)!)) ||
      (MENTION_OPENERS.has(words.at(k)!.key) && isNameWord(words.at(k - 1)!) && !words.at(k - 1)!.possessive));
  const numbered = numberedDocumentAt(words, k, lo);
  if (numbered >= 0) return { from: mentionStart(words, numbered - 1, lo, k + 1), to: k + 1 };
  const named = datedName(words, k, lo);
  if (named >= 0) {
    const dated = mentionEndingAt(words, named, lo);
    if (dated) return { from: dated.from, to: k + 1 };
  }
  if (
    k >= lo &&
    !inName &&
    (QUANTIFIER_SUBJECTS.has(words.at(k)!.key) || countOfPeople(words, k, lo)) &&
    !isHead(words.at(k)!) &&
    (k === lo || !words.at(k)!.cap)
  )
    return countsVerbObject(words, k, lo) ? null : quantifierSubject(words, k, lo);
  if (k < lo || !(isHead(words.at(k)!) || inName || letterLabel(words, k, lo))) return null;
  const to = k + 1;
  if (FIRST_PERSON.has(words.at(k)!.key) || SECOND_PERSON.has(words.at(k)!.key)) return { from: k, to };
  if (PRONOUNS.has(words.at(k)!.key)) return words.at(k)!.cap && k !== lo ? null : { from: k, to };
  let from = mentionStart(words, k - 1, lo, to);
  // `On March 3 the Syldavian ministry`, `In 2021 his predecessor`, `By 2021 a county spokesman`,
  // `In 2019 Mr Hale`: an article or a possessive after a date's figure opens the mention, and so
  // does a capitalised word after a year.
  for (let t = k; t > from; t--) {
    const w = words.at(t)!;
    const figure = words.at(t - 1)!.key;
    if (
      startsWithDigit(figure) &&
      (ARTICLES.has(w.key) || POSSESSIVE_PRONOUNS.has(w.key) || (w.cap && YEAR.test(figure)))
    ) {
      from = t;
      break;
    }
  }
  while (
    from < to - 1 &&
    words.at(from)!.isWord &&
    NAME_PARTICLES.has(words.at(from)!.key) &&
    !isNameWord(words.at(from)!)
  )
    from++;
  return { from, to };
}

/**
 * `Staff member A said`, `Employee B told`: a capital letter right after a lower-case noun labels an
 * unnamed person (a report's anonymised witness) and closes their mention; `A` there is no article.
 */
function letterLabel(words: WordList, k: number, lo: number): boolean {
  const letter = words.at(k)!;
  const noun = words.at(k - 1);
  return (
    k - 1 >= lo &&
    letter.text.length === 1 &&
    letter.cap &&
    noun !== undefined &&
    noun.isWord &&
    !noun.cap &&
    !ARTICLES.has(noun.key) &&
    !PRONOUNS.has(noun.key) &&
    !CLAUSE_STOPS.has(noun.key) &&
    !AUXILIARIES.has(noun.key)
  );
}

/**
 * Where a mention ending at `to` starts, reading back from `k`: over mention words, a group
 * noun's qualifier (`economists at the bank`), an affiliation (`Lee of Acme`), and lower-case
 * modifiers after an article (`the central bank`).
 */
function mentionStart(words: WordList, k: number, lo: number, to: number): number {
  for (;;) {
    while (
      k >= lo &&
      !articleAfterNoun(words, k, lo) &&
      (isMentionWord(words.at(k)!) ||
        particleJoins(words, k, lo, to) ||
        abbreviationDot(words, k) ||
        nicknameMark(words, k) ||
        portfolioBeforeTitle(words, k, to) ||
        ordinalTitle(words, k, to) ||
        (words.at(k)!.cap && documentOn(words, k - 1)) ||
        numberedDocumentAt(words, k, lo) >= 0)
    )
      k--;
    if (k >= lo && articleAfterNoun(words, k, lo)) return k;
    // `The Gazette’s own editorial`: `own` between an owner's name and what it owns.
    // The owner is a name, with its article (not `a figure UNRO’s own spokeswoman`).
    if (k - 1 >= lo && words.at(k)!.key === 'own' && words.at(k - 1)!.possessive && isNameWord(words.at(k - 1)!)) {
      k--;
      while (k - 1 >= lo && (isNameWord(words.at(k - 1)!) || particleJoins(words, k - 1, lo, to))) k--;
      return k - 1 >= lo && words.at(k - 1)!.key === 'the' ? k - 1 : k;
    }
    // `economists at the bank`: a group or source noun qualified by a prepositional phrase.
    const prep = words.at(k);
    const noun = words.at(k - 1);
    const qualified =
      prep &&
      noun &&
      k - 1 >= lo &&
      ((MENTION_PREPOSITIONS.has(prep.key) &&
        !noun.cap &&
        (GROUP_NOUNS.has(noun.key) || ANONYMOUS_NOUNS.has(noun.key) || AGE_NOUN.test(noun.key))) ||
        sideOfGroup(words, k, lo, to));
    const affiliated =
      prep && noun && k - 1 >= lo && AFFILIATION_PREPOSITIONS.has(prep.key) && isNameWord(noun) && words.at(k + 1)?.cap;
    if (qualified || affiliated) {
      k -= 2;
      continue;
    }
    // `The minister issued a statement`: a mention its article already opens takes no modifiers
    // before that article; the words there are the clause it stands in.
    if (k + 1 < to && ARTICLES.has(words.at(k + 1)!.key)) return k + 1;
    // `the central bank`, `a state-run news agency`: lowercase modifiers after an article.
    let a = k;
    while (
      a >= lo &&
      k - a < LOWERCASE_MODIFIERS &&
      words.at(a)!.isWord &&
      !words.at(a)!.cap &&
      !ARTICLES.has(words.at(a)!.key) &&
      !NOT_NAMES.has(words.at(a)!.key) &&
      !PRONOUNS.has(words.at(a)!.key) &&
      !SUBJECT_SKIP.has(words.at(a)!.key)
    )
      a--;
    if (a < k && a >= lo && words.at(a)!.isWord && ARTICLES.has(words.at(a)!.key)) {
      k = a - 1;
      continue;
    }
    // `a Lusian television reporter`: one name word (a demonym) between an indefinite article and
    // the lower-case modifiers. A definite article there (`The European Union and its Member
    // States`) is left to the name runs, but for an institution (`the Estrelan interior ministry`).
    const institution = ORGANIZATION_WORDS.has(words.at(to - 1)!.key) || GOVERNMENT_NOUNS.has(words.at(to - 1)!.key);
    if (
      a < k &&
      a - 1 >= lo &&
      words.at(a)!.cap &&
      isNameWord(words.at(a)!) &&
      (INDEFINITE_OR_POSSESSIVE.has(words.at(a - 1)!.key) || (institution && words.at(a - 1)!.key === 'the'))
    ) {
      k = a - 2;
      continue;
    }
    // `…, Ostrenian border officials said`, `US health officials said`: one name word (a demonym,
    // a country) opening the clause before a source noun's lower-case modifiers describes it too.
    const source = GROUP_NOUNS.has(words.at(to - 1)!.key) || ANONYMOUS_NOUNS.has(words.at(to - 1)!.key);
    if (source && a < k && a >= lo && opensClauseAt(words, a, lo) && words.at(a)!.cap && !words.at(a)!.possessive) {
      const w = words.at(a)!;
      if (isNameWord(w) || DEMONYMS.has(w.key)) return a;
    }
    // `Estrela’s interior ministry`: an institution's lower-case modifiers after its owner's name.
    if (institution && a < k && a >= lo && words.at(a)!.cap && words.at(a)!.possessive && isNameWord(words.at(a)!)) {
      k = a;
      continue;
    }
    return k + 1;
  }
}

/** Word `a` opens its clause: the first word looked at, or one right after punctuation (`…, Chinese officials said`). */
function opensClauseAt(words: WordList, a: number, lo: number): boolean {
  return a === lo || !words.at(a - 1)!.isWord;
}

/** A part of a code written without spaces: one holding a digit, a dot, a bracket or a slash, or one capital (`K4.3`, `B/2/11`). */
const CODE_PART = /[\d.()/]|^\p{Lu}$/u;

/** The words for `number` before a code (`No.`, `No`, `Nr.`, `Number`). */
const NUMBER_MARKS = /^(?:No\.?|Nr\.?|Number)$/;

/**
 * Where the capitalised document noun stands whose number or code ends at word `k` (`Rule 12`,
 * `Section 4B`, `Article K4.3`, `Section 31(2)`, the code's parts written without spaces), or -1.
 */
function numberedDocumentAt(words: WordList, k: number, lo: number): number {
  let c = k;
  // (`Resolution B/2/11`: a code's parts may be joined by slashes.)
  while (c - 1 >= lo && words.at(c - 1)!.end === words.at(c)!.start && CODE_PART.test(words.at(c - 1)!.text)) c--;
  const code = words.at(c)!;
  // `Order No. 7`, `Decree Number 12`: a capitalised word for `number` may stand between noun and code.
  const at = c - 2 >= lo && words.at(c - 1)!.cap && NUMBER_MARKS.test(words.at(c - 1)!.text) ? c - 2 : c - 1;
  const noun = words.at(at);
  const numbered =
    at >= lo &&
    /\d/u.test(words.at(k)!.text + code.text) &&
    /^[\p{Lu}\d]/u.test(code.text) &&
    noun !== undefined &&
    noun.cap &&
    DOCUMENT_NOUNS.has(noun.key);
  return numbered ? at : -1;
}

/**
 * `by the end of the year the Ministry expected`: an article right after a lower-case noun opens a
 * noun phrase of its own; the mention does not reach back past it.
 */
function articleAfterNoun(words: WordList, k: number, lo: number): boolean {
  const article = words.at(k)!;
  const before = words.at(k - 1);
  return (
    k - 1 >= lo &&
    article.key === 'the' &&
    !article.cap &&
    before !== undefined &&
    before.isWord &&
    !before.cap &&
    !ARTICLES.has(before.key) &&
    !NAME_PARTICLES.has(before.key) &&
    !MENTION_OPENERS.has(before.key) &&
    !CLAUSE_STOPS.has(before.key) &&
    !QUANTIFIER_SUBJECTS.has(before.key) &&
    // (`Neither the communique nor the leaders' statements`: coordinated noun phrases are one mention.)
    !COORDINATORS.has(before.key) &&
    before.key !== 'or' &&
    before.key !== 'nor'
  );
}

/** `The two said`, `Some say`, `with many saying`: a quantifier standing for a group, with its article. */
/**
 * `The patrol ignored three shouted warnings`: a count right after a past verb counts that verb's
 * object, and the participle after it describes the object; it is no subject of its own.
 */
function countsVerbObject(words: WordList, k: number, lo: number): boolean {
  const before = words.at(k - 1);
  return (
    k - 1 >= lo &&
    before !== undefined &&
    before.isWord &&
    !before.cap &&
    (before.key.endsWith('ed') || IRREGULAR_PARTICIPLES.has(before.key)) &&
    !ADJUNCT_PREPOSITIONS.has(before.key)
  );
}

function quantifierSubject(words: WordList, k: number, lo: number): MentionSpan {
  const before = words.at(k - 1);
  return k - 1 >= lo && before && before.isWord && ARTICLES.has(before.key) && !QUANTIFIER_SUBJECTS.has(before.key)
    ? { from: k - 1, to: k + 1 }
    : { from: k, to: k + 1 };
}

/**
 * The mention starting at word `begin` (inverted `said Hong`, `according to X`), within `[begin, hi)`.
 * With `roleObject`, a speaker's mention after its cue, a lower-case role takes its institution
 * along (`said a spokesman for the ministry`; see `pastRoleObject`).
 */
export function mentionAfter(words: WordList, begin: number, hi: number, roleObject = false): MentionSpan | null {
  if (begin >= hi) return null;
  const first = words.at(begin)!;
  if (first.isWord && PRONOUNS.has(first.key)) return { from: begin, to: begin + 1 };
  // `“…,” said another.`, `shouted several.`: a quantifier standing alone is the whole mention.
  if (
    first.isWord &&
    !first.cap &&
    QUANTIFIER_SUBJECTS.has(first.key) &&
    !(begin + 1 < hi && words.at(begin + 1)!.isWord)
  )
    return { from: begin, to: begin + 1 };
  let k = ordinalTitle(words, begin, hi) ? begin + 1 : begin;
  let lastHead = -1;
  for (;;) {
    while (
      k < hi &&
      (isMentionWord(words.at(k)!) ||
        particleJoins(words, k, begin, hi) ||
        abbreviationDot(words, k) ||
        nicknameMark(words, k) ||
        portfolioBeforeTitle(words, k, hi))
    ) {
      // `told the witnesses the committee would …`: an article right after a head opens the next noun phrase.
      if (lastHead === k - 1 && k > begin && ARTICLES.has(words.at(k)!.key) && !words.at(k)!.cap) break;
      if (isHead(words.at(k)!)) lastHead = k;
      // A possessive ends the owner; a following head noun (`China's Foreign Ministry`) continues it.
      k++;
    }
    // `said one older farmer`, `said a tired nurse`: after an opener, lower-case modifiers before the head.
    // An opener that may stand alone (`one`, `two`) is no head when a modifier and a head follow it.
    const opener = k > begin && MENTION_OPENERS.has(words.at(k - 1)!.key);
    const head =
      opener && (lastHead < 0 || lastHead === k - 1) ? modifiedHead(words, k, hi) : sourceAfter(words, begin, k, hi);
    if (head < 0) break;
    lastHead = head;
    k = head + 1;
  }
  if (lastHead < 0) return null;
  if (!roleObject) return { from: begin, to: pastSourcePostmodifier(words, lastHead + 1, hi) };
  // `according to the head of the commission's legal department`: an owner's noun phrase goes on to its
  // head; not to a document, which speaks for its owner (`according to the bank's annual report`).
  if (words.at(lastHead)!.possessive && lastHead + 1 < hi) {
    // `according to Orvenia's own Hydrological Service`: `own` stands between owner and owned.
    const own = words.at(lastHead + 1)!.key === 'own' ? mentionAfter(words, lastHead + 2, hi, true) : null;
    if (own && own.from === lastHead + 2 && !DOCUMENT_NOUNS.has(words.at(own.to - 1)!.key))
      return { from: begin, to: own.to };
    const owned = modifiedHead(words, lastHead + 1, hi);
    if (owned > lastHead && !DOCUMENT_NOUNS.has(words.at(owned)!.key)) return { from: begin, to: owned + 1 };
  }
  const end = pastRoleObject(words, lastHead, hi);
  return { from: begin, to: end === lastHead + 1 ? pastSourcePostmodifier(words, end, hi) : end };
}

/** The lexicon's source postmodifier (`close to`, `familiar with`) whose words start at word `p`, if one does. */
function sourcePostmodifierAt(words: WordList, p: number): readonly string[] | undefined {
  const w = words.at(p);
  return w && SOURCE_POSTMODIFIERS.get(w.key)?.find((ph) => ph.every((x, n) => words.at(p + n)?.key === x));
}

/**
 * `said one senior officer close to the inquiry, who …`: a source postmodifier from word `p` (the
 * lexicon's, `close to`, `familiar with`) and its object up to the clause's punctuation belong to the
 * mention; where the mention ends (`p` when no such phrase follows).
 */
function pastSourcePostmodifier(words: WordList, p: number, hi: number): number {
  const phrase = sourcePostmodifierAt(words, p);
  if (!phrase) return p;
  let t = p + phrase.length;
  for (; t < hi && words.at(t)!.isWord; t++)
    if (
      t - p - phrase.length >= POSTMODIFIER_OBJECT_WORDS ||
      words.at(t)!.key === 'that' ||
      CUE_FORMS.has(words.at(t)!.key)
    )
      return p;
  return t > p + phrase.length ? t : p;
}

/** Most words of a role's object after its preposition (`the head of the city's roads department`). */
const ROLE_OBJECT_WORDS = 5;
/** The prepositions that join a role to the institution it serves (`head of`, `spokesman for`); `at` and `to` as often open an adjunct. */
const ROLE_OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for']);

/**
 * Where a mention whose head is word `head` ends: past the role's `of`/`for` phrase when the head
 * is a lower-case role (`a spokesman for the ministry`, `the head of the roads department`) and the
 * phrase names an institution (it ends on a head word) or a field in one word (`head of research`)
 * and closes the clause (punctuation, `that`,
 * the span's end: not `said the minister for a second time` or `the head of the unit would …`).
 */
function pastRoleObject(words: WordList, head: number, hi: number): number {
  const role = words.at(head)!;
  const preposition = words.at(head + 1);
  if (
    role.cap ||
    !ROLE_NOUNS.has(role.key) ||
    !preposition ||
    preposition.cap ||
    !ROLE_OBJECT_PREPOSITIONS.has(preposition.key)
  )
    return head + 1;
  let t = head + 2;
  let last = -1;
  for (; t < hi && t - head - 2 < ROLE_OBJECT_WORDS; t++) {
    const w = words.at(t)!;
    if (!w.isWord || w.key === 'that' || PRONOUNS.has(w.key) || CUE_FORMS.has(w.key)) break;
    if (RELATIVE_PRONOUNS.has(w.key) || COORDINATORS.has(w.key)) break;
    if (isHead(w)) last = t;
  }
  const next = words.at(t);
  const closes = t >= hi || !next!.isWord || next!.key === 'that';
  // `the head of research`, `director of communications`: a field in one bare word serves as the institution.
  const field = t === head + 3 && isFieldWord(words.at(head + 2));
  return closes && (last === t - 1 || field) ? t : head + 1;
}

/**
 * `said border officials`, `said Chinese health officials`: a source noun (a group's or an unnamed
 * source's) after lower-case modifiers that open the mention at `begin`, alone or after one
 * capitalised word (a demonym, a country); its position, or -1.
 */
function sourceAfter(words: WordList, begin: number, k: number, hi: number): number {
  const first = words.at(begin)!;
  if (!(k === begin || (k === begin + 1 && first.cap && !first.possessive))) return -1;
  const head = modifiedHead(words, k, hi);
  if (head < 0 || !(GROUP_NOUNS.has(words.at(head)!.key) || ANONYMOUS_NOUNS.has(words.at(head)!.key))) return -1;
  // The modifiers are plain words, no verb among them (`tidepool_9 was less patient` names no source).
  for (let t = k; t < head; t++) {
    const key = words.at(t)!.key;
    if (AUXILIARIES.has(key) || BE_FORMS.has(key) || !/^\p{Ll}[\p{Ll}-]*$/u.test(key)) return -1;
  }
  return head;
}

/** The head noun after at most LOWERCASE_MODIFIERS plain lower-case words from `k` (`older farmer`), or -1. */
function modifiedHead(words: WordList, k: number, hi: number): number {
  for (let t = k; t < hi && t - k <= LOWERCASE_MODIFIERS; t++) {
    const w = words.at(t)!;
    if (!w.isWord || w.cap) return -1;
    if (t > k && isHead(w)) return t;
    if (isHead(w) || CUE_FORMS.has(w.key) || ARTICLES.has(w.key)) return -1;
  }
  return -1;
}

function spanText(text: string, words: WordList, from: number, to: number, dropPossessive = true): string {
  const last = words.at(to - 1)!;
  let end = last.end;
  if (dropPossessive && last.possessive) {
    const t = last.text;
    end -= t.endsWith('s’') || t.endsWith("s'") ? 1 : 2;
  }
  return text.slice(words.at(from)!.start, end);
}

function capFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Tidy an all-caps label (`SENIOR ADMINISTRATION OFFICIAL`) into title case; keep anything else. */
function readable(s: string, words: WordList, from: number, to: number): string {
  let allCaps = true;
  for (let i = from; i < to; i++)
    if (words.at(i)!.isWord && !words.at(i)!.allCaps && words.at(i)!.key.length > 1) allCaps = false;
  // A lone all-caps word is an acronym (`USTR`) unless it is a lexicon word (`MODERATOR`).
  const key = words.at(from)!.key;
  return allCaps && (to - from > 1 || ROLE_NOUNS.has(key) || GROUP_NOUNS.has(key)) ? titleCase(s) : s;
}

function nameType(keys: readonly string[], words: WordList, from: number, to: number, titled: boolean): SpeakerType {
  const joined = keys.join(' ');
  // `Peggy Hicks of Human Rights Watch`: a person's name before an `of` affiliation decides the type.
  const of = keys.indexOf('of');
  if (of >= 2 && !COUNTRIES.has(joined) && nameType(keys.slice(0, of), words, from, from + of, titled) === 'person')
    return 'person';
  if (keys.some((k) => ORGANIZATION_WORDS.has(k) || MEDIA_WORDS.has(k)) || endsWithPhrase(keys, ORGANIZATION_WORDS) > 0)
    return 'organization';
  if (
    COUNTRIES.has(joined) ||
    keys.every((k) => COUNTRIES.has(k) || DEMONYMS.has(k) || ARTICLES.has(k) || COORDINATORS.has(k))
  )
    return 'country';
  // An all-caps single word is an acronym (`CCTV`), unless a title makes it a surname (`MS. JEAN-PIERRE`).
  if (to - from === 1 && words.at(from)!.allCaps && !titled) return 'organization';
  return 'person';
}

/** A mention's words as `describeMention` reads them: `[from, to)` past its articles, their keys, head and text. */
interface MentionWords {
  readonly text: string;
  readonly words: WordList;
  readonly span: MentionSpan;
  /** The first word past the mention's articles. */
  readonly from: number;
  readonly to: number;
  /** The mention opens with an indefinite article (`a spokesman`). */
  readonly indefinite: boolean;
  readonly keys: readonly string[];
  readonly head: string;
  readonly last: Word;
  /** The mention's text past its articles, tidied. */
  readonly core: string;
  readonly maxNameWords: number;
}

/** The fields of a description that is no name. */
function unnamed(): Omit<MentionInfo, 'kind' | 'type' | 'name'> {
  return { role: null, roleHead: null, pronoun: null, nameKeys: [] as string[], nameKey: '' };
}

/**
 * Classify a mention: pronoun, group, anonymous source, document, government, role noun, or a
 * name split into role and name (`Foreign Ministry Spokesperson Hong Lei`). For `organization`
 * mentions by common noun (`the committee`), `roleHead` carries that noun. Passes: a qualified
 * head (`economists at the bank`), a pronoun or quantifier, a common noun, else a name.
 */
function describeMention(text: string, words: WordList, span: MentionSpan, maxNameWords = 0): MentionInfo {
  // `a spokesman for the ministry, Kari Aalto`: the name in apposition says who the noun phrase is.
  const named = nameInApposition(words, span);
  if (named >= 0) return describeMention(text, words, { from: named, to: span.to }, maxNameWords);
  // `Vera Lind MP`, `Ana Berg QC`, `Tom Hale Jr.`: letters after a full name are no part of it.
  if (postnominalAt(words, span))
    return describeMention(text, words, { from: span.from, to: span.to - 1 }, maxNameWords);
  let from = span.from;
  const to = span.to;
  const indefinite = INDEFINITE.has(words.at(from)!.key);
  while (from < to - 1 && ARTICLES.has(words.at(from)!.key)) from++;
  // `the emails obtained by the Ledger`: the document before its postmodifier is what speaks.
  // `a statement from Eritrea's foreign ministry`, `issued by China`: the named issuer speaks through it.
  for (let i = from + 1; i < to - 1; i++) {
    if (!DOCUMENT_POSTMODIFIERS.has(words.at(i)!.key) || !isDocumentWord(words.at(i - 1)!, i - 1 === from)) continue;
    const by = issuerStart(words, i, to);
    const issuer = by >= 0 && by < to ? describeMention(text, words, { from: by, to }, maxNameWords) : null;
    if (issuer && (issuer.kind === 'name' || issuer.kind === 'role' || issuer.kind === 'organization')) return issuer;
    return describeMention(text, words, { from: span.from, to: i }, maxNameWords);
  }
  // `workers interviewed by the Ledger`, `a woman rescued by Ana Holt`: the noun phrase before a past
  // participle and its named agent speaks, not the agent (`people interviewed by monitors` stays whole).
  for (let i = from + 1; i < to - 2; i++)
    if (agentAfterParticiple(words, i, to))
      return describeMention(text, words, { from: span.from, to: i }, maxNameWords);
  // `One of them`, `two of the diplomats`: one unnamed member of a group speaks.
  const count = words.at(from)!.key === 'of' && from > span.from ? from - 1 : from;
  if (isPartitiveCount(words.at(count)!.key) && words.at(count + 1)?.key === 'of')
    return { ...unnamed(), kind: 'anonymous', type: 'anonymous', name: capFirst(spanText(text, words, span.from, to)) };
  const qualified = describeQualified(text, words, span, from, maxNameWords);
  if (qualified) return qualified;
  const keys: string[] = [];
  for (let i = from; i < to; i++) keys.push(words.at(i)!.key);
  const m: MentionWords = {
    text,
    words,
    span,
    from,
    to,
    indefinite,
    keys,
    head: keys[keys.length - 1]!,
    last: words.at(to - 1)!,
    core: readable(spanText(text, words, from, to), words, from, to),
    maxNameWords,
  };
  return describePronoun(m) ?? describeCommon(m) ?? describePlacedNoun(text, words, span, from) ?? describeName(m);
}

/**
 * `A locksmith on Harbour Road`, `the baker in Brennick`: an article, a noun the lexicon does not
 * know and a place after its preposition: one unnamed person, not the place.
 */
function describePlacedNoun(text: string, words: WordList, span: MentionSpan, from: number): MentionInfo | null {
  if (from === span.from || !ARTICLES.has(words.at(span.from)!.key)) return null;
  if (placingPrepositionAfter(words, from - 1, span.to) < 0) return null;
  return { ...unnamed(), kind: 'anonymous', type: 'anonymous', name: capFirst(spanText(text, words, from, span.to)) };
}

/** Word `i` is a past participle, not an issuing one, before `by` and a capitalised agent ending before `to`. */
function agentAfterParticiple(words: WordList, i: number, to: number): boolean {
  if (!participleBeforeAgent(words, i)) return false;
  const agent = ARTICLES.has(words.at(i + 2)?.key ?? '') ? i + 3 : i + 2;
  return agent < to && words.at(agent)!.cap;
}

/**
 * Word `i` is a past participle before its agent's `by` (`interviewed by`, `seen by`), modifying the
 * noun before it; not an issuing one, whose `by` names the issuer a document speaks for (`released by`).
 */
export function participleBeforeAgent(words: WordList, i: number): boolean {
  const participle = words.at(i);
  const by = words.at(i + 1);
  return (
    participle !== undefined &&
    by !== undefined &&
    by.key === 'by' &&
    !by.cap &&
    isParticiple(participle) &&
    !participle.key.endsWith('ing') &&
    !ISSUING_PARTICIPLES.has(participle.key)
  );
}

/**
 * The first word of a name closing the span after a comma, when a lower-case noun phrase opens it
 * (`the head of the port commission, Kari Aalto`); -1 otherwise (`Maren Tolvik, leader of …`).
 */
function nameInApposition(words: WordList, { from, to }: MentionSpan): number {
  const opener = words.at(from)!;
  if (!opener.isWord || opener.cap) return -1;
  let start = to;
  while (start > from && isNameWord(words.at(start - 1)!)) start--;
  return start < to && start - 1 > from && words.at(start - 1)!.text === ',' ? start : -1;
}

/**
 * `economists at the bank`: the group noun before the preposition is the head; an unnamed
 * source keeps its qualifier (`a spokesperson for the Chinese Mission`) to tell it apart;
 * `Dr. Maria Ortiz at City Hospital`: the person before the affiliation is the speaker.
 */
function describeQualified(
  text: string,
  words: WordList,
  span: MentionSpan,
  from: number,
  maxNameWords: number,
): MentionInfo | null {
  const to = span.to;
  for (let i = from + 1; i < to - 1; i++) {
    const noun = words.at(i - 1)!;
    // (`Ruth Calloway of the firm Hale & Pemberton`: so is `of` before an article, after a full name;
    // one capitalised word is as often a thing's: `Video of the Minister's statement`.)
    const affiliation =
      AFFILIATION_PREPOSITIONS.has(words.at(i)!.key) ||
      (words.at(i)!.key === 'of' && ARTICLES.has(words.at(i + 1)!.key) && i - span.from >= 2);
    if (affiliation && isNameWord(noun)) {
      const person = describeMention(text, words, { from: span.from, to: i }, maxNameWords);
      if (person.kind === 'name' && person.type === 'person') return person;
    }
    // (`A man outside the embassy in Kesh Varra`: a place's preposition qualifies the source too.)
    const qualifier = MENTION_PREPOSITIONS.has(words.at(i)!.key) || GROUP_QUALIFIER_PREPOSITIONS.has(words.at(i)!.key);
    if (!qualifier || noun.cap) continue;
    if (GROUP_NOUNS.has(noun.key)) return describeMention(text, words, { from: span.from, to: i }, maxNameWords);
    if (ANONYMOUS_NOUNS.has(noun.key) || AGE_NOUN.test(noun.key)) {
      return {
        kind: 'anonymous',
        type: 'anonymous',
        name: capFirst(spanText(text, words, from, to)),
        role: null,
        roleHead: null,
        pronoun: null,
        nameKeys: [],
        nameKey: '',
      };
    }
  }
  return null;
}

/** The subject pronoun of each object pronoun that names a speaker. */
const SUBJECT_OF_OBJECT: ReadonlyMap<string, string> = new Map([
  ['him', 'he'],
  ['her', 'she'],
  ['them', 'they'],
]);

/** `he`, `we`, `her`, `some`, `the two`: a pronoun or a quantifier standing for a group. */
function describePronoun({ words, from, to, head, last, core }: MentionWords): MentionInfo | null {
  const base = unnamed();
  if (to - from === 1 && FIRST_PERSON.has(head))
    return { ...base, kind: 'pronoun', type: 'pronoun', name: words.at(from)!.text, pronoun: 'first' };
  if (to - from === 1 && SECOND_PERSON.has(head))
    return { ...base, kind: 'pronoun', type: 'pronoun', name: words.at(from)!.text, pronoun: 'second' };
  if (to - from === 1 && PRONOUNS.has(head))
    return { ...base, kind: 'pronoun', type: 'pronoun', name: words.at(from)!.text, pronoun: PRONOUNS.get(head)! };
  // `quoted her as saying`: an object pronoun names its person as the subject pronoun does.
  const subjectForm = to - from === 1 ? SUBJECT_OF_OBJECT.get(head) : undefined;
  if (subjectForm)
    return {
      ...base,
      kind: 'pronoun',
      type: 'pronoun',
      name: words.at(from)!.text,
      pronoun: PRONOUNS.get(subjectForm)!,
    };
  if (QUANTIFIER_SUBJECTS.has(head) && !last.cap)
    return { ...base, kind: 'group', type: 'group', name: capFirst(core) };
  if (to - from === 1 && QUANTIFIER_SUBJECTS.has(head)) return { ...base, kind: 'group', type: 'group', name: core };
  return null;
}

/**
 * The role's head whose last title is key `i`: that title with the title words before it (`vice
 * president`, not `president`) and a subordinate word before those (`deputy mayor`): `Deputy Mayor
 * Rolf Amsel` holds no office a bare `the mayor` stands for.
 */
function titleHead(keys: readonly string[], i: number): string {
  let n = endsWithPhrase(keys.slice(0, i + 1), TITLES);
  if (i - n >= 0 && SUBORDINATE_TITLE_WORDS.has(keys[i - n]!)) n++;
  return keys.slice(i + 1 - n, i + 1).join(' ');
}

/**
 * A capitalised head (`Peter Law`, `the Washington Post`) is a name, unless it is the mention's
 * only word (`Analysts`), an all-caps label, or a role after `the` (`the Spokesperson`): those
 * and every lower-case head are a document, group, government, role, anonymous source or
 * organisation by their head noun.
 */
function describeCommon(m: MentionWords): MentionInfo | null {
  const { words, span, from, to, keys, head, last, core, indefinite } = m;
  const base = unnamed();
  const common = !last.cap || last.allCaps || to - from === 1;
  const definiteRole = TITLES.has(head) && words.at(span.from)!.key === 'the';
  if (!common && !definiteRole) return null;
  if (common && endsWithPhrase(keys, DOCUMENT_NOUNS) > 0) return describeDocument(m);
  if (common && endsWithPhrase(keys, GROUP_NOUNS) > 0)
    return { ...base, kind: 'group', type: 'group', name: capFirst(core) };
  if (common && endsWithPhrase(keys, GOVERNMENT_NOUNS) > 0 && !indefinite)
    return { ...base, kind: 'government', type: 'country', name: capFirst(core) };
  if (TITLES.has(head) && !indefinite && !HONORIFICS.has(head)) {
    return {
      ...base,
      kind: 'role',
      type: 'person',
      name: capFirst(core),
      role: core,
      roleHead: titleHead(keys, keys.length - 1),
    };
  }
  if (common && (endsWithPhrase(keys, ANONYMOUS_NOUNS) > 0 || TITLES.has(head)))
    return { ...base, kind: 'anonymous', type: 'anonymous', name: capFirst(core) };
  // `the council`, `the EU council`: an organisation named by its common noun.
  if (!last.cap && ORGANIZATION_WORDS.has(head))
    return { ...base, kind: 'organization', type: 'organization', name: capFirst(core), roleHead: head };
  return null;
}

/** `the FCC statement`, `China's statement`: the document speaks for its issuer; else it is a document. */
function describeDocument({ text, words, from, to, keys, core }: MentionWords): MentionInfo {
  let ownerEnd = to - endsWithPhrase(keys, DOCUMENT_NOUNS);
  while (ownerEnd > from && !isNameWord(words.at(ownerEnd - 1)!)) ownerEnd--;
  if (ownerEnd > from) {
    let ownerStart = ownerEnd - 1;
    while (
      ownerStart > from &&
      (isNameWord(words.at(ownerStart - 1)!) || particleJoins(words, ownerStart - 1, from, ownerEnd))
    )
      ownerStart--;
    const owner = describeMention(text, words, { from: ownerStart, to: ownerEnd });
    if (owner.kind === 'name') return owner;
  }
  return { ...unnamed(), kind: 'document', type: 'document', name: capFirst(core) };
}

/** Where a mention's name lies: `[nameStart, nameEnd)`, after its role; `titled` when a title word leads it. */
interface NameBounds {
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly titled: boolean;
}

/** Most letters of a title's abbreviation that may also be a surname (`Sen`, `Gen`). */
const SHORT_TITLE_LETTERS = 3;

/**
 * `Hun Sen`, `Amartya Sen`: a title's short abbreviation written without its full stop, last in the
 * mention and after a name word, is the surname, not a title (`Sen. Ilves` opens a name instead).
 */
function surnameLikeTitle(words: WordList, k: number, to: number): boolean {
  const w = words.at(k)!;
  const before = words.at(k - 1);
  return (
    k === to - 1 &&
    w.text.length <= SHORT_TITLE_LETTERS &&
    !w.allCaps &&
    before !== undefined &&
    isNameWord(before) &&
    !TITLES.has(before.key)
  );
}

/**
 * A name: the trailing run of capitalised non-title words; what precedes it is the role.
 * Null when no such run ends the mention.
 */
function nameBounds({ words, from, to, keys, maxNameWords }: MentionWords): NameBounds | null {
  let nameStart = to;
  while (nameStart > from) {
    const w = words.at(nameStart - 1)!;
    if (
      (isNameWord(w) &&
        (!TITLES.has(w.key) || surnameLikeTitle(words, nameStart - 1, to)) &&
        !styleOfAddress(words, nameStart - 1)) ||
      (abbreviationDot(words, nameStart - 1) && words.at(nameStart - 2)!.text.length === 1)
    )
      nameStart--;
    else if (nameStart - 1 > from && particleJoins(words, nameStart - 1, from, to)) nameStart--;
    else if (nicknameMark(words, nameStart - 1)) nameStart--;
    else break;
  }
  if (nameStart === to) return null;
  // `the chief of the port in Vell`: after a role and a place's preposition, capitals name where the role is
  // held, no person (`analysts at Brisling Securities` name their firm, `Dr. Ortiz at City Hospital` hers).
  const before = words.at(nameStart - 1)!;
  if (
    nameStart > from &&
    !before.cap &&
    LOCATIVE_PREPOSITIONS.has(before.key) &&
    !ROLE_OBJECT_PREPOSITIONS.has(before.key) &&
    keys.slice(0, nameStart - 1 - from).some((key) => TITLES.has(key)) &&
    !keys.slice(nameStart - from).some((key) => ORGANIZATION_WORDS.has(key))
  )
    return null;
  let nameEnd = to;
  // `Secretary of State Mike Pompeo`: a title's `of` phrase belongs to the role, not the name.
  let roleObject = false;
  let portfolio = false;
  while (nameStart < to - 1 && NAME_PARTICLES.has(words.at(nameStart)!.key) && !words.at(nameStart)!.cap) {
    let k = nameStart + 1;
    while (k < to - 1 && ARTICLES.has(words.at(k)!.key)) k++;
    if (k + 1 >= to) break;
    // `Minister for Emergency Situations`: only a title's `of`/`for` takes a portfolio (not `the army and the … Defence Front`).
    // (`Minister of Mines and Energy Transition`: a coordinator inside the object keeps its portfolio.)
    const particle = words.at(nameStart)!.key;
    portfolio = ROLE_OBJECT_PREPOSITIONS.has(particle) || (portfolio && COORDINATORS.has(particle));
    nameStart = k + 1;
    roleObject = true;
  }
  // `Minister of Education`: a title and its object, with no name after them.
  if (NAME_PARTICLES.has(words.at(nameStart)!.key) && !words.at(nameStart)!.cap) return null;
  // `Ambassador to the United Nations Karen Hale`, `Minister for Emergency Situations Dalia Korsun`: the role's
  // object runs to its last organisation, country or portfolio word.
  if (roleObject) nameStart = nameAfterRoleObject(keys, from, nameStart, to, portfolio);
  // `Minister of Religious Affairs and Heritage`: the object's coordinated noun is no name either; a name
  // may follow it (`Minister of Foreign Affairs and Energy Leyla Arvas`), and so may more of the
  // object (`Minister of Mines and Energy Transition Teodora Ruskell`).
  if (roleObject && COORDINATORS.has(words.at(nameStart)!.key) && !words.at(nameStart)!.cap) {
    if (to - nameStart <= 2) return null;
    nameStart = nameAfterRoleObject(keys, from, nameStart + 2, to, portfolio);
  }
  let titled = false;
  for (let i = from; i < nameStart; i++) if (TITLES.has(words.at(i)!.key)) titled = true;
  // In a title-case headline a titled name has no right edge (`… Karine Jean-Pierre Aboard Air Force One`).
  if (maxNameWords && titled) nameEnd = Math.min(nameEnd, nameStart + maxNameWords);
  return { nameStart, nameEnd, titled };
}

/** A name with the role before it (`Foreign Ministry Spokesperson Hong Lei`), or a capitalised common noun. */
function describeName(m: MentionWords): MentionInfo {
  const { text, words, from, to, keys, head, core } = m;
  const bounds = nameBounds(m);
  if (!bounds) {
    // `Minister of Education`, `Dean of Engineering`: a role in title case.
    const title = keys[0]!;
    if (TITLES.has(title) && !HONORIFICS.has(title) && !m.indefinite)
      return { ...unnamed(), kind: 'role', type: 'person', name: capFirst(core), role: core, roleHead: title };
    return { ...unnamed(), kind: 'anonymous', type: 'anonymous', name: capFirst(core) };
  }
  const { nameStart, titled } = bounds;
  let nameEnd = bounds.nameEnd;
  const nameKeys = keysWithoutNickname(words, nameStart, nameEnd);
  const type = nameType(nameKeys, words, nameStart, nameEnd, titled);
  if (type === 'person') {
    // `Angela Merkel of Germany`: the `of` phrase is part of the role, not the name.
    for (let i = nameStart + 1; i < nameEnd; i++)
      if (words.at(i)!.key === 'of') {
        nameEnd = i;
        break;
      }
  }
  // `Joint Statement`, `The Report`: a capitalised common noun is a document or group, not a person.
  if (
    type === 'person' &&
    nameEnd === to &&
    (DOCUMENT_NOUNS.has(head) || GROUP_NOUNS.has(head) || GOVERNMENT_NOUNS.has(head))
  ) {
    const kind = DOCUMENT_NOUNS.has(head) ? 'document' : GROUP_NOUNS.has(head) ? 'group' : 'government';
    return { ...unnamed(), kind, type: kind === 'government' ? 'country' : kind, name: core };
  }
  const roleText = nameStart > from ? text.slice(words.at(from)!.start, words.at(nameStart - 1)!.end) : null;
  let roleHead: string | null = null;
  // The role's head is its last title, with the title words before it (`vice president`, not `president`).
  for (let i = from; i < nameStart; i++) {
    if (!TITLES.has(words.at(i)!.key)) continue;
    roleHead = titleHead(keys, i - from);
  }
  const finalKeys = nameEnd < bounds.nameEnd ? keysWithoutNickname(words, nameStart, nameEnd) : nameKeys;
  const role = type === 'person' && roleText && roleHead && !HONORIFICS.has(roleHead) ? roleText : null;
  const nameText =
    type === 'person'
      ? readable(textWithoutNickname(text, words, nameStart, nameEnd), words, nameStart, nameEnd)
      : core;
  return {
    kind: 'name',
    type,
    name: nameText,
    role,
    roleHead: role ? roleHead : null,
    pronoun: null,
    nameKeys: finalKeys,
    nameKey: finalKeys.join(' '),
  };
}

/** The mention ends with a postnominal after two capitalised name words (`Vera Lind MP`). */
function postnominalAt(words: WordList, span: MentionSpan): boolean {
  return (
    span.to - span.from >= 3 &&
    POSTNOMINALS.has(words.at(span.to - 1)!.key) &&
    isNameWord(words.at(span.to - 2)!) &&
    isNameWord(words.at(span.to - 3)!)
  );
}

/**
 * Mentions recur within and across documents, and a mention's description depends only on its
 * words: describe each distinct mention text once (per `maxNameWords`). Bounded, and cleared
 * whole, so memory stays flat; large enough that an archive's recurring names outlive a clearing
 * (a corpus of 1,500 documents holds more than 20,000 distinct mentions).
 */
const DESCRIBED = new Map<number, TextCache<MentionInfo>>();
const DESCRIBED_MAX = 50000;

/** `describeMention`, remembered by the mention's text. The result is shared: never modify it. */
export function describeMentionOnce(text: string, words: WordList, span: MentionSpan, maxNameWords = 0): MentionInfo {
  let described = DESCRIBED.get(maxNameWords);
  if (!described) {
    described = new TextCache(DESCRIBED_MAX);
    DESCRIBED.set(maxNameWords, described);
  }
  // A one-word mention's text is its token's: no new string to make and hash.
  const key =
    span.to - span.from === 1
      ? words.at(span.from)!.text
      : text.slice(words.at(span.from)!.start, words.at(span.to - 1)!.end);
  return described.get(key) ?? described.add(key, () => detachedInfo(describeMention(text, words, span, maxNameWords)));
}

/** A description to keep across documents: its strings must not keep its document's text alive. */
function detachedInfo(info: MentionInfo): MentionInfo {
  return {
    ...info,
    name: detach(info.name),
    role: info.role === null ? null : detach(info.role),
    roleHead: info.roleHead === null ? null : detach(info.roleHead),
    nameKeys: info.nameKeys.map(detach),
    nameKey: detach(info.nameKey),
  };
}

/**
 * A possessive pronoun (`her` in `In her view`, `Her reply was short:`) as the mention of its
 * person: described like the pronoun it stands for, so it resolves like one; null for any other word.
 */
export function describePossessivePronoun(text: string, words: WordList, at: number): MentionInfo | null {
  const pronoun = POSSESSIVE_PRONOUNS.get(words.at(at)!.key);
  if (!pronoun) return null;
  return {
    ...describeMentionOnce(text, words, { from: at, to: at + 1 }),
    kind: 'pronoun',
    pronoun: PRONOUNS.get(pronoun)!,
  };
}

/**
 * Where a name starts after a title's object from word `start` on: past its last organisation,
 * country or (after a title's `of`/`for`: `portfolio`) portfolio word, the name's last word left.
 * `keys` are the words' keys from word `from`.
 */
function nameAfterRoleObject(
  keys: readonly string[],
  from: number,
  start: number,
  to: number,
  portfolio: boolean,
): number {
  let nameStart = start;
  for (let i = start; i < to - 1; i++) {
    const key = keys[i - from]!;
    if (ORGANIZATION_WORDS.has(key) || COUNTRIES.has(key) || (portfolio && PORTFOLIO_WORDS.has(key))) nameStart = i + 1;
  }
  return nameStart;
}
