import { ANONYMITY_REASONS, ASIDE_OPENERS, AUXILIARIES, BE_FORMS, CUE_FORMS, PRONOUNS } from '../lexicon';
import { mentionAfter, type MentionSpan } from '../mentions';
import type { WordList } from '../word-list';
import { isPunct, matchForm, type SentenceScan } from './frame';
import { lastCommaBefore, plainNounPhrase } from './subjects';

/**
 * An unnamed source whose anonymity is explained before its cue: `A diplomat who spoke on
 * condition of anonymity because the party's leadership had asked members not to comment said …`.
 * The reason is the reporter's aside, not a report: its cues (`asked`, `comment`, `discuss`)
 * report nothing, the first finite cue after it without a subject of its own is the source's,
 * and the source is the noun phrase that opens the sentence, up to the aside.
 */
export interface AnonymousSource {
  readonly subject: MentionSpan;
  /** The aside's first word (`who`, `speaking`): cues from here to `cue` belong to the reason. */
  readonly asideFrom: number;
  /** The source's own cue (the sentence's end when it has none: `did not dispute that …`). */
  readonly cue: number;
}

/** How far into the sentence the aside may open, after the source's noun phrase. */
const SOURCE_WORDS = 10;

/**
 * The sentence's anonymous source, given its possible cue positions in order; null for most
 * sentences. The source opens the sentence, or the attribution after a comma (`The count was
 * fair, an official who asked not to be identified said.`) or a semicolon (`I heard it myself;
 * an official, who asked me never to name him, told me that …`).
 */
export function anonymousSource(scan: SentenceScan, cues: readonly number[]): AnonymousSource | null {
  const { words, lo, hi, quoted } = scan;
  // Most sentences hold no aside opener at all: one pass over their words' keys settles them.
  // (Not inside a quotation: `“… the officer who let a cargo out,” said one trader, who asked …`.)
  let opener = lo + 1;
  while (opener < hi && (!ASIDE_OPENERS.has(words.shapeAt(opener)!.key) || quoted[opener]! >= 0)) opener++;
  if (opener >= hi) return null;
  // Nor do most of the rest hold an anonymity reason after their opener.
  if (reasonAt(words, opener + 1, hi) < 0) return null;
  let source = sourceFrom(scan, cues, lo);
  for (let c = lo + 1; c < hi && source === null; c++)
    if (words.textAt(c) === ',' || words.textAt(c) === ';') source = sourceFrom(scan, cues, c + 1);
  return source;
}

/** An anonymous source whose noun phrase starts at word `lo`, or null. */
function sourceFrom(scan: SentenceScan, cues: readonly number[], lo: number): AnonymousSource | null {
  const { words, hi, quoted } = scan;
  let aside = lo + 1;
  // Most sentences have no aside here: the keys are read from the words' shapes, building no `Word`.
  while (
    aside < Math.min(hi, lo + SOURCE_WORDS) &&
    (!ASIDE_OPENERS.has(words.shapeAt(aside)!.key) || quoted[aside]! >= 0)
  )
    aside++;
  if (aside >= Math.min(hi, lo + SOURCE_WORDS)) return null;
  const end = isPunct(words.at(aside - 1), ',') ? aside - 1 : aside;
  // `A customs officer`: a noun phrase no lexicon entry heads may be the source too.
  const mention = mentionAfter(words, lo, end) ?? plainNounPhrase(words, lo, end + 1, end < aside);
  // The source is one noun phrase: words before a comma are something else (`The count was fair, an official who …`).
  if (!mention || mention.from !== lo || lastCommaBefore(words, lo, end) >= 0) return null;
  const reason = reasonAt(words, aside + 1, hi);
  if (reason < 0) return null;
  for (const c of cues)
    if (c >= reason && sourceCue(scan, c)) return { subject: { from: lo, to: end }, asideFrom: aside, cue: c };
  // `A senior diplomat, who asked not to be named, did not dispute that …`: without a cue of its own
  // the source reports nothing here, and the reason's cues still report nothing.
  return { subject: { from: lo, to: end }, asideFrom: aside, cue: hi };
}

/**
 * A finite reporting verb without a subject of its own: the source's (`…, said`). A verb after
 * an auxiliary, `to` or `not` belongs to the reason's own clause (`because the leadership had
 * asked …`, `not authorised to discuss …`, `have not disclosed …`).
 */
function sourceCue({ words, hi, quoted }: SentenceScan, c: number): boolean {
  const w = words.at(c)!;
  if (quoted[c]! >= 0 || w.cap || !matchForm(words, c, hi, CUE_FORMS.get(w.key), quoted)) return false;
  const before = words.at(c - 1)!.key;
  // `… because he feared for his pension`: a pronoun before the verb is its own subject.
  return !(
    AUXILIARIES.has(before) ||
    BE_FORMS.has(before) ||
    PRONOUNS.has(before) ||
    before === 'to' ||
    before === 'not'
  );
}

/**
 * The end of the first anonymity reason from word `from`, or -1. Keys are read from the words'
 * shapes: a whole sentence is scanned, and no `Word` needs building for it.
 */
function reasonAt(words: WordList, from: number, hi: number): number {
  for (let i = from; i < hi; i++) {
    const phrases = REASONS_BY_FIRST_WORD.get(words.shapeAt(i)!.key);
    if (!phrases) continue;
    for (const phrase of phrases) {
      let k = 1;
      while (k < phrase.length && i + k < hi && words.shapeAt(i + k)!.key === phrase[k]) k++;
      if (k === phrase.length) return i + k;
    }
  }
  return -1;
}

/** The anonymity reasons by their first word, in the lexicon's order. */
const REASONS_BY_FIRST_WORD = new Map<string, (readonly string[])[]>();
for (const phrase of ANONYMITY_REASONS) {
  const list = REASONS_BY_FIRST_WORD.get(phrase[0]!) ?? [];
  list.push(phrase);
  REASONS_BY_FIRST_WORD.set(phrase[0]!, list);
}
