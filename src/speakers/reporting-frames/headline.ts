import type { Doc, Sentence } from '../../text';
import { describeMentionOnce, mentionAfter } from '../mentions';
import type { WordList } from '../word-list';
import { type Frame, contentEnd, isPunct } from './frame';

/** A headline label (`Mayor Diaz: Tax Cuts Are Coming`) ends within this many words. */
const HEADLINE_LABEL_WORDS = 6;

/**
 * `Mayor Diaz: Tax Cuts Are Coming`, `China: U.S. Must Stop Meddling`: a headline that opens
 * with a speaker's name and a colon gives the rest as that speaker's claim. The name must be a
 * role with a name, a full name, or a party other than a person, so `Update:` is no speaker.
 */
export function headlineLabel(doc: Doc, words: WordList, sentence: Sentence): Frame | null {
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
