import type { Doc, Token } from '../text';
import type { Attribution } from './types';

/** A stretch of `doc.text`. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * A speaker's own words: the contents of the quotes credited to them (direct, indirect, mixed
 * and transcript turns), merged where they overlap. The attribution clause (`said Foreign
 * Ministry Spokesperson Hong Lei`), a turn label (`MS. JEAN-PIERRE:`) and speech acts reported
 * without words (`reported` quotes) are not their words.
 */
export function ownWordRanges(attribution: Attribution, canonical: string): TextRange[] {
  const ranges = attribution.quotes
    .filter((q) => q.canonical === canonical && q.kind !== 'reported')
    .map((q) => ({ start: q.content.start, end: q.content.end }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, r.end) };
    else merged.push(r);
  }
  return merged;
}

/** The tokens inside a speaker's own words (`inside`) and all other tokens (`outside`, the reference for keyness). */
export function ownWordTokens(
  doc: Doc,
  attribution: Attribution,
  canonical: string,
): { inside: Token[]; outside: Token[] } {
  const ranges = ownWordRanges(attribution, canonical);
  const inside: Token[] = [];
  const outside: Token[] = [];
  let r = 0;
  for (const t of doc.tokens) {
    while (r < ranges.length && ranges[r]!.end <= t.start) r++;
    const range = ranges[r];
    if (range && range.start <= t.start && t.end <= range.end) inside.push(t);
    else outside.push(t);
  }
  return { inside, outside };
}
