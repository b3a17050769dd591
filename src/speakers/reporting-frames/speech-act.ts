import {
  ARTICLES,
  AUXILIARIES,
  BE_FORMS,
  BLOCKING_WORDS,
  CLAUSE_STOPS,
  CONTENT_PARTICIPLES,
  type CueForm,
  CUE_FORMS,
  PARTICIPLE_CUES,
  POSSESSIVE_DETERMINERS,
  SPEECH_NOUNS,
  TITLE_CUES,
  RELATIVE_PRONOUNS,
  RELATIVE_ADVERBS,
} from '../lexicon';
import { describeMentionOnce, mentionBefore } from '../mentions';
import type { WordList } from '../word-list';
import {
  type FoundFrame,
  type Frame,
  type SentenceScan,
  clauseAfterCoordinator,
  isPunct,
  quotationAt,
  subjectIsFree,
} from './frame';
import { isShortTitle, namesWork } from './headline';

const SPEECH_NOUN_REACH = 5;

/** First words of the two-word speech nouns (`joint` of `joint statement`): only after one of them is a word pair looked up. */
const TWO_WORD_NOUN_STARTS: ReadonlySet<string> = new Set(
  [...SPEECH_NOUNS].filter((n) => n.indexOf(' ') >= 0).map((n) => n.slice(0, n.indexOf(' '))),
);

/** Where the speech noun after a speech-act verb ends (`issued a joint statement`), or -1 when none follows within reach. */
function speechNounEnd(scan: SentenceScan, j: number): number {
  const { words, hi, quoted } = scan;
  // `submitted that the post was …`: `that` before an article or a possessive opens a clause, not an object.
  if (
    words.at(j)?.key === 'that' &&
    (ARTICLES.has(words.at(j + 1)?.key ?? '') || POSSESSIVE_DETERMINERS.has(words.at(j + 1)?.key ?? ''))
  )
    return -1;
  for (let t = j; t < hi && t - j < SPEECH_NOUN_REACH; t++) {
    const w = words.at(t)!;
    if (!w.isWord || quoted[t]! >= 0) break;
    if (t + 1 < hi && TWO_WORD_NOUN_STARTS.has(w.key) && SPEECH_NOUNS.has(`${w.key} ${words.at(t + 1)!.key}`))
      return t + 2;
    if (SPEECH_NOUNS.has(w.key)) return t + 1;
  }
  return -1;
}

/**
 * Past the title of the work the speech noun names, apposed after its comma (`published its report,
 * “Funding the Next Generation”, on …`): a title gives the report no words. Else `nounEnd`.
 */
function pastApposedTitle({ words, hi }: SentenceScan, nounEnd: number): number {
  if (!isPunct(words.at(nounEnd), ',') || !words.at(nounEnd + 1)?.isQuoteMark) return nounEnd;
  const quotation = quotationAt(words, nounEnd + 1, hi);
  return quotation && namesWork(words.at(nounEnd - 1)!.text, quotation.text) ? quotation.close + 1 : nounEnd;
}

/**
 * The quotation opening at `k`, after the speech noun ending at `nounEnd`, gives the act's own words:
 * not its title (`published a report called “Dry Channels”`, `a report on the scheme, “Dry
 * Channels”,`) nor the words of another cue between them (`published a memo … which says the
 * evidence was “not credible”`).
 */
function quotesOwnWords({ words, hi }: SentenceScan, nounEnd: number, k: number): boolean {
  if (k >= hi || !words.at(k)!.isQuoteMark) return false;
  const before = words.at(k - 1)!;
  if (before.isWord && TITLE_CUES.has(before.key)) return false;
  if (isPunct(before, ',') && isShortTitle(quotationAt(words, k, hi)?.text ?? '')) return false;
  for (let t = nounEnd; t < k; t++) if (words.at(t)!.isWord && CUE_FORMS.has(words.at(t)!.key)) return false;
  return true;
}

/** A relative word (`who`, `which`, `where`, `when`) among words `[from, to)`. */
function relativeBefore(words: WordList, from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    const key = words.at(t)!.key;
    if (RELATIVE_PRONOUNS.has(key) || RELATIVE_ADVERBS.has(key)) return true;
  }
  return false;
}

/**
 * `X issued a joint statement(, expressing concerns about …)`: the actor is reported as
 * speaking without being given words (`i` starts the verb `form`). The content is the
 * participial phrase or the rest of the clause when there is one, else the statement itself.
 */
export function speechActFrame(scan: SentenceScan, i: number, form: CueForm): FoundFrame | null {
  const { doc, words, sentence, hi, end, quoted } = scan;
  const j = i + form.words.length;
  const nounEnd = speechNounEnd(scan, j);
  if (nounEnd < 0) return null;
  const subject = mentionBefore(words, i, sentence.tokenStart);
  if (!subject || !subjectIsFree(subject, quoted)) return null;
  // `has not published the report`, `will issue a statement`: an act not done is no report (the verb's
  // own auxiliaries and adverbs, not a relative clause before them: `X, who has not spoken since …, issued`).
  // `Annual figures are published in the agency's report`: after a be-form, a past verb is passive, and
  // its subject is what was put out, not who put it out (`is issuing a statement` goes on).
  let passive = false;
  for (let t = i - 1; t >= subject.to && words.at(t)!.isWord && !words.at(t)!.cap; t--) {
    if (BLOCKING_WORDS.has(words.at(t)!.key)) return null;
    if (BE_FORMS.has(words.at(t)!.key) && form.past) passive = true;
    if (!AUXILIARIES.has(words.at(t)!.key) && !BE_FORMS.has(words.at(t)!.key) && !words.at(t)!.key.endsWith('ly'))
      break;
  }
  const info = describeMentionOnce(doc.text, words, subject);
  if (passive || info.kind === 'pronoun' || info.kind === 'document') return null;
  let k = pastApposedTitle(scan, nounEnd);
  while (k < hi && !words.at(k)!.isQuoteMark && !(words.at(k)!.isWord && PARTICIPLE_CUES.has(words.at(k)!.key))) k++;
  // `delivered it in writing`: a gerund after a preposition heads an adjunct; and a participle past a
  // comma and a coordinator belongs to the next clause (`…, and officials spent the day explaining …`).
  const participle =
    k < hi &&
    words.at(k)!.isWord &&
    words.at(k)!.start < end &&
    !CLAUSE_STOPS.has(words.at(k - 1)!.key) &&
    clauseAfterCoordinator(words, nounEnd - 1, k) === nounEnd - 1;
  // `sent us this statement: “…”`: a colon hands over the statement's own words, quoted.
  // (Not past a relative clause, whose last noun the subject found may be: `A colleague who works where
  // I had an office sent me a message: “…”`.)
  const handedOver =
    isPunct(words.at(nounEnd), ':') &&
    words.at(nounEnd + 1)?.isQuoteMark === true &&
    !relativeBefore(words, sentence.tokenStart, subject.from);
  // `issued a statement, saying the EU had …`: the statement's words are given, so it is reported speech.
  const withWords = handedOver || (participle && CONTENT_PARTICIPLES.has(words.at(k)!.key));
  const contentStart = handedOver
    ? words.at(nounEnd + 1)!.start
    : participle
      ? words.at(withWords ? k + 1 : k)!.start
      : words.at(j)!.start;
  const frame: Frame = {
    sentence: sentence.index,
    cueStart: words.at(i)!.start,
    cueEnd: words.at(nounEnd - 1)!.end,
    lemma: form.lemma,
    subject,
    info,
    after: { start: contentStart, end: participle || handedOver ? end : words.at(nounEnd - 1)!.end },
    before: null,
    attributionStart: words.at(subject.from)!.start,
    reported: !withWords,
    // `The agency released a statement.`: a statement with no words of its own gives no quote.
    wordless: !participle && !handedOver && !quotesOwnWords(scan, nounEnd, k),
    issued: { noun: words.at(nounEnd - 1)!.key, act: true },
    marked: withWords,
    joined: false,
    newClause: false,
  };
  return { frame, resume: handedOver ? nounEnd + 1 : withWords ? k + 1 : nounEnd };
}
