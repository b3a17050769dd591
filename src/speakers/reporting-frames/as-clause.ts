import { CLAUSE_STOPS, CUE_FORMS, PARENTHETICAL_OPENERS, SOURCE_PREPOSITIONS } from '../lexicon';
import { describeMentionOnce, mentionAfter } from '../mentions';
import { type Frame, MIN_CONTENT_WORDS, type SentenceScan, isPunct, matchForm } from './frame';

/** Most words of an adjunct between the source and its comma (`on many occasions`). */
const SOURCE_TAIL_WORDS = 5;

/** `As noted in the USTR’s review, “…”` / `as reported by X, …`: the source follows the cue (`i` is the word `as`). */
export function sourcedFrame(scan: SentenceScan, i: number): Frame | null {
  const { doc, words, hi, end, quoted } = scan;
  const form = matchForm(words, i + 1, hi, CUE_FORMS.get(words.at(i + 1)?.key ?? ''), quoted);
  if (!form || !form.past) return null;
  const j = i + 1 + form.words.length;
  if (!words.at(j) || !SOURCE_PREPOSITIONS.has(words.at(j)!.key)) return null;
  const subject = mentionAfter(words, j + 1, hi);
  if (!subject) return null;
  // `As stated by our ministry on many occasions, …`: a short adjunct may follow the source.
  let comma = subject.to;
  while (comma < hi && comma - subject.to < SOURCE_TAIL_WORDS && words.at(comma)!.isWord) comma++;
  if (!isPunct(words.at(comma), ',')) return null;
  const info = describeMentionOnce(doc.text, words, subject);
  if (info.kind === 'pronoun') return null;
  const at = comma + 1;
  if (
    at >= hi ||
    words.at(at)!.start >= end ||
    words.countWords(at, hi) < MIN_CONTENT_WORDS ||
    PARENTHETICAL_OPENERS.has(words.at(at)!.key) ||
    CLAUSE_STOPS.has(words.at(at)!.key)
  )
    return null;
  return {
    sentence: scan.sentence.index,
    cueStart: words.at(i)!.start,
    cueEnd: words.at(j)!.end,
    lemma: form.lemma,
    subject,
    info,
    after: { start: words.at(at)!.start, end },
    before: null,
    attributionStart: words.at(i)!.start,
    reported: false,
    issued: null,
    marked: true,
    joined: false,
    newClause: false,
  };
}
