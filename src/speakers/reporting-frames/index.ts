import { isQuoteMarkChar, lineBreakBetween, pastBullet, type Doc, type Sentence } from '../../text';
import {
  CLAIM_NOUNS,
  CUE_FORMS,
  CUE_STARTS,
  QUESTION_OPENERS,
  QUESTION_LEADS,
  CONDITIONAL_INVERSIONS,
  AUXILIARIES,
  SUBJECT_PRONOUNS,
  FIRST_PERSON,
  SECOND_PERSON,
  RELATIVE_PRONOUNS,
  SPEECH_NOUN_VERBS,
  openingFieldLabel,
  MEDIA_WORDS,
  PUBLIC_BODY_HEADS,
  OPEN_QUESTION_WORDS,
  REPLY_VERBS,
} from '../lexicon';
import type { WordList } from '../word-list';
import { accordingToFrame, perFrame } from './according-to';
import { anonymousSource, type AnonymousSource } from './anonymous-source';
import { sourcedFrame } from './as-clause';
import { claimNounFrame } from './claim-noun';
import {
  type FoundFrame,
  type Frame,
  type SentenceScan,
  contentEnd,
  isDocumentNoun,
  isPunct,
  matchForm,
  pastItemNumber,
  INDIRECT_QUESTION_WORDS,
  NO_RESPONSE_WORDS,
} from './frame';
import { headlineLabel, isHeadlineLine, isTitleCaseLine } from './headline';
import { inViewFrame } from './in-view';
import { speechActFrame } from './speech-act';
import { tidyFrames } from './tidy';
import { verbCueFrame } from './verb-cue';

export type { Region } from '../types';
export type { Frame } from './frame';
export { invertedApposition, pastAsides, plainNounPhrase } from './subjects';
export { isDocumentNoun, isPastForm, isPunct, phraseAt, verbAmong } from './frame';
import { commaParticiple } from './cue-subject';
export { negativeSubject } from './cue-subject';
export { listReportFrames } from './list-report';

const NO_FRAMES: readonly Frame[] = [];
/** Scratch list of a sentence's possible cue positions, reused so the common no-cue sentence allocates nothing. */
const CUE_POSITIONS: number[] = [];

/**
 * The reporting frames of one sentence, in cue order. Cue words inside quotation marks are
 * not cues. Passes: (1) a headline label (`Mayor Diaz: …`); (2) the possible cue positions,
 * from the raw tokens, and an opening source phrase (`In her view, …`); (3) at each cue word not consumed by an earlier frame, the first cue
 * handler that matches (see `frameAtCue`); (4) the frames tidied against each other (see
 * `tidyFrames`). `from` is where the sentence's own words start (past a transcript label).
 */
export function sentenceFrames(
  doc: Doc,
  words: WordList,
  sentence: Sentence,
  quoted: Int32Array,
  from = sentence.start,
): readonly Frame[] {
  const hi = sentence.tokenEnd;
  let lo = pastFieldLabel(words, sentence, hi);
  // `THE WITNESS: He told me …`: a transcript turn's words start after its label; a list item's after its bullet.
  const start = Math.max(from, pastBullet(doc.text, sentence.start, sentence.end));
  while (lo < hi && words.at(lo)!.start < start) lo++;
  lo = pastStageDirection(doc.text, words, pastItemNumber(doc.text, words, lo, hi), hi);
  if (lo >= hi) return NO_FRAMES;
  if (sentence.headline || isHeadlineLine(doc, sentence)) {
    const label = headlineLabel(doc, words, sentence);
    if (label) return [label];
  }
  // `Violence Could Escalate, Warns Envoy`: in a title-case headline a cue is capitalised too (see `titleCaseCueAt`).
  const titleCase = sentence.headline && isTitleCaseLine(sentence.text);
  const cues = cuePositions(words, lo, hi, titleCase);
  const opensWithIn = words.at(lo)!.key === 'in';
  if (cues.length === 0 && !opensWithIn) return NO_FRAMES;
  const end = contentEnd(doc, sentence);
  // `Does the administration worry that …?`: a question reports nothing (not a quoted one running on
  // into the next sentence: `As Samir put it: “Turn back to what? The flour is here.”`).
  const quotedQuestion = quoted[hi - 1]! >= 0 || words.at(hi - 1)!.isQuoteMark;
  if ((doc.text[end] === '?' || doc.text[sentence.end - 1] === '?') && !quotedQuestion) return NO_FRAMES;
  // `Then will you tell us whether the Government is prepared to –`: an inverted question left unfinished.
  if (invertedQuestion(words, lo, hi)) return NO_FRAMES;
  // `Pressed on the report, she declined to comment, saying …`: the question put to the speaker is no
  // part of the clause whose subject speaks; the sentence is read from the word after its comma.
  const question = questionOpening(words, lo, hi);
  const scan: SentenceScan = { doc, words, sentence, quoted, lo: question, hi, end };
  const frames: Frame[] = [];
  const view = opensWithIn ? inViewFrame(scan) : null;
  if (view) frames.push(view);
  const anonymous = anonymousSource(scan, cues);
  // A frame's words are consumed: the next cue is looked for after them (`next`).
  for (let c = 0, next = lo; c < cues.length; c++) {
    const i = cues[c]!;
    if (i < next) continue;
    next = i + 1;
    const w = words.at(i)!;
    // A capitalised cue past the start can only be a title-case headline's (`cuePositions` checked its place).
    if (!w.isWord || quoted[i]! >= 0 || (w.cap && i !== lo && !titleCase)) continue;
    // The cues of an anonymous source's reason report nothing (see `anonymousSource`), nor do a question's.
    if ((anonymous && i > anonymous.asideFrom && i < anonymous.cue) || i < question) continue;
    const found = frameAtCue(scan, i, jointFrame(scan, frames, i), anonymous?.cue === i ? anonymous : null);
    if (found) {
      if (!outletAsking(doc.text, words, found.frame) && !questionWithoutStatement(doc.text, found.frame))
        frames.push(found.frame);
      next = found.resume;
    }
  }
  return tidyFrames(scan, frames);
}

/**
 * `The Herald asked the embassy whether …`, `Radio Nord asked the ministry about …`: a news outlet
 * asking for comment is gathering the news, not saying anything; its question is no quote. A media
 * word that also heads public bodies (`the Atomic Energy Agency`) names no outlet.
 */
function outletAsking(text: string, words: WordList, f: Frame): boolean {
  if (f.lemma !== 'ask' || (f.info.kind !== 'name' && f.info.kind !== 'organization')) return false;
  // `The Gazette’s own editorial … asks readers to …`: an outlet's published piece asks in print.
  if (isDocumentNoun(words.at(f.subject.to - 1)!.key)) return false;
  // `The news site Plaza Pública asked in a headline: “Are we next?”`: an outlet's own published question is its words.
  if (f.after && (text.slice(f.cueEnd, f.after.start).includes(':') || isQuoteMarkChar(text[f.after.start])))
    return false;
  for (let t = f.subject.from; t < f.subject.to; t++) {
    const w = words.at(t)!;
    if (w.cap && MEDIA_WORDS.has(w.key) && !PUBLIC_BODY_HEADS.has(w.key)) return true;
  }
  return false;
}

/**
 * A question word near the start of what was asked (`the embassy whether …`, `the ministry in writing
 * why …`); not a relative pronoun (`asked that X return the raft, which was torn …`).
 */
const ASKED_QUESTION = new RegExp(
  `^[^.;:]{0,80}?\\b(?:${[...INDIRECT_QUESTION_WORDS].filter((w) => !RELATIVE_PRONOUNS.has(w)).join('|')})\\b`,
  'iu',
);
/** How far after the question its paragraph may say it went unanswered. */
const NO_REPLY_REACH = 250;

/** Where a reply to a question ending at `from` may still be reported: its paragraph's end, at most NO_REPLY_REACH on (read no further). */
function replyReachEnd(text: string, from: number): number {
  const reach = Math.min(text.length, from + NO_REPLY_REACH);
  const paragraphEnd = text.slice(from, reach).indexOf('\n\n');
  return paragraphEnd < 0 ? reach : from + paragraphEnd;
}

/** A question whose answer is yes or no, or a manner, opening what was asked (`whether …`; lexicon `openQuestionWords`). */
const OPEN_QUESTION = new RegExp(`^(?:${[...OPEN_QUESTION_WORDS].join('|')})\\b`, 'iu');
/** A reply reported after the question (`… and she said …`, `He replied that …`; lexicon `replyVerbs`). */
const REPLY_AFTER = new RegExp(`\\b(?:${[...REPLY_VERBS].join('|')})\\b`, 'u');

/**
 * A question put to a party that is nobody's statement, read with the rest of its paragraph (at
 * most NO_REPLY_REACH on): one its paragraph says went unanswered (`The Mission asked the front
 * whether its fighters were involved, and has not received a reply`), and a yes-no or manner
 * question whose reply the paragraph does not report (`Several residents asked whether the trial
 * would move`). A question answered stays, as the exchange is reported; `asked why …` and `asked
 * what …` often carry the asker's charge and stay too.
 */
function questionWithoutStatement(text: string, f: Frame): boolean {
  if (f.lemma !== 'ask' || !f.after) return false;
  const asked = text.slice(f.after.start, f.after.end);
  const paragraph = text.slice(f.after.start, replyReachEnd(text, f.after.end));
  if (ASKED_QUESTION.test(asked) && NO_RESPONSE_WORDS.test(paragraph)) return true;
  return !f.before && OPEN_QUESTION.test(asked) && !REPLY_AFTER.test(paragraph);
}

/**
 * The frame a cue joined by `, and` shares its subject with: the last frame, unless that one is
 * reported inside an earlier frame's words (`Ashdown said sixty households had told officers they
 * were staying, and urged drivers …`): then the outer frame, whose clause the comma closes. Only
 * frames whose subject is the clause's can be shared (see `sharesSubject`).
 */
function jointFrame(scan: SentenceScan, frames: readonly Frame[], i: number): Frame | undefined {
  const { words } = scan;
  const shared = frames.filter((f) => sharesSubject(words, f));
  const last = shared[shared.length - 1];
  if (!last || i < 2) return last;
  const joined = words.at(i - 1)!.key === 'and' && isPunct(words.at(i - 2), ',');
  // `She said Averna had asked the UN to …, insisting that …`: a participle of saying after the comma goes on with the outer speaker too.
  if (!joined && !commaParticiple(words, i)) return last;
  for (let f = shared.length - 2; f >= 0; f--) {
    const outer = shared[f]!.after;
    if (outer && outer.start <= last.cueStart && last.cueEnd <= outer.end) return shared[f];
  }
  return last;
}

/**
 * A later cue may share the frame's subject, unless it names something inside an object (`thanked
 * voters for what it called a “…” vote and said …`) or owns a claim noun (`rejected Mr Fenwick's
 * claim that …, saying …`, `rejected accusations by the government that …, and said …`).
 */
function sharesSubject(words: WordList, f: Frame): boolean {
  return words.at(f.subject.from - 1)?.key !== 'what' && !CLAIM_NOUNS.has(f.lemma);
}

/** Most words of an opening question before its comma (`Asked how the talks had gone, …`). */
const QUESTION_WORDS = 20;

/** `Editor’s note: After the broadcast, the ministry said …`: the sentence's words after a field label and its colon. */
function pastFieldLabel(words: WordList, sentence: Sentence, hi: number): number {
  const colon = openingFieldLabel(sentence.text);
  if (colon < 0) return sentence.tokenStart;
  let k = sentence.tokenStart;
  while (k < hi && words.at(k)!.start <= sentence.start + colon) k++;
  return k;
}

/**
 * `Asked how it felt, …`, `Pressed on whether the talks had failed, …`: a sentence opening with the
 * question put to the speaker; the word after its comma, or `lo` for any other sentence.
 */
function questionOpening(words: WordList, lo: number, hi: number): number {
  if (!QUESTION_OPENERS.has(words.at(lo)!.key)) return lo;
  const after = pastComma(words, lo + 1, Math.min(hi, lo + QUESTION_WORDS));
  if (after < 0) return lo;
  // `Asked about the finances, which his party has long blamed on him, Darrow said`: the question's relative clause runs to its own comma;
  // so does an `as` clause (`Asked whether …, as the letter had demanded, Vasht replied …`).
  if (!RELATIVE_PRONOUNS.has(words.at(after)?.key ?? '') && words.at(after)?.key !== 'as') return after;
  const end = pastComma(words, after + 1, Math.min(hi, after + QUESTION_WORDS));
  return end < 0 ? lo : end;
}

/** Most words of a record's direction in square brackets (`[Laughter]`, `[Applause from the floor]`). */
const DIRECTION_WORDS = 5;
/** Most tokens of a script's direction on a line of its own (`[Silhouette of worker, hands around mug]`). */
const LINE_DIRECTION_TOKENS = 24;

/**
 * `[Laughter] Somewhere around Harlan Avenue she turned to me and said …`: a speech's printed
 * direction in square brackets opening the sentence is no part of its words; nor are a script's
 * directions on lines of their own over its words (`[GVs of the home, dusk]` / `[TRACK 4]` / `She told us …`).
 */
function pastStageDirection(text: string, words: WordList, lo: number, hi: number): number {
  let at = lo;
  for (let next = pastOneDirection(text, words, at, hi); next > at; next = pastOneDirection(text, words, at, hi))
    at = next;
  return at;
}

function pastOneDirection(text: string, words: WordList, lo: number, hi: number): number {
  if (lo >= hi || words.at(lo)!.text !== '[') return lo;
  let wordsOnly = true;
  for (let t = lo + 1; t < hi && t - lo <= LINE_DIRECTION_TOKENS + 1; t++) {
    const w = words.at(t)!;
    if (w.text === ']') {
      const short = wordsOnly && t - lo <= DIRECTION_WORDS + 1;
      const ownLine = t + 1 < hi && lineBreakBetween(text, w.end, words.at(t + 1)!.start);
      return short || ownLine ? t + 1 : lo;
    }
    if (w.text === '[') return lo;
    if (!w.isWord) wordsOnly = false;
  }
  return lo;
}

/**
 * The sentence opens, past a few leading words (lexicon `questionLeads`) and their commas, with
 * an auxiliary before a personal pronoun (`Will you tell us …`, `And can we say …`): a question,
 * whatever ends it. Not a condition's inversion (`Had she said so, …`).
 */
function invertedQuestion(words: WordList, lo: number, hi: number): boolean {
  let t = lo;
  while (t + 2 < hi && (QUESTION_LEADS.has(words.at(t)!.key) || isPunct(words.at(t), ','))) t++;
  const auxiliary = words.at(t)!;
  const pronoun = words.at(t + 1);
  return (
    t + 1 < hi &&
    auxiliary.isWord &&
    AUXILIARIES.has(auxiliary.key) &&
    !CONDITIONAL_INVERSIONS.has(auxiliary.key) &&
    pronoun !== undefined &&
    (SUBJECT_PRONOUNS.has(pronoun.key) || FIRST_PERSON.has(pronoun.key) || SECOND_PERSON.has(pronoun.key))
  );
}

/** The word after the first comma in `[from, to)`, or -1 when other punctuation (an apostrophe aside) or the end comes first. */
function pastComma(words: WordList, from: number, to: number): number {
  for (let t = from; t < to; t++) {
    const w = words.at(t)!;
    if (!w.isWord && w.text === ',') return t + 1;
    if (!w.isWord && w.text !== '’' && w.text !== "'") return -1;
  }
  return -1;
}

/**
 * Most sentences hold no cue: find the possible cue positions from the raw tokens before any
 * other work. A cue is lower case except at the sentence start, whose word is tested by key, and
 * in its places in a title-case headline (`titleCaseCueAt`). The list returned is shared scratch,
 * valid until the next call.
 */
function cuePositions(words: WordList, lo: number, hi: number, titleCase: boolean): readonly number[] {
  const cues = CUE_POSITIONS;
  cues.length = 0;
  if (CUE_STARTS.has(words.shapeAt(lo)!.key)) cues.push(lo);
  for (let i = lo + 1; i < hi; i++)
    if (words.mayStartCue(i) || (titleCase && titleCaseCueAt(words, i, hi) && CUE_STARTS.has(words.shapeAt(i)!.key)))
      cues.push(i);
  return cues;
}

/**
 * Where a title-case headline may hold its capitalised cue: after a comma (`…, Says Aid Agency`,
 * `…, Warns Envoy`) or as its last word (`…, Foreign Ministry Says`).
 */
function titleCaseCueAt(words: WordList, i: number, hi: number): boolean {
  return isPunct(words.at(i - 1), ',') || i === hi - 1 || (i === hi - 2 && isPunct(words.at(hi - 1), '.!?'));
}

/**
 * The frame at cue word `i`, by the first cue kind that matches the word: `according to`
 * (which alone decides, frame or not), an `as`-clause naming its source (`as noted in …`), a
 * claim noun with its owner (`the LDF’s claim that …`), a speech act with its noun (`issued a
 * statement`), a reporting verb (whose subject is the
 * `anonymous` source when the cue is that source's).
 */
function frameAtCue(
  scan: SentenceScan,
  i: number,
  previous: Frame | undefined,
  anonymous: AnonymousSource | null,
): FoundFrame | null {
  const { words, hi, quoted } = scan;
  const w = words.at(i)!;
  if (w.key === 'according' && words.at(i + 1)?.key === 'to') {
    const frame = accordingToFrame(scan, i);
    return frame ? { frame, resume: i + 1 } : null;
  }
  if (w.key === 'per') {
    const frame = perFrame(scan, i);
    return frame ? { frame, resume: i + 1 } : null;
  }
  if (w.key === 'as') {
    const frame = sourcedFrame(scan, i);
    if (frame) return { frame, resume: i + 1 };
  }
  if (CLAIM_NOUNS.has(w.key)) {
    const frame = claimNounFrame(scan, i);
    if (frame) return { frame, resume: i + 1 };
  }
  const nounVerb = matchForm(words, i, hi, SPEECH_NOUN_VERBS.get(w.key), quoted);
  const act = nounVerb ? speechActFrame(scan, i, nounVerb) : null;
  if (act) return act;
  const form = matchForm(words, i, hi, CUE_FORMS.get(w.key), quoted);
  return form ? verbCueFrame(scan, i, form, previous, anonymous?.subject) : null;
}
