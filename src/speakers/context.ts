import type { Doc } from '../text';
import type { QuoteSegment } from './quote-marks';
import type { Registry } from './registry';
import type { Frame } from './reporting-frames';
import type { Resolver } from './resolver';
import type { ChatLine, Post } from './chat-lines';
import type { Turn } from './transcript';
import type { Resolved } from './types';
import type { WordList } from './word-list';

/** What the attribution stages read about one document, built once by `readDocument` before any quote is found. */
export interface AttributionContext {
  readonly doc: Doc;
  readonly words: WordList;
  /** Quotation segments, in text order. */
  readonly segments: readonly QuoteSegment[];
  /** For each word, the index of the quotation segment it lies in (marks included), or -1. */
  readonly quoted: Int32Array;
  readonly registry: Registry;
  /** Transcript turns, in text order. */
  readonly turns: readonly Turn[];
  /** The lines of a chat log quoted in the text, in text order. */
  readonly chatLines: readonly ChatLine[];
  /** Users' posts under their header lines, in text order. */
  readonly posts: readonly Post[];
  /** The transcript turn each paragraph belongs to, if any. */
  readonly turnOfParagraph: readonly (Turn | undefined)[];
  /** Resolves mentions in reading order; the frame and quote stages note the speakers they find. */
  readonly resolver: Resolver;
}

/** The reporting frames of each sentence (by sentence index), and the speaker each kept frame resolved to. */
export interface FoundFrames {
  readonly frames: readonly (readonly Frame[])[];
  readonly resolved: ReadonlyMap<Frame, Resolved>;
}
