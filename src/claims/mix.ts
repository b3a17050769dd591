import { typeIndex } from './rules/index';
import type { Claim, ClaimType } from './types';

export interface ClaimMixRow {
  readonly speaker: string;
  readonly type: ClaimType;
  readonly count: number;
}

export interface EvidenceCountRow {
  readonly type: ClaimType;
  /** The cue or rule as matched in text, lower-cased (`firmly opposes`). */
  readonly cue: string;
  readonly rule: string;
  readonly count: number;
}

/** How many claims of each type each speaker makes, sorted by speaker, then count, then type order. */
export function claimMix(claims: readonly Claim[]): ClaimMixRow[] {
  const counts = new Map<string, { speaker: string; type: ClaimType; count: number }>();
  for (const claim of claims) {
    const id = `${claim.speaker}\u0000${claim.type}`;
    const row = counts.get(id);
    if (row) row.count++;
    else counts.set(id, { speaker: claim.speaker, type: claim.type, count: 1 });
  }
  return [...counts.values()].sort(
    (a, b) => compareText(a.speaker, b.speaker) || b.count - a.count || typeIndex(a.type) - typeIndex(b.type),
  );
}

/**
 * How often each cue supported the type its claim was given: the evidence that decided, per
 * type and cue text, most frequent first.
 */
export function evidenceCounts(claims: readonly Claim[]): EvidenceCountRow[] {
  const counts = new Map<string, { type: ClaimType; cue: string; rule: string; count: number }>();
  for (const claim of claims) {
    for (const e of claim.evidence) {
      if (e.type !== claim.type) continue;
      const cue = e.text.toLowerCase();
      const id = `${e.type}\u0000${cue}\u0000${e.rule}`;
      const row = counts.get(id);
      if (row) row.count++;
      else counts.set(id, { type: e.type, cue, rule: e.rule, count: 1 });
    }
  }
  return [...counts.values()].sort(
    (a, b) =>
      typeIndex(a.type) - typeIndex(b.type) ||
      b.count - a.count ||
      compareText(a.cue, b.cue) ||
      compareText(a.rule, b.rule),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
