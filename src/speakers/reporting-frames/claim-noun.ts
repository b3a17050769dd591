import type { WordList } from '../word-list';
import {
  ADJUNCT_PREPOSITIONS,
  ARTICLES,
  AUXILIARIES,
  CLAIM_MAKING_VERBS,
  CUE_FORMS,
  GIVING_PARTICIPLES,
  PARTICIPLE_CUES,
  POSSESSIVE_PRONOUNS,
  TERM_VERBS,
  TOPIC_PREPOSITIONS,
} from '../lexicon';
import {
  describeMentionOnce,
  describePossessivePronoun,
  mentionAfter,
  mentionBefore,
  type MentionSpan,
} from '../mentions';
import {
  type Frame,
  type SentenceScan,
  MIN_CONTENT_WORDS,
  hasAuxiliary,
  isPastForm,
  isPunct,
  regionOf,
  sourceFrame,
} from './frame';

/**
 * `the LDF’s claim that the Mission has turned a blind eye`, `President Dascan’s pledge that the
 * army would “respect every letter of the agreement”`, `a warning by the agency that …`: a claim
 * noun (the lexicon's claimNouns) whose `that` clause is what its owner said. The owner is the
 * mention ending in the possessive right before the noun, a possessive pronoun, or the mention
 * after `by`, `of` or `from` (past a giving participle and its recipient: `the assurance given to
 * the Chair by X that …`; the name apposed to it: `the statement by the Director, Ana Lind, that`),
 * or the subject of a light verb that makes the claim (`X made a false allegation that …`); a noun
 * with no owner (`the claim that …`, `there are allegations that …`) gives no frame, as a speaker
 * is what the frame is for. The content is the clause after `that`, to the sentence's end.
 */
export function claimNounFrame(scan: SentenceScan, i: number): Frame | null {
  const { doc, words, hi, quoted } = scan;
  if (quoted[i]! >= 0) return null;
  let subject: MentionSpan | null = null;
  let that = i + 1;
  const giver = ownerAfter(words, i, hi);
  if (giver) {
    subject = giver;
    that = giver.to + (isPunct(words.at(giver.to), ',') ? 1 : 0);
  } else if (agentAfter(words, i + 1, hi) < 0) {
    subject = ownerBefore(scan, i) ?? makerBefore(scan, i);
  }
  if (!subject || words.at(that)?.key !== 'that' || quoted[that]! >= 0) return null;
  // `a statement from a company that has just been told …`: a `that` before an auxiliary opens a relative clause.
  if (hasAuxiliary(words, that + 1, that + 2)) return null;
  // `He called the government’s claim that … “creative accounting”`: a naming verb's object; the quotation is its.
  if (namedByVerb(words, Math.min(subject.from, i))) return null;
  if (words.countWords(that + 1, hi) < MIN_CONTENT_WORDS) return null;
  const region = regionOf(scan, that + 1);
  if (!region) return null;
  // `rejected his claim that …, saying the evidence was “non-existent”`: a participle's report after a comma is the speaker's own.
  // `regards the statement that the trial was “a sham” as interference`: the `as` of the verb taking the claim ends it too.
  const stops = [participleAfterComma(words, that + 1, hi), asAfterQuotation(words, that + 1, hi)].filter((t) => t > 0);
  const stop = stops.length > 0 ? Math.min(...stops) : -1;
  const after = stop < 0 ? region : { start: region.start, end: Math.min(region.end, words.at(stop - 1)!.end) };
  const pronoun = subject.to - subject.from === 1 && POSSESSIVE_PRONOUNS.has(words.at(subject.from)!.key);
  const info = pronoun
    ? describePossessivePronoun(doc.text, words, subject.from)
    : describeMentionOnce(doc.text, words, subject);
  if (!info) return null;
  return sourceFrame({
    sentence: scan.sentence.index,
    cueStart: words.at(i)!.start,
    cueEnd: words.at(i)!.end,
    lemma: words.at(i)!.key,
    subject,
    info,
    after,
    before: null,
    attributionStart: words.at(Math.min(subject.from, i))!.start,
  });
}

/**
 * The giver named after the claim noun at `i` (`a pledge by the president`, `the assessment of the
 * mission`, `allegations from the prime minister`, `the assurance given to the Chair by the minister`),
 * or the name apposed to it between commas (`the statement by the Director of the Office, Ana Lind,`:
 * Ana Lind, whose closing comma the caller passes); null when no mention follows the preposition.
 */
export function ownerAfter(words: WordList, i: number, hi: number): MentionSpan | null {
  const agent = agentAfter(words, i + 1, hi);
  const by = agent < 0 ? null : mentionAfter(words, agent + 1, hi);
  if (!by || by.from !== agent + 1) return null;
  if (!isPunct(words.at(by.to), ',')) return by;
  let end = by.to + 1;
  while (end < hi && end - by.to <= APPOSED_NAME_WORDS && words.at(end)!.isWord && words.at(end)!.cap) end++;
  return end > by.to + 1 && isPunct(words.at(end), ',') ? { from: by.to + 1, to: end } : by;
}

/** Most words of a name apposed to a claim noun's giver (`the Director of the Office, Ana Maria Lind,`). */
const APPOSED_NAME_WORDS = 4;

/** Most words of the recipient after a giving participle (`given to the Chair by`). */
const RECIPIENT_WORDS = 5;

/**
 * Where `by` or `of` stands before a claim noun's giver, from word `k` right after the noun: at
 * once (`a pledge by`, `the assessment of`), or past a giving participle and its recipient
 * (`the assurance given to the Chair by`); -1 when neither.
 */
function agentAfter(words: WordList, k: number, hi: number): number {
  const key = words.at(k)?.key ?? '';
  if (key === 'by' || key === 'of' || key === 'from') return k;
  if (!GIVING_PARTICIPLES.has(key)) return -1;
  let t = k + 1;
  if (words.at(t)?.key === 'to')
    while (t < hi && t - k <= RECIPIENT_WORDS && words.at(t)!.isWord && words.at(t)!.key !== 'by') t++;
  return words.at(t)?.key === 'by' ? t : -1;
}

/**
 * The owner of the claim noun at `i`: a possessive pronoun or a mention ending in a possessive
 * right before it (after a possessed noun the word is a verb: `Varnia's memorial claims that …`).
 */
function ownerBefore({ words, lo, quoted }: SentenceScan, i: number): MentionSpan | null {
  const p = i - 1;
  const w = words.at(p);
  if (p < lo || !w?.isWord || quoted[p]! >= 0) return null;
  if (POSSESSIVE_PRONOUNS.has(w.key)) return { from: p, to: p + 1 };
  if (!w.possessive) return null;
  // The owner's words reach back to punctuation or a verb (`The tribunal rejected Mr Fenwick’s claim`).
  let from = p;
  while (from > lo && p - from < OWNER_WORDS) {
    const before = words.at(from - 1)!;
    if (
      !before.isWord ||
      quoted[from - 1]! >= 0 ||
      (!before.cap && CUE_FORMS.has(before.key)) ||
      isPastForm(words, from - 1)
    )
      break;
    from--;
  }
  for (let x = from; x <= p; x++) {
    const owner = mentionAfter(words, x, p + 1);
    if (owner && owner.from === x && owner.to === p + 1) return owner;
  }
  return null;
}

/** Most words between a light verb and its claim noun (`made a false and dangerous allegation`). */
const MADE_CLAIM_WORDS = 5;

/**
 * `the Russian delegation made a false and dangerous allegation that …`, `Ministers have levelled
 * the accusation that …`: the subject of a light verb (the lexicon's claimMakingVerbs) a few
 * lower-case words before the claim noun at `i`, past one auxiliary, owns the claim.
 */
function makerBefore({ words, lo, quoted }: SentenceScan, i: number): MentionSpan | null {
  let v = i - 1;
  while (v > lo && i - v <= MADE_CLAIM_WORDS && words.at(v)!.isWord && !words.at(v)!.cap && quoted[v]! < 0) {
    // (`made a statement on the claims that …`: a preposition puts the claim in another phrase.)
    if (CLAIM_MAKING_VERBS.has(words.at(v)!.key) || TOPIC_PREPOSITIONS.has(words.at(v)!.key)) break;
    if (ADJUNCT_PREPOSITIONS.has(words.at(v)!.key)) return null;
    v--;
  }
  // The claim's determiner follows the verb (`made a …`, `levelled their …`; not `made light of claims`).
  const determiner = words.at(v + 1)!.key;
  if (v <= lo || !CLAIM_MAKING_VERBS.has(words.at(v)!.key)) return null;
  if (!ARTICLES.has(determiner) && !POSSESSIVE_PRONOUNS.has(determiner)) return null;
  const end = AUXILIARIES.has(words.at(v - 1)!.key) ? v - 1 : v;
  const subject = mentionBefore(words, end, lo, false);
  return subject && subject.to === end ? subject : null;
}

/** Most words of a claim noun's owner (`the Lorran Defence Front’s`). */
const OWNER_WORDS = 6;

/** The `as` in `[from, hi)` right after a closing quotation mark (`… “a sham” as …`), or -1. */
function asAfterQuotation(words: WordList, from: number, hi: number): number {
  for (let t = from + 1; t < hi; t++) if (words.at(t)!.key === 'as' && words.at(t - 1)!.isQuoteMark) return t;
  return -1;
}

/** The comma in `[from, hi)` that a participle cue follows (`…, saying …`), or -1. */
function participleAfterComma(words: WordList, from: number, hi: number): number {
  for (let t = from + 1; t < hi - 1; t++)
    if (isPunct(words.at(t), ',') && PARTICIPLE_CUES.has(words.at(t + 1)!.key)) return t;
  return -1;
}

/** The noun phrase starting at `at` is the object of a verb that names it (`called the government’s claim … “…”`, `described his pledge as …`). */
function namedByVerb(words: WordList, at: number): boolean {
  let k = at - 1;
  if (k >= 0 && words.at(k)!.key === 'the') k--;
  const verb = k >= 0 ? words.at(k) : undefined;
  return (
    verb !== undefined &&
    verb.isWord &&
    (CUE_FORMS.get(verb.key) ?? []).some((f) => TERM_VERBS.has(f.lemma) || f.lemma === 'describe')
  );
}
