import { pastBullet, pastListMarker, type Doc, type Sentence } from '../../text';
import { BARE_CLAUSE, CUE_FORMS } from '../lexicon';
import type { WordList } from '../word-list';
import { findCueSubject } from './cue-subject';
import { type Frame, type SentenceScan, clauseVerbFrom, contentEnd, pastItemNumber } from './frame';

/** Most list items one introduction reports. */
const LIST_ITEMS = 12;

/**
 * `In presenting it, the Clerk reported that:` / `• the toilets would reopen in April;` / `• the
 * bid had succeeded.`: a verb cue ending its sentence with `that:` or `:` reports each list item
 * after it, in its own paragraph or the next (a minute's or a summary's layout). One frame a list
 * item, each in the item's sentence; none when the sentence is no such introduction.
 */
export function listReportFrames(doc: Doc, words: WordList, sentence: Sentence, quoted: Int32Array): Frame[] {
  const colon = sentence.tokenEnd - 1;
  if (colon <= sentence.tokenStart || words.textAt(colon) !== ':') return [];
  const i = words.at(colon - 1)?.key === 'that' ? colon - 2 : (followingBefore(words, colon) ?? colon - 1);
  const form = (CUE_FORMS.get(words.at(i)?.key ?? '') ?? []).find((f) => f.words.length === 1 && !f.participle);
  const items = listItemsAfter(doc, sentence);
  if (!form || items.length === 0) return [];
  const scan: SentenceScan = {
    doc,
    words,
    sentence,
    quoted,
    lo: pastItemNumber(doc.text, words, sentence.tokenStart, colon),
    hi: colon,
    end: words.at(colon)!.start,
  };
  const cue = findCueSubject(scan, i, form, undefined);
  if (!cue || cue.source === 'inverted') return [];
  const w = words.at(i)!;
  const objects = i === colon - 1 && !BARE_CLAUSE.has(form.lemma);
  return items.flatMap((item) => {
    const start = pastListMarker(doc.text, item.start, item.end);
    const end = contentEnd(doc, item);
    // `It goes on to demand:` / `• the restoration of the grant`: without `that`, a cue that takes a clause only
    // with it takes objects; an item with no verb is what was asked for, not a report.
    if (end <= start || (objects && !clauseVerbFrom(words, item.tokenStart, item.tokenEnd))) return [];
    const frame: Frame = {
      sentence: item.index,
      cueStart: w.start,
      cueEnd: w.end,
      lemma: form.lemma,
      subject: cue.subject,
      info: cue.info,
      after: { start, end },
      before: null,
      attributionStart: words.at(cue.attributionStart)!.start,
      reported: false,
      issued: null,
      marked: true,
      joined: false,
      newClause: false,
    };
    return [frame];
  });
}

/** Most words between `the following` and the colon (`stated the following points:`). */
const FOLLOWING_NOUN_WORDS = 2;

/**
 * `Vice-Minister Sasae stated the following points:` over `(1) …` / `(2) …`: the cue before `the
 * following` and up to two nouns hands over the items below as `that:` does; its index, or null.
 */
function followingBefore(words: WordList, colon: number): number | null {
  for (let t = colon - 1; t >= colon - 1 - FOLLOWING_NOUN_WORDS && t > 1; t--) {
    if (!words.at(t)!.isWord) return null;
    if (words.at(t)!.key === 'following' && words.at(t - 1)!.key === 'the') return t - 2;
  }
  return null;
}

/** The list items right after `sentence`: sentences opening with a bullet or a list marker (`(1)`, `a.`), in its paragraph or from the next on. */
function listItemsAfter(doc: Doc, sentence: Sentence): Sentence[] {
  const items: Sentence[] = [];
  // (`2. X stated the following points:` / `(1) …` / `(2) …` / `3. In response, …`: the items share
  // their marker's shape, and the introduction's own list goes on with another.)
  const outer = markerShape(doc.text, sentence);
  let shape: string | null = null;
  for (let s = sentence.index + 1; s < doc.sentences.length && items.length < LIST_ITEMS; s++) {
    const item = doc.sentences[s]!;
    const expected = items.length === 0 ? sentence.paragraph : items[items.length - 1]!.paragraph;
    if (item.paragraph > expected + 1) break;
    if (pastListMarker(doc.text, item.start, item.end) === item.start) break;
    const own = markerShape(doc.text, item);
    if ((shape ??= own) !== own || (own !== '' && own === outer)) break;
    items.push(item);
  }
  return items;
}

/** A sentence's list marker with its digits as `9` and its letters as `a` (`(9)`, `9.`), '' for a bullet or none. */
function markerShape(text: string, sentence: Sentence): string {
  return text
    .slice(pastBullet(text, sentence.start, sentence.end), pastListMarker(text, sentence.start, sentence.end))
    .trim()
    .replace(/\d+/gu, '9')
    .replace(/\p{L}/gu, 'a');
}
