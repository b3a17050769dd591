import { dotlessKey } from '../text';
import type { Doc, Span } from '../text';
import type { Actor, Quote, SentenceVoice, Speaker, SpeakerType } from './types';
import type { DraftQuote } from './types';
import type { Registry } from './registry';
import { actorType, isNotAnActor } from './actors';
import { PRONOUNS } from './lexicon';
import { AUTHOR } from './voices';
import type { WordList } from './word-list';

interface Tally {
  canonical: string;
  type: SpeakerType | null;
  aliases: string[];
  quotes: number;
  reported: number;
  first: number;
  reportedCue: Span | null;
  mentions: Map<number, Span>;
}

/** Parties worth listing as actors though they never speak: named with a role, or named twice. */
const ACTOR_MIN_MENTIONS = 2;

/** What the summary reads: the numbered quotes with their drafts (same order), and the sentence voices. */
export interface SummaryInput {
  readonly doc: Doc;
  readonly words: WordList;
  readonly quotes: readonly Quote[];
  readonly drafts: readonly DraftQuote[];
  readonly voices: readonly SentenceVoice[];
  readonly registry: Registry;
}

/** Words and sentences a voice carries. */
interface VoiceWords {
  words: number;
  sentences: number;
}

/** Every voice's words and sentences, and the document's words over all voices. */
interface WordShares {
  readonly total: number;
  readonly byVoice: ReadonlyMap<string, VoiceWords>;
}

/**
 * Speakers (every canonical speaker with its aliases, quote count and share of the text's
 * words) and actors (every named party, with how often it is mentioned and whether it speaks).
 * Passes: tally the quotes by speaker; count each voice's words; list the speakers; add the
 * registry's names to the tallies; list the actors.
 */
export function summarise(input: SummaryInput): { speakers: Speaker[]; actors: Actor[] } {
  const { doc, registry } = input;
  const tallies = new Map<string, Tally>();
  tallyQuotes(tallies, input.quotes, input.drafts);
  const speakers = listSpeakers(tallies, wordShares(input), registry);
  for (const n of registry.names) {
    const counted = tallyOf(tallies, n.canonical, n.start);
    if (counted.type === null) counted.type = n.type;
    counted.first = Math.min(counted.first, n.start);
    counted.mentions.set(n.start, { start: n.start, end: n.end, text: doc.text.slice(n.start, n.end) });
  }
  return { speakers, actors: listActors(doc, tallies, registry) };
}

/** The tally of `canonical`, made (first seen at `first`) when there is none yet. */
function tallyOf(tallies: Map<string, Tally>, canonical: string, first: number): Tally {
  let t = tallies.get(canonical);
  if (!t) {
    t = { canonical, type: null, aliases: [], quotes: 0, reported: 0, first, reportedCue: null, mentions: new Map() };
    tallies.set(canonical, t);
  }
  return t;
}

/** Each resolved quote counted for its speaker, with the speaker's type, aliases and mentions as the quotes give them. */
function tallyQuotes(tallies: Map<string, Tally>, quotes: readonly Quote[], drafts: readonly DraftQuote[]): void {
  quotes.forEach((q, i) => {
    if (!q.canonical) return;
    const d = drafts[i]!;
    const t = tallyOf(tallies, q.canonical, q.content.start);
    t.first = Math.min(t.first, q.content.start);
    const byName = !isPronoun(q.speaker?.text ?? '');
    if (d.resolved.type !== 'pronoun' && (t.type === null || (byName && t.type === 'anonymous')))
      t.type = d.resolved.type;
    if (q.kind === 'reported') {
      t.reported++;
      if (!t.reportedCue) t.reportedCue = q.cue;
    } else {
      t.quotes++;
    }
    if (q.speaker && d.resolved.type !== 'pronoun' && !isPronoun(q.speaker.text)) {
      if (!t.aliases.includes(q.speaker.text)) t.aliases.push(q.speaker.text);
      if (d.resolved.type === 'person' && q.speaker.text.includes(q.canonical) && !t.aliases.includes(q.canonical))
        t.aliases.push(q.canonical);
      t.mentions.set(q.speaker.start, q.speaker);
    }
  });
}

function wordShares({ doc, words, voices }: SummaryInput): WordShares {
  let total = 0;
  const byVoice = new Map<string, VoiceWords>();
  for (const v of voices) {
    const s = doc.sentences[v.sentence]!;
    const entry = byVoice.get(v.voice) ?? { words: 0, sentences: 0 };
    const n = words.countWords(s.tokenStart, s.tokenEnd);
    total += n;
    entry.words += n;
    entry.sentences++;
    byVoice.set(v.voice, entry);
  }
  return { total, byVoice };
}

/** Speakers who are given words first, then those only reported, each in order of first appearance; the author last. */
function listSpeakers(tallies: ReadonlyMap<string, Tally>, shares: WordShares, registry: Registry): Speaker[] {
  const ordered = [...tallies.values()].sort(
    (a, b) =>
      Number(a.quotes === 0) - Number(b.quotes === 0) || a.first - b.first || (a.canonical < b.canonical ? -1 : 1),
  );
  const speakers = ordered.map((t) =>
    speakerOf(shares, {
      canonical: t.canonical,
      type: t.type ?? 'anonymous',
      role: registry.roleOf(t.canonical),
      aliases: t.aliases,
      quotes: t.quotes,
      reportedOnly: t.quotes === 0,
    }),
  );
  speakers.push(
    speakerOf(shares, { canonical: AUTHOR, type: 'author', role: null, aliases: [], quotes: 0, reportedOnly: false }),
  );
  return speakers;
}

function speakerOf(shares: WordShares, s: Omit<Speaker, 'words' | 'share' | 'sentences'>): Speaker {
  const w = shares.byVoice.get(s.canonical) ?? { words: 0, sentences: 0 };
  return {
    canonical: s.canonical,
    type: s.type,
    role: s.role,
    aliases: s.aliases,
    quotes: s.quotes,
    words: w.words,
    share: shares.total ? w.words / shares.total : 0,
    sentences: w.sentences,
    reportedOnly: s.reportedOnly,
  };
}

/** Every party that speaks, is reported, or is named with a role or twice, in order of first appearance. */
function listActors(doc: Doc, tallies: ReadonlyMap<string, Tally>, registry: Registry): Actor[] {
  const actors: Actor[] = [];
  for (const t of [...tallies.values()].sort((a, b) => a.first - b.first || (a.canonical < b.canonical ? -1 : 1))) {
    const speaks = t.quotes > 0;
    const named =
      t.type === 'person'
        ? registry.roleOf(t.canonical) !== null || speaks || t.reported > 0 || t.mentions.size >= ACTOR_MIN_MENTIONS
        : true;
    if (!named || (!speaks && t.reported === 0 && isNotAnActor(doc, t))) continue;
    const spans = [...t.mentions.values()].sort((a, b) => a.start - b.start);
    actors.push({
      name: t.canonical,
      type: actorType(t) ?? 'anonymous',
      mentions: spans.length,
      mentionSpans: spans,
      speaks,
      reportedCue: speaks ? null : t.reportedCue,
    });
  }
  return actors;
}

function isPronoun(text: string): boolean {
  return PRONOUNS.has(dotlessKey(text));
}
