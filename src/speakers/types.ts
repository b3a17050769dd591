import type { Span } from '../text';

/**
 * `direct`: words inside quotation marks; `indirect`: reported speech (`X said that ...`);
 * `mixed`: reported speech containing a quoted fragment; `transcript`: a labelled turn;
 * `reported`: a speech act reported without its words (`issued a joint statement, expressing concerns ...`).
 */
export type QuoteKind = 'direct' | 'indirect' | 'mixed' | 'transcript' | 'reported';

export type SpeakerType =
  | 'person'
  | 'organization'
  | 'country' // a country, government or group of countries
  | 'group' // an unnamed group: analysts, officials, experts
  | 'anonymous' // an anonymous source: a senior administration official, sources
  | 'document' // a statement, report, letter
  | 'pronoun' // unresolved pronoun
  | 'author'; // the outlet's own voice

export interface Quote {
  readonly index: number;
  readonly kind: QuoteKind;
  /** What is said: for direct quotes the text inside the marks; for reported speech the complement clause. */
  readonly content: Span;
  /** The speaker mention nearest the cue, as written (may be a pronoun). */
  readonly speaker: Span | null;
  /** The resolved speaker (canonical name) or null when unresolved. */
  readonly canonical: string | null;
  /** The reporting cue (`said`, `according to`, a turn label). */
  readonly cue: Span | null;
  readonly confidence: number;
  /** Sentence indices the quote's content overlaps. */
  readonly sentences: readonly number[];
  /** True for a question in a transcript turn. */
  readonly question?: boolean;
}

export interface Speaker {
  readonly canonical: string;
  readonly type: SpeakerType;
  readonly role: string | null;
  readonly aliases: readonly string[];
  /** Number of quotes credited to this speaker. */
  readonly quotes: number;
  /** Words in the sentences whose voice is this speaker. */
  readonly words: number;
  /** Share of the document's words carried by this voice (0..1). */
  readonly share: number;
  /** Sentences whose voice is this speaker. */
  readonly sentences: number;
  /** True when the speaker's only quotes are `reported` speech acts (`issued a joint statement`): an actor reported, never given words. */
  readonly reportedOnly: boolean;
}

export interface Actor {
  readonly name: string;
  readonly type: SpeakerType;
  readonly mentions: number;
  readonly mentionSpans: readonly Span[];
  /** True when the actor is the speaker of at least one quote. */
  readonly speaks: boolean;
  /** When the actor is only reported: the first cue that reports it (e.g. `issued a joint statement`). */
  readonly reportedCue: Span | null;
}

export interface SentenceVoice {
  readonly sentence: number;
  /** Canonical speaker, or `author`. */
  readonly voice: string;
  readonly confidence: number;
  /** Which rule decided: quote, reported, turn, continuation, author. */
  readonly rule: 'quote' | 'reported' | 'turn' | 'continuation' | 'author';
}

export interface Attribution {
  readonly quotes: readonly Quote[];
  readonly speakers: readonly Speaker[];
  readonly actors: readonly Actor[];
  readonly voices: readonly SentenceVoice[];
}

/** A region of `doc.text`. */
export interface Region {
  readonly start: number;
  readonly end: number;
}

/** A mention resolved to its canonical speaker (null when unresolved) and that speaker's type. */
export interface Resolved {
  readonly canonical: string | null;
  readonly type: SpeakerType;
}

/**
 * A quote before numbering, with what the summary needs about its speaker: what the linking,
 * voice and summary stages pass between them.
 */
export interface DraftQuote {
  readonly kind: QuoteKind;
  readonly content: Region;
  readonly speaker: Span | null;
  readonly resolved: Resolved;
  readonly cue: Span | null;
  readonly confidence: number;
  readonly question?: boolean;
}
