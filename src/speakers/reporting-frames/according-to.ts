import { describeMentionOnce, mentionAfter, type MentionSpan } from '../mentions';
import { type Frame, MIN_CONTENT_WORDS, type SentenceScan, isPunct, regionOf, sourceFrame } from './frame';
import { describedMention } from './subjects';

/** Words that may follow an `according to` source before its comma (`a poll released Sunday`). */
const SOURCE_TAIL_WORDS = 6;
/** Most words of a source no lexicon word heads (`tracking data compiled by the analytics firm Keelstone`). */
const PLAIN_SOURCE_WORDS = 12;

/**
 * `According to the agency, …` / `…, according to two officials.`: the source follows the cue
 * (`i` is the word `according`). Opening the sentence, the cue reports what follows the source;
 * after a comma, a dash or a closing mark, what precedes the cue.
 */
export function accordingToFrame(scan: SentenceScan, i: number): Frame | null {
  const { doc, words, lo, hi } = scan;
  const subject =
    mentionAfter(words, i + 2, hi, true) ?? describedMention(words, i + 2, hi) ?? plainSource(scan, i + 2);
  if (!subject) return null;
  const info = describeMentionOnce(doc.text, words, subject);
  // `…; according to the charity, the dinghy had …`: a semicolon opens a clause as the sentence's start does.
  const leading = i === lo || (i === lo + 1 && !words.at(lo)!.isWord) || isPunct(words.at(i - 1), ';');
  let k = subject.to;
  // `According to a poll released Sunday, …`: the content starts after the source's comma.
  for (let t = k; leading && t < hi && t - k <= SOURCE_TAIL_WORDS; t++) {
    if (isPunct(words.at(t), ',')) {
      k = t;
      break;
    }
  }
  if (isPunct(words.at(k), ',')) k++;
  const after = leading ? regionOf(scan, k) : null;
  const lead = words.at(i - 1);
  const before =
    !leading && lead && (isPunct(lead, ',—') || lead.isQuoteMark) && words.countWords(lo, i) >= MIN_CONTENT_WORDS
      ? { start: words.at(lo)!.start, end: lead.start }
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
 * `…, according to several pickets.`, `according to port records`: whatever `according to` takes
 * is its source, lexicon word or not: the words from `from` up to punctuation, at most
 * PLAIN_SOURCE_WORDS of them (none quoted).
 */
function plainSource({ words, hi, quoted }: SentenceScan, from: number): MentionSpan | null {
  let t = from;
  while (t < hi && t - from < PLAIN_SOURCE_WORDS && words.at(t)!.isWord && quoted[t]! < 0) t++;
  if (t === from || (t < hi && words.at(t)!.isWord)) return null;
  return { from, to: t };
}
