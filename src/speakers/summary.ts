import type { Doc, Span } from '../text';
import type { Actor, Quote, SentenceVoice, Speaker, SpeakerType } from './types';
import type { DraftQuote } from './types';
import type { Registry } from './registry';
import { actorType, isNotAnActor } from './actors';
import { PRONOUNS, lexKey } from './lexicon';
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

/**
 * Speakers (every canonical speaker with its aliases, quote count and share of the text's
 * words) and actors (every named party, with how often it is mentioned and whether it speaks).
 */
export function summarise(
  doc: Doc,
  words: WordList,
  quotes: readonly Quote[],
  drafts: readonly DraftQuote[],
  voices: readonly SentenceVoice[],
  registry: Registry,
): { speakers: Speaker[]; actors: Actor[] } {
  const tallies = new Map<string, Tally>();
  const tally = (canonical: string, first: number): Tally => {
    let t = tallies.get(canonical);
    if (!t) {
      t = { canonical, type: null, aliases: [], quotes: 0, reported: 0, first, reportedCue: null, mentions: new Map() };
      tallies.set(canonical, t);
    }
    return t;
  };

  quotes.forEach((q, i) => {
    if (!q.canonical) return;
    const d = drafts[i]!;
    const t = tally(q.canonical, q.content.start);
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

  let totalWords = 0;
  const wordsOf = new Map<string, { words: number; sentences: number }>();
  for (const v of voices) {
    const s = doc.sentences[v.sentence]!;
    const entry = wordsOf.get(v.voice) ?? { words: 0, sentences: 0 };
    const n = words.countWords(s.tokenStart, s.tokenEnd);
    totalWords += n;
    entry.words += n;
    entry.sentences++;
    wordsOf.set(v.voice, entry);
  }
  const speakerOf = (
    canonical: string,
    type: SpeakerType,
    role: string | null,
    aliases: string[],
    quoteCount: number,
    reportedOnly: boolean,
  ): Speaker => {
    const w = wordsOf.get(canonical) ?? { words: 0, sentences: 0 };
    return {
      canonical,
      type,
      role,
      aliases,
      quotes: quoteCount,
      words: w.words,
      share: totalWords ? w.words / totalWords : 0,
      sentences: w.sentences,
      reportedOnly,
    };
  };
  const ordered = [...tallies.values()].sort(
    (a, b) =>
      Number(a.quotes === 0) - Number(b.quotes === 0) || a.first - b.first || (a.canonical < b.canonical ? -1 : 1),
  );
  const speakers = ordered.map((t) =>
    speakerOf(t.canonical, t.type ?? 'anonymous', registry.roleOf(t.canonical), t.aliases, t.quotes, t.quotes === 0),
  );
  speakers.push(speakerOf(AUTHOR, 'author', null, [], 0, false));

  for (const n of registry.names) {
    const counted = tally(n.canonical, n.start);
    if (counted.type === null) counted.type = n.type;
    counted.first = Math.min(counted.first, n.start);
    counted.mentions.set(n.start, { start: n.start, end: n.end, text: doc.text.slice(n.start, n.end) });
  }
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
  return { speakers, actors };
}

function isPronoun(text: string): boolean {
  return PRONOUNS.has(lexKey(text));
}
