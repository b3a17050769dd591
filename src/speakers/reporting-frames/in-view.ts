import { CUE_FORMS, PRONOUNS, VIEW_NOUNS } from '../lexicon';
import {
  describeMentionOnce,
  describePossessivePronoun,
  mentionAfter,
  type MentionInfo,
  type MentionSpan,
} from '../mentions';
import type { WordList } from '../word-list';
import { type Frame, type SentenceScan, isPunct, regionOf, sourceFrame } from './frame';

/** Most words of the source between `of` and its comma (`one senior coalition deputy`). */
const SOURCE_WORDS = 8;

/**
 * A sentence opening with whose view or words it gives: `In the words of one deputy, the
 * president is “the last lock”`, `In her view, the dispute is now …`, `In the minister's
 * words, …`. The source is the mention after `of`, or the possessive (a pronoun stands for its
 * person); the content is the clause after the phrase's comma.
 */
export function inViewFrame(scan: SentenceScan): Frame | null {
  const { doc, words, lo, hi } = scan;
  if (words.at(lo)?.key !== 'in' || lo + 3 >= hi) return null;
  const second = words.at(lo + 1)!;
  let subject: MentionSpan | null = null;
  let info: MentionInfo | null = null;
  let comma = -1;
  if (second.key === 'the' && VIEW_NOUNS.has(words.at(lo + 2)!.key) && words.at(lo + 3)!.key === 'of') {
    // `In the words of one senior deputy, …`: the source runs from `of` to its comma (or its colon
    // before a quotation: `In the words of the Court: “…”`).
    for (let t = lo + 4; t < Math.min(hi, lo + 4 + SOURCE_WORDS) && comma < 0; t++)
      if (isPunct(words.at(t), ',') || (isPunct(words.at(t), ':') && words.at(t + 1)?.isQuoteMark)) comma = t;
    subject = { from: lo + 4, to: comma };
  } else if (
    VIEW_NOUNS.has(words.at(lo + 2)!.key) &&
    (isPunct(words.at(lo + 3), ',') || (isPunct(words.at(lo + 3), ':') && words.at(lo + 4)?.isQuoteMark === true))
  ) {
    // `In her view, …` / `In Lind's words, …` / `In her words: “…”`
    comma = lo + 3;
    subject = { from: lo + 1, to: lo + 2 };
    info = describePossessivePronoun(doc.text, words, lo + 1);
    if (!info && !(second.possessive && second.cap)) return null;
  }
  if (!subject || comma < 0 || subject.from >= subject.to) return null;
  // `In her opinion, she wrote that …`, `In his view, Perl said, …`: a clause with its own subject and cue reports for itself.
  const own = PRONOUNS.has(words.at(comma + 1)?.key ?? '') ? comma + 2 : (mentionAfter(words, comma + 1, hi)?.to ?? -1);
  if (own > 0 && CUE_FORMS.has(words.at(own)?.key ?? '')) return null;
  // `In the words of our Chairman, Tobiah Karsk, at the opening session: “…”`: the name apposed to
  // the source speaks, and the quotation after the colon is the words.
  const quoted = isPunct(words.at(comma), ',') ? quotationAfterColon(words, comma + 1, hi) : -1;
  if (quoted >= 0) {
    const name = mentionAfter(words, comma + 1, quoted);
    if (name && isPunct(words.at(name.to), ',') && words.at(name.from)!.cap) subject = name;
    comma = quoted;
  }
  const after = regionOf(scan, comma + 1);
  if (!after) return null;
  const cueEnd = words.at(subject.from > lo + 2 ? lo + 3 : lo + 2)!.end;
  return sourceFrame({
    sentence: scan.sentence.index,
    cueStart: words.at(lo)!.start,
    cueEnd,
    lemma: 'in the words of',
    subject,
    info: info ?? describeMentionOnce(doc.text, words, subject),
    after,
    before: null,
    attributionStart: words.at(lo)!.start,
  });
}

/** Most words from the source's comma to the colon before its quotation (`Tobiah Karsk, at the opening session on 3 November:`). */
const COLON_REACH = 16;

/** The colon right before a quotation within reach from `from`, with no other clause mark before it; or -1. */
function quotationAfterColon(words: WordList, from: number, hi: number): number {
  for (let t = from; t < hi && t - from <= COLON_REACH; t++) {
    const w = words.at(t)!;
    if (isPunct(w, ':')) return words.at(t + 1)?.isQuoteMark ? t : -1;
    if (isPunct(w, '.;!?') || w.isQuoteMark) return -1;
  }
  return -1;
}
