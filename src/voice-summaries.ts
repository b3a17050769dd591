/**
 * What each voice of a document says and claims, as plain rows for notebooks and reports: the
 * terms of each speaker's own words, and each claimant's mix of claim types.
 */
import { CLAIM_TYPES, claimMix } from './claims';
import type { Claim, ClaimType } from './claims';
import { AUTHOR, ownWordTokens } from './speakers';
import type { Attribution } from './speakers';
import type { Doc } from './text';
import { termFrequencyOfTokens } from './terms';
import type { TermCount } from './terms';

/** Code-unit order, the same on every machine (no locale). */
const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** One speaker's terms: counted in their own words only (quote contents, never the attribution clause). */
export interface SpeakerTermList {
  readonly speaker: string;
  /** Words in the sentences whose voice is the speaker. */
  readonly words: number;
  readonly terms: readonly TermCount[];
}

/**
 * The term list of every speaker who voices a sentence, the author (the outlet's own voice) left
 * out, the speaker with the most words first (ties in code-unit order of the name).
 */
export function speakerTermLists(doc: Doc, attribution: Attribution): SpeakerTermList[] {
  return attribution.speakers
    .filter((s) => s.sentences > 0 && s.canonical !== AUTHOR)
    .sort((a, b) => b.words - a.words || byCode(a.canonical, b.canonical))
    .map((s) => ({
      speaker: s.canonical,
      words: s.words,
      terms: termFrequencyOfTokens(ownWordTokens(doc, attribution, s.canonical).inside),
    }));
}

/**
 * The top `top` terms of each list side by side: one row per rank, a `rank` column and one column
 * per speaker holding `display (count)`, empty where a speaker has fewer terms.
 */
export function termsSideBySide(lists: readonly SpeakerTermList[], top: number): Record<string, string | number>[] {
  return Array.from({ length: top }, (_, rank) => {
    const row: Record<string, string | number> = { rank: rank + 1 };
    for (const { speaker, terms } of lists) {
      const term = terms[rank];
      row[speaker] = term ? `${term.display} (${term.count})` : '';
    }
    return row;
  });
}

/** One voice's claims: how many, its most frequent types (all of them on a tie) and its whole mix. */
export interface ClaimantSummary {
  readonly speaker: string;
  readonly claims: number;
  /** The types it claims most often, in taxonomy order. */
  readonly mostOften: readonly ClaimType[];
  /** How many claims each of the `mostOften` types has. */
  readonly mostOftenCount: number;
  /** Every type it claims, most frequent first (taxonomy order on ties). */
  readonly mix: readonly { readonly type: ClaimType; readonly count: number }[];
}

/** Every voice that makes a claim, the one with most claims first (ties in code-unit order of the name). */
export function claimantSummary(claims: readonly Claim[]): ClaimantSummary[] {
  const mixOf = new Map<string, { type: ClaimType; count: number }[]>();
  for (const row of claimMix(claims)) {
    const mix = mixOf.get(row.speaker) ?? [];
    mix.push({ type: row.type, count: row.count });
    mixOf.set(row.speaker, mix);
  }
  return [...mixOf]
    .map(([speaker, mix]) => {
      const mostOftenCount = mix[0]!.count;
      return {
        speaker,
        claims: mix.reduce((sum, m) => sum + m.count, 0),
        mostOften: mix
          .filter((m) => m.count === mostOftenCount)
          .map((m) => m.type)
          .sort((a, b) => CLAIM_TYPES.indexOf(a) - CLAIM_TYPES.indexOf(b)),
        mostOftenCount,
        mix,
      };
    })
    .sort((a, b) => b.claims - a.claims || byCode(a.speaker, b.speaker));
}
