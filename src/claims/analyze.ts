import { tokenColumnsOf, type Doc, type Sentence, type Span, type TokenColumns } from '../text';
import { lexicon, type CompiledLexicon, type Cue, type Side } from './lexicon/compile';
import { ownSideWithin, type OwnSide } from './own-side';
import type { PhraseMatch, PhraseTrie } from './phrase-trie';
import type { ClaimType } from './types';
import {
  AUXILIARY,
  CALENDAR,
  CAPITALIZED,
  CLAUSE_BREAKER,
  CLAUSE_PUNCT,
  CLOSING,
  CONDITIONAL,
  CONTRAST,
  CUE,
  DETERMINER,
  DISCOURSE,
  ED_FORM,
  FUTURE_CLITIC,
  IMPERATIVE_EXCEPTION,
  PAST_BEFORE_FUTURE,
  PAST_VERB,
  PRESENT_VERB,
  SCHEDULED,
  FRONTED,
  FUTURE,
  IMPERATIVE,
  NEGATOR,
  NUMBER,
  OBLIGATION,
  OTHER_PRONOUN,
  OWN_PRONOUN,
  PARTICIPLE,
  RELATIVE,
  REPORT_VERB,
  TIME,
  wordInfoOfForm,
  type WordInfo,
} from './word-info';

/** A lexicon cue found in a sentence; token positions are local to the sentence. */
export interface CueHit {
  readonly type: ClaimType;
  readonly weight: number;
  readonly phrase: string;
  readonly cue: Cue;
  readonly start: number;
  readonly end: number;
  /** A negator stands shortly before the cue. */
  readonly negated: boolean;
  /** The cue only counts under negation (`does not accept`). */
  readonly negatedOnly: boolean;
  readonly clause: number;
  /** Every token of the cue lies in the reporting frame (`, said X at a press conference`). */
  readonly inFrame: boolean;
}

export interface Clause {
  readonly start: number;
  readonly end: number;
  readonly subjectStart: number;
  readonly subjectEnd: number;
  readonly side: Side;
  /** The clause opens with a contrast (`but`, `however`, `yet`): it carries the sentence's point over what it concedes. */
  readonly contrast: boolean;
  /** The clause follows a colon (`Her message was clear: release them.`). */
  readonly afterColon: boolean;
}

/**
 * `scheduled`: a future announcing an event (`will travel`, `will be granted`), not a prediction.
 * `norm`: an obligation stating what something must be (`must be the cornerstone`), a principle
 * rather than a demand.
 */
export type ModalKind = 'future' | 'scheduled' | 'conditional' | 'obligation' | 'norm' | 'imperative';

export interface Modal {
  readonly kind: ModalKind;
  readonly start: number;
  readonly end: number;
  readonly clause: number;
  /** The modal stands away from its clause's subject, in an embedded clause whose subject is unknown. */
  readonly embedded: boolean;
  /** The modal follows `says he`, `said that they`: the reported party speaks of its own future. */
  readonly reportedSelf: boolean;
  /** A future governing a verb of conduct one commits to (`will provide`, `will continue`; modality.json 'commitVerbs'). */
  readonly commits: boolean;
}

/** The tense of the main verb right after the main clause's subject, when it shows. */
export type Tense = 'past' | 'present' | null;

/** What the rules and the model see of one sentence. Positions are indices into `words`. */
export interface SentenceAnalysis {
  readonly sentence: Sentence;
  /** The document's tokens as columns (offsets and shared forms: no `Token` object is built for the rules). */
  readonly columns: TokenColumns;
  /** First token of the sentence in `columns`. */
  readonly offset: number;
  readonly words: readonly WordInfo[];
  /** 1 for tokens of the reporting frame rather than of the claim; empty when there is no frame. */
  readonly frame: Uint8Array;
  readonly hits: readonly CueHit[];
  readonly clauses: readonly Clause[];
  /** Index of the main clause: the last clause opened by a contrast (`…, but we oppose …`), else the first. */
  readonly main: number;
  readonly modals: readonly Modal[];
  readonly question: boolean;
  readonly questionTurn: boolean;
  /** The voice is a transcript role whose lines are not claims (moderator, reporter). */
  readonly nonClaimVoice: boolean;
  /** A named party (not the outlet) speaks: a question of its own is rhetorical. */
  readonly voiced: boolean;
  /** The author's voice in a report that quotes others: the outlet narrates, its present tense is news. */
  readonly reporter: boolean;
  /** The document answers a critic (see SentenceContext.reply). */
  readonly reply: boolean;
  /** The sentence names a party the document answers (a critic), outside the reporting frame. */
  readonly critic: boolean;
  /** Some word is a criticism word (counter.json 'criticWords'). */
  readonly criticWords: boolean;
  readonly leadIn: boolean;
  readonly title: boolean;
  /** A line of names and a date only (`OSCE Permanent Council 1390 Vienna, 22 September 2022`): a dateline. */
  readonly dateline: boolean;
  /** A short line without sentence punctuation inside the text: a section heading or a label. */
  readonly heading: boolean;
  /** A broadcast sign-off naming the station or reporter (`I'm Jane Doe.`, `AP's Jane Doe reports.`). */
  readonly signOff: boolean;
  readonly tense: Tense;
  /** The main verb is a present progressive (`is making`, `are facing`): an ongoing event, not a standing truth. */
  readonly progressive: boolean;
  /** Words (not punctuation) in the sentence. */
  readonly wordCount: number;
  /** Some word may start a critic reference or an own-record phrase (see counter.json). */
  readonly mayReturnCriticism: boolean;
  /** Positions of numbers and time expressions outside the frame. */
  readonly numbers: readonly number[];
  readonly times: readonly number[];
  /** The party a cleft puts in focus (`It is the other side that …`), or null. */
  readonly cleft: CleftFocus | null;
  /** The words of a condition (`if the repression continues`), from its opener to its comma, or null. */
  readonly condition: WordSpan | null;
}

export interface WordSpan {
  readonly start: number;
  readonly end: number;
}

/** The words between a cleft's opener and its `that`/`who`, and whose side they name. */
export interface CleftFocus {
  readonly start: number;
  readonly end: number;
  readonly side: Side;
}

/** What is known about the sentence from speaker attribution. */
export interface SentenceContext {
  /** Words of the speaker's own side (its country, organisation, name), or null. */
  readonly ownSide: OwnSide | null;
  /** The spans of quoted content in the sentence; outside them is the reporting frame. */
  readonly quoted: readonly Span[];
  /** The sentence is part of a journalist's turn: not a claim, whatever it says. */
  readonly questionTurn: boolean;
  /** The voice is a transcript role whose lines are not claims (moderator, reporter). */
  readonly nonClaimVoice: boolean;
  /** A named party (not the outlet) speaks. */
  readonly voiced?: boolean;
  /** The author's voice in a report that quotes others. */
  readonly reporter?: boolean;
  /** Spans in the sentence that name a party the document answers (see classify.ts, `criticsOf`). */
  readonly criticSpans?: readonly Span[];
  /** The document answers a critic: the speakers stage names one, or an earlier sentence did (see classify.ts). */
  readonly reply?: boolean;
  /** The sentence is the document's last: without final punctuation it is still a sentence, not a heading. */
  readonly lastLine?: boolean;
  /** Normalised names of critics found in earlier sentences (see classify.ts), or null. */
  readonly criticNames?: ReadonlySet<string> | null;
}

const MAX_SUBJECT_WORDS = 6;
const MAX_RELATIVE_SUBJECT_WORDS = 12;
const MAX_FRONTED_WORDS = 15;
/** A verbless adverbial opened by a number may name places and parties at length before its comma. */
const MAX_COUNTED_ADVERBIAL_WORDS = 25;
/** How far an inverted attribution (`, said Hong`) may sit from the end or from its comma. */
const INVERTED_REACH = 5;
/** `X said that …` frames a leading report only when the verb comes this early. */
const LEADING_REPORT_REACH = 10;
const NO_FRAME = new Uint8Array(0);
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '…']);
/** A line without final punctuation and at most this many words is a heading. */
const MAX_HEADING_WORDS = 12;
/** Longest title line read as one although it ends with a full stop (it has no finite verb). */
const MAX_DOTTED_TITLE_WORDS = 30;

/**
 * The line is shaped like a title: a headline; a section title inside the text (`EU Statement on
 * the situation in …`), unpunctuated like a headline; or, as some pages end a title with a full
 * stop (`UK Statement for the Universal Periodic Review on …`), a line of its own with no verb,
 * no pronoun and no claim's cue, unless an article opens it (`The statement follows a threat …`).
 */
function titleShaped(
  doc: Doc,
  sentence: Sentence,
  words: readonly WordInfo[],
  hits: readonly CueHit[],
  { lastText, wordCount }: { readonly lastText: string; readonly wordCount: number },
): boolean {
  if (sentence.headline || (!SENTENCE_END.has(lastText) && wordCount <= MAX_HEADING_WORDS)) return true;
  return (
    lastText === '.' &&
    wordCount <= MAX_DOTTED_TITLE_WORDS &&
    aloneInParagraph(doc, sentence) &&
    !(words[0]!.flags & DETERMINER) &&
    !hasVerbForm(words) &&
    // `We welcome the statement.`: a pronoun or a claim's cue makes it a sentence whose verb the lexicons do not know.
    !words.some((w) => w.flags & (OWN_PRONOUN | OTHER_PRONOUN)) &&
    !hits.some((h) => !TOPIC_TYPES.has(h.type))
  );
}

/** Some lower-case word is a finite verb, a report verb or an `-ed` form (capitalised ones belong to names: `United`). */
function hasVerbForm(words: readonly WordInfo[]): boolean {
  for (const word of words)
    if (word.flags & (VERB_FORMS | AUXILIARY | ED_FORM) && !(word.flags & CAPITALIZED)) return true;
  return false;
}

/** The sentence is its paragraph's only one: a line of its own. */
function aloneInParagraph(doc: Doc, sentence: Sentence): boolean {
  const before = doc.sentences[sentence.index - 1];
  const after = doc.sentences[sentence.index + 1];
  return (
    (before === undefined || before.paragraph !== sentence.paragraph) &&
    (after === undefined || after.paragraph !== sentence.paragraph)
  );
}
/** A credit line names a speaker, an occasion and a place: longer lines are sentences. */
const MAX_CREDIT_WORDS = 30;
/** How far after its subject a modal still belongs to the main clause. */
const MODAL_REACH = 2;

export function analyzeSentence(doc: Doc, sentence: Sentence, context: SentenceContext): SentenceAnalysis {
  const lex = lexicon();
  const columns = tokenColumnsOf(doc);
  const offset = sentence.tokenStart;
  const n = sentence.tokenEnd - offset;
  const names = context.criticNames;
  // 1. Each token's word information, and what the sentence holds at all.
  const { words, seen, wordCount, critic, ownRecord, criticWords, named } = scanWords(columns, offset, n, names);
  let last = n - 1;
  while (last >= 0 && words[last]!.flags & CLOSING) last--;
  const lastText = last >= 0 ? words[last]!.norm : '';
  // 2. The reporting frame, the clauses and their subjects, the cues and the modals.
  const frame =
    context.quoted.length > 0
      ? frameOutsideQuotes(columns, offset, n, context.quoted)
      : seen & REPORT_VERB
        ? frameOfReporting(words, sentence.headline)
        : NO_FRAME;
  const read: SentenceWords = { lex, words, frame, headline: sentence.headline };
  // `if` is a relative word, `unless` a clause breaker: most sentences hold neither.
  const condition = seen & (RELATIVE | CLAUSE_BREAKER) ? conditionSpan(read) : null;
  const clauses = splitClauses(words, seen).map(([start, end]) =>
    findSubject(read, context.ownSide, start, end, condition),
  );
  const main = mainClause(clauses);
  const hits = seen & CUE ? findCues(read, clauses, (seen & NEGATOR) !== 0) : [];
  const modals =
    seen & (FUTURE | FUTURE_CLITIC | CONDITIONAL | OBLIGATION | IMPERATIVE)
      ? findModals(read, clauses, lastText === '?', condition).filter((m) => !inHedge(lex, words, m.start))
      : [];
  const titledLine =
    titleShaped(doc, sentence, words, hits, { lastText, wordCount }) && isTitle(lex, words, hits, modals);
  // 3. Figures and dates outside the frame.
  const { numbers, times } =
    seen & (NUMBER | TIME | CALENDAR) && wordCount >= lex.minFactWords ? factPositions(read, hits) : NO_FACTS;
  // 4. The sentence's form: its tense, a question, a heading, a title, a sign-off.
  // A document's last line may lack its full stop (`The ambassador was recalled due to …`): still a sentence.
  const lastLine =
    context.lastLine === true && !sentence.headline && !SENTENCE_END.has(lastText) && wordCount >= lex.lastLineMinWords;
  const tense =
    (SENTENCE_END.has(lastText) || lastLine) && lastText !== '?' ? tenseAfter(lex, words, clauses[main]!, frame) : null;
  // A credit (`Statement by the Foreign Secretary at …`) is a line, not a paragraph: `Statements by the agencies on May 6 cited …, distorted … and claimed …` is a sentence.
  const title = titledLine || (wordCount <= MAX_CREDIT_WORDS && creditLine(lex, words));
  return {
    sentence,
    columns,
    offset,
    words,
    frame,
    hits,
    clauses,
    main,
    modals,
    question: lastText === '?' || (frame.length > 0 && lastOutsideFrame(words, frame) === '?'),
    questionTurn: context.questionTurn,
    nonClaimVoice: context.nonClaimVoice,
    voiced: context.voiced === true,
    reporter: context.reporter === true,
    reply: context.reply === true,
    critic:
      (named && criticNameOutsideFrame(words, frame, names!)) ||
      (context.criticSpans !== undefined &&
        context.criticSpans.length > 0 &&
        criticNamed(columns, offset, n, frame, context.criticSpans)),
    criticWords,
    leadIn: lastText === ':',
    title,
    // `Vienna, 7 December 2023.`: a place and a date, with or without its full stop.
    dateline: (!SENTENCE_END.has(lastText) || lastText === '.') && isDateline(lex, words),
    heading:
      !sentence.headline &&
      !SENTENCE_END.has(lastText) &&
      wordCount <= MAX_HEADING_WORDS &&
      !(lastLine && tense !== null),
    signOff: lastText === '.' && wordCount <= lex.signOffMaxWords && isSignOff(lex, words, last),
    tense,
    progressive: tense === 'present' && progressiveAfter(lex, words, clauses[main]!),
    wordCount,
    mayReturnCriticism: critic && ownRecord,
    numbers,
    times,
    cleft: cleftFocus(read, context.ownSide, clauses[main]!),
    condition,
  };
}

/** What one pass over the sentence's tokens finds. */
interface WordScan {
  readonly words: WordInfo[];
  /** The union of every word's flags: what the sentence holds at all. */
  readonly seen: number;
  readonly wordCount: number;
  readonly critic: boolean;
  readonly ownRecord: boolean;
  readonly criticWords: boolean;
  /** Some capitalised word is one of `names`. */
  readonly named: boolean;
}

function scanWords(
  columns: TokenColumns,
  offset: number,
  n: number,
  names: ReadonlySet<string> | null | undefined,
): WordScan {
  const forms = columns.forms;
  const words: WordInfo[] = [];
  let seen = 0;
  let wordCount = 0;
  let critic = false;
  let ownRecord = false;
  let criticWords = false;
  let named = false;
  for (let i = 0; i < n; i++) {
    const info = wordInfoOfForm(forms[offset + i]!);
    words.push(info);
    seen |= info.flags;
    if (info.word) wordCount++;
    if (info.criticStart) critic = true;
    if (info.ownRecordStart) ownRecord = true;
    if (info.criticWord) criticWords = true;
    if (names && info.flags & CAPITALIZED && names.has(info.normalized)) named = true;
  }
  return { words, seen, wordCount, critic, ownRecord, criticWords, named };
}

/**
 * The first condition outside the frame (`if`, `unless`: modality.json 'conditions'): up to its
 * comma when it opens the sentence or a clause, else to the sentence's end (`…, if it continues`).
 */
function conditionSpan({ lex, words, frame }: SentenceWords): WordSpan | null {
  for (let i = 0; i < words.length; i++) {
    // Condition openers are relative words or clause breakers: the flags spare most look-ups.
    if (!(words[i]!.flags & (RELATIVE | CLAUSE_BREAKER))) continue;
    if ((frame.length > 0 && frame[i]) || !lex.conditionOpeners.has(words[i]!.normalized)) continue;
    let end = i + 1;
    while (end < words.length && words[end]!.norm !== ',' && !SENTENCE_END.has(words[end]!.norm)) end++;
    return { start: i, end };
  }
  return null;
}

/**
 * `It is the other side that held our fishermen`: a cleft opener at the start of the main clause,
 * then, in focus before `that` or `who`, a party: opened by a name, a determiner or a pronoun,
 * holding a name or a pronoun, within `cleftReach` words, no punctuation or auxiliary. `It is important
 * that …` and `It was in March that …` name none.
 */
function cleftFocus({ lex, words }: SentenceWords, ownSide: OwnSide | null, main: Clause): CleftFocus | null {
  if (main.subjectStart >= main.end) return null;
  const opener: PhraseMatch<true>[] = [];
  lex.cleftOpeners.matchAt(words, main.subjectStart, main.end, opener);
  if (opener.length === 0) return null;
  const start = opener[opener.length - 1]!.end;
  const first = words[start];
  if (!first || !(first.flags & (CAPITALIZED | DETERMINER | OTHER_PRONOUN | OWN_PRONOUN))) return null;
  let party = false;
  for (let j = start; j < main.end && j - start <= lex.cleftReach; j++) {
    const word = words[j]!;
    if (!word.word || word.flags & AUXILIARY) return null;
    if (j > start && (word.norm === 'that' || word.norm === 'who'))
      return party ? { start, end: j, side: sideOf(words, ownSide, start, j) } : null;
    if ((word.flags & CAPITALIZED && !(word.flags & CALENDAR)) || word.flags & (OTHER_PRONOUN | OWN_PRONOUN))
      party = true;
  }
  return null;
}

/**
 * Only names, numbers, calendar words and 'datelineWords' (`of`, `the`, `No.`), with a number and
 * a capitalised calendar word among them: a place and date line, not a claim.
 */
function isDateline(lex: CompiledLexicon, words: readonly WordInfo[]): boolean {
  let number = false;
  let calendar = false;
  for (const word of words) {
    if (!word.word) continue;
    if (word.flags & NUMBER) number = true;
    else if (word.flags & CALENDAR && word.flags & CAPITALIZED) calendar = true;
    else if (!(word.flags & CAPITALIZED) && !lex.datelineWords.has(word.normalized)) return false;
  }
  return number && calendar;
}

/** The sentence's words as the analysis passes read them. */
interface SentenceWords {
  readonly lex: CompiledLexicon;
  readonly words: readonly WordInfo[];
  /** 1 for tokens of the reporting frame; empty when there is no frame. */
  readonly frame: Uint8Array;
  readonly headline: boolean;
}

const NO_FACTS: { readonly numbers: readonly number[]; readonly times: readonly number[] } = { numbers: [], times: [] };

/** Positions of numbers and of time words outside the frame; a time word inside a reported-fact cue is the cue's. */
function factPositions(
  { words, frame }: SentenceWords,
  hits: readonly CueHit[],
): { readonly numbers: readonly number[]; readonly times: readonly number[] } {
  const numbers: number[] = [];
  const times: number[] = [];
  for (let i = 0; i < words.length; i++) {
    if (frame.length > 0 && frame[i]) continue;
    const flags = words[i]!.flags;
    if (flags & NUMBER) numbers.push(i);
    else if (
      (flags & TIME || (flags & CALENDAR && flags & CAPITALIZED && i > 0)) &&
      !hits.some((h) => h.type === 'reported_fact' && h.start <= i && i < h.end)
    )
      times.push(i);
  }
  return { numbers, times };
}

/** True when the token at `i` is part of the reporting frame. */
export function inFrame(analysis: SentenceAnalysis, i: number): boolean {
  return analysis.frame.length > 0 && analysis.frame[i] === 1;
}

/** A phrase of `trie` starts among the first `reach` words. */
function startsWithin<T>(trie: PhraseTrie<T>, words: readonly WordInfo[], reach: number): boolean {
  const out: PhraseMatch<T>[] = [];
  for (let i = 0, seenWords = 0; i < words.length && seenWords < reach && out.length === 0; i++) {
    if (!words[i]!.word) continue;
    trie.matchAt(words, i, words.length, out);
    seenWords++;
  }
  return out.length > 0;
}

/**
 * Before `last`, the line is only names: an introduction (`I'm`, `This is`) at the start or after a
 * comma followed by names, or names closed by a sign-off verb (`has more`). Only capitalised words,
 * commas and name words (`news`) may stand for names, so `This is a violation.` is a claim.
 */
function isSignOff(lex: CompiledLexicon, words: readonly WordInfo[], last: number): boolean {
  const names = (from: number, to: number): boolean => {
    let named = false;
    for (let i = from; i < to; i++) {
      const w = words[i]!;
      if (w.norm === ',') continue;
      if (!(w.flags & CAPITALIZED) && !lex.signOffNameWords.has(w.norm)) return false;
      named = true;
    }
    return named;
  };
  // After a closing, only `for`/`from`/`in` and names (`for VOA from Kigali`).
  const placedAfter = (from: number): boolean => {
    if (from >= last || !lex.signOffPlaceWords.has(words[from]!.normalized)) return false;
    for (let i = from; i < last; i++)
      if (!lex.signOffPlaceWords.has(words[i]!.normalized) && !(words[i]!.flags & CAPITALIZED)) return false;
    return true;
  };
  const out: PhraseMatch<true>[] = [];
  for (let start = 0; start < last; start++) {
    if (start > 0 && words[start - 1]!.norm !== ',') continue;
    out.length = 0;
    lex.signOffIntroductions.matchAt(words, start, last, out);
    if (out.some((m) => names(m.end, last))) return true;
  }
  for (let start = 1; start < last; start++) {
    out.length = 0;
    lex.signOffClosings.matchAt(words, start, last, out);
    // `Jane Doe reports.`, or with where from and for whom: `Jane Doe reports for VOA from Kigali.`
    if (out.some((m) => m.end === last || placedAfter(m.end)) && names(0, start)) return true;
  }
  return false;
}

/**
 * A title after a colon (`Twelfth anniversary of the uprising: joint statement`, `… Discussions:
 * UK statement to the OSCE`): a topic, then what kind of document it is. A claim before the colon
 * (`The RSF must halt its siege: UK statement at the UN Security Council`) makes it a headline
 * typed by its content.
 */
function titleAfterColon(
  lex: CompiledLexicon,
  words: readonly WordInfo[],
  hits: readonly CueHit[],
  modals: readonly Modal[],
): boolean {
  const out: PhraseMatch<true>[] = [];
  for (let i = 1; i < words.length - 1; i++) {
    if (words[i]!.norm !== ':') continue;
    if (modals.some((m) => m.start < i) || hits.some((h) => h.start < i && !TOPIC_TYPES.has(h.type))) return false;
    for (let j = i + 1; j < Math.min(words.length, i + 1 + lex.titleReach) && out.length === 0; j++)
      lex.titleWords.matchAt(words, j, words.length, out);
    return out.length > 0;
  }
  return false;
}

/** Cue types a title's topic may hold (`anniversary`, `talks`) without making a claim. */
const TOPIC_TYPES: ReadonlySet<ClaimType> = new Set(['reported_fact', 'cooperation_dialogue', 'other']);

/**
 * A title word followed by its date (`… Spokesperson Hua Chunying's Remarks on August 15, 2019`):
 * a document title however long the name before it.
 */
function datedTitle<T>(trie: PhraseTrie<T>, words: readonly WordInfo[]): boolean {
  const out: PhraseMatch<T>[] = [];
  trie.matchAll(words, 0, words.length, out);
  return out.some(
    (m) =>
      words[m.end]?.norm === 'on' &&
      (words[m.end + 1]?.flags ?? 0) & CALENDAR &&
      (words[m.end + 1]!.flags & CAPITALIZED) !== 0,
  );
}

/** An unpunctuated line that names a document: a title word near its start, before its date, after its issuer's name or after a colon. */
function isTitle(
  lex: CompiledLexicon,
  words: readonly WordInfo[],
  hits: readonly CueHit[],
  modals: readonly Modal[],
): boolean {
  return (
    startsWithin(lex.titleWords, words, lex.titleReach) ||
    datedTitle(lex.titleWords, words) ||
    titleAfterIssuer(lex, words, hits) ||
    titleAfterColon(lex, words, hits, modals)
  );
}

/**
 * A title word after its issuer's capitalised name (`Foreign Ministry of Estrela Statement on the
 * border`, `Ministry of Foreign Affairs Daily Briefing`): the name runs from the first word over
 * capitalised words and connectors, none of them a verb or a claim's cue (`Estrela Minister Rejects
 * Statement on …` is news), and the title ends the line or hands over to its topic or date
 * ('titleFollowers', a mark).
 */
function titleAfterIssuer(lex: CompiledLexicon, words: readonly WordInfo[], hits: readonly CueHit[]): boolean {
  let first = 0;
  while (first < words.length && !words[first]!.word) first++;
  const out: PhraseMatch<true>[] = [];
  for (let i = first; i < Math.min(words.length, first + CREDIT_NAME_WORDS); i++) {
    const word = words[i]!;
    if (!word.word || word.flags & VERB_FORMS) return false;
    if (!(word.flags & CAPITALIZED)) {
      if (i > first && lex.issuerConnectors.has(word.norm)) continue;
      return false;
    }
    if (i === first) continue;
    lex.titleWords.matchAt(words, i, words.length, out);
    if (out.length === 0) continue;
    const next = words[out[out.length - 1]!.end];
    if (hits.some((h) => h.start < i && !TOPIC_TYPES.has(h.type))) return false;
    return next === undefined || !next.word || lex.titleFollowers.has(next.norm);
  }
  return false;
}

/** A word that may be a name's verb (`Says`, `Remains`): no issuer's name holds one. */
const VERB_FORMS = PRESENT_VERB | PAST_VERB | REPORT_VERB;

function frameOutsideQuotes(columns: TokenColumns, offset: number, n: number, quoted: readonly Span[]): Uint8Array {
  const { starts, forms } = columns;
  const frame = new Uint8Array(n).fill(1);
  for (const q of quoted) {
    for (let i = 0; i < n; i++) {
      const start = starts[offset + i]!;
      if (start >= q.start && start + forms[offset + i]!.length <= q.end) frame[i] = 0;
    }
  }
  return frame;
}

/**
 * Without attribution, the reporting frame is approximated from report verbs: `X said that …`
 * frames what precedes `that`; an inverted `…, said X` or `…, X said.` frames what follows its comma.
 */
function frameOfReporting(words: readonly WordInfo[], headline: boolean): Uint8Array {
  const n = words.length;
  const frame = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    // `the United States`, `Member States`: a capitalised report verb after a capitalised word ends a name.
    if (!(words[i]!.flags & REPORT_VERB) || (i > 0 && continuesName(words, i, headline))) continue;
    let that = -1;
    for (let j = i + 1; j <= i + 3 && j < n; j++) if (words[j]!.norm === 'that') that = that < 0 ? j : that;
    if (that > 0 && i <= LEADING_REPORT_REACH) {
      frame.fill(1, 0, that + 1);
      continue;
    }
    let comma = -1;
    for (let j = i - 1; j >= Math.max(0, i - INVERTED_REACH); j--) {
      if (words[j]!.norm === ',') {
        comma = j;
        break;
      }
    }
    if (comma >= 0) frame.fill(1, comma, n);
    else if (n - i <= INVERTED_REACH + 2 && i > 0 && !words[i - 1]!.word && words[i - 1]!.flags & CLOSING)
      frame.fill(1, i, n);
  }
  return frame;
}

/**
 * Clauses split at semicolons, colons and a contrast word (`but`, `while`, `, however,`) after
 * the clause's first words.
 */
function splitClauses(words: readonly WordInfo[], seen: number): [number, number][] {
  const n = words.length;
  const bounds: [number, number][] = [];
  let start = 0;
  if (seen & CONTRAST || seen & CLAUSE_PUNCT) {
    for (let i = 1; i < n - 1; i++) {
      const word = words[i]!;
      // A colon after a turn label (`Q:`, `MR MILLER:`) opens the turn, not a second clause.
      if (
        word.norm === ';' ||
        (word.norm === ':' && i - start > 3) ||
        (word.flags & CONTRAST && i - start > 2 && (word.norm !== 'however' || sentenceAdverbHowever(words, i)))
      ) {
        bounds.push([start, i]);
        start = i;
      }
    }
  }
  bounds.push([start, n]);
  return bounds;
}

/** `…; however, we …` or `…, however, the report …`: `however` between clauses, not inside one (`the report, however, is`). */
function sentenceAdverbHowever(words: readonly WordInfo[], i: number): boolean {
  const before = words[i - 1]!.norm;
  if (before !== ',' && before !== ';') return false;
  if (words[i + 1]?.norm !== ',') return false;
  const next = words[i + 2];
  return next !== undefined && next.word && !(next.flags & (AUXILIARY | PRESENT_VERB | PAST_VERB));
}

/**
 * The clause that carries the point: after `but`, `however` or `yet` the speaker's point follows
 * what it concedes (`We welcome the talks, but firmly oppose the sanctions.`). `but also` adds
 * a second point of equal weight, and `while`/`whereas` open a subordinate clause, so neither
 * moves the main clause.
 */
function mainClause(clauses: readonly Clause[]): number {
  let main = 0;
  for (let c = 1; c < clauses.length; c++) if (clauses[c]!.contrast) main = c;
  return main;
}

/** The sentence's condition opens the clause at `start` and closes at a comma within the clause. */
function frontsClause(words: readonly WordInfo[], condition: WordSpan | null, start: number, end: number): boolean {
  return (
    condition?.start === start &&
    condition.end < Math.min(end, start + MAX_COUNTED_ADVERBIAL_WORDS) &&
    words[condition.end]!.norm === ','
  );
}

/**
 * The subject approximated as the words before the main verb: skip opening quote marks,
 * discourse markers, a leading frame (`Analysts stressed that`) and a fronted adverbial or
 * participial clause up to its comma; then stop at an auxiliary, a cue, punctuation or a
 * report verb. A pronoun subject is one word (two with a following word: `their own`), or runs
 * through its relative clause (`Those who meddle … will`).
 */
function findSubject(
  { lex, words, frame, headline }: SentenceWords,
  ownSide: OwnSide | null,
  start: number,
  end: number,
  condition: WordSpan | null,
): Clause {
  const framed = (i: number) => frame.length > 0 && frame[i] === 1;
  let p = start;
  const hedge: PhraseMatch<true>[] = [];
  const skipLead = () => {
    for (;;) {
      while (p < end && (!words[p]!.word || framed(p) || words[p]!.flags & (DISCOURSE | CLAUSE_BREAKER))) p++;
      if (p >= end) return;
      hedge.length = 0;
      lex.hedges.matchAt(words, p, end, hedge);
      if (hedge.length === 0) return;
      p = hedge[hedge.length - 1]!.end;
    }
  };
  // `If the government continues to obstruct …, the Union will …`: a fronted condition runs to its comma.
  if (frontsClause(words, condition, start, end)) p = condition!.end + 1;
  skipLead();
  if (p < end && words[p]!.flags & (FRONTED | PARTICIPLE)) {
    for (let j = p + 1; j < Math.min(end, p + MAX_FRONTED_WORDS); j++) {
      if (words[j]!.norm === ',') {
        p = j + 1;
        skipLead();
        break;
      }
    }
  } else if (p < end && (words[p]!.flags & NUMBER || lex.frontedCounts.has(words[p]!.norm))) {
    const comma = countedAdverbialEnd(words, p, end);
    if (comma > 0) {
      p = comma + 1;
      skipLead();
    }
  }
  let q = p;
  // A personal pronoun is the whole subject (with its relative clause: `those who …`); a
  // possessive or determiner (`our coast guard`, `some countries`) opens a noun phrase.
  const pronoun = p < end && words[p]!.flags & (OWN_PRONOUN | OTHER_PRONOUN);
  if (p < end && lex.headlessSubjects.has(words[p]!.normalized)) {
    // `Those responsible for these crimes must …`: the pronoun's modifier, cues and all, runs up to the verb.
    q = p + 1;
    while (q < end && q - p < MAX_RELATIVE_SUBJECT_WORDS && !(words[q]!.flags & AUXILIARY) && words[q]!.norm !== ',')
      q++;
    if (q >= end || words[q]!.norm === ',' || q - p >= MAX_RELATIVE_SUBJECT_WORDS) q = p + 1;
  } else if (pronoun && (!(words[p]!.flags & DETERMINER) || (p + 1 < end && words[p + 1]!.flags & RELATIVE))) {
    q = p + 1;
    if (q < end && words[q]!.flags & RELATIVE) {
      // `Those who meddle in …` : the relative clause belongs to the subject, up to the main verb.
      while (q < end && q - p < MAX_RELATIVE_SUBJECT_WORDS && !(words[q]!.flags & AUXILIARY) && words[q]!.norm !== ',')
        q++;
    } else if (q < end && words[p]!.flags & OTHER_PRONOUN && words[q]!.word && !(words[q]!.flags & AUXILIARY)) q++;
  } else {
    while (q < end && q - p < MAX_SUBJECT_WORDS && words[q]!.word && !framed(q)) {
      const flags = words[q]!.flags;
      if (
        q > p &&
        !continuesName(words, q, headline) &&
        (flags & (AUXILIARY | REPORT_VERB | NEGATOR | PAST_VERB | PRESENT_VERB) ||
          (flags & ED_FORM && !(words[q - 1]!.flags & DETERMINER)) ||
          (flags & CUE && startsClaimCue(lex, words, q, end)))
      )
        break;
      q++;
    }
  }
  q = Math.min(Math.max(q, p + 1), end);
  const opener = words[start]!;
  // `…; however, it opposes …`: a contrast word right after the semicolon opens the clause too.
  const contrastAt = start > 0 && opener!.norm === ';' && start + 1 < end ? start + 1 : start;
  const contrast =
    start > 0 && lex.pointContrasts.has(words[contrastAt]!.norm) && words[contrastAt + 1]?.norm !== 'also';
  return {
    start,
    end,
    subjectStart: p,
    subjectEnd: q,
    side: sideOf(words, ownSide, p, q),
    contrast,
    afterColon: start > 0 && opener.norm === ':',
  };
}

/**
 * `The United States will …`, `Human Rights Watch said …`: outside a title-case headline, a
 * capitalised word right after another is the next word of a name, though its spelling is also a
 * verb's (`States`, `Watch`).
 */
function continuesName(words: readonly WordInfo[], q: number, headline: boolean): boolean {
  return !headline && (words[q]!.flags & CAPITALIZED) !== 0 && (words[q - 1]!.flags & CAPITALIZED) !== 0;
}

/**
 * `Six years on from the annexation, …`, `Two weeks ago, …`: from a number at `p`, the comma that
 * closes a verbless phrase with a time word or a preposition; -1 when the number opens the
 * subject (`Five people were killed, …`, `Five people, including two children, …`).
 */
function countedAdverbialEnd(words: readonly WordInfo[], p: number, end: number): number {
  let adverbial = false;
  for (let j = p + 1; j < Math.min(end, p + MAX_COUNTED_ADVERBIAL_WORDS); j++) {
    const flags = words[j]!.flags;
    if (words[j]!.norm === ',') return adverbial ? j : -1;
    if (flags & (AUXILIARY | PRESENT_VERB | PAST_VERB | REPORT_VERB | ED_FORM)) return -1;
    if (flags & (TIME | FRONTED)) adverbial = true;
  }
  return -1;
}

function startsClaimCue(lex: CompiledLexicon, words: readonly WordInfo[], at: number, end: number): boolean {
  const out: PhraseMatch<Cue>[] = [];
  lex.cues.matchAt(words, at, end, out);
  return out.some((m) => m.value.type !== 'reported_fact' && m.value.type !== 'other');
}

function sideOf(words: readonly WordInfo[], ownSide: OwnSide | null, from: number, to: number): Side {
  let other = false;
  for (let i = from; i < to; i++) {
    const flags = words[i]!.flags;
    if (flags & OWN_PRONOUN) return 'own';
    if (flags & OTHER_PRONOUN) other = true;
  }
  if (ownSide && ownSideWithin(ownSide, words, from, to)) return 'own';
  return other ? 'other' : 'neutral';
}

/** A negator within the negation window before `position`, in the same clause. */
function negatedAt(lex: CompiledLexicon, words: readonly WordInfo[], position: number): boolean {
  let count = 0;
  for (let j = position - 1; j >= 0 && count < lex.negationWindow; j--) {
    const word = words[j]!;
    if (!word.word) {
      if (word.flags & CLAUSE_PUNCT) return false;
      continue;
    }
    if (word.flags & CLAUSE_BREAKER) return false;
    if (word.flags & NEGATOR) {
      const exceptions: PhraseMatch<true>[] = [];
      lex.notNegating.matchAt(words, j, words.length, exceptions);
      if (exceptions.length === 0) return true;
    }
    count++;
  }
  return false;
}

function clauseAt(clauses: readonly Clause[], position: number): number {
  let c = 0;
  while (c + 1 < clauses.length && clauses[c + 1]!.start <= position) c++;
  return c;
}

/**
 * Cue matches, keeping per type only the longest of matches contained in one another
 * (`firmly opposes` over `opposes`), with negation and frame marked.
 */
function findCues(
  { lex, words, frame, headline }: SentenceWords,
  clauses: readonly Clause[],
  negation: boolean,
): CueHit[] {
  const n = words.length;
  const found: PhraseMatch<Cue>[] = [];
  for (let i = 0; i < n; i++) {
    const word = words[i]!;
    if (!(word.flags & CUE)) continue;
    if (word.cueStarts.length > 0) lex.cues.matchFrom(word.cueStarts, words, i, n, found);
    if (negation && word.negatedCueStarts.length > 0)
      lex.negatedCues.matchFrom(word.negatedCueStarts, words, i, n, found);
  }
  if (found.length === 0) return [];
  // Longest first, then heaviest: a match is dropped when a kept one of its type contains it.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || b.value.weight - a.value.weight || a.start - b.start);
  const hits: CueHit[] = [];
  for (const m of found) {
    const { type, weight, negatedOnly } = m.value;
    if (hits.some((o) => o.type === type && o.start <= m.start && o.end >= m.end)) continue;
    // A one-word cue capitalised inside a sentence is part of a name (`the Democratic Progress Party`, `Communication Minister`).
    if (
      m.end - m.start === 1 &&
      m.start > 0 &&
      !headline &&
      words[m.start]!.flags & CAPITALIZED &&
      words[m.start - 1]!.word
    )
      continue;
    const negated = negation && negatedAt(lex, words, m.start);
    if (negatedOnly && !negated) continue;
    let framed = frame.length > 0;
    for (let i = m.start; framed && i < m.end; i++) if (!frame[i]) framed = false;
    hits.push({
      type,
      weight,
      phrase: m.phrase,
      cue: m.value,
      start: m.start,
      end: m.end,
      negated,
      negatedOnly,
      clause: clauseAt(clauses, m.start),
      inFrame: framed,
    });
  }
  return hits.sort((a, b) => a.start - b.start || a.end - b.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

/**
 * The first modal of each kind in each clause, and an opening imperative. A future right after
 * a relative word (`that will`) belongs to a subordinate clause; `was going to` is no future; a
 * future followed by an event verb or a passive (`will travel`, `will be granted`) announces a
 * scheduled event.
 */
function findModals(
  { lex, words, frame, headline }: SentenceWords,
  clauses: readonly Clause[],
  asks: boolean,
  condition: WordSpan | null,
): Modal[] {
  const n = words.length;
  const framed = (i: number) => frame.length > 0 && frame[i] === 1;
  const modals: Modal[] = [];
  const push = (modalKind: ModalKind, start: number, end: number, reportedSelf = false) => {
    // An event that depends on a condition (`If …, the Union will consider measures`) is not scheduled.
    const kind =
      modalKind === 'scheduled' && condition && (start < condition.start || start >= condition.end)
        ? 'future'
        : modalKind;
    const c = clauseAt(clauses, start);
    const clause = clauses[c]!;
    const embedded = start < clause.subjectStart || start > clause.subjectEnd + MODAL_REACH;
    const commits = kind === 'future' && commitVerbAfter(lex, words, end);
    if (!modals.some((m) => m.kind === kind && m.clause === c))
      modals.push({ kind, start, end, clause: c, embedded, reportedSelf, commits });
  };
  for (let i = 0; i < n; i++) {
    const flags = words[i]!.flags;
    // A capitalised modal inside a sentence is a name or a month (`last May`).
    // In a headline's title case a capitalised modal is a modal, unless it is also a month (`May`).
    if (
      !(flags & (FUTURE | FUTURE_CLITIC | CONDITIONAL | OBLIGATION)) ||
      (i > 0 && flags & CAPITALIZED && !(flags & FUTURE_CLITIC) && (!headline || flags & CALENDAR))
    )
      continue;
    // A relative word in the reporting frame (`said that Moscow would`) opens the claim, not a subordinate clause.
    const subordinate =
      (i > 0 && words[i - 1]!.flags & RELATIVE && !framed(i - 1)) ||
      (i > 1 && words[i - 2]!.flags & RELATIVE && !framed(i - 2));
    const futureEnd = flags & FUTURE ? matchEnd(lex.future, words, i) : flags & FUTURE_CLITIC ? i + 1 : -1;
    // Reported speech shifts `will` to `would`: either is the reported party's own future.
    const reportedEnd = futureEnd > 0 ? futureEnd : lex.backshiftedFuture.has(words[i]!.norm) ? i + 1 : -1;
    if (reportedEnd > 0 && reportsOwnFuture(lex, words, i, reportedEnd)) {
      push(scheduledAfter(words, reportedEnd) ? 'scheduled' : 'future', i, reportedEnd, true);
      continue;
    }
    if (flags & (FUTURE | FUTURE_CLITIC)) {
      const end = futureEnd;
      if (end > 0) {
        if (!subordinate && !(i > 0 && words[i - 1]!.flags & PAST_BEFORE_FUTURE))
          push(scheduledAfter(words, end) ? 'scheduled' : 'future', i, end);
        continue;
      }
    }
    if (flags & CONDITIONAL && !subordinate) push('conditional', i, i + 1);
    else if (flags & OBLIGATION && !asks && invertedCondition(lex, words, i)) push('conditional', i, i + 1);
    else if (flags & OBLIGATION) push(statesNorm(words, i + 1) ? 'norm' : 'obligation', i, i + 1);
  }
  const opening = clauses[0]?.subjectStart ?? 0;
  if (!headline && opening < n && words[opening]!.flags & IMPERATIVE && !spokenBy(words, opening)) {
    const next = words[opening + 1];
    if (next === undefined || !(next.flags & (AUXILIARY | IMPERATIVE_EXCEPTION)))
      push('imperative', opening, opening + 1);
  }
  // An imperative after a colon is a call, whatever introduces it (`Her message was clear: Release the detainees.`).
  for (const clause of clauses) {
    if (!clause.afterColon) continue;
    let j = clause.start + 1;
    while (j < clause.end && !words[j]!.word) j++;
    const next = words[j + 1];
    if (
      j < clause.end &&
      words[j]!.flags & IMPERATIVE &&
      (next === undefined || !(next.flags & (AUXILIARY | IMPERATIVE_EXCEPTION)))
    )
      push('imperative', j, j + 1);
  }
  return modals.sort((a, b) => a.start - b.start);
}

/**
 * A hedge skipped before the verb names its speaker (`I would like to refrain from commenting`,
 * `we wish to recall`): the verb is the speaker's own act, not an imperative.
 */
function spokenBy(words: readonly WordInfo[], verb: number): boolean {
  for (let i = 0; i < verb; i++) if (words[i]!.flags & OWN_PRONOUN) return true;
  return false;
}

/**
 * `Should Carpania proceed, it would face …`, `…, should the violations continue`: a
 * 'conditionInversions' modal opening a clause (of a sentence that asks nothing: the caller
 * checks) is an inverted condition, not an obligation.
 */
function invertedCondition(lex: CompiledLexicon, words: readonly WordInfo[], i: number): boolean {
  if (!lex.conditionInversions.has(words[i]!.normalized)) return false;
  let before = i - 1;
  const clauseBreak = (norm: string) => norm === ',' || norm === ';';
  // opening quote marks and brackets stand before a clause's first word
  while (before >= 0 && !words[before]!.word && !clauseBreak(words[before]!.norm)) before--;
  return before < 0 || clauseBreak(words[before]!.norm);
}

/**
 * A pronoun of the reported party right after a reporting verb (and `that`) stands before the
 * modal at `i`. `it` is as often no party (`said it would take years`): it is the reported
 * party's own only before a verb of conduct (`The ministry said it would provide …`).
 */
function reportsOwnFuture(lex: CompiledLexicon, words: readonly WordInfo[], i: number, end: number): boolean {
  if (i < 2) return false;
  const pronoun = words[i - 1]!.norm;
  if (!lex.reportedSelf.has(pronoun) && !(pronoun === 'it' && commitVerbAfter(lex, words, end))) return false;
  const before = words[i - 2]!.norm === 'that' && i >= 3 ? words[i - 3]! : words[i - 2]!;
  return (before.flags & REPORT_VERB) !== 0;
}

/** Where the longest phrase of `trie` starting at `at` ends, or -1. */
function matchEnd(trie: PhraseTrie<true>, words: readonly WordInfo[], at: number): number {
  const out: PhraseMatch<true>[] = [];
  trie.matchAt(words, at, words.length, out);
  return out.length > 0 ? out[out.length - 1]!.end : -1;
}

/** `be` (or `not be`) and no participle after an obligation: `must be the basis`, not `must be held`. */
function statesNorm(words: readonly WordInfo[], at: number): boolean {
  let j = at;
  if (words[j]?.flags !== undefined && words[j]!.flags & NEGATOR) j++;
  if (words[j]?.norm !== 'be') return false;
  const next = words[j + 1];
  return next !== undefined && next.word && !(next.flags & (ED_FORM | PARTICIPLE));
}

/** The verb after a future at `at`, past discourse words and -ly adverbs (`will also provide`, `will swiftly deliver`), is one of 'commitVerbs'. */
function commitVerbAfter(lex: CompiledLexicon, words: readonly WordInfo[], at: number): boolean {
  let j = at;
  while (j < words.length && (words[j]!.flags & DISCOURSE || (words[j]!.word && words[j]!.norm.endsWith('ly')))) j++;
  return j < words.length && lex.commitVerbs.has(words[j]!.normalized);
}

/** An event verb (or `be` + participle) after a future marker, past adverbs such as `also`. */
function scheduledAfter(words: readonly WordInfo[], at: number): boolean {
  let j = at;
  while (j < words.length && words[j]!.flags & DISCOURSE) j++;
  const verb = words[j];
  if (!verb || !(verb.flags & SCHEDULED)) return false;
  if (verb.norm !== 'be') return true;
  const next = words[j + 1];
  return next !== undefined && (next.flags & (ED_FORM | PARTICIPLE)) !== 0;
}

/**
 * Tense of the first word after the main clause's subject; failing that (a subject the
 * approximation missed), of the first finite verb form of the clause.
 */
function tenseAfter(lex: CompiledLexicon, words: readonly WordInfo[], clause: Clause, frame: Uint8Array): Tense {
  for (let j = clause.subjectEnd; j < Math.min(clause.end, clause.subjectEnd + 2); j++) {
    const tense = tenseOf(words[j]!.flags);
    if (tense) return tense;
  }
  for (let j = clause.start; j < clause.end; j++) {
    if (frame.length > 0 && frame[j]) continue;
    const flags = words[j]!.flags;
    // A modal first (`will be met`) leaves the tense to the modal.
    if (flags & (FUTURE | FUTURE_CLITIC | CONDITIONAL | OBLIGATION)) return null;
    if (flags & (PRESENT_VERB | PAST_VERB)) return tenseOf(flags);
  }
  return habitualPresent(lex, words, clause) ? 'present' : null;
}

/**
 * A verb no list knows, in the present simple right after its subject: after a personal pronoun
 * the bare form (`We act in our interests`), after a name its -s form (`Australia always raises
 * the issue`), past an adverb in -ly or `always`/`never`.
 */
function habitualPresent(lex: CompiledLexicon, words: readonly WordInfo[], clause: Clause): boolean {
  let j = clause.subjectEnd;
  while (j < clause.end && words[j]!.word && (words[j]!.norm.endsWith('ly') || lex.habitualAdverbs.has(words[j]!.norm)))
    j++;
  const verb = words[j];
  if (
    !verb ||
    !verb.word ||
    verb.flags &
      (CAPITALIZED | AUXILIARY | ED_FORM | NEGATOR | NUMBER | DETERMINER | RELATIVE | CLAUSE_BREAKER | DISCOURSE) ||
    verb.norm.endsWith('ing')
  )
    return false;
  const subject = words[clause.subjectEnd - 1]!;
  if (clause.subjectEnd - clause.subjectStart === 1 && subject.flags & (OWN_PRONOUN | OTHER_PRONOUN))
    return !verb.norm.endsWith('s') || verb.norm.endsWith('ss');
  return (
    (subject.flags & CAPITALIZED) !== 0 &&
    verb.norm.length > 3 &&
    verb.norm.endsWith('s') &&
    !/(ss|us|is)$/.test(verb.norm)
  );
}

/**
 * A progressive auxiliary right after the main clause's subject, then (past a negator or an
 * adverb) an -ing verb. The speaker's own side is left out: `we are working to …` describes the
 * speaker's conduct, which its cues type better than the tense does.
 */
function progressiveAfter(lex: CompiledLexicon, words: readonly WordInfo[], clause: Clause): boolean {
  const at = clause.subjectEnd;
  if (at >= clause.end || !lex.progressiveAuxiliaries.has(words[at]!.norm)) return false;
  let j = at + 1;
  while (j < clause.end && words[j]!.flags & (NEGATOR | DISCOURSE)) j++;
  return j < clause.end && (words[j]!.flags & PARTICIPLE) !== 0 && !lex.ingAdjectives.has(words[j]!.norm);
}

function tenseOf(flags: number): Tense {
  if (flags & PRESENT_VERB) return 'present';
  if (flags & (PAST_VERB | ED_FORM)) return 'past';
  return null;
}

/** A critic's name (see SentenceContext.criticSpans) lies in the sentence outside the reporting frame. */
function criticNamed(
  columns: TokenColumns,
  offset: number,
  n: number,
  frame: Uint8Array,
  spans: readonly Span[],
): boolean {
  const { starts, forms } = columns;
  for (let i = 0; i < n; i++) {
    if (frame.length > 0 && frame[i]) continue;
    const start = starts[offset + i]!;
    const end = start + forms[offset + i]!.length;
    for (const span of spans) if (start >= span.start && end <= span.end) return true;
  }
  return false;
}

/** The word at `i` belongs to a hedge (`I would like to stress that …`): its modal is politeness, not modality. */
function inHedge(lex: CompiledLexicon, words: readonly WordInfo[], i: number): boolean {
  const out: PhraseMatch<true>[] = [];
  for (let start = Math.max(0, i - 2); start <= i; start++) {
    out.length = 0;
    lex.hedges.matchAt(words, start, words.length, out);
    if (out.some((m) => m.end > i)) return true;
  }
  return false;
}

/**
 * A line that credits a document to its speaker, wherever it stands (`Statement by Ambassador X,
 * UK Deputy Permanent Representative, at the Security Council`, `Remarks delivered by …`): a
 * title word opens the line and a credit word (`by`, `delivered`) follows it.
 */
function creditLine(lex: CompiledLexicon, words: readonly WordInfo[]): boolean {
  let first = 0;
  while (first < words.length && !words[first]!.word) first++;
  if (first >= words.length) return false;
  const out: PhraseMatch<true>[] = [];
  if (!(words[first]!.flags & CAPITALIZED)) return false;
  // `Delivered by the Permanent Representative, …`: a line that opens with its credit.
  lex.creditOpeners.matchAt(words, first, words.length, out);
  if (out.length > 0) return true;
  lex.titleWords.matchAt(words, first, words.length, out);
  if (out.length > 0) {
    const next = words[out[out.length - 1]!.end];
    return next !== undefined && lex.creditWords.has(next.norm);
  }
  // `Department of Defense Press Briefing by Secretary Esper …`: a capitalised title after a name, then its credit.
  for (let i = first + 1; i < Math.min(words.length, first + CREDIT_NAME_WORDS); i++) {
    const word = words[i]!;
    if (!word.word) return false;
    if (!(word.flags & CAPITALIZED)) {
      if (lex.issuerConnectors.has(word.norm)) continue;
      return false;
    }
    lex.titleWords.matchAt(words, i, words.length, out);
    if (out.length === 0) continue;
    const next = words[out[out.length - 1]!.end];
    return next !== undefined && next.norm !== 'of' && lex.creditWords.has(next.norm);
  }
  return false;
}

/** How far into a credit line its title may stand, after the name of whoever issues it. */
const CREDIT_NAME_WORDS = 8;

/** The last mark or word of the claim, before a trailing reporting frame (`"…?" she asked.`). */
function lastOutsideFrame(words: readonly WordInfo[], frame: Uint8Array): string {
  let i = words.length - 1;
  while (i >= 0 && (frame[i] || words[i]!.flags & CLOSING)) i--;
  return i >= 0 ? words[i]!.norm : '';
}

/** A critic's name from an earlier sentence stands outside the reporting frame. */
function criticNameOutsideFrame(words: readonly WordInfo[], frame: Uint8Array, names: ReadonlySet<string>): boolean {
  for (let i = 0; i < words.length; i++) {
    if (frame.length > 0 && frame[i]) continue;
    if (words[i]!.flags & CAPITALIZED && names.has(words[i]!.normalized)) return true;
  }
  return false;
}
