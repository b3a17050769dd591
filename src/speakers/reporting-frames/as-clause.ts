import {
  CLAUSE_COORDINATORS,
  CLAUSE_STOPS,
  CUE_FORMS,
  FIRST_PERSON,
  PARENTHETICAL_OPENERS,
  PERCEPTION_VERBS,
  SECOND_PERSON,
  SOURCE_PREPOSITIONS,
  THINKING_VERBS,
} from '../lexicon';
import type { WordList } from '../word-list';
import { describeMentionOnce, mentionAfter } from '../mentions';
import { type Frame, MIN_CONTENT_WORDS, type SentenceScan, isPunct, matchForm } from './frame';

/** Most words of an adjunct between the source and its comma (`on many occasions`). */
const SOURCE_TAIL_WORDS = 5;

/** `As noted in the USTR’s review, “…”` / `as reported by X, …`: the source follows the cue (`i` is the word `as`). */
export function sourcedFrame(scan: SentenceScan, i: number): Frame | null {
  const { doc, words, hi, end, quoted } = scan;
  const heard = heardFrom(words, i);
  const form = heard ? null : matchForm(words, i + 1, hi, CUE_FORMS.get(words.at(i + 1)?.key ?? ''), quoted);
  // (`as reflected in the Convention`: a thought's verb, read as `embodied in`, names no source of words.)
  if (!heard && (!form || !form.past || THINKING_VERBS.has(form.lemma))) return null;
  const j = heard ? i + 3 : i + 1 + form!.words.length;
  if (!words.at(j) || !(heard || SOURCE_PREPOSITIONS.has(words.at(j)!.key))) return null;
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
    CLAUSE_STOPS.has(words.at(at)!.key) ||
    // (`respect the rights of all citizens, as recognised by the Constitution, and release …`: after an
    // aside on a noun, a coordinator goes on with the sentence's own verbs, no source's words.)
    CLAUSE_COORDINATORS.has(words.at(at)!.key)
  )
    return null;
  return {
    sentence: scan.sentence.index,
    cueStart: words.at(i)!.start,
    cueEnd: words.at(j)!.end,
    lemma: heard ? words.at(i + 2)!.key : form!.lemma,
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

/**
 * `As you heard from Mr Lind, there was no notice`: a listener who heard or saw it (the lexicon's
 * perceptionVerbs) `from` a source; then the mention after `from` is the source of the clause after
 * the comma, as in `as noted by …`.
 */
function heardFrom(words: WordList, i: number): boolean {
  const listener = words.at(i + 1)?.key ?? '';
  return (
    (FIRST_PERSON.has(listener) || SECOND_PERSON.has(listener)) &&
    PERCEPTION_VERBS.has(words.at(i + 2)?.key ?? '') &&
    words.at(i + 3)?.key === 'from'
  );
}
