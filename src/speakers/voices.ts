import { tokenColumnsOf, type Doc, type Sentence } from '../text';
import type { Quote, SentenceVoice } from './types';
import type { DraftQuote } from './types';
import type { Registry } from './registry';
import type { Turn } from './transcript';

export const AUTHOR = 'author';

/** Share of a sentence a direct quote must cover to give it its voice. */
const DIRECT_COVERAGE = 0.5;
/** Inside a transcript turn, a quotation takes the sentence only when it is (nearly) all of it. */
const TURN_QUOTE_COVERAGE = 0.9;
/** Share of a sentence reported content must cover to give it its voice. */
const REPORTED_COVERAGE = 0.3;

/**
 * Continuation rule: within one paragraph, a sentence right after one voiced by a quote or
 * reported speech, with no reporting cue of its own and no person named other than that
 * speaker, continues the same voice at confidence 0.6 ("Analysts stressed that …. They took
 * their own interests …"). Backwards, sentences that open a paragraph whose attribution comes
 * only at the end (`…. Such double standards …, analysts pointed out.`) take that voice at 0.5.
 * A new paragraph resets to the author.
 */
const CONTINUATION_CONFIDENCE = 0.6;
const LEADING_CONTINUATION_CONFIDENCE = 0.5;
const NO_QUOTES: readonly number[] = [];

/** What the voice rules read: the numbered quotes with their drafts (same order), the turns, and which sentences hold a frame. */
export interface VoiceInput {
  readonly doc: Doc;
  readonly quotes: readonly Quote[];
  readonly drafts: readonly DraftQuote[];
  readonly turns: readonly Turn[];
  readonly frameSentences: ReadonlySet<number>;
  readonly registry: Registry;
}

/** Per-sentence facts the voice rules look up: the quotes overlapping it, the turn of each paragraph, the persons it names. */
interface SentenceIndex {
  /** Most sentences hold no quote and name no person: their lists are never made. */
  readonly quotesIn: readonly (readonly number[] | undefined)[];
  readonly turnOf: ReadonlyMap<number, Turn>;
  readonly personsIn: readonly (ReadonlySet<string> | undefined)[];
}

/**
 * Whose voice each sentence carries: a quote's speaker, the reported speaker, the turn's
 * speaker, or the author. Passes: index the sentences; decide each sentence forwards (a quote
 * or report covering it, its turn, a continuation of the sentence before, else the author);
 * then carry a trailing attribution back over the paragraph's opening sentences.
 */
export function computeVoices(input: VoiceInput): SentenceVoice[] {
  const { doc } = input;
  const index = indexSentences(input);
  const voices: SentenceVoice[] = [];
  for (const s of doc.sentences) voices.push(voiceOf(input, index, s, voices[voices.length - 1]));
  carryTrailingAttributions(input, index, voices);
  return voices;
}

function indexSentences({ doc, quotes, turns, registry }: VoiceInput): SentenceIndex {
  const quotesIn: (number[] | undefined)[] = new Array(doc.sentences.length);
  quotes.forEach((q, i) => {
    for (const s of q.sentences) (quotesIn[s] ??= []).push(i);
  });
  const turnOf = new Map<number, Turn>();
  for (const t of turns) for (let p = t.firstParagraph; p <= t.lastParagraph; p++) turnOf.set(p, t);
  const personsIn: (Set<string> | undefined)[] = new Array(doc.sentences.length);
  const { length: tokenCount, sentences: sentenceOfToken } = tokenColumnsOf(doc);
  for (const n of registry.names) {
    if (n.type !== 'person') continue;
    const from = n.span.from;
    const s = from >= 0 && from < tokenCount ? sentenceOfToken[from] : undefined;
    if (s !== undefined) (personsIn[s] ??= new Set()).add(n.canonical);
  }
  return { quotesIn, turnOf, personsIn };
}

/** The quote or report that covers most of sentence `s` enough to give it its voice, if any. */
function coveringQuote(
  quotes: readonly Quote[],
  index: SentenceIndex,
  s: Sentence,
): { quote: Quote; coverage: number } | null {
  const length = Math.max(1, s.end - s.start);
  let best: { quote: Quote; coverage: number } | null = null;
  for (const qi of index.quotesIn[s.index] ?? NO_QUOTES) {
    const q = quotes[qi]!;
    if (!q.canonical || q.kind === 'reported' || q.kind === 'transcript') continue;
    const coverage = (Math.min(s.end, q.content.end) - Math.max(s.start, q.content.start)) / length;
    // A quotation whose attribution sits in the same sentence carries it like reported speech does.
    const attributedHere = q.cue !== null && q.cue.start >= s.start && q.cue.end <= s.end;
    const needed = q.kind === 'direct' && !attributedHere ? DIRECT_COVERAGE : REPORTED_COVERAGE;
    if (coverage < needed) continue;
    if (
      !best ||
      coverage > best.coverage + 1e-9 ||
      (Math.abs(coverage - best.coverage) < 1e-9 && q.confidence > best.quote.confidence)
    )
      best = { quote: q, coverage };
  }
  return best;
}

/** The voice of sentence `s`, given the voice of the sentence before (`prev`). */
function voiceOf(input: VoiceInput, index: SentenceIndex, s: Sentence, prev: SentenceVoice | undefined): SentenceVoice {
  const { doc, frameSentences } = input;
  if (s.headline) return { sentence: s.index, voice: AUTHOR, confidence: 1, rule: 'author' };
  let best = coveringQuote(input.quotes, index, s);
  const turn = index.turnOf.get(s.paragraph);
  // Inside a turn the turn's speaker keeps the sentence unless the sentence is itself the quotation.
  if (best && turn && !(best.quote.kind === 'direct' && best.coverage >= TURN_QUOTE_COVERAGE)) best = null;
  if (best)
    return {
      sentence: s.index,
      voice: best.quote.canonical!,
      confidence: best.quote.confidence,
      rule: best.quote.kind === 'direct' ? 'quote' : 'reported',
    };
  if (turn && turn.canonical) return { sentence: s.index, voice: turn.canonical, confidence: 0.9, rule: 'turn' };
  const prevSentence = doc.sentences[s.index - 1];
  const continues =
    prev &&
    prevSentence &&
    prevSentence.paragraph === s.paragraph &&
    prev.voice !== AUTHOR &&
    prev.rule !== 'turn' &&
    !frameSentences.has(s.index) &&
    index.quotesIn[s.index] === undefined &&
    onlyPerson(index.personsIn[s.index], prev.voice);
  return continues
    ? { sentence: s.index, voice: prev.voice, confidence: CONTINUATION_CONFIDENCE, rule: 'continuation' }
    : { sentence: s.index, voice: AUTHOR, confidence: 1, rule: 'author' };
}

/** Backwards: an unattributed paragraph opening whose attribution trails at the paragraph's end takes that voice. */
function carryTrailingAttributions(input: VoiceInput, index: SentenceIndex, voices: SentenceVoice[]): void {
  const { doc, drafts, frameSentences } = input;
  const trailingAt = new Map<number, string>();
  for (const d of drafts) {
    if (d.kind === 'indirect' && d.resolved.canonical && d.cue !== null && d.cue.start > d.content.end)
      trailingAt.set(d.content.start, d.resolved.canonical);
  }
  for (let i = voices.length - 1; i > 0; i--) {
    const v = voices[i]!;
    if (v.rule !== 'reported') continue;
    const s = doc.sentences[i]!;
    if (trailingAt.get(s.start) !== v.voice) continue;
    for (let k = i - 1; k >= 0; k--) {
      const sk = doc.sentences[k]!;
      const vk = voices[k]!;
      if (
        sk.paragraph !== s.paragraph ||
        vk.rule !== 'author' ||
        sk.headline ||
        frameSentences.has(k) ||
        index.quotesIn[k] !== undefined
      )
        break;
      voices[k] = { sentence: k, voice: v.voice, confidence: LEADING_CONTINUATION_CONFIDENCE, rule: 'continuation' };
    }
  }
}

/** No person but `voice` is named (in a sentence's set of persons, if it has one). */
function onlyPerson(persons: ReadonlySet<string> | undefined, voice: string): boolean {
  if (persons) for (const p of persons) if (p !== voice) return false;
  return true;
}
