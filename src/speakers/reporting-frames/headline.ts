import {
  blankAfter,
  blankBefore,
  isTitleCase,
  isWhite,
  lineEndAt,
  lineStartAt,
  type Doc,
  type Sentence,
  CLOCK_TIME,
} from '../../text';
import {
  AUTHORING_VERBS,
  AUXILIARIES,
  BE_FORMS,
  COORDINATORS,
  CUE_FORMS,
  EVENT_WORDS,
  FIELD_LABELS,
  TITLE_PREPOSITIONS,
  WORK_NOUNS,
} from '../lexicon';
import { type MentionInfo, describeMentionOnce, mentionAfter } from '../mentions';
import { isFieldBlock } from '../field-block';
import type { WordList } from '../word-list';
import { type Frame, contentEnd, isDocumentNoun, isPunct, sourceFrame } from './frame';

/** A headline label (`Mayor Diaz: Tax Cuts Are Coming`) ends within this many words. */
/**
 * One line in title case (`Tax Cuts Are Coming`): a headline's claim, where a transcript turn or a
 * paragraph of news holds sentences.
 */
export function isTitleCaseLine(text: string): boolean {
  const line = text.trim();
  if (line.includes('\n')) return false;
  const words = line.split(/\s+/);
  return words.length >= 2 && isTitleCase(words, line[line.length - 1] ?? '');
}

/** Most words of a work's title in quotation marks. */
const TITLE_WORDS = 10;

/**
 * `has written a memoir, “A Ladder in the Dark”`, `the report, “Rooms Without Windows”,`: a
 * title-case quotation apposed after a comma to a work or a document (`noun`) names it; nobody speaks.
 */
export function namesWork(noun: string, title: string): boolean {
  return WORK_NOUNS.has(noun.toLowerCase()) && isShortTitle(title);
}

/** `who wrote “The Keeper’s Dilemma”`: a title-case quotation right after an authoring verb is the work's title. */
export function authoredTitle(verb: string, title: string): boolean {
  // (`I wrote “Nine Winters on Calder Street.”`: a sentence's full stop or comma set inside the closing mark.)
  const bare = title.replace(/[.,]$/u, '');
  return AUTHORING_VERBS.has(verb.toLowerCase()) && isShortTitle(bare) && !/[.!?]$/u.test(bare);
}

/** `considered the report on “Reading Brennholt: A Library Service”`: a title-case quotation after a topic's preposition is a title. */
export function topicTitle(preposition: string, title: string): boolean {
  return TITLE_PREPOSITIONS.has(preposition.toLowerCase()) && isShortTitle(title) && !/[.!?]$/u.test(title);
}

/** A title-case line of at most TITLE_WORDS words (`Dry Channels`, `A Ladder in the Dark`). */
export function isShortTitle(title: string): boolean {
  return title.split(/\s+/u).length <= TITLE_WORDS && isTitleCaseLine(title);
}

/**
 * A line of its own inside the text that reads like a headline (`Carpanian Prime Minister Ilse
 * Moravec: Our Patience Has Been Rewarded` in a round-up of reactions): the whole paragraph, with
 * a title-case claim after its colon.
 */
export function isHeadlineLine(doc: Doc, sentence: Sentence): boolean {
  const paragraph = doc.paragraphs[sentence.paragraph]!;
  const colon = sentence.text.indexOf(':');
  if (colon <= 0) return false;
  if (paragraph.start === sentence.start && paragraph.end === sentence.end)
    return isTitleCaseLine(sentence.text.slice(colon + 1));
  // A live blog entry's title on a line of its own (`Rebels: ‘No shots from our side’`): no closing punctuation.
  return isWholeLine(doc.text, sentence) && !/[.!?]$/.test(sentence.text);
}

/** The sentence fills a line of its paragraph: a line break (or the paragraph's edge) on each side. */
function isWholeLine(text: string, sentence: Sentence): boolean {
  if (!blankBefore(text, sentence.start) || !blankAfter(text, sentence.end)) return false;
  // Blank on both sides: the line is the sentence, and it is not the whole text.
  return lineStartAt(text, sentence.start) > 0 || lineEndAt(text, sentence.end) < text.length;
}

const HEADLINE_LABEL_WORDS = 6;

/**
 * `Korda: Ostrava Has Not Kept Its Word`: a one-word label is a speaker when the text below names
 * that person in full (`President Matej Korda told reporters …`), as a headline names people by
 * surname.
 */
function namedInFullLater(doc: Doc, sentence: Sentence, label: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(label)) return false;
  return lastFullNameStart(doc, label) >= sentence.end;
}

/** Per document and label, where the text's last full name for it (`Matej Korda`) starts, or -1. */
const LAST_FULL_NAMES = new WeakMap<Doc, Map<string, number>>();

/**
 * Where the last full name for `label` starts (`\p{Lu}\p{Ll}+ <label>\b`, any start where that
 * matches), or -1: found once per document and label, reading the text back from its last
 * ` <label>` and trying the word before it, so that a document of many
 * `Korda:` lines reads its text once, not once per line.
 */
function lastFullNameStart(doc: Doc, label: string): number {
  let byLabel = LAST_FULL_NAMES.get(doc);
  if (!byLabel) LAST_FULL_NAMES.set(doc, (byLabel = new Map()));
  let last = byLabel.get(label);
  if (last === undefined) {
    last = -1;
    const text = doc.text;
    const fullName = new RegExp(`\\p{Lu}\\p{Ll}+ ${label}\\b`, 'uy');
    const needle = ` ${label}`;
    for (let space = text.lastIndexOf(needle); space >= 0 && last < 0;) {
      // A full name ends at this space with the word before it: try each start in that word, last first
      // (the sticky pattern fails at once where no capital stands).
      for (let k = space - 1; k >= 0 && !isWhite(text[k]!); k--) {
        fullName.lastIndex = k;
        if (fullName.test(text)) {
          last = k;
          break;
        }
      }
      // lastIndexOf reads a negative start as 0: the text's first character ends the search.
      space = space > 0 ? text.lastIndexOf(needle, space - 1) : -1;
    }
    byLabel.set(label, last);
  }
  return last;
}

/** Mention kinds of a party that speaks without a person's name (`Mayor`, `Analysts`, `The ministry`). */
export const UNNAMED_PARTY_KINDS: ReadonlySet<MentionInfo['kind']> = new Set([
  'role',
  'group',
  'government',
  'organization',
]);

/** Some word in `[from, to)` is an auxiliary, a be-form, a cue or a past form: the words make a clause. */
function verbAfter(words: WordList, from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    const w = words.at(t)!;
    if (w.isWord && (AUXILIARIES.has(w.key) || BE_FORMS.has(w.key) || cueAsVerb(words, t) || w.key.endsWith('ed')))
      return true;
  }
  return false;
}

/** A cue's spelling at `t` that is no plural closing a list of nouns (`payments, inspections and appeals`). */
function cueAsVerb(words: WordList, t: number): boolean {
  const w = words.at(t)!;
  if (!CUE_FORMS.has(w.key)) return false;
  const before = words.at(t - 1);
  return !(w.key.endsWith('s') && before !== undefined && (isPunct(before, ',') || COORDINATORS.has(before.key)));
}

function quotesAfter(words: WordList, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (words.at(t)!.isQuoteMark) return true;
  return false;
}

/** Every word in `[from, to)` is in capitals. */
function allCapsWords(words: WordList, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (words.at(t)!.isWord && !words.at(t)!.allCaps) return false;
  return true;
}

/** Prepositions after a document's noun that say whose, where or on what it is (`Remarks by …`, `statement at the Council`). */
const DESIGNATION_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'at', 'of', 'from', 'on', 'to', 'after']);

/**
 * `Foreign Affairs Council: Press remarks by High Representative …`, `…: UK statement at the
 * Security Council`: after the colon, a document's designation (a few words, then a document's
 * noun and the preposition that places it) names the text, not a claim.
 */
function documentDesignation(words: WordList, from: number, hi: number): boolean {
  for (let t = from; t < hi && t - from <= DESIGNATION_LEAD_WORDS; t++) {
    if (!words.at(t)!.isWord) return false;
    if (isDocumentNoun(words.at(t)!.key) && DESIGNATION_PREPOSITIONS.has(words.at(t + 1)?.key ?? '')) return true;
  }
  return false;
}

/** Most words before a designation's document noun (`Joint press`, `UK`). */
const DESIGNATION_LEAD_WORDS = 2;

/**
 * `Mayor Diaz: Tax Cuts Are Coming`, `China: U.S. Must Stop Meddling`: a headline that opens
 * with a speaker's name and a colon gives the rest as that speaker's claim. The name must be a
 * role with a name, a full name, or a party other than a person, so `Update:` is no speaker.
 */
export function headlineLabel(doc: Doc, words: WordList, sentence: Sentence): Frame | null {
  // `11:48 Opposition: Government “asleep” on strike`: a live page's entry time is no part of the name.
  const lo = CLOCK_TIME.test(words.at(sentence.tokenStart)!.text) ? sentence.tokenStart + 1 : sentence.tokenStart;
  const hi = sentence.tokenEnd;
  let colon = -1;
  for (let t = lo; t < hi && t - lo <= HEADLINE_LABEL_WORDS; t++) {
    if (isPunct(words.at(t), ':')) {
      colon = t;
      break;
    }
  }
  if (colon <= lo || words.countWords(colon + 1, hi) < 2) return null;
  // `PROG: Hallen Morning | BULLETIN: 07:00` in a script's header: a field and its value, no claim.
  if (isFieldBlock(doc.paragraphs[sentence.paragraph]!.text)) return null;
  // `HIDDEN BORDERS: The Helmet in the Furrow`, `Carvonia Decides: The Final Leaders' Debate`: a
  // noun phrase after the colon, unquoted and without a verb, is a programme's or a page's subtitle.
  if (!quotesAfter(words, colon + 1, hi) && !verbAfter(words, colon + 1, hi)) return null;
  // `SORVALEN: PEACEKEEPER KILLED` over a section of a briefing: a heading in capitals inside the
  // body names a place and a topic; only the document's own headline speaks through its colon.
  if (!sentence.headline && allCapsWords(words, colon + 1, hi)) return null;
  if (documentDesignation(words, colon + 1, hi)) return null;
  const subject = mentionAfter(words, lo, colon);
  if (!subject || subject.from !== lo || subject.to !== colon) return null;
  // `Episode 88: …`, `MEDIA BRIEFING: …`, `LIVE Storm Marit: …`: a field, an event or a live page titles what follows.
  for (let t = lo; t < colon; t++) {
    const key = words.at(t)!.key;
    // A field's name may take two words (`DONE DEAL:`, `BREAKING NEWS:`).
    const pair = t + 1 < colon ? `${key} ${words.at(t + 1)!.key}` : '';
    if (FIELD_LABELS.has(key) || FIELD_LABELS.has(pair) || EVENT_WORDS.has(key)) return null;
  }
  const info = describeMentionOnce(doc.text, words, subject);
  // A party named by its role or kind speaks too when its words are quoted (`Rebels: ‘No shots from our side’`),
  // unlike a topic (`Carpanian Fishermen: Detention in Vardenia`) or a contact (`Press office: Ana Lind, …`).
  const unnamedParty = UNNAMED_PARTY_KINDS.has(info.kind) && quotesAfter(words, colon + 1, hi);
  const named =
    unnamedParty ||
    (info.kind === 'name' &&
      (info.role !== null ||
        info.nameKeys.length >= 2 ||
        info.type === 'country' ||
        info.type === 'organization' ||
        namedInFullLater(doc, sentence, doc.text.slice(words.at(lo)!.start, words.at(colon - 1)!.end))));
  if (!named) return null;
  const colonWord = words.at(colon)!;
  return sourceFrame({
    sentence: sentence.index,
    cueStart: colonWord.start,
    cueEnd: colonWord.end,
    lemma: ':',
    subject,
    info,
    after: { start: words.at(colon + 1)!.start, end: contentEnd(doc, sentence) },
    before: null,
    attributionStart: words.at(lo)!.start,
  });
}
