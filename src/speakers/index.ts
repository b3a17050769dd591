export type { Actor, Attribution, Quote, QuoteKind, SentenceVoice, Speaker, SpeakerType } from './types';
export { attribute } from './attribute';
export { AUTHOR } from './voices';
export type { GoldQuote, QuoteScore } from './score';
export { contentMatches, scoreQuotes, speakerMatches } from './score';
export type { TextRange } from './own-words';
export { ownWordRanges, ownWordTokens } from './own-words';
