import {
  ARTICLES,
  AUXILIARIES,
  BE_FORMS,
  CLAUSE_COORDINATORS,
  CUE_FORMS,
  ISSUING_PARTICIPLES,
  MENTION_OPENERS,
  ROLE_NOUNS,
  SPEECH_NOUNS,
} from '../lexicon';
import { describeMentionOnce, mentionAfter, type MentionSpan } from '../mentions';
import type { WordList } from '../word-list';
import {
  type Frame,
  INTERRUPTED_RELATIVES,
  MIN_CONTENT_WORDS,
  type SentenceScan,
  isDocumentNoun,
  isPunct,
  regionOf,
  sourceFrame,
  verbAmong,
} from './frame';
import { describedMention, invertedApposition, pastOpeningAdjuncts } from './subjects';

/** Words that may follow an `according to` source before its comma (`a poll released Sunday`). */
const SOURCE_TAIL_WORDS = 6;
/** Most words of a source no lexicon word heads (`tracking data compiled by the analytics firm Keelstone`, `internal documents seen by the Sentinel and three people with knowledge of the talks`). */
const PLAIN_SOURCE_WORDS = 16;

/**
 * `According to the agency, …` / `…, according to two officials.`: the source follows the cue
 * (`i` is the word `according`). Opening the sentence, the cue reports what follows the source;
 * after a comma, a dash or a closing mark, what precedes the cue.
 */
export function accordingToFrame(scan: SentenceScan, i: number): Frame | null {
  const { doc, words, lo, hi } = scan;
  const mention = mentionAfter(words, i + 2, hi, true) ?? describedMention(words, i + 2, hi);
  const found = mention ?? plainSource(scan, i + 2);
  if (!found) return null;
  const source = issuerOfDocument(words, found, hi) ?? found;
  // `…, according to the head of the legal department, Ana Lind.`: the name in apposition is the source.
  let subject = invertedApposition(doc.text, words, source, hi) ?? source;
  let info = describeMentionOnce(doc.text, words, subject);
  // `…; according to the charity, the dinghy had …`: a semicolon or a colon opens a clause as the sentence's start does.
  // `But according to …`, `However, according to …`: a connective before the cue opens the clause with it.
  const connective =
    (i === lo + 1 && CLAUSE_COORDINATORS.has(words.at(lo)!.key)) ||
    (i === lo + 2 && words.at(lo)!.isWord && isPunct(words.at(lo + 1), ','));
  // `At 04:38, according to the commanding officer, the trawler turned …`: so do adjuncts opening the sentence.
  const afterAdjuncts =
    i > lo + 1 &&
    i - lo <= OPENING_ADJUNCT_WORDS &&
    isPunct(words.at(i - 1), ',') &&
    pastOpeningAdjuncts(words, lo, i) === i &&
    !verbAmong(words, lo, i - 1);
  // `I would point out that, according to the survey, rainfall …`: so does a `that` and its comma, or a
  // relative word (`in Iskel, where, according to the water board, farms received …`).
  const afterOpener =
    i - 2 >= lo &&
    isPunct(words.at(i - 1), ',') &&
    (words.at(i - 2)!.key === 'that' || INTERRUPTED_RELATIVES.has(words.at(i - 2)!.key));
  const leading =
    i === lo ||
    (i === lo + 1 && !words.at(lo)!.isWord) ||
    connective ||
    afterAdjuncts ||
    afterOpener ||
    isPunct(words.at(i - 1), ';:');
  let k = subject.to;
  // `According to a poll released Sunday, …`: the content starts after the source's comma.
  for (let t = k; leading && t < hi && t - k <= SOURCE_TAIL_WORDS; t++) {
    if (isPunct(words.at(t), ',')) {
      // `According to the Commander of the Forces at Sarrow Bay, Commodore Fenn Aldrick, the work …`: past the
      // source's tail, a name in apposition is the source too.
      const named =
        t > subject.to && subject === source
          ? invertedApposition(doc.text, words, { from: source.from, to: t }, hi)
          : null;
      if (named) {
        subject = named;
        info = describeMentionOnce(doc.text, words, subject);
        k = named.to;
      } else k = info.kind === 'name' && info.type === 'person' ? pastApposition(words, t, hi) : t;
      break;
    }
  }
  if (isPunct(words.at(k), ',')) k++;
  const after = leading ? regionOf(scan, k) : null;
  const lead = words.at(i - 1);
  // `… still remain in custody according to the rights group Viasna.`: without a comma, only a speaker's mention
  // (not `according to the law`, `according to plan`) ending the sentence sources what came before.
  const trailing =
    lead !== undefined &&
    (isPunct(lead, ',—') || lead.isQuoteMark || (mention !== null && words.countWords(found.to, hi) === 0));
  const before =
    !leading && trailing && words.countWords(lo, i) >= MIN_CONTENT_WORDS
      ? { start: words.at(lo)!.start, end: isPunct(lead, ',—') || lead.isQuoteMark ? lead.start : lead.end }
      : null;
  if (!after && !before) return null;
  const w = words.at(i)!;
  return sourceFrame({
    sentence: scan.sentence.index,
    cueStart: w.start,
    cueEnd: words.at(i + 1)!.end,
    lemma: 'according to',
    subject,
    info,
    after,
    before,
    attributionStart: w.start,
  });
}

/**
 * `Foreign Minister Tallis spoke to her counterpart on Wednesday, per Marrow.`: a pool report's or a
 * newsletter's `per` after a comma, with its source ending the sentence, sources what came before,
 * as a trailing `according to` does (not `$5 per barrel`, `per cent`, `as per the rules`).
 */
export function perFrame(scan: SentenceScan, i: number): Frame | null {
  const { doc, words, lo, hi } = scan;
  const lead = words.at(i - 1);
  if (!lead || !isPunct(lead, ',') || words.countWords(lo, i) < MIN_CONTENT_WORDS) return null;
  const source = mentionAfter(words, i + 1, hi, true);
  if (!source || source.from !== i + 1 || words.countWords(source.to, hi) > 0) return null;
  const w = words.at(i)!;
  return sourceFrame({
    sentence: scan.sentence.index,
    cueStart: w.start,
    cueEnd: w.end,
    lemma: 'according to',
    subject: source,
    info: describeMentionOnce(doc.text, words, source),
    after: null,
    before: { start: words.at(lo)!.start, end: lead.start },
    attributionStart: w.start,
  });
}

/** Most words (with their commas) of the adjuncts before a leading `according to` (`At 04:38,`, `In Dunmere on Monday,`). */
const OPENING_ADJUNCT_WORDS = 8;

/** Words between a document and its issuer (`figures from`, `estimates by`, `data published by`). */
const ISSUER_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'by']);

/**
 * `according to figures from the Brennholt Institute`, `estimates by Corran & Pike`, `data published
 * by the statistics office`, `the testimony of the surviving crew`: a document's issuer, or who gave
 * a statement, named right after it is the source, the document only what it issued. Null when
 * `source` is no bare document or speech noun or names no issuer.
 */
function issuerOfDocument(words: WordList, source: MentionSpan, hi: number): MentionSpan | null {
  const head = words.at(source.to - 1)!;
  let t = source.to;
  // `according to the testimony of the surviving crew`, `the statement of the ministry`: who gave it.
  const given = !head.cap && SPEECH_NOUNS.has(head.key) && words.at(t)?.key === 'of';
  if (!given) {
    if (head.cap || !isDocumentNoun(head.key)) return null;
    if (ISSUING_PARTICIPLES.has(words.at(t)?.key ?? '')) t++;
    if (!ISSUER_PREPOSITIONS.has(words.at(t)?.key ?? '')) return null;
  }
  const issuer = mentionAfter(words, t + 1, hi, true) ?? (given ? plainWordsAfter(words, t + 1, hi) : null);
  return issuer && issuer.from === t + 1 ? issuer : null;
}

/**
 * The plain words from `from` up to punctuation, at most PLAIN_SOURCE_WORDS of them and none quoted
 * (`the rescued deckhands`), or null.
 */
function plainWordsAfter(words: WordList, from: number, hi: number, quoted?: Int32Array): MentionSpan | null {
  let t = from;
  while (t < hi && t - from < PLAIN_SOURCE_WORDS && words.at(t)!.isWord && (quoted?.[t] ?? -1) < 0) t++;
  return t > from && (t >= hi || !words.at(t)!.isWord) ? { from, to: t } : null;
}

/**
 * `…, according to several pickets.`, `according to port records`: whatever `according to` takes
 * is its source, lexicon word or not: the words from `from` up to punctuation, at most
 * PLAIN_SOURCE_WORDS of them (none quoted).
 */
function plainSource({ words, hi, quoted }: SentenceScan, from: number): MentionSpan | null {
  return plainWordsAfter(words, from, hi, quoted);
}

/** Most words of an apposition after a leading source (`According to Ana Lind, the head of the department, …`). */
const APPOSITION_WORDS = 8;

/**
 * `According to Ana Lind, the head of the department, the pumps failed`: past a noun phrase in
 * apposition to the source (an article or a determiner, a role's noun, no verb, closed by a
 * comma), the comma that closes it; else `comma`.
 */
function pastApposition(words: WordList, comma: number, hi: number): number {
  const opener = words.at(comma + 1);
  if (!opener?.isWord || opener.cap || !(ARTICLES.has(opener.key) || MENTION_OPENERS.has(opener.key))) return comma;
  let role = false;
  for (let t = comma + 2; t < hi && t - comma <= APPOSITION_WORDS; t++) {
    const w = words.at(t)!;
    // `the pumps, which were new, failed` is the clause itself: only a role's noun phrase is an apposition.
    if (isPunct(w, ',')) return role ? t : comma;
    if (!w.isWord || AUXILIARIES.has(w.key) || BE_FORMS.has(w.key) || CUE_FORMS.has(w.key)) return comma;
    if (ROLE_NOUNS.has(w.key)) role = true;
  }
  return comma;
}
